// The package's TypeScript declarations, as an app gets them from the
// installed package: tests/types/usage.tsx type-checks with tsc (strict,
// the package's .d.ts files checked too), and each of its misuses is refused;
// the React and Vue pages of the browser suite type-check too; server.d.ts's
// render options are the ones the tool reads.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { installPackage } from './package.mjs';
import { ELEMENT, attributeValues, camelCase } from '../www/element.mjs';

const require = createRequire(import.meta.url);
const USAGE = new URL('types/usage.tsx', import.meta.url).pathname;
let project;
before(() => { ({ project } = installPackage('types')); });

/** tsc over `file` in the project; its diagnostics, or '' when it passes. */
function typeCheck(file) {
  const tsc = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--jsx', 'react-jsx', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', '--types', 'react', file],
  { encoding: 'utf8', cwd: project });
  return run.status === 0 ? '' : `${run.stdout}${run.stderr}`;
}

test('a web team\'s TypeScript using the element, its events, methods and React entry type-checks', () => {
  const file = path.join(project, 'usage.tsx');
  copyFileSync(USAGE, file);
  assert.equal(typeCheck(file), '');
});

test('the React 19 and Vue 3 pages of the browser suite type-check against the package', () => {
  for (const name of ['react-page.tsx', 'vue-page.ts']) {
    const file = path.join(project, name);
    copyFileSync(new URL(`types/${name}`, import.meta.url), file);
    assert.equal(typeCheck(file), '', name);
  }
});

test('the package README\'s TypeScript type-checks, and names causes the topic has', () => {
  const readme = readFileSync(path.join(project, 'node_modules', 'possible-causes', 'README.md'), 'utf8');
  const [, code] = /```ts\n([\s\S]*?)```/.exec(readme);
  const file = path.join(project, 'readme-example.mts');
  writeFileSync(file, `${code}\nexport {};\n`);
  assert.equal(typeCheck(file), '');
  const topic = JSON.parse(readFileSync(new URL('../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
  const causes = topic.groups.flatMap((group) => group.causes.map((cause) => cause.id));
  for (const [, id] of code.matchAll(/\.(?:show|hide)\('([^']+)'\)/g)) assert.ok(causes.includes(id), `${id} is a cause of the topic`);
});

/**
 * TypeScript that uses every property, method, event detail field and
 * attribute of the element's description (www/package/element.json) with the
 * type it describes; `wrong` gives one property another type, which must fail.
 */
function describedUsage({ wrong = false } = {}) {
  const sample = (type) => {
    const literal = /^"([^"]*)"/.exec(type);
    if (literal) return JSON.stringify(literal[1]);
    return { boolean: 'true', number: '0', 'string[]': '[]' }[type] ?? "'x'";
  };
  const lines = [
    "import type {} from 'possible-causes/react';",
    `import type { PossibleCausesElement, ${ELEMENT.types.map((type) => type.name).join(', ')} } from 'possible-causes';`,
    'declare const element: PossibleCausesElement;',
  ];
  ELEMENT.properties.forEach((property, at) => {
    const type = wrong && at === 0 ? 'number' : property.type;
    lines.push(`export const property${at}: ${type} = element.${property.name};`);
    if (!property.readonly) lines.push(`element.${property.name} = ${sample(property.type)};`);
  });
  ELEMENT.methods.forEach((method, at) => {
    lines.push(`export const method${at}: ${method.returns} = element.${method.name}(${method.parameters.map((p) => sample(p.type)).join(', ')});`);
  });
  for (const event of ELEMENT.events) {
    const fields = event.detail.map((field, at) => `const field${at}: ${field.type} = event.detail.${field.name}; void field${at};`);
    lines.push(`element.addEventListener(${JSON.stringify(event.name)}, (event) => { ${fields.join(' ')} });`);
  }
  const attributes = ELEMENT.attributes.map((attribute) => `${attribute.name}=${sample(attribute.type) === "'x'" ? '"x"' : `{${sample(attribute.type)}}`}`);
  lines.push(`export const jsx = <possible-causes ${attributes.join(' ')} />;`);
  return `${lines.join('\n')}\n`;
}

test('the package\'s types say what the element\'s description says: every property, method, event detail and attribute', () => {
  const file = path.join(project, 'described.tsx');
  writeFileSync(file, describedUsage());
  assert.equal(typeCheck(file), '');
  writeFileSync(file, describedUsage({ wrong: true }));
  assert.match(typeCheck(file), /described\.tsx\(4,/, 'a property given another type is refused');
});

// Each file of misuses: the element's types (usage.tsx) and the server API's (server-usage.mts).
for (const name of ['usage.tsx', 'server-usage.mts']) {
  test(`each misuse marked in ${name} is an error of its own`, () => {
    const source = new URL(`types/${name}`, import.meta.url);
    const extension = path.extname(name);
    const whole = path.join(project, name);
    copyFileSync(source, whole);
    assert.equal(typeCheck(whole), '', `${name} type-checks with its marks`);
    const lines = readFileSync(source, 'utf8').split('\n');
    const marked = lines.flatMap((line, index) => (/^\s*(\/\/|{\/\*) @ts-expect-error/.test(line) ? [index] : []));
    assert.ok(marked.length >= 8);
    for (const index of marked) {
      // The same file with this one mark removed: tsc must report the line below it.
      const file = path.join(project, `misuse-${index + 1}${extension}`);
      writeFileSync(file, lines.map((line, i) => (i === index ? '' : line)).join('\n'));
      const output = typeCheck(file);
      assert.match(output, new RegExp(`misuse-${index + 1}\\${extension}\\(${index + 2},`), `line ${index + 2} (${lines[index].trim()}) is refused:\n${output}`);
    }
  });
}

// server.d.ts types the render options by hand; the tool's wasm knows them
// from Rust's RenderOptions. The options the wasm names when refusing an
// unknown one, written as an object of server.d.ts's RenderOptions with every
// member required, must type-check: a name only one side has fails tsc.
test('server.d.ts\'s render options are exactly those the tool reads', async () => {
  const server = await import(pathToFileURL(path.join(project, 'node_modules', 'possible-causes', 'server.mjs')));
  const refusal = await server.render('mirena-lower-back-pain', { widgetBase: '/', 'no-such-option': '' }).catch((error) => error.message);
  const [, list] = /unknown field `no-such-option`, expected one of (.*)$/.exec(refusal);
  // The topic is render's first argument, not an option.
  const names = [...list.matchAll(/`(\w+)`/g)].map((m) => m[1]).filter((name) => !['topic', 'topicJson'].includes(name));
  assert.ok(names.includes('widgetBase') && names.length >= 8, list);
  // A value each option takes: an attribute's first listed value, by its description.
  const SAMPLES = {
    snippet: 'prerendered',
    ...Object.fromEntries(ELEMENT.attributes.filter((a) => attributeValues(a))
      .map((a) => [camelCase(a.name), attributeValues(a)[0]])),
  };
  const file = path.join(project, 'render-options.mts');
  writeFileSync(file, `import type { RenderOptions } from 'possible-causes/server';
export const every: Required<RenderOptions> = {
${names.map((name) => `  ${name}: ${JSON.stringify(SAMPLES[name] ?? '/')},`).join('\n')}
};
`);
  assert.equal(typeCheck(file), '');
  await server.render('mirena-lower-back-pain', Object.fromEntries(names.map((name) => [name, SAMPLES[name] ?? '/'])))
    .catch((error) => assert.doesNotMatch(error.message, /unknown field/));
});
