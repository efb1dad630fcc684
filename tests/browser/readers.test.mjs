// What readers get on real pages, on the release build: content that never
// goes backwards when the wasm cannot run, found text that stays open, an
// honest view without JavaScript, regions, snippets without control words,
// the host's language on the host's words, the topic's own direction, text
// that stays legible, and a department link that reads as the next step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  startHarness, openPage, hostPage, embedScript, waitForWidgets, axeViolations, prerenderedSnippet, inlineWidget,
  delayWidgetOrigin, framesDrawn, RECORD_WIDGETS,
} from './harness.mjs';
import { VERSION_FOLDER } from '../../www/downloaded.mjs';
import { attributeDefault } from '../../www/element.mjs';

const TOPIC_TEXT = readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8');
const TOPIC = JSON.parse(TOPIC_TEXT);
const CAUSES = TOPIC.groups.flatMap((group) => group.causes);
// Test text in Arabic, not a built-in topic: a right-to-left topic of the suite's own.
const RTL_TOPIC = JSON.parse(readFileSync(new URL('../fixtures/rtl-test-topic.json', import.meta.url), 'utf8'));
const NOTICE = attributeDefault('text-error');

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => { await harness?.close(); });

// Recorded by an init script, which a page's Content-Security-Policy does not stop.
async function open(body, { headers = {}, init, route, context: options = {} } = {}) {
  const opened = await openPage(harness, options);
  await opened.page.addInitScript(RECORD_WIDGETS);
  if (init) await opened.page.addInitScript(init);
  if (route) await opened.page.route(...route);
  await opened.page.goto(harness.addPage(hostPage(harness, body), headers));
  return opened;
}

// Every way the widget's wasm can fail to arrive or to run.
const FAILURES = [
  // Most strict policies in the wild lack 'wasm-unsafe-eval': the browser refuses to compile any wasm.
  { name: "a Content-Security-Policy without 'wasm-unsafe-eval'", headers: () => ({ 'Content-Security-Policy': `script-src 'self' ${harness.widget}` }) },
  { name: 'a wasm that fails to download', route: () => ['**/possible-causes_bg.wasm', (r) => r.fulfill({ status: 404, body: 'not found' })] },
  { name: 'a proxy that answers the wasm with an HTML page', route: () => ['**/possible-causes_bg.wasm', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Sign in to use this network</p>' })] },
  { name: 'a glue script that never arrives', route: () => ['**/possible-causes.js', (r) => r.abort()] },
  { name: 'a browser without WebAssembly', init: () => { delete window.WebAssembly; } },
];

for (const failure of FAILURES) {
  const options = () => ({ headers: failure.headers?.() ?? {}, route: failure.route?.(), init: failure.init });

  test(`pre-rendered, with ${failure.name}: the content stays, its sections and methods work, the page hears why`, async () => {
    const { page, record, context } = await open(`<p>Before.</p>${prerenderedSnippet(harness)}<p>After.</p>`, options());
    await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'error'), null, { timeout: 15000 });
    const widget = page.locator('possible-causes');
    assert.equal(await widget.locator('.notice').count(), 0, 'no notice over what the reader has');
    assert.equal(await widget.locator('[data-kind="topic-title"]').innerText(), TOPIC.title);
    const headers = widget.locator('button.section-button');
    assert.equal(await headers.count(), CAUSES.length, 'every header is a working button');
    await headers.nth(1).click();
    assert.equal(await headers.nth(1).getAttribute('aria-expanded'), 'true');
    assert.equal(await widget.locator(`#${CAUSES[1].id}-panel`).isVisible(), true);
    assert.equal(await widget.locator(`#${CAUSES[1].id}-header [data-when="open"]`).isVisible(), true, 'it says Hide');
    await page.evaluate(() => document.querySelector('possible-causes').showAll());
    assert.deepEqual(await widget.evaluate((el) => el.openSections), CAUSES.map((c) => c.id));
    await widget.locator(`#${CAUSES[1].id} .copy-link`).click();
    assert.match(await widget.locator(`#${CAUSES[1].id} .copy-url`).innerText(), new RegExp(`#${CAUSES[1].id}$`), 'the link to copy by hand');
    const [error] = (await page.evaluate(() => window.widgetEvents)).filter((e) => e.type === 'error');
    assert.match(error.detail.message, /could not load the widget/);
    assert.ok(record.consoleErrors.some((e) => e.startsWith('possible-causes: could not load the widget')), record.consoleErrors.join('\n'));
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });

  test(`script tag, with ${failure.name}: the host's fallback shows beside the polite sentence`, async () => {
    const fallback = '<possible-causes><a id="fallback" href="/articles/back-pain">Read the article on back pain</a></possible-causes>';
    const { page, record, context } = await open(`${embedScript(harness)}${fallback}`, options());
    await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'error'), null, { timeout: 15000 });
    assert.equal(await page.locator('possible-causes .notice').innerText(), NOTICE);
    assert.equal(await page.locator('#fallback').isVisible(), true, 'the fallback the host wrote');
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });
}

test('a section found by a #:~:text= link before the wasm arrives is still open after the takeover', async () => {
  const { page, record, context } = await openPage(harness, { init: RECORD_WIDGETS });
  await delayWidgetOrigin(harness, page, 1500);
  const url = harness.addPage(hostPage(harness, `${prerenderedSnippet(harness)}<p style="height: 3000px">Below.</p>`));
  await page.goto(`${url}#:~:text=Clindamycin`, { waitUntil: 'commit' });
  const panel = page.locator(`possible-causes #${CAUSES[1].id}-panel`);
  await panel.waitFor({ state: 'visible', timeout: 5000 });
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  await framesDrawn(page);
  assert.equal(await panel.isVisible(), true, 'the found section stays open');
  assert.equal(await page.locator(`possible-causes #${CAUSES[1].id}-header`).getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await page.locator('possible-causes').evaluate((el) => el.openSections), [CAUSES[1].id]);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('find-in-page after embed.js, before the wasm: the header says open, and the takeover keeps it', async () => {
  const { page, context } = await openPage(harness, { init: RECORD_WIDGETS });
  await delayWidgetOrigin(harness, page, 2000, '**/possible-causes_bg.wasm');
  await page.goto(harness.addPage(hostPage(harness, prerenderedSnippet(harness))), { waitUntil: 'commit' });
  const header = page.locator(`possible-causes #${CAUSES[2].id}-header`);
  await page.locator('possible-causes button.section-button').first().waitFor({ timeout: 5000 });
  // What the browser does when find-in-page matches text in a hidden="until-found" panel.
  await page.locator(`possible-causes #${CAUSES[2].id}-panel`).evaluate((panel) => {
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    panel.removeAttribute('hidden');
  });
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator(`possible-causes #${CAUSES[2].id}-panel`).isVisible(), true);
  await context.close();
});

test('without JavaScript the pre-rendered sections are native disclosures under their headings; no control that cannot work', async () => {
  const context = await harness.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(harness.addPage(hostPage(harness, prerenderedSnippet(harness))));
  const widget = page.locator('possible-causes');
  assert.equal(await widget.locator('button:visible').count(), 0, 'no button that needs a script');
  assert.equal(await widget.locator('details.section > summary').count(), CAUSES.length);
  const tree = await widget.ariaSnapshot();
  for (const cause of CAUSES) assert.match(tree, new RegExp(`heading "${cause.title} ?, Show this section" \\[level=3\\]`), tree);
  await widget.locator(`details#${CAUSES[0].id} > summary`).press('Enter');
  assert.equal(await widget.locator(`#${CAUSES[0].id}-panel`).isVisible(), true, 'opened by the keyboard');
  assert.match(await widget.ariaSnapshot(), new RegExp(`heading "${CAUSES[0].title} ?, Hide this section"`));
  await context.close();
});

test('panels are regions named by their headers (up to six sections), once per topic on a page', async () => {
  const seven = JSON.parse(TOPIC_TEXT);
  seven.id = 'seven-sections';
  seven.groups[0].causes = [...Array(3)].map((_, i) => ({ ...seven.groups[0].causes[0], id: `contractions-${i}`, title: `Contractions ${i}` }));
  const { page, record, context } = await open(`${embedScript(harness)}<possible-causes id="first"></possible-causes>
    <possible-causes id="again"></possible-causes>${inlineWidget(seven, 'id="seven"')}`);
  await waitForWidgets(page, 3);
  for (const cause of CAUSES) {
    const panel = page.locator(`#first #${cause.id}-panel`);
    assert.equal(await panel.getAttribute('role'), 'region');
    assert.equal(await panel.getAttribute('aria-labelledby'), `${cause.id}-header`);
  }
  assert.equal(await page.locator('#again [role="region"]').count(), 0, 'the same topic again: its regions would have the same names');
  assert.equal(await page.locator('#seven .panel').count(), 7);
  assert.equal(await page.locator('#seven [role="region"]').count(), 0, 'more than six: no regions');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('the widget\'s control words sit in data-nosnippet elements, live and pre-rendered', async () => {
  const controls = (page, root) => page.locator(root).evaluate((el) => [...el.shadowRoot.querySelectorAll('.show-all > span, .section-toggle > *, .copy-link')]
    .map((word) => word.closest('[data-nosnippet]')?.localName ?? `none for ${word.textContent}`));
  const { page, context } = await open(`${embedScript(harness)}<possible-causes id="live"></possible-causes>`);
  await waitForWidgets(page, 1);
  const live = await controls(page, '#live');
  // Show all; each section's pause, Show, Hide and "this section"; each copy link.
  assert.equal(live.length, 1 + 4 * CAUSES.length + CAUSES.length);
  // Google reads data-nosnippet on span, div and section elements only.
  assert.ok(live.every((tag) => ['span', 'div'].includes(tag)), live.join());
  await context.close();
  const noScript = await harness.browser.newContext({ javaScriptEnabled: false });
  const raw = await noScript.newPage();
  await raw.goto(harness.addPage(hostPage(harness, prerenderedSnippet(harness))));
  const prerendered = await controls(raw, 'possible-causes');
  assert.ok(prerendered.length === live.length && prerendered.every((tag) => ['span', 'div'].includes(tag)), prerendered.join());
  await noScript.close();
});

test('words a host supplies carry the host\'s language; the widget\'s own keep theirs', async () => {
  const { page, context } = await open(`${embedScript(harness)}
    <possible-causes lang="cy" text-show-all="Dangos pob adran" text-where-to-go="Ble i gael help"></possible-causes>`);
  await waitForWidgets(page, 1);
  const langOf = (selector) => page.locator(`possible-causes ${selector}`).first().evaluate((el) => el.closest('[lang]').getAttribute('lang'));
  assert.equal(await page.locator('possible-causes .show-all').innerText(), 'Dangos pob adran');
  assert.equal(await langOf('.show-all [data-nosnippet] > *'), 'cy');
  assert.equal(await langOf('.departments [data-kind="subheading"] > *'), 'cy');
  assert.equal(await langOf('.copy-link'), 'en', 'a word the host left is the widget\'s English');
  assert.equal(await langOf('.lead'), 'en', 'the topic\'s own language');
  await context.close();
});

test('a topic takes its direction from its language, on a right-to-left page and in a right-to-left topic', async () => {
  const { page, record, context } = await open(`<div dir="rtl" lang="ar">${embedScript(harness)}
    <possible-causes id="english"></possible-causes>${inlineWidget(RTL_TOPIC, 'id="arabic"')}</div>`);
  await waitForWidgets(page, 2);
  const layout = (id) => page.locator(`#${id}`).evaluate((el) => {
    const root = el.shadowRoot;
    const box = root.querySelector('.box').getBoundingClientRect();
    const showAll = root.querySelector('.show-all').getBoundingClientRect();
    const medications = getComputedStyle(root.querySelector('.medications'));
    return {
      direction: getComputedStyle(root.querySelector('article')).direction,
      showAllAtRight: box.right - showAll.right < box.width / 4,
      showAllAtLeft: showAll.left - box.left < box.width / 4,
      borderLeft: medications.borderLeftWidth,
      borderRight: medications.borderRightWidth,
    };
  });
  const english = await layout('english');
  assert.equal(english.direction, 'ltr', 'an English topic on a right-to-left page');
  assert.ok(english.showAllAtRight && english.borderLeft === '4px', JSON.stringify(english));
  const arabic = await layout('arabic');
  assert.equal(arabic.direction, 'rtl');
  assert.ok(arabic.showAllAtLeft && arabic.borderRight === '4px' && arabic.borderLeft === '0px', JSON.stringify(arabic));
  const word = page.locator('#arabic .show-all [lang]');
  assert.deepEqual(await word.evaluate((el) => [el.lang, el.dir]), ['en', 'ltr'], 'English words inside it read left to right');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

// Several widely used WordPress themes: html { font-size: 62.5% }, body text back at 1.6rem.
test('on a 62.5% root the widget\'s text is never smaller than the host\'s body text', async () => {
  const { page, context } = await open(`<style>html { font-size: 62.5% } body { font-size: 1.6rem }</style>${embedScript(harness)}
    <possible-causes open="${CAUSES[0].id}"></possible-causes>`);
  await waitForWidgets(page, 1);
  const size = (selector) => page.locator(`possible-causes ${selector}`).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(await size(`#${CAUSES[0].id}-panel p`) >= 16, `panel text ${await size(`#${CAUSES[0].id}-panel p`)} px`);
  assert.ok(await size('.section-title') >= 16, `header ${await size('.section-title')} px`);
  await context.close();
});

test('a reader\'s 20 px default font size makes the widget\'s text 20 px', async () => {
  const { page, context } = await openPage(harness);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
  await page.goto(harness.addPage(hostPage(harness, `${embedScript(harness)}<possible-causes open="${CAUSES[0].id}"></possible-causes>`)));
  await waitForWidgets(page, 1);
  assert.equal(await page.locator(`possible-causes #${CAUSES[0].id}-panel p`).first().evaluate((el) => getComputedStyle(el).fontSize), '20px');
  await context.close();
});

test('a department link is the open section\'s call to action; on a touch screen a tapped title is not left underlined', async () => {
  const { page, context } = await open(`${embedScript(harness)}<possible-causes></possible-causes>`,
    { context: { viewport: { width: 390, height: 844 } } });
  await waitForWidgets(page, 1);
  const header = page.locator('possible-causes button.section-button').first();
  await header.click();
  const style = (selector) => page.locator(`possible-causes #${CAUSES[0].id}-panel ${selector}`).first()
    .evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, weight: getComputedStyle(el).fontWeight, height: el.getBoundingClientRect().height }));
  const department = await style('.departments a');
  const copy = await style('.copy-link');
  assert.notEqual(department.background, 'rgba(0, 0, 0, 0)', 'filled, unlike the copy link');
  assert.equal(copy.background, 'rgba(0, 0, 0, 0)');
  assert.ok(Number(department.weight) > Number(copy.weight), JSON.stringify({ department, copy }));
  await context.close();

  const touch = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phone = await touch.newPage();
  await phone.goto(harness.addPage(hostPage(harness, `${embedScript(harness)}<possible-causes></possible-causes>`)));
  await waitForWidgets(phone, 1);
  assert.equal(await phone.evaluate(() => matchMedia('(hover: hover)').matches), false, 'a touch screen');
  await phone.locator('possible-causes button.section-button .section-title').first().tap();
  assert.equal(await phone.locator('possible-causes button.section-button').first().getAttribute('aria-expanded'), 'true');
  assert.equal(await phone.locator('possible-causes .section-title').first().evaluate((el) => getComputedStyle(el).textDecorationLine), 'none');
  await touch.close();
});

test('the demo serves the widget as a CDN would: compressed, the versioned files cached for good', async () => {
  const wasm = await fetch(`${harness.widget}/${VERSION_FOLDER}/possible-causes_bg.wasm`, { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(wasm.headers.get('content-encoding'), 'br');
  assert.match(wasm.headers.get('cache-control'), /immutable/);
  const latest = await fetch(`${harness.widget}/embed.js`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(latest.headers.get('content-encoding'), 'gzip');
  assert.equal(latest.headers.get('cache-control'), 'no-cache', 'the unversioned files are checked each time');
  for (const page of ['/', '/for-web-teams.html', '/pre-rendered.html', '/cms-article.html', '/departments/gynecology.html']) {
    const html = await (await fetch(harness.site + page)).text();
    assert.match(html, /<meta name="description" content="[^"]{50,}">/, page);
  }
});

test('the demo home page holds the client-rendered widget\'s space: what is below it barely moves', async () => {
  for (const width of [390, 1024]) {
    const { page, record, context } = await openPage(harness, { viewport: { width, height: 800 } });
    await page.addInitScript(RECORD_WIDGETS);
    await page.goto(`${harness.site}/`);
    await waitForWidgets(page, 1);
    await framesDrawn(page);
    const shift = await page.evaluate(() => window.shift);
    assert.ok(shift < 0.02, `layout shift ${shift.toFixed(4)} at ${width} px`);
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  }
});
