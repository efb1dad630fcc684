// The editors' page as an editor has it: served from the installed npm
// package with every other request refused, it turns a pasted article into
// the native tool's draft, lists a topic's problems with their paths as the
// native `check` does, previews the topic in the real widget, downloads a
// topic `check` accepts and copies the native snippet, under the
// Content-Security-Policy docs/hosting.md gives it; axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startHarness, axeViolations, framesDrawn } from './harness.mjs';
import { startServer } from '../../www/serve.mjs';
import { installPackage } from '../package.mjs';
import { CASES, caseText } from '../content-cases.mjs';

const root = new URL('../../', import.meta.url).pathname;
const NATIVE = path.join(root, 'target/debug/possible-causes');
const ARTICLES = path.join(root, 'content', 'sources');
const [ARTICLE_NAME] = readdirSync(ARTICLES).filter((name) => name.endsWith('.txt'));
const ARTICLE = path.join(ARTICLES, ARTICLE_NAME);
const BASE = 'https://cdn.example/possible-causes/v0.1.0/';
const POLICY = "script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'";

let harness;
let server;
let work;
before(async () => {
  harness = await startHarness();
  const { project, installed } = installPackage('editor');
  // Under the policy docs/hosting.md gives for the page.
  server = await startServer({ root: installed, headers: () => ({ 'Content-Security-Policy': POLICY }) });
  work = path.join(project, 'work');
  mkdirSync(work, { recursive: true });
});
after(async () => {
  await server?.close();
  await harness?.close();
});

const native = (args) => spawnSync(NATIVE, args, { encoding: 'utf8' });

/** The editors' page, with every request off its own server refused (and counted). */
async function openEditor() {
  const context = await harness.browser.newContext({ acceptDownloads: true });
  const refused = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(`${server.origin}/`)) return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  await page.goto(`${server.origin}/editor/`);
  await page.waitForSelector('html[data-ready]');
  return { page, context, refused, errors };
}

/** axe's violations; the style axe-core injects itself breaks the page's policy, and is not counted. */
async function axe(page) {
  const before = await page.evaluate(() => window.violations.length);
  const found = await axeViolations(page);
  await framesDrawn(page); // the violation event comes a task later
  await page.evaluate((count) => window.violations.splice(count), before);
  return found;
}

/** Types `text` as the topic's JSON and waits for the problems to be this text's. */
async function setTopic(page, text) {
  const before = await page.getAttribute('#problems', 'data-checks');
  await page.fill('#topic', text);
  await page.waitForFunction((count) => document.getElementById('problems').dataset.checks !== count, before);
  return page.locator('#problem-list li').allTextContents();
}

test('a pasted article becomes the native draft, previewed live, downloaded as a topic check accepts', async () => {
  const { page, context, refused, errors } = await openEditor();
  assert.deepEqual(await axe(page), [], 'axe: the page as it opens');
  const article = readFileSync(ARTICLE, 'utf8');
  const imported = native(['import', ARTICLE]);
  await page.fill('#article', article);
  // By keyboard: from the article, Tab past the file button to "Make a draft", then Enter.
  await page.focus('#article');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'make-draft');
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('#topic'), imported.stdout, 'the native draft');
  const points = imported.stderr.trim().split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''));
  assert.deepEqual(await page.locator('#draft-status li').allTextContents(), points, 'the points to confirm');
  await page.waitForFunction(() => document.getElementById('problems-summary').textContent.startsWith('No problems'));

  const topic = JSON.parse(imported.stdout);
  const causes = topic.groups.flatMap((g) => g.causes).length;
  await page.waitForFunction((count) => document.querySelector('#preview possible-causes')?.shadowRoot
    ?.querySelectorAll('button.section-button').length === count, causes, { timeout: 15000 });
  await page.locator('#preview possible-causes').locator(`#${topic.groups[0].causes[0].id}-header`).click();
  assert.equal(await page.locator('#preview possible-causes').locator(`#${topic.groups[0].causes[0].id}-header`).getAttribute('aria-expanded'), 'true', 'the preview is the real widget');
  assert.deepEqual(await axe(page), [], 'axe: with the draft, its points and the preview');

  const download = page.waitForEvent('download');
  await page.click('#download');
  const file = path.join(work, (await download).suggestedFilename());
  await (await download).saveAs(file);
  assert.equal(path.basename(file), `${topic.id}.json`);
  const checked = native(['check', file]);
  assert.equal(checked.status, 0, checked.stdout);
  assert.equal(readFileSync(file, 'utf8'), imported.stdout);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.fill('#widget-base', BASE);
  await page.click('#copy-snippet');
  await page.waitForFunction(() => document.getElementById('snippet').value !== '');
  const rendered = native(['render', file, '--widget-base', BASE]);
  assert.equal(await page.inputValue('#snippet'), rendered.stdout, 'the native snippet');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), rendered.stdout, 'on the clipboard');
  assert.match(await page.locator('#snippet-status').textContent(), /style-src 'sha256-/);
  await page.click('#copy-article');
  await page.waitForFunction(() => document.getElementById('snippet').value.startsWith('<div data-possible-causes'));
  const plainArticle = native(['render', file, '--snippet', 'cms']);
  assert.equal(await page.inputValue('#snippet'), plainArticle.stdout, 'the native article');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), plainArticle.stdout, 'on the clipboard');

  assert.deepEqual(refused, [], 'no request beyond the page\'s own files');
  assert.deepEqual(await page.evaluate(() => window.violations), [], `nothing refused by ${POLICY}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an article out of form shows the line and what was expected, as the native import says', async () => {
  const { page, context } = await openEditor();
  const lines = readFileSync(ARTICLE, 'utf8').split('\n');
  const broken = lines.filter((line) => !line.startsWith('II.')).join('\n');
  const file = path.join(work, 'out-of-form.txt');
  writeFileSync(file, broken);
  const refused = native(['import', file]);
  assert.equal(refused.status, 1);
  const reason = refused.stderr.trim().replace(`possible-causes: ${file}: `, '');
  const [, line] = /^line (\d+):/.exec(reason);
  // Opened as a file, as an editor would.
  await page.setInputFiles('#article-file', file);
  await page.waitForFunction(() => document.getElementById('draft-status').textContent !== '');
  const status = await page.locator('#draft-status').textContent();
  assert.ok(status.includes(reason), `${status} says ${reason}`);
  assert.ok(status.includes(`Line ${line} reads: “${broken.split('\n')[line - 1].trim()}”`), status);
  assert.equal(await page.inputValue('#topic'), '', 'no draft');
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('every content case, the built-in topic and the draft: the page lists the native check\'s problems and copies its snippet', async () => {
  const { page, context } = await openEditor();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.fill('#widget-base', BASE);
  const texts = [
    ...CASES.map((testCase) => [testCase.name, caseText(testCase)]),
    ['the built-in topic', readFileSync(path.join(root, 'content/topics/mirena-lower-back-pain.json'), 'utf8')],
    ['the source article\'s draft', native(['import', ARTICLE]).stdout],
  ];
  let snippets = 0;
  for (const [i, [name, text]] of texts.entries()) {
    const file = path.join(work, `case-${i}.json`);
    writeFileSync(file, text);
    const checked = native(['check', file]);
    const expected = checked.stdout.split('\n').filter(Boolean).map((line) => line.slice(`${file}: `.length));
    assert.deepEqual(await setTopic(page, text), expected, name);
    if (checked.status !== 0) {
      assert.equal(await page.isDisabled('#copy-snippet'), true, `${name}: no snippet of a broken topic`);
      continue;
    }
    await page.evaluate(() => { document.getElementById('snippet').value = ''; });
    await page.click('#copy-snippet');
    await page.waitForFunction(() => document.getElementById('snippet').value !== '');
    assert.equal(await page.inputValue('#snippet'), native(['render', file, '--widget-base', BASE]).stdout, `${name}: the snippet`);
    snippets += 1;
  }
  assert.ok(snippets >= 3, 'valid topics were rendered too');
  await context.close();
});
