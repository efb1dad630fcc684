// The element's one description (www/package/element.json) and what is
// written from it: the Custom Elements Manifest passes its schema, the built
// package carries exactly what the description gives, docs/reference.md's
// tables are current, and the class the built embed.js defines has the
// described properties, methods and observed attributes. What the element
// does with them in a browser is tests/browser/element-description.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import Ajv from 'ajv';
import {
  ELEMENT, REFERENCE, customElementsManifest, referenceWithTables, renderingAttributes,
} from '../www/element.mjs';

const require = createRequire(import.meta.url);
const built = (name) => readFileSync(new URL(`../dist/npm/${name}`, import.meta.url), 'utf8');
const MANIFEST = customElementsManifest();
const names = (list) => list.map((item) => item.name);

/** The class the built embed.js defines, run in a bare context standing for a page. */
function definedElement() {
  let defined = null;
  const context = {
    HTMLElement: class {},
    customElements: { get: () => undefined, define: (name, element) => { defined = { name, element }; } },
    document: { currentScript: null, querySelector: () => null, querySelectorAll: () => [], readyState: 'complete' },
    location: { href: 'https://clinic.example/' },
    URL, WeakMap, WeakSet, Promise, console, MutationObserver: class { observe() {} },
  };
  context.window = context;
  vm.runInNewContext(readFileSync(new URL('../dist/embed.js', import.meta.url), 'utf8'), context);
  return defined;
}

const SCHEMA = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));

/** The manifest's schema; and, since a declaration passes it as a plain
 * class without its attributes, events or parts being looked at, the
 * element's declaration against the schema's CustomElementDeclaration. */
function validator() {
  const ajv = new Ajv({ allErrors: true });
  const whole = ajv.compile(SCHEMA);
  const element = ajv.compile({ $ref: '#/definitions/CustomElementDeclaration', definitions: SCHEMA.definitions });
  return (manifest) => {
    const problems = [];
    if (!whole(manifest)) problems.push(...whole.errors);
    if (!element(manifest.modules[0].declarations[0])) problems.push(...element.errors);
    return problems;
  };
}

test('the description names each thing once, and types and describes each', () => {
  for (const list of ['attributes', 'properties', 'methods', 'events', 'types', 'cssProperties', 'cssParts']) {
    assert.equal(new Set(names(ELEMENT[list])).size, ELEMENT[list].length, `each of the ${list} once`);
    for (const item of ELEMENT[list]) assert.ok(item.description, `${list}: ${item.name} is described`);
  }
  for (const item of [...ELEMENT.attributes, ...ELEMENT.properties]) assert.ok(item.type, `${item.name} has a type`);
  for (const event of ELEMENT.events) {
    assert.ok(event.name.startsWith(`${ELEMENT.tagName}:`) && event.detailType && event.detail.length, event.name);
    for (const field of event.detail) assert.ok(field.type && field.description, `${event.name}: ${field.name}`);
  }
  for (const property of ELEMENT.properties.filter((p) => p.attribute)) {
    assert.ok(names(ELEMENT.attributes).includes(property.attribute), `${property.name} reflects a described attribute`);
  }
});

test('the manifest written from it is valid against the Custom Elements Manifest schema', () => {
  assert.deepEqual(validator()(MANIFEST), []);
  const [declaration] = MANIFEST.modules[0].declarations;
  assert.deepEqual(names(declaration.attributes), names(ELEMENT.attributes));
  assert.deepEqual(names(declaration.members), [...names(ELEMENT.properties), ...names(ELEMENT.methods)]);
  assert.deepEqual(names(declaration.events), names(ELEMENT.events));
});

test('a manifest the schema refuses is refused (the check can fail)', () => {
  const validate = validator();
  const unnamed = structuredClone(MANIFEST);
  delete unnamed.modules[0].declarations[0].attributes[0].name;
  assert.match(JSON.stringify(validate(unnamed)), /must have required property 'name'/);
  const untyped = structuredClone(MANIFEST);
  untyped.modules[0].declarations[0].events[0].type = 'CustomEvent';
  assert.notDeepEqual(validate(untyped), []);
});

// The package's types are type-checked against the description in tests/types.test.mjs.
test('the built package\'s manifest is valid and declares what the description says', () => {
  const manifest = JSON.parse(built('custom-elements.json'));
  assert.deepEqual(validator()(manifest), []);
  const [declaration] = manifest.modules[0].declarations;
  assert.equal(declaration.tagName, ELEMENT.tagName);
  const declared = (list) => list.map(({ name, type, default: value }) => ({ name, type: type?.text, default: value }));
  assert.deepEqual(declared(declaration.attributes), ELEMENT.attributes.map(({ name, type, default: value }) => ({ name, type, default: value })));
  const fields = declaration.members.filter((member) => member.kind === 'field');
  assert.deepEqual(fields.map((field) => [field.name, field.type.text, Boolean(field.readonly)]),
    ELEMENT.properties.map((property) => [property.name, property.type, Boolean(property.readonly)]));
  const methods = declaration.members.filter((member) => member.kind === 'method');
  assert.deepEqual(methods.map((method) => [method.name, (method.parameters ?? []).map((p) => p.type.text)]),
    ELEMENT.methods.map((method) => [method.name, method.parameters.map((p) => p.type)]));
  assert.deepEqual(declaration.events.map((event) => event.name), names(ELEMENT.events));
  assert.deepEqual(declaration.cssProperties.map((property) => property.name), names(ELEMENT.cssProperties));
  assert.deepEqual(declaration.cssParts.map((part) => part.name), names(ELEMENT.cssParts));
});

test('docs/reference.md\'s tables are the description\'s (node www/element.mjs rewrites them)', () => {
  const reference = readFileSync(REFERENCE, 'utf8');
  assert.equal(reference, referenceWithTables(reference));
  const renamed = structuredClone(ELEMENT);
  renamed.attributes[0].name = 'subject';
  assert.notEqual(referenceWithTables(reference, renamed), reference, 'a changed description changes the tables');
});

test('the built embed.js defines the described element: its observed attributes, properties and methods', () => {
  const { name, element } = definedElement();
  assert.equal(name, ELEMENT.tagName);
  assert.deepEqual([...element.observedAttributes], renderingAttributes());
  const LIFECYCLE = ['constructor', 'connectedCallback', 'connectedMoveCallback', 'disconnectedCallback', 'attributeChangedCallback'];
  const defined = Object.getOwnPropertyNames(element.prototype).filter((n) => !LIFECYCLE.includes(n)).map((n) => {
    const descriptor = Object.getOwnPropertyDescriptor(element.prototype, n);
    return typeof descriptor.value === 'function'
      ? { name: n, parameters: descriptor.value.length }
      : { name: n, readonly: !descriptor.set };
  });
  const described = [
    ...ELEMENT.properties.map((p) => ({ name: p.name, readonly: Boolean(p.readonly) })),
    ...ELEMENT.methods.map((m) => ({ name: m.name, parameters: m.parameters.length })),
  ];
  const byName = (a, b) => a.name.localeCompare(b.name);
  assert.deepEqual(defined.sort(byName), described.sort(byName));
});
