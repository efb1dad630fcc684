// The steps of the release build's last stage, each on trunk's staging
// folder; www/finish-build.mjs runs them in order.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'acorn';
import { DOWNLOADED, FILES, PLACEHOLDER_BASE, SHOWN_TOPIC, TOPICS, VERSION_FOLDER, snippetFile } from './downloaded.mjs';
import { optimizeWasm } from './optimize-wasm.mjs';
import { build, minifyFile, terse } from './minify.mjs';
import { ELEMENT, attributeDefault, renderingAttributes } from './element.mjs';
import { SNIPPETS_FOLDER } from './package.mjs';

/** binaryen's -Oz with its documented options, custom sections stripped (www/optimize-wasm.mjs). */
export function optimize(staging) {
  const wasm = path.join(staging, FILES.wasm);
  writeFileSync(wasm, optimizeWasm(readFileSync(wasm)));
}

/**
 * Bundles embed.js and minifies what a host page downloads (trunk cannot
 * minify wasm-bindgen's ES module glue). Of the glue only what embed.js uses stays (its init, mount
 * and command): initSync and the code only it needs are left out. `tool` is
 * the built tool, whose names and words embed.js shares (sharedWithTheWidget).
 */
export async function minify(staging, tool) {
  const glue = path.join(staging, FILES.glue);
  await build({
    stdin: { contents: `export { default, mount, command } from './${FILES.glue}';`, resolveDir: staging },
    bundle: true, outfile: glue, allowOverwrite: true, minify: true, format: 'esm', logLevel: 'warning',
  });
  await terse(glue, { module: true });
  await minifyFile(path.join(staging, FILES.styles));
  // embed.js last, with the others' hashes: its modules (www/embed/, one job
  // each) as the one classic script a page loads, with what it shares with
  // the widget written in.
  const embed = path.join(staging, FILES.embed);
  const shared = sharedWithTheWidget(tool, staging);
  await build({
    entryPoints: [fileURLToPath(new URL('./embed/main.mjs', import.meta.url))],
    bundle: true, outfile: embed, format: 'iife', minify: true, logLevel: 'warning',
    define: Object.fromEntries(Object.entries(shared).map(([name, value]) => [`SHARED.${name}`, value])),
  });
  refuseUnshared(readFileSync(embed, 'utf8'));
  await terse(embed);
}

/**
 * What embed.js knows as `SHARED.NAME`, each a JavaScript expression that
 * esbuild writes in where it is used (so that selectors made of them are
 * folded into one string): from the element's description
 * (www/package/element.json), the tag, the attributes, those that render the
 * widget anew and the English notice; from the widget's words (the tool's
 * widgetWords()), the Chinese notice and which language tags get it; from
 * the tool's embedNames(), the markup's names (src/widget/markup.rs) by their
 * Rust constants' names, and the commands a mounted widget takes
 * (src/embed/command.rs) as `COMMAND_<Variant>`; the names of the files it
 * loads (www/downloaded.mjs) and their hashes, in `staging` as a page gets
 * them, which it has the browser check.
 */
export function sharedWithTheWidget(tool, staging) {
  const words = tool.widgetWords();
  const { markup, commands } = tool.embedNames();
  const { exactly, prefixes } = words.simplifiedChinese;
  const text = (value) => JSON.stringify(value);
  const entries = Object.entries({
    TAG: text(ELEMENT.tagName),
    ATTRIBUTES: text(ELEMENT.attributes.map((attribute) => attribute.name)),
    RENDERING_ATTRIBUTES: text(renderingAttributes()),
    NOTICE_EN: text(attributeDefault('text-error')),
    NOTICE_ZH: text(words.notice.zh),
    SIMPLIFIED_CHINESE: text(languagePattern(exactly, prefixes)),
    GLUE: text(FILES.glue),
    WASM: text(FILES.wasm),
    STYLES: text(FILES.styles),
    GLUE_INTEGRITY: text(integrity(staging, FILES.glue)),
    WASM_INTEGRITY: text(integrity(staging, FILES.wasm)),
    STYLES_INTEGRITY: text(integrity(staging, FILES.styles)),
  }).concat(
    Object.entries(commands).map(([variant, name]) => [`COMMAND_${variant}`, text(name)]),
    Object.entries(markup).map(([name, value]) => [name, text(value)]),
  );
  // A name of the Rust table that another fact already uses would replace it unseen.
  const shared = Object.fromEntries(entries);
  if (Object.keys(shared).length !== entries.length) {
    const names = entries.map(([name]) => name);
    throw new Error(`embed.js would be given ${names.find((name, at) => names.indexOf(name) !== at)} twice (www/build-steps.mjs, sharedWithTheWidget)`);
  }
  return shared;
}

/**
 * Stops the build where embed.js still reads `SHARED.NAME` after esbuild
 * wrote in every name it was given: a name the widget does not share (a
 * typo, or one taken out of the Rust table) would fail only in a browser.
 */
export function refuseUnshared(script) {
  const unshared = new Set();
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Identifier' && node.name === 'SHARED') unshared.add('SHARED');
    if (node.type === 'MemberExpression' && node.object.type === 'Identifier' && node.object.name === 'SHARED') {
      unshared.add(`SHARED.${node.property.name}`);
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parse(script, { ecmaVersion: 'latest' }));
  if (unshared.size) throw new Error(`embed.js reads ${[...unshared].join(', ')}, which the widget does not share (www/build-steps.mjs, sharedWithTheWidget)`);
}

/** `sha384-…` of a staged file, for an integrity attribute. */
export const integrity = (staging, name) => `sha384-${createHash('sha384').update(readFileSync(path.join(staging, name))).digest('base64')}`;

/** A regular expression's source that matches `text` as it is. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `^zh(-cn|-hans|$)`: `exactly` the tag, or a tag that starts with one of `prefixes`. */
function languagePattern(exactly, prefixes) {
  const rests = prefixes.map((prefix) => (prefix.startsWith(exactly) ? prefix.slice(exactly.length) : undefined));
  if (rests.includes(undefined)) return `^(${[`${literally(exactly)}$`, ...prefixes.map(literally)].join('|')})`;
  return `^${literally(exactly)}(${[...rests.map(literally), '$'].join('|')})`;
}

/** Copies the files a page downloads into v<version>/, to be cached immutably. */
export function writeVersionFolder(staging) {
  mkdirSync(path.join(staging, VERSION_FOLDER), { recursive: true });
  for (const name of DOWNLOADED) copyFileSync(path.join(staging, name), path.join(staging, VERSION_FOLDER, name));
}

/** The script tag and element a page pastes, for embed.js served from `base`. */
export function scriptSnippet(staging, base) {
  return `<script async src="${base}embed.js"
        integrity="${integrity(staging, FILES.embed)}" crossorigin="anonymous"></script>
<possible-causes topic="${SHOWN_TOPIC}"></possible-causes>`;
}

/**
 * Each built-in topic's snippets with the default attributes, by the npm
 * package's tool (the same components, in the tool's wasm, as a web team
 * without Rust runs them), in v<version>/: the pre-rendered one, and the
 * CMS-safe article (snippetFile's `.cms.html`) for rich-text fields, which the npm
 * package carries too (snippets/).
 */
export async function prerenderTopics(staging, packageFolder) {
  const { commandLine } = await import(pathToFileURL(path.join(packageFolder, 'server.mjs')));
  const embedIntegrity = integrity(staging, FILES.embed);
  for (const topic of TOPICS) {
    for (const [kind, options] of [
      ['prerendered', ['--widget-base', `${PLACEHOLDER_BASE}${VERSION_FOLDER}/`, '--embed-integrity', embedIntegrity]],
      ['cms', []],
    ]) {
      const rendered = await commandLine(['render', '--topic', topic, '--snippet', kind, ...options]);
      if (rendered.status !== 0) throw new Error(`possible-causes render --topic ${topic} --snippet ${kind} failed:\n${rendered.stderr}`);
      const file = path.join(VERSION_FOLDER, snippetFile(topic, kind));
      writeFileSync(path.join(staging, file), rendered.stdout);
      console.log(`${kind}: dist/${file}`);
      if (kind === 'cms') {
        mkdirSync(path.join(packageFolder, SNIPPETS_FOLDER), { recursive: true });
        writeFileSync(path.join(packageFolder, SNIPPETS_FOLDER, snippetFile(topic, kind)), rendered.stdout);
      }
    }
  }
}
