// The release build's files fit together: the glue links the wasm, keeps
// only what embed.js calls, and the wasm carries nothing a page never reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { simple } from 'acorn-walk';
import { DIST } from './size.mjs';

const wasm = readFileSync(path.join(DIST, 'possible-causes_bg.wasm'));
const module = new WebAssembly.Module(wasm);

test('the glue links the wasm and keeps its own API', async () => {
  const glue = await import(path.join(DIST, 'possible-causes.js'));
  // Only what embed.js calls is kept: the members its modules call of
  // `glue` (or of `….glue`), read from their syntax trees (parsed, not searched).
  const folder = new URL('../www/embed/', import.meta.url);
  const modules = readdirSync(folder).filter((name) => name.endsWith('.mjs'))
    .map((name) => parse(readFileSync(new URL(name, folder), 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' }));
  const isGlue = (node) => (node.type === 'Identifier' && node.name === 'glue')
    || (node.type === 'MemberExpression' && !node.computed && node.property.name === 'glue');
  const called = new Set();
  for (const tree of modules) {
    simple(tree, {
      CallExpression({ callee }) {
        if (callee.type === 'MemberExpression' && isGlue(callee.object)) called.add(callee.property.name);
      },
    });
  }
  assert.deepEqual(Object.keys(glue).sort(), [...called].sort());
  assert.ok(called.has('mount') && called.has('command'));
  // A missing or misnamed import fails here with a LinkError.
  const exports = await glue.default({ module_or_path: wasm });
  assert.ok(exports.memory instanceof WebAssembly.Memory);
});

test('the release wasm carries no custom sections (names, producers, target features)', () => {
  const custom = WebAssembly.Module.customSections;
  const sections = ['name', 'producers', 'target_features'].filter((name) => custom(module, name).length > 0);
  assert.deepEqual(sections, []);
});

test('the build stops where embed.js reads a name the widget does not share, or a name would be given twice', async () => {
  const { refuseUnshared, sharedWithTheWidget } = await import('../www/build-steps.mjs');
  const { loadTool } = await import('../www/build-tool.mjs');
  assert.throws(() => refuseUnshared('(()=>{document.querySelector(`.${SHARED.SECTON_CLASS}`)})();'), /SHARED\.SECTON_CLASS/);
  assert.doesNotThrow(() => refuseUnshared(readFileSync(path.join(DIST, 'embed.js'), 'utf8')), 'the built embed.js reads no name it was not given');
  const tool = await loadTool(DIST);
  const markup = { ...tool.embedNames().markup, TAG: 'section' };
  const clashing = { widgetWords: () => tool.widgetWords(), embedNames: () => ({ ...tool.embedNames(), markup }) };
  assert.throws(() => sharedWithTheWidget(clashing, DIST), /TAG twice/);
});
