// The <possible-causes> element is described once, in package/element.json;
// from it come the Custom Elements Manifest, the TypeScript types (index.d.ts,
// react.d.ts), the attributes embed.js observes and the tables of
// docs/reference.md. `node www/element.mjs` rewrites those tables.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ELEMENT = JSON.parse(readFileSync(new URL('./package/element.json', import.meta.url), 'utf8'));

/** The attributes whose change renders the widget anew (embed.js observes them). */
export const renderingAttributes = (element = ELEMENT) => element.attributes.filter((a) => a.renders !== false).map((a) => a.name);

/** The described default of one attribute. */
export const attributeDefault = (name, element = ELEMENT) => element.attributes.find((a) => a.name === name).default;

/** `heading-level` as `headingLevel`, as the tool names the element's attributes in JavaScript. */
export const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The values an attribute takes where its type lists them (`"2" | "3"`), or undefined. */
export function attributeValues(attribute) {
  const values = attribute.type.split(' | ').map((part) => /^"([^"]*)"$/.exec(part)?.[1]);
  return values.every((value) => value !== undefined) ? values : undefined;
}

/** The element's attributes as a block's (block.json): strings, with their values where listed. */
export const blockAttributes = (element = ELEMENT) => Object.fromEntries(element.attributes.map((a) => {
  const values = attributeValues(a);
  return [a.name, { type: 'string', ...(values ? { enum: values } : {}) }];
}));

const typed = (text) => ({ type: { text } });
const withDefault = (value) => (value === undefined ? {} : { default: value });

/** The Custom Elements Manifest (schema 2.1) of the element. */
export function customElementsManifest(element = ELEMENT) {
  const declaration = {
    kind: 'class',
    customElement: true,
    tagName: element.tagName,
    name: element.className,
    summary: element.summary,
    description: element.description,
    superclass: { name: 'HTMLElement' },
    attributes: element.attributes.map((a) => ({
      name: a.name, ...typed(a.type), description: a.description, ...withDefault(a.default),
      ...(element.properties.some((p) => p.attribute === a.name) ? { fieldName: a.name } : {}),
    })),
    members: [
      ...element.properties.map((p) => ({
        kind: 'field', name: p.name, ...typed(p.type), description: p.description,
        ...(p.readonly ? { readonly: true } : {}),
        ...(p.attribute ? { attribute: p.attribute, reflects: true } : {}), ...withDefault(p.default),
      })),
      ...element.methods.map((m) => ({
        kind: 'method', name: m.name, description: m.description,
        ...(m.parameters.length ? { parameters: m.parameters.map((p) => ({ name: p.name, ...typed(p.type), description: p.description })) } : {}),
        return: typed(m.returns),
      })),
    ],
    events: element.events.map((e) => ({
      name: e.name, ...typed(`CustomEvent<${e.detailType}>`),
      description: `${e.description} detail: { ${e.detail.map((f) => f.name).join(', ')} }.`,
    })),
    cssProperties: element.cssProperties,
    cssParts: element.cssParts,
  };
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: element.module,
      description: element.moduleDescription,
      declarations: [declaration],
      exports: [{ kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.className, module: element.module } }],
    }],
  };
}

const doc = (text, indent = '') => `${indent}/** ${text.replaceAll('*/', '* /')} */\n`;
const fields = (list) => list.map((f) => `${f.description ? doc(f.description, '  ') : ''}  ${f.name}: ${f.type};\n`).join('');
const listener = (verb, options) => `  ${verb}EventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PossibleCausesElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | ${options}): void;
  ${verb}EventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | ${options}): void;\n`;

/** index.d.ts: the element's interface, its events' details and the DOM's maps. */
export function typeDeclarations(element = ELEMENT) {
  const types = element.types.map((t) => `${doc(t.description)}export interface ${t.name} {\n${fields(t.fields)}}\n`);
  const details = element.events.map((e) => `${doc(`\`${e.name}\`: ${e.description}`)}export interface ${e.detailType} {\n${fields(e.detail)}}\n`);
  const eventMap = element.events.map((e) => `  '${e.name}': CustomEvent<${e.detailType}>;\n`).join('');
  const properties = element.properties.map((p) => `${doc(p.description, '  ')}  ${p.readonly ? 'readonly ' : ''}${p.name}: ${p.type};\n`).join('');
  const methods = element.methods.map((m) => `${doc(m.description, '  ')}  ${m.name}(${m.parameters.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${m.returns};\n`).join('');
  return `// Written by www/element.mjs from element.json: the types of <${element.tagName}>.
// ${element.module} is a classic script that defines the element; a bundle imports only
// these types (\`import type … from '${element.tagName}'\`) and the page loads ${element.module}
// with a <script> tag.

${[...types, ...details].join('\n')}
/** The element's attributes by their names in JavaScript (\`headingLevel\`): \`possible-causes/server\`'s render options. */
export interface PossibleCausesOptions {
${element.attributes.map((a) => `${doc(a.description, '  ')}  ${camelCase(a.name)}?: ${a.type};`).join('\n')}
}

export interface PossibleCausesEventMap {
${eventMap}}

${doc(`\`<${element.tagName}>\`: ${element.summary} ${element.description}`)}export interface ${element.className} extends HTMLElement {
${properties}${methods}${listener('add', 'AddEventListenerOptions')}${listener('remove', 'EventListenerOptions')}}

declare global {
  interface HTMLElementTagNameMap {
    '${element.tagName}': ${element.className};
  }
  // The events bubble and are composed: a listener on any ancestor, or on
  // document, hears them.
  interface HTMLElementEventMap extends PossibleCausesEventMap {}
  interface DocumentEventMap extends PossibleCausesEventMap {}
}
`;
}

/** react.d.ts: the element in React 19's JSX, with every attribute. */
export function reactTypes(element = ELEMENT) {
  const attributes = element.attributes.map((a) => {
    const text = a.default === undefined ? a.description : `${a.description} Default: ${JSON.stringify(a.default)}.`;
    return `${doc(text, '  ')}  ${JSON.stringify(a.name)}?: ${a.type};`;
  });
  return `// Written by www/element.mjs from element.json: <${element.tagName}> in React 19's JSX.
// \`import type {} from '${element.tagName}/react';\` once in the app brings it in.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${element.className} } from './index.js';

/** The element's attributes. */
export interface PossibleCausesAttributes {
${attributes.join('\n')}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      '${element.tagName}': DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}> & PossibleCausesAttributes;
    }
  }
}
`;
}

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (text) => (text === undefined || text === '' ? '' : `\`${text}\``);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

/** The reference's tables in Markdown, one section each. */
export function referenceTables(element = ELEMENT) {
  const signature = (m) => `${m.name}(${m.parameters.map((p) => p.name).join(', ')})`;
  return [
    '## Attributes',
    table(['attribute', 'type', 'default', 'what'], element.attributes.map((a) => [code(a.name), code(a.type), code(a.default), a.description + (a.renders === false ? ' Changing it does not render the widget anew.' : '')])),
    '## Properties and methods',
    table(['member', 'type', 'what'], [
      ...element.properties.map((p) => [code(p.name), code(`${p.readonly ? 'readonly ' : ''}${p.type}`), p.description]),
      ...element.methods.map((m) => [code(signature(m)), code(m.returns), m.description]),
    ]),
    '## Events',
    table(['event', '`detail`', 'when'], element.events.map((e) => [code(e.name), e.detail.map((f) => `\`${f.name}\` (${f.type}): ${f.description}`).join('<br>'), e.description])),
    ...element.types.map((t) => `\`${t.name}\`: ${t.fields.map((f) => `\`${f.name}\` (${f.type}): ${f.description}`).join(' ')}`),
    '## Custom properties',
    table(['property', 'syntax', 'default', 'what'], element.cssProperties.map((p) => [code(p.name), code(p.syntax), code(p.default), p.description])),
    '## Parts',
    table(['part', 'what'], element.cssParts.map((p) => [code(p.name), p.description])),
  ].join('\n\n');
}

export const REFERENCE = new URL('../docs/reference.md', import.meta.url);
export const TABLES_START = '<!-- From here to the end mark, written by `node www/element.mjs` from www/package/element.json. -->';
export const TABLES_END = '<!-- End of the tables written from element.json. -->';

/** docs/reference.md with its tables as the description gives them. */
export function referenceWithTables(markdown, element = ELEMENT) {
  const start = markdown.indexOf(TABLES_START);
  const end = markdown.indexOf(TABLES_END);
  if (start < 0 || end < start) throw new Error(`docs/reference.md has lost its marks:\n${TABLES_START}\n${TABLES_END}`);
  return `${markdown.slice(0, start + TABLES_START.length)}\n\n${referenceTables(element)}\n\n${markdown.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(REFERENCE, referenceWithTables(readFileSync(REFERENCE, 'utf8')));
  console.log('docs/reference.md: tables written from www/package/element.json');
}
