// The release build's files fit together after www/finish-build.mjs renamed
// the wasm's imports and exports: the glue still links the wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './size.mjs';

const wasm = readFileSync(path.join(DIST, 'possible-causes_bg.wasm'));
const module = new WebAssembly.Module(wasm);

test('every import and export of the wasm has a short name', () => {
  const long = [
    ...WebAssembly.Module.imports(module).map((i) => `import ${i.module}.${i.name}`),
    ...WebAssembly.Module.exports(module).map((e) => `export ${e.name}`),
  ].filter((name) => /\.\w{5,}$|export (__wbg|__wbindgen|wasm_bindgen)/.test(name));
  assert.deepEqual(long, []);
});

test('the glue links the wasm and keeps its own API', async () => {
  const glue = await import(path.join(DIST, 'possible-causes.js'));
  // Only what embed.js calls is kept.
  assert.deepEqual(Object.keys(glue).sort(), ['default', 'mount']);
  // A missing or misnamed import fails here with a LinkError.
  const exports = await glue.default({ module_or_path: wasm });
  assert.ok(exports.memory instanceof WebAssembly.Memory);
});

test('the release wasm carries no custom sections (names, producers, target features, the linker\'s notes)', () => {
  const custom = WebAssembly.Module.customSections;
  const sections = ['name', 'producers', 'target_features', 'linking', 'reloc.CODE', 'reloc.DATA']
    .filter((name) => custom(module, name).length > 0);
  assert.deepEqual(sections, []);
});

test('the release wasm holds no panic messages and no source paths of the standard library', () => {
  const text = wasm.toString('latin1');
  const left = ['/rustc/', 'library/core/src', 'called `Option::unwrap()`', 'is not a char boundary', 'index out of bounds']
    .filter((piece) => text.includes(piece));
  assert.deepEqual(left, []);
});
