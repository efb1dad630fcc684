// The npm package of the build: the files a page downloads, the Custom
// Elements Manifest and the TypeScript types (written from the element's
// description, www/element.mjs), with a package.json of the
// crate's version. Called by finish-build.mjs; `npm pack` in the folder it
// writes (dist/npm/) makes the tarball, offline.
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOWNLOADED, FILES, VERSION } from './downloaded.mjs';
import { customElementsManifest, reactTypes, typeDeclarations } from './element.mjs';
import { NODE_FILES, TOOL_FILES, TOOL_FOLDER, copyTool } from './build-tool.mjs';

// The editors' page, in dist/ and in the package (www/editor/).
export const EDITOR_FOLDER = 'editor';
// Each built-in topic's CMS-safe article, which needs no address of the
// widget's files and so is ready to paste (written by prerenderTopics).
export const SNIPPETS_FOLDER = 'snippets';

const here = new URL('./package/', import.meta.url);
const MANIFEST = 'custom-elements.json';
const TYPES = 'index.d.ts';
const REACT_TYPES = 'react.d.ts';

/**
 * The package.json of `version`: the page's files, the manifest and the
 * types; the tool (its wasm, the `possible-causes` command and the
 * `possible-causes/server` API); the editors' page; the built-in topics'
 * CMS-safe articles.
 */
export function packageJson(version) {
  const toolFiles = [...TOOL_FILES.map((name) => `${TOOL_FOLDER}/${name}`), ...Object.values(NODE_FILES)];
  const files = [...DOWNLOADED, MANIFEST, TYPES, REACT_TYPES, ...toolFiles, `${EDITOR_FOLDER}/`, `${SNIPPETS_FOLDER}/`];
  const exports = {
    '.': { types: `./${TYPES}`, default: './embed.js' },
    './embed.js': { types: `./${TYPES}`, default: './embed.js' },
    './react': { types: `./${REACT_TYPES}` },
    './server': { types: `./${NODE_FILES['server.d.ts']}`, default: `./${NODE_FILES['server.mjs']}` },
  };
  for (const name of [...DOWNLOADED.filter((name) => name !== FILES.embed), MANIFEST, 'package.json']) {
    exports[`./${name}`] = `./${name}`;
  }
  return {
    name: 'possible-causes',
    version,
    description: 'An accessible, embeddable "possible causes" accordion for health content: one script tag, a custom element, Rust + Yew compiled to WebAssembly.',
    license: 'MIT OR Apache-2.0',
    keywords: ['web-component', 'custom-element', 'accordion', 'health', 'webassembly'],
    types: `./${TYPES}`,
    customElements: MANIFEST,
    exports,
    bin: { 'possible-causes': `./${NODE_FILES['cli.mjs']}` },
    engines: { node: '>=20' },
    files,
    sideEffects: ['./embed.js'],
  };
}

/**
 * Writes the package into `folder` from the built files in `built` (the
 * page's files, the tool's, the editors' page); `snippet` is the embed tag.
 */
export function writePackage(built, folder, snippet) {
  mkdirSync(folder, { recursive: true });
  for (const name of DOWNLOADED) copyFileSync(path.join(built, name), path.join(folder, name));
  copyTool(built, folder);
  cpSync(path.join(built, EDITOR_FOLDER), path.join(folder, EDITOR_FOLDER), { recursive: true });
  writeFileSync(path.join(folder, MANIFEST), `${JSON.stringify(customElementsManifest(), null, 2)}\n`);
  writeFileSync(path.join(folder, TYPES), typeDeclarations());
  writeFileSync(path.join(folder, REACT_TYPES), reactTypes());
  writeFileSync(path.join(folder, 'README.md'), readFileSync(new URL('README.md', here), 'utf8').replace('%SNIPPET%', snippet.trim()));
  writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify(packageJson(VERSION), null, 2)}\n`);
}
