// The npm package as a web team installs it: `npm pack` holds only the
// page's files, the manifest, the types, the tool and the editors' page; its package.json points at them;
// served from the installed folder (as a self-hosted copy or an npm CDN
// would serve it), it drives a React 19 page and a Vue 3 page bundled with
// esbuild from their npm packages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startHarness, openPage, bundle } from './harness.mjs';
import { startServer } from '../../www/serve.mjs';
import { DOWNLOADED, TOPICS, VERSION, VERSION_FOLDER, snippetFile } from '../../www/downloaded.mjs';
import { installPackage, PACKAGE_SOURCE } from '../package.mjs';
import { customElementsManifest } from '../../www/element.mjs';
import { EDITOR_FOLDER, SNIPPETS_FOLDER } from '../../www/package.mjs';
import { NODE_FILES, TOOL_FILES, TOOL_FOLDER } from '../../www/build-tool.mjs';

const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((g) => g.causes).map((c) => c.id);

let harness;
let installed;
let files;
let cdn;
before(async () => {
  harness = await startHarness();
  ({ installed, files } = installPackage('browser'));
  cdn = await startServer({ root: installed, cors: true });
});
after(async () => {
  await cdn?.close();
  await harness?.close();
});

test('npm pack holds the files a page downloads, the manifest, the types, the tool and the editors\' page, and nothing else', () => {
  const editor = readdirSync(new URL('../../www/editor/', import.meta.url)).map((name) => `${EDITOR_FOLDER}/${name}`);
  const tool = [...TOOL_FILES.map((name) => `${TOOL_FOLDER}/${name}`), ...Object.values(NODE_FILES)];
  const articles = TOPICS.map((topic) => `${SNIPPETS_FOLDER}/${snippetFile(topic, 'cms')}`);
  const expected = ['package.json', 'README.md', ...DOWNLOADED, 'custom-elements.json', 'index.d.ts', 'react.d.ts', ...tool, ...editor, ...articles];
  assert.deepEqual([...files].sort(), [...expected].sort());
  for (const topic of TOPICS) {
    assert.deepEqual(readFileSync(path.join(installed, SNIPPETS_FOLDER, snippetFile(topic, 'cms'))),
      readFileSync(new URL(`../../dist/${VERSION_FOLDER}/${snippetFile(topic, 'cms')}`, import.meta.url)), `${topic}'s article is the build's own`);
  }
  const pkg = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'possible-causes');
  assert.equal(pkg.version, VERSION, 'the crate\'s version');
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.ok(existsSync(path.join(installed, pkg.types)));
  assert.deepEqual(JSON.parse(readFileSync(path.join(installed, pkg.customElements), 'utf8')), customElementsManifest());
  assert.ok(existsSync(path.join(installed, pkg.bin['possible-causes'])), 'the possible-causes command');
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const target of targets) assert.ok(existsSync(path.join(installed, target)), `exports → ${target}`);
  for (const name of DOWNLOADED) {
    assert.deepEqual(readFileSync(path.join(installed, name)), readFileSync(path.join(PACKAGE_SOURCE, '..', name)), `${name} is the build's own`);
  }
  assert.match(readFileSync(path.join(installed, 'README.md'), 'utf8'), /integrity="sha384-[A-Za-z0-9+/=]+"/, 'the package README has the embed tag with its hash');
});

/** Opens a host page running `app`, with embed.js from the installed package. */
async function openApp(app) {
  const opened = await openPage(harness);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic app</title>
<script async src="${cdn.origin}/embed.js"></script></head><body><div id="app"></div><script>${app}</script></body></html>`;
  await opened.page.goto(harness.addPage(html));
  await opened.page.waitForFunction(() => document.querySelector('possible-causes')?.shadowRoot?.querySelector('.section-button'));
  return opened;
}

const heard = (page) => page.locator('#heard li').allTextContents();
const openInWidget = (page) => page.locator('possible-causes').evaluate((el) => el.openSections);

/** The same steps for both frameworks' pages. */
async function drive(page, record) {
  assert.ok(record.requests.some((url) => url.startsWith(`${cdn.origin}/possible-causes_bg.wasm`)), 'the wasm comes from the package');

  await page.locator('#show-all').click();
  await page.waitForFunction((count) => document.querySelectorAll('#heard li').length === count, CAUSES.length);
  assert.deepEqual(await heard(page), CAUSES.map((id) => `${id}:true`), 'the toggle events reached the framework\'s state');
  await page.locator('#report').click();
  assert.equal(await page.locator('#open').textContent(), CAUSES.join(' '), 'openSections through the ref');

  await page.locator('#level-2').click();
  await page.waitForFunction(() => document.querySelector('possible-causes').shadowRoot.querySelector('h2 .section-button'));
  assert.equal(await page.locator('possible-causes').getAttribute('heading-level'), '2');
  assert.deepEqual(await openInWidget(page), CAUSES, 'a new attribute keeps the sections open');
  await page.locator('#chinese').click();
  await page.waitForFunction(() => document.querySelector('possible-causes').shadowRoot.querySelector('.show-all')?.textContent === '收起全部');

  await page.locator(`possible-causes #${CAUSES[1]}-header`).click();
  await page.locator('#hide-all').click();
  await page.waitForFunction((count) => document.querySelectorAll('#heard li').length === count, CAUSES.length * 2);
  assert.deepEqual((await heard(page)).slice(CAUSES.length), [`${CAUSES[1]}:false`, ...CAUSES.filter((id) => id !== CAUSES[1]).map((id) => `${id}:false`)],
    'a reader\'s click and hideAll() are heard alike');
  assert.deepEqual(await openInWidget(page), []);
  assert.deepEqual(record.pageErrors, []);
}

test('a React 19 page drives the packaged element: attributes from state, events, methods through a ref', async () => {
  const { page, record, context } = await openApp(await bundle({ entry: new URL('../types/react-page.tsx', import.meta.url).pathname }));
  await drive(page, record);
  await context.close();
});

test('a Vue 3 page drives the packaged element: attributes from state, events, methods through a ref', async () => {
  const { page, record, context } = await openApp(await bundle({ entry: new URL('../types/vue-page.ts', import.meta.url).pathname }));
  await drive(page, record);
  await context.close();
});
