// Trunk post-build hook. In trunk's staging folder it:
// 1. in a release build, optimizes the wasm with binaryen's -Oz and strips
//    its custom sections (www/optimize-wasm.mjs);
// 2. minifies the scripts and stylesheet a host page downloads (trunk cannot
//    minify wasm-bindgen's ES module glue), keeping of the glue only what
//    embed.js calls;
// 3. writes the glue's, wasm's and stylesheet's integrity hashes into
//    embed.js, which has the browser check them when it loads them;
// 4. copies the files a page downloads into v<version>/, to be cached immutably;
// 5. writes and prints the embed snippet with embed.js's own integrity hash;
// 6. writes the npm package (dist/npm/: the same files, the Custom Elements
//    Manifest, the types; www/package.mjs);
// 7. writes each built-in topic's pre-rendered snippet (possible-causes render).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DOWNLOADED, PLACEHOLDER_BASE, SHOWN_TOPIC, TOPICS, VERSION, VERSION_FOLDER } from './downloaded.mjs';
import { optimizeWasm } from './optimize-wasm.mjs';
import { build, minifyFile, terse } from './minify.mjs';
import { writePackage } from './package.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');
const at = (name) => path.join(staging, name);

if (process.env.TRUNK_PROFILE === 'release') {
  writeFileSync(at('possible-causes_bg.wasm'), optimizeWasm(readFileSync(at('possible-causes_bg.wasm'))));
}

// The glue keeps only what embed.js uses (its init, mount and command): initSync and
// the code only it needs are left out.
await build({
  stdin: { contents: "export { default, mount, command } from './possible-causes.js';", resolveDir: staging },
  bundle: true, outfile: at('possible-causes.js'), allowOverwrite: true, minify: true, format: 'esm', logLevel: 'warning',
});
await terse(at('possible-causes.js'), { module: true });
// embed.js is an IIFE already: no second wrapper.
await minifyFile(at('embed.js'));
await minifyFile(at('widget.css'));

const integrity = (name) => `sha384-${createHash('sha384').update(readFileSync(at(name))).digest('base64')}`;
const embed = readFileSync(at('embed.js'), 'utf8')
  .replace('%GLUE_INTEGRITY%', integrity('possible-causes.js'))
  .replace('%WASM_INTEGRITY%', integrity('possible-causes_bg.wasm'))
  .replace('%STYLES_INTEGRITY%', integrity('widget.css'));
if (embed.includes('_INTEGRITY%')) throw new Error('embed.js lost an integrity placeholder');
writeFileSync(at('embed.js'), embed);

const [version, folder] = [VERSION, VERSION_FOLDER];
mkdirSync(at(folder), { recursive: true });
for (const name of DOWNLOADED) copyFileSync(at(name), path.join(staging, folder, name));

const snippet = `<script async src="${PLACEHOLDER_BASE}${folder}/embed.js"
        integrity="${integrity('embed.js')}" crossorigin="anonymous"></script>
<possible-causes topic="${SHOWN_TOPIC}"></possible-causes>
`;
writeFileSync(path.join(staging, folder, 'snippet.html'), snippet);
console.log(`possible-causes ${version}: files in dist/${folder}/ (cache them immutably). Embed with:\n\n${snippet}`);

writePackage(staging, at('npm'), `<script async src="https://YOUR-NPM-CDN.example/possible-causes@${version}/embed.js"
        integrity="${integrity('embed.js')}" crossorigin="anonymous"></script>
<possible-causes topic="${SHOWN_TOPIC}"></possible-causes>`);
console.log('npm package: dist/npm/ (npm pack there makes the tarball)');

// The pre-rendered snippet of each built-in topic, with the default
// attributes, by the command-line tool (the same components, rendered natively).
for (const topic of TOPICS) {
  const rendered = spawnSync('cargo', ['run', '--release', '--quiet', '--locked', '--', 'render', '--topic', topic,
    '--widget-base', `${PLACEHOLDER_BASE}${folder}/`, '--embed-integrity', integrity('embed.js')],
  { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' });
  if (rendered.status !== 0) throw new Error(`possible-causes render --topic ${topic} failed:\n${rendered.stderr}`);
  writeFileSync(path.join(staging, folder, `${topic}.html`), rendered.stdout);
  console.log(`pre-rendered: dist/${folder}/${topic}.html`);
}
