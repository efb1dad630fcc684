// The pre-rendered snippet (`possible-causes render`, written by the release
// build into dist/v<version>/<topic>.html) on a host page: readable in full
// without JavaScript, in the raw HTML a crawler fetches, visible before any
// of the widget's files arrive, taken over by the wasm without a shift, and
// loaded lazily when asked to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  startHarness, openPage, openHost, waitForWidgets, hostPage, axeViolations, prerenderedSnippet, delayWidgetOrigin as delayHarnessOrigin,
  framesDrawn, RECORD_FETCHES, RECORD_WIDGETS, embedRan,
} from './harness.mjs';

const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((group) => group.causes);

let harness;
let snippet;
before(async () => {
  harness = await startHarness();
  snippet = prerenderedSnippet(harness);
});
after(async () => { await harness?.close(); });

const delayWidgetOrigin = (page, ms, pattern) => delayHarnessOrigin(harness, page, ms, pattern);

test('without JavaScript every section opens by itself and reads in full, with the caveat, links, disclaimer and source', async () => {
  const context = await harness.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await page.goto(harness.addPage(hostPage(harness, snippet)));
  const widget = page.locator('possible-causes');
  for (const cause of CAUSES) {
    assert.equal(await widget.locator(`#${cause.id}-header .section-title`).isVisible(), true, cause.id);
    assert.equal(await widget.getByText(cause.explanation[0], { exact: true }).first().isVisible(), false, `${cause.id} starts closed`);
    await widget.locator(`details#${cause.id} > summary`).click();
    for (const paragraph of cause.explanation) {
      assert.equal(await widget.getByText(paragraph, { exact: true }).first().isVisible(), true, paragraph);
    }
    for (const name of cause.medications?.names ?? []) {
      assert.equal(await widget.getByText(name, { exact: true }).isVisible(), true, name);
    }
  }
  const caveats = widget.getByText("Take these only under a doctor's guidance.");
  assert.equal(await caveats.count(), CAUSES.filter((c) => c.medications).length);
  for (let i = 0; i < await caveats.count(); i++) assert.equal(await caveats.nth(i).isVisible(), true);
  const links = await widget.locator('.departments a').evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));
  assert.equal(links.length, CAUSES.reduce((n, c) => n + c.departments.length, 0));
  assert.ok(links.every((href) => /^\/departments\/(gynecology|orthopedics)\.html$/.test(href)), links.join());
  assert.equal(await widget.getByText(TOPIC.disclaimer).isVisible(), true);
  assert.equal(await widget.locator('.source').isVisible(), true);
  assert.equal(await widget.locator('.show-all').isVisible(), false, 'no control that cannot work');
  await page.screenshot({ path: new URL('./artifacts/prerendered-no-js.png', import.meta.url).pathname, fullPage: true });
  await context.close();
});

// axe needs scripts to run, and Chromium cannot emulate (scripting: none):
// the same markup, without embed.js, with the stylesheet's no-script rules
// applied as they are, is what a reader without JavaScript gets.
test('axe finds nothing in the pre-rendered widget as readers without JavaScript get it', async () => {
  const { page, context } = await openHost(harness, snippet.replace(/<script async[^>]*><\/script>/, ''));
  // The stylesheet's (scripting: none) rules, as the browser parsed them, applied as they are.
  const applied = await page.locator('possible-causes').evaluate((el) => {
    const rules = [...el.shadowRoot.styleSheets].flatMap((sheet) => [...sheet.cssRules])
      .find((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === '(scripting: none)');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([...rules.cssRules].map((rule) => rule.cssText).join('\n'));
    el.shadowRoot.adoptedStyleSheets = [sheet];
    return rules.cssRules.length;
  });
  assert.ok(applied > 0);
  assert.equal(await page.locator('possible-causes .show-all').isVisible(), false, 'no control that cannot work');
  await page.locator(`possible-causes details#${CAUSES[1].id} > summary`).click();
  assert.equal(await page.locator(`possible-causes #${CAUSES[1].id}-panel`).isVisible(), true, 'a section opens by itself');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the raw HTML holds every cause\'s text and JSON-LD that parses', async () => {
  const url = harness.addPage(hostPage(harness, snippet));
  const html = await (await fetch(url)).text();
  for (const cause of CAUSES) {
    assert.ok(html.includes(cause.title), cause.title);
    for (const paragraph of cause.explanation) assert.ok(html.includes(paragraph.replaceAll("'", '&#39;')) || html.includes(paragraph), paragraph);
  }
  const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)[1]);
  assert.equal(ld['@type'], 'MedicalWebPage');
  assert.deepEqual(ld.about.map((cause) => cause.name), CAUSES.map((cause) => cause.title));
});

test('with the widget\'s origin 2 s late: the first header shows before embed.js, the takeover shifts nothing, and it works', async () => {
  const { page, record, context } = await openPage(harness, { viewport: { width: 1024, height: 1400 } });
  const arrived = await delayWidgetOrigin(page, 2000);
  await page.addInitScript(RECORD_WIDGETS);
  // Not waiting for the load event: it waits for the late embed.js too.
  await page.goto(harness.addPage(hostPage(harness, `<p>Before the widget.</p>${snippet}<p id="after">After the widget.</p>`)), { waitUntil: 'commit' });
  const header = page.locator(`possible-causes #${CAUSES[0].id}-header`);
  await header.waitFor({ state: 'visible', timeout: 1500 });
  assert.deepEqual(arrived.filter((p) => p.endsWith('embed.js')), [], 'visible before embed.js arrived');
  assert.equal(await page.locator('possible-causes button.section-button').count(), 0, 'before a script, no header is a button');
  // embed.js makes the headers buttons; the wasm, asked for then, is 2 s away.
  await page.locator('possible-causes button.section-button').first().waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => window.widgetEvents.length), 0, 'before the wasm');
  // Each element with its attributes in name order (their order means nothing), and each text.
  const markup = (el) => {
    const lines = [];
    const walk = (node) => {
      // Text as a reader gets it: the parser's one node, or the live render's several in a row.
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.previousSibling?.nodeType === Node.TEXT_NODE) lines[lines.length - 1] += node.data;
        else lines.push(node.data);
        return undefined;
      }
      const attributes = node.getAttributeNames().sort().map((name) => ` ${name}="${name === 'href' ? node.href : node.getAttribute(name)}"`);
      lines.push(`<${node.localName}${attributes.join('')}>`);
      node.childNodes.forEach(walk);
      return lines.push(`</${node.localName}>`);
    };
    el.shadowRoot.querySelector('.box').childNodes.forEach(walk);
    return lines.filter((line) => line.trim() !== '');
  };
  const before = await page.locator('possible-causes').evaluate(markup);
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  await framesDrawn(page);
  const live = await page.locator('possible-causes').evaluate(markup);
  assert.deepEqual(live, before, 'the live first render is the pre-rendered markup, its headers made buttons by embed.js');
  assert.equal(await page.evaluate(() => window.shift), 0, 'no layout shift through the takeover');
  await header.click();
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  const toggles = await page.evaluate(() => window.widgetEvents.filter((e) => e.type === 'toggle').map((e) => e.detail));
  assert.deepEqual(toggles, [{ topic: TOPIC.id, cause: CAUSES[0].id, open: true }]);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a section opened once embed.js runs, before the wasm arrives, stays open when it takes over', async () => {
  const { page, context } = await openPage(harness, { init: RECORD_WIDGETS });
  await delayWidgetOrigin(page, 1500, /possible-causes(_bg\.wasm|\.js)$/);
  await page.goto(harness.addPage(hostPage(harness, snippet)), { waitUntil: 'commit' });
  await page.waitForFunction(() => customElements.get('possible-causes'));
  assert.equal(await page.locator('possible-causes .box[data-prerendered]').count(), 1, 'the wasm has not arrived');
  const header = page.locator(`possible-causes #${CAUSES[2].id}-header`);
  await header.click();
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator(`possible-causes #${CAUSES[2].id}-panel`).isVisible(), true, 'opens before the wasm');
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  assert.equal(await page.locator('possible-causes .box[data-prerendered]').count(), 0, 'the wasm took over');
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator(`possible-causes #${CAUSES[2].id}-panel`).isVisible(), true);
  await context.close();
});

test('loading="lazy" below the fold fetches no wasm until it comes near the viewport', async () => {
  const lazy = snippet.replace('<possible-causes ', '<possible-causes loading="lazy" ');
  const { page, record, context } = await openHost(harness, `<div style="height: 5000px">Long article.</div>${lazy}`,
    { viewport: { width: 1024, height: 800 }, init: [RECORD_WIDGETS, RECORD_FETCHES] });
  await embedRan(page);
  assert.deepEqual(await page.evaluate(() => window.fetched.filter((url) => url.endsWith('.wasm'))), [], 'no wasm while far below');
  assert.ok(record.requests.some((url) => url.endsWith('embed.js')), 'embed.js itself loads');
  await page.locator('possible-causes').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  assert.ok(record.requests.some((url) => url.endsWith('.wasm')));
  const header = page.locator(`possible-causes #${CAUSES[1].id}-header`);
  await header.click();
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  await waitForWidgets(page, 1);
  await context.close();
});

test('the demo site\'s pre-rendered page reads with JavaScript off and works with it on', async () => {
  const off = await harness.browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  await page.goto(`${harness.site}/pre-rendered.html`);
  await page.locator(`possible-causes details#${CAUSES[1].id} > summary`).click();
  assert.equal(await page.locator(`possible-causes #${CAUSES[1].id}-panel`).isVisible(), true);
  await off.close();
  const { page: live, record, context } = await openPage(harness);
  await live.goto(`${harness.site}/pre-rendered.html`);
  await live.waitForFunction(() => !document.querySelector('possible-causes').shadowRoot.querySelector('[data-prerendered]'));
  const header = live.locator(`possible-causes #${CAUSES[1].id}-header`);
  await header.click();
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  const link = live.locator(`possible-causes #${CAUSES[1].id}-panel .departments a`).first();
  assert.equal(await link.getAttribute('href'), `${harness.site}/departments/gynecology.html`);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a topic in Chinese is pre-rendered in the words the live widget says: the takeover changes no text', async () => {
  const { render } = await import(new URL('../../dist/npm/server.mjs', import.meta.url));
  const chinese = { ...TOPIC, id: 'zh-topic', lang: 'zh-CN' };
  const { html } = await render(chinese, { widgetBase: `${harness.widget}/` });
  const { page, context } = await openPage(harness, { init: RECORD_WIDGETS });
  await delayWidgetOrigin(page, 1000, /possible-causes(_bg\.wasm|\.js)$/);
  await page.goto(harness.addPage(hostPage(harness, html)), { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('possible-causes')?.shadowRoot?.querySelector('button.section-button'));
  const text = () => page.locator('possible-causes').evaluate((el) => el.shadowRoot.querySelector('.box').innerText);
  const before = await text();
  assert.ok(before.includes('原因') || before.includes('展开'), before.slice(0, 200));
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  await framesDrawn(page);
  assert.equal(await text(), before);
  assert.equal(await page.evaluate(() => window.shift), 0);
  await context.close();
});
