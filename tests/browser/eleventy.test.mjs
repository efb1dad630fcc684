// The render API in a real static-site generator: the Eleventy 3 site of
// tests/eleventy/ built (in a project that installed the packed package) with
// a shortcode that pre-renders the widget, then read as a reader gets it:
// without JavaScript every section in full, with it a takeover that shifts
// nothing and a header that opens its section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startHarness, framesDrawn, RECORD_WIDGETS } from './harness.mjs';
import { startServer } from '../../www/serve.mjs';
import { installPackage } from '../package.mjs';

// Eleventy's command, from the tests' own npm packages.
const ELEVENTY = new URL('../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url).pathname;
const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((group) => group.causes);
// The clinic's own topic, from the site's _data: the built-in one under an id of its own.
const OWN = { ...TOPIC, id: 'clinic-back-pain' };

let harness;
let site;
let html;
before(async () => {
  harness = await startHarness();
  const { project } = installPackage('eleventy');
  cpSync(new URL('../eleventy/', import.meta.url), project, { recursive: true });
  mkdirSync(path.join(project, '_data'), { recursive: true });
  writeFileSync(path.join(project, '_data', 'clinicTopic.json'), JSON.stringify(OWN, null, 2));
  // Built as the site's own team builds it: Eleventy's command in the project's folder.
  const built = spawnSync(process.execPath, [ELEVENTY, '--quiet'], { cwd: project, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const output = path.join(project, '_site');
  html = readFileSync(path.join(output, 'index.html'), 'utf8');
  site = await startServer({ root: output });
});
after(async () => {
  await site?.close();
  await harness?.close();
});

test('the built page holds both widgets pre-rendered, each cause\'s text in the raw HTML', () => {
  assert.equal(html.match(/<template shadowrootmode="open">/g).length, 2);
  assert.match(html, /<possible-causes topic="mirena-lower-back-pain" department-href="\/departments\/\{department\}"/);
  assert.match(html, /<script type="application\/json">\{\n {2}"id": "clinic-back-pain"/, 'the own topic carried as inline JSON');
  for (const cause of CAUSES) assert.ok(html.includes(cause.title), cause.title);
  assert.equal(html.match(/<script async src="\/widget\/embed.js">/g).length, 2);
});

test('without JavaScript every section of both widgets opens by itself and reads in full', async () => {
  const context = await harness.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  for (const widget of [page.locator('possible-causes').first(), page.locator('possible-causes').last()]) {
    for (const cause of CAUSES) {
      assert.equal(await widget.locator(`#${cause.id}-header`).isVisible(), true, cause.id);
      await widget.locator(`details#${cause.id} > summary`).click();
      for (const paragraph of cause.explanation) {
        assert.equal(await widget.getByText(paragraph, { exact: true }).first().isVisible(), true, paragraph);
      }
    }
    assert.equal(await widget.getByText(TOPIC.disclaimer).isVisible(), true);
  }
  assert.equal(await page.locator('possible-causes').last().locator('h3').first().textContent(), TOPIC.title, 'the own topic\'s question one level above its h4 causes');
  await context.close();
});

test('with JavaScript the widgets take over without a layout shift, and a header opens its section', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1024, height: 1400 } });
  const page = await context.newPage();
  await page.addInitScript(RECORD_WIDGETS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site.origin}/`);
  await page.waitForFunction(() => window.widgetEvents.filter((event) => event.type === 'ready').length === 2, null, { timeout: 15000 });
  const ready = await page.evaluate(() => window.widgetEvents.filter((event) => event.type === 'ready').map((event) => event.detail.topic));
  assert.deepEqual(ready.sort(), ['clinic-back-pain', 'mirena-lower-back-pain']);
  await framesDrawn(page);
  assert.equal(await page.evaluate(() => window.shift), 0, 'no layout shift');
  const header = page.locator('possible-causes').first().locator(`#${CAUSES[0].id}-header`);
  assert.equal(await header.getAttribute('aria-expanded'), 'false');
  await header.click();
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('possible-causes').first().locator(`#${CAUSES[0].id}-panel`).isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
