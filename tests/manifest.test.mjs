// custom-elements.json is the element's description for editors, Storybook
// and the TypeScript types; it is written by hand, so these tests hold it to
// the code: the manifest's own JSON Schema, the attributes embed.js and the
// wasm read, the properties and methods embed.js defines, the events and
// their details (Rust's structs, embed.js's error), the custom properties
// the stylesheet reads, the parts in the markup, and index.d.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const MANIFEST = JSON.parse(read('www/package/custom-elements.json'));
const [ELEMENT] = MANIFEST.modules[0].declarations;
const EMBED = read('www/embed.js');
const STYLES = read('src/widget/widget.css');
const TYPES = read('www/package/index.d.ts');
const sorted = (list) => [...list].sort();

/** The class embed.js defines, run in a bare context standing for a page. */
function definedElement() {
  let defined = null;
  const context = {
    HTMLElement: class {},
    customElements: { get: () => undefined, define: (name, element) => { defined = { name, element }; } },
    document: { currentScript: null, querySelector: () => null },
    location: { href: 'https://clinic.example/' },
    URL, WeakMap, Promise, console,
  };
  context.window = context;
  // The built embed.js: the build writes the manifest's attributes into it.
  vm.runInNewContext(readFileSync(new URL('../dist/embed.js', import.meta.url), 'utf8'), context);
  return defined;
}

/** An interface's fields in index.d.ts, with those of the one it extends. */
function interfaceFields(name) {
  const match = new RegExp(`export interface ${name}(?: extends (\\w+))? \\{([\\s\\S]*?)\\n\\}`).exec(TYPES);
  assert.ok(match, `index.d.ts declares ${name}`);
  const own = [...match[2].matchAll(/^\s+(?:readonly )?'?([\w:-]+)'?\??(\(|:)/gm)].map((m) => m[1]);
  return match[1] && match[1] !== 'HTMLElement' ? [...interfaceFields(match[1]), ...own] : own;
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

test('the manifest is valid against the Custom Elements Manifest schema', () => {
  assert.deepEqual(validator()(MANIFEST), []);
  assert.match(MANIFEST.schemaVersion, /^2\./);
  assert.equal(ELEMENT.tagName, 'possible-causes');
  assert.deepEqual(MANIFEST.modules[0].exports, [{ kind: 'custom-element-definition', name: 'possible-causes', declaration: { name: ELEMENT.name, module: 'embed.js' } }]);
});

test('a manifest the schema refuses is refused (the check can fail)', () => {
  const validate = validator();
  const unnamed = structuredClone(MANIFEST);
  delete unnamed.modules[0].declarations[0].attributes[0].name;
  assert.match(JSON.stringify(validate(unnamed)), /must have required property 'name'/);
  const untyped = structuredClone(MANIFEST);
  untyped.modules[0].declarations[0].events[0].type = 'CustomEvent';
  assert.notDeepEqual(validate(untyped), []);
  const noKind = structuredClone(MANIFEST);
  delete noKind.modules[0].kind;
  assert.notDeepEqual(validate(noKind), []);
});

test('its attributes are those embed.js observes or reads, and the wasm reads', () => {
  const { name, element } = definedElement();
  assert.equal(name, ELEMENT.tagName);
  const documented = ELEMENT.attributes.map((a) => a.name);
  assert.equal(new Set(documented).size, documented.length, 'each attribute once');
  const readByEmbed = [...EMBED.matchAll(/(?:element|this)\.getAttribute\('([a-z-]+)'\)/g)].map((m) => m[1]);
  const styledByTheme = [...STYLES.matchAll(/:host\(\[([a-z-]+)[=\]]/g)].map((m) => m[1]).filter((a) => a !== 'hidden');
  const config = read('src/embed/config.rs');
  const readByWasm = [...config.matchAll(/element\.get_attribute\("([a-z-]+)"\)/g)].map((m) => m[1]);
  assert.ok(readByWasm.includes('topic') && readByEmbed.includes('loading') && styledByTheme.includes('theme'));
  assert.deepEqual(sorted(documented), sorted(new Set([...element.observedAttributes, ...readByEmbed, ...styledByTheme, ...readByWasm])));
  for (const attribute of readByWasm) assert.ok(element.observedAttributes.includes(attribute), `a change of ${attribute} renders anew`);
  for (const attribute of ELEMENT.attributes) assert.ok(attribute.type?.text && attribute.description, `${attribute.name} has a type and a description`);
});

test('its properties and methods are those embed.js defines, and index.d.ts declares', () => {
  const { element } = definedElement();
  const LIFECYCLE = ['constructor', 'connectedCallback', 'connectedMoveCallback', 'disconnectedCallback', 'attributeChangedCallback'];
  const defined = Object.getOwnPropertyNames(element.prototype).filter((name) => !LIFECYCLE.includes(name)).map((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(element.prototype, name);
    return typeof descriptor.value === 'function'
      ? { name, kind: 'method', parameters: descriptor.value.length }
      : { name, kind: 'field', readonly: !descriptor.set };
  });
  const documented = ELEMENT.members.map((m) => (m.kind === 'method'
    ? { name: m.name, kind: 'method', parameters: (m.parameters || []).length }
    : { name: m.name, kind: 'field', readonly: Boolean(m.readonly) }));
  const byName = (a, b) => a.name.localeCompare(b.name);
  assert.deepEqual(defined.sort(byName), documented.sort(byName));
  const declared = interfaceFields('PossibleCausesElement').filter((name) => !/EventListener$/.test(name));
  assert.deepEqual(sorted(new Set(declared)), sorted(documented.map((m) => m.name)));
  for (const member of ELEMENT.members.filter((m) => m.kind === 'method')) {
    const signature = new RegExp(`\\n  ${member.name}\\(([^)]*)\\): Promise<void>;`).exec(TYPES);
    assert.ok(signature, `index.d.ts declares ${member.name}() returning a promise`);
    assert.equal(signature[1].split(',').filter(Boolean).length, (member.parameters || []).length);
  }
  assert.match(TYPES, /readonly openSections: string\[\];/);
});

test('its events are the ones dispatched, with the detail fields Rust and embed.js give them', () => {
  const rustEvents = read('src/embed/events.rs');
  const constants = Object.fromEntries([...rustEvents.matchAll(/pub const (\w+): &str = "([^"]+)";/g)].map((m) => [m[1], m[2]]));
  const structs = Object.fromEntries([...rustEvents.matchAll(/pub struct (\w+)<'a> \{([^}]*)\}/g)]
    .map((m) => [m[1], [...m[2].matchAll(/pub (\w+):/g)].map((f) => f[1])]));
  // host_events names the struct in the dispatch or in the `detail` built before it.
  const hostEvents = read('src/embed/host_events.rs');
  const detailOf = (constant) => {
    const direct = new RegExp(`events::${constant}, &events::(\\w+)`).exec(hostEvents);
    if (direct) return direct[1];
    const before = hostEvents.slice(0, hostEvents.indexOf(`events::${constant}, &detail`));
    return [...before.matchAll(/let detail = events::(\w+)/g)].at(-1)[1];
  };
  assert.ok(Object.keys(constants).length >= 3);
  const details = Object.fromEntries(Object.entries(constants).map(([constant, name]) => {
    assert.ok(hostEvents.includes(`events::${constant}, &`), `host_events dispatches ${name}`);
    return [name, structs[detailOf(constant)]];
  }));
  const error = /CustomEvent\(`\$\{TAG\}:error`, \{[\s\S]*?detail: \{([^}]*)\}/.exec(EMBED);
  details[`${ELEMENT.tagName}:error`] = [...error[1].matchAll(/(\w+):/g)].map((m) => m[1]);

  assert.deepEqual(sorted(ELEMENT.events.map((e) => e.name)), sorted(Object.keys(details)));
  const eventMap = interfaceFields('PossibleCausesEventMap');
  assert.deepEqual(sorted(eventMap), sorted(Object.keys(details)), 'index.d.ts maps every event');
  for (const event of ELEMENT.events) {
    const detailType = /^CustomEvent<(\w+)>$/.exec(event.type.text)[1];
    assert.match(TYPES, new RegExp(`'${event.name}': CustomEvent<${detailType}>;`));
    assert.deepEqual(sorted(interfaceFields(detailType)), sorted(details[event.name]), `${event.name}'s detail`);
    for (const field of details[event.name]) assert.ok(event.description.includes(field), `${event.name}'s description names ${field}`);
  }
});

test('its CSS custom properties are those the stylesheet reads, with the stylesheet\'s defaults', () => {
  const read = [...new Set([...STYLES.matchAll(/var\((--pc-(?!default-)[a-z-]+)/g)].map((m) => m[1]))];
  assert.deepEqual(sorted(ELEMENT.cssProperties.map((p) => p.name)), sorted(read));
  for (const property of ELEMENT.cssProperties) {
    const fallback = new RegExp(`var\\(${property.name}, ([^;]+?)\\)[;\\s]`).exec(STYLES)[1];
    const named = /^var\((--pc-default-[a-z-]+)\)$/.exec(fallback);
    const value = named ? new RegExp(`${named[1]}: ([^;]+);`).exec(STYLES)[1] : fallback;
    assert.equal(property.default, value, `${property.name}'s default`);
  }
});

test('its CSS parts are those the markup names', () => {
  const sources = readdirSync(new URL('../src/widget/components/', import.meta.url)).map((f) => read(`src/widget/components/${f}`))
    .concat(read('src/prerender.rs'), EMBED);
  const named = sources.flatMap((source) => [
    ...[...source.matchAll(/\bpart=\\?"([a-z-]+)\\?"/g)].map((m) => m[1]),
    ...[...source.matchAll(/Some\("([a-z-]+)"\), html!/g)].map((m) => m[1]),
    ...[...source.matchAll(/setAttribute\('part', '([a-z-]+)'\)/g)].map((m) => m[1]),
  ]);
  assert.deepEqual(sorted(ELEMENT.cssParts.map((p) => p.name)), sorted(new Set(named)));
});
