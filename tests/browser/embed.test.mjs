// The widget end to end: the clinic demo page and host pages on one origin,
// the widget's files on another, embedded by script tag as any site would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness, openPage, openHost as openHostPage, hostPage, embedScript, waitForWidgets, axeViolations } from './harness.mjs';

const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((g) => g.causes);

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const openHost = (body, options) => openHostPage(harness, body, options);

function assertHostUnharmed(record) {
  assert.deepEqual(record.pageErrors, [], 'nothing is thrown into the host page');
}

const buttonsOf = (page, nth = 0) => page.locator('possible-causes').nth(nth).locator('button.section-button');
const titlesOf = (page, nth = 0) => page.locator('possible-causes').nth(nth).locator('button.section-button .section-title');

/** The demo clinic's home page, its widget rendered. */
async function openDemoHome() {
  const opened = await openPage(harness);
  await opened.page.goto(`${harness.site}/`);
  await waitForWidgets(opened.page, 1);
  return opened;
}

test('the demo page shows every cause of the article, collapsed, and expands each by click', async () => {
  const { page, record, context } = await openDemoHome();
  assert.deepEqual(await titlesOf(page).allTextContents(), CAUSES.map((c) => c.title));
  for (const cause of CAUSES) {
    const button = page.locator(`possible-causes #${cause.id}-header`);
    const panel = page.locator(`possible-causes #${cause.id}-panel`);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.isVisible(), false, `${cause.id} starts collapsed`);
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await panel.isVisible(), true, `${cause.id} expands`);
    const text = await panel.innerText();
    for (const paragraph of cause.explanation) assert.ok(text.includes(paragraph), `${cause.id}: ${paragraph}`);
    for (const name of cause.medications?.names ?? []) assert.ok(text.includes(name), `${cause.id}: ${name}`);
    if (cause.medications) assert.match(text, /only under a doctor's guidance/);
  }
  assert.equal(await page.locator('possible-causes .lead').innerText(), TOPIC.lead);
  assert.match(await page.locator('possible-causes .disclaimer').innerText(), /does not replace a doctor's diagnosis/);
  assert.match(await page.locator('possible-causes .source').innerText(), /Source:/);
  assertHostUnharmed(record);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test('Enter and Space on a focused header toggle its section', async () => {
  const { page, record, context } = await openDemoHome();
  const button = page.locator('possible-causes #lumbar-disc-herniation-header');
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Space');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('possible-causes #lumbar-disc-herniation-panel').isVisible(), true);
  assertHostUnharmed(record);
  await context.close();
});

test('department links follow the department-href template and reach the department page', async () => {
  const { page, record, context } = await openDemoHome();
  const hrefs = await page.locator('possible-causes .departments a').evaluateAll((links) =>
    links.map((a) => [a.textContent, a.getAttribute('href')]));
  // Relative links are written out absolute, so a printout shows where they lead.
  const expected = CAUSES.flatMap((c) => c.departments).map((d) =>
    [`${d[0].toUpperCase()}${d.slice(1)} department`, `${harness.site}/departments/${d}.html`]);
  assert.deepEqual(hrefs, expected);
  await page.locator('possible-causes #lumbar-disc-herniation-header').click();
  await page.locator('possible-causes #lumbar-disc-herniation-panel a').click();
  await page.waitForURL(`${harness.site}/departments/orthopedics.html`);
  assert.equal(await page.locator('h1').innerText(), 'Orthopedics department');
  assertHostUnharmed(record);
  await context.close();
});

test('without department-href the default links of the departments are used', async () => {
  const { page, record, context } = await openHost(`${embedScript(harness)}<possible-causes></possible-causes>`);
  await waitForWidgets(page, 1);
  const href = await page.locator('possible-causes #uterine-contractions-panel a').getAttribute('href');
  assert.equal(href, `${harness.site}/departments/gynecology.html`);
  assertHostUnharmed(record);
  await context.close();
});

test('two instances on one page keep their own state and share one wasm download', async () => {
  const { page, record, context } = await openHost(`
    <possible-causes topic="mirena-lower-back-pain" heading-level="2"></possible-causes>
    ${embedScript(harness)}
    <possible-causes topic="mirena-lower-back-pain" heading-level="4"></possible-causes>`);
  await waitForWidgets(page, 2);
  await buttonsOf(page, 0).first().click();
  assert.equal(await buttonsOf(page, 0).first().getAttribute('aria-expanded'), 'true');
  assert.equal(await buttonsOf(page, 1).first().getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('possible-causes').nth(0).locator('h2 > button').count(), CAUSES.length);
  assert.equal(await page.locator('possible-causes').nth(1).locator('h4 > button').count(), CAUSES.length);
  assert.equal(record.requests.filter((url) => url.endsWith('.wasm')).length, 1);
  assertHostUnharmed(record);
  await context.close();
});

test('an element added after the script loaded renders too', async () => {
  const { page, record, context } = await openHost(`${embedScript(harness)}<possible-causes></possible-causes>`);
  await waitForWidgets(page, 1);
  await page.evaluate(() => {
    const late = document.createElement('possible-causes');
    late.setAttribute('department-href', 'https://clinic.example/see/{department}');
    document.querySelector('main').append(late);
  });
  await waitForWidgets(page, 2);
  const href = await page.locator('possible-causes').nth(1).locator('#skeletal-abnormalities-panel a').getAttribute('href');
  assert.equal(href, 'https://clinic.example/see/orthopedics');
  assertHostUnharmed(record);
  await context.close();
});

test('the script may load before the elements are parsed', async () => {
  const { page, record, context } = await openPage(harness);
  await page.goto(harness.addPage(hostPage(harness, '<possible-causes></possible-causes>',
    { head: `<script src="${harness.widget}/embed.js"></script>` })));
  await waitForWidgets(page, 1);
  assert.equal(await buttonsOf(page).count(), CAUSES.length);
  assertHostUnharmed(record);
  await context.close();
});

test('an unknown topic gives a polite message, a console error and an event; the other widget works', async () => {
  const { page, record, context } = await openHost(`
    <script>
      window.widgetErrors = [];
      document.addEventListener('possible-causes:error', (e) => window.widgetErrors.push(e.detail));
    </script>
    <possible-causes topic="knee-pain"></possible-causes>
    <possible-causes topic="mirena-lower-back-pain"></possible-causes>
    ${embedScript(harness)}`);
  await waitForWidgets(page, 2);
  const broken = page.locator('possible-causes').nth(0);
  assert.match(await broken.locator('.notice').innerText(), /can't be shown/);
  assert.equal(await broken.locator('button').count(), 0);
  const errors = await page.evaluate(() => window.widgetErrors);
  const unknown = { path: '@topic', message: "unknown topic 'knee-pain'; known topics: mirena-lower-back-pain" };
  assert.deepEqual(errors, [{ ...unknown, errors: [{ ...unknown, text: `@topic: ${unknown.message}` }] }]);
  assert.ok(record.consoleErrors.some((e) => e.includes("unknown topic 'knee-pain'")), record.consoleErrors.join('\n'));
  await buttonsOf(page, 1).first().click();
  assert.equal(await buttonsOf(page, 1).first().getAttribute('aria-expanded'), 'true');
  assertHostUnharmed(record);
  await context.close();
});

test('an unsafe department-href is refused and never rendered as a link', async () => {
  const { page, record, context } = await openHost(`${embedScript(harness)}
    <possible-causes department-href="javascript:alert('{department}')"></possible-causes>`);
  await waitForWidgets(page, 1);
  assert.equal(await page.locator('possible-causes a').count(), 0);
  assert.ok(record.consoleErrors.some((e) => e.includes("@department-href: unsafe link scheme 'javascript:'")));
  assertHostUnharmed(record);
  await context.close();
});

test('axe-core finds no violations, collapsed and expanded', async () => {
  const { page, record, context } = await openDemoHome();
  assert.deepEqual(await axeViolations(page), [], 'collapsed');
  for (const button of await buttonsOf(page).all()) await button.click();
  assert.deepEqual(await axeViolations(page), [], 'expanded');
  assertHostUnharmed(record);
  await context.close();
});

test('an element moved, removed and put back, or given new attributes, renders again without errors', async () => {
  const { page, record, context } = await openHost(`${embedScript(harness)}<possible-causes></possible-causes><div id="elsewhere"></div>`);
  await waitForWidgets(page, 1);
  await page.evaluate(() => document.getElementById('elsewhere').append(document.querySelector('possible-causes')));
  await waitForWidgets(page, 1);
  assert.equal(await buttonsOf(page).count(), CAUSES.length, 'moved');
  const removed = await page.evaluate(async () => {
    const element = document.querySelector('possible-causes');
    element.remove();
    // Let go of by a 0 ms timer, queued before this one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return element.shadowRoot.querySelectorAll('button.section-button').length;
  });
  assert.equal(removed, 0, 'a removed element lets go of its widget');
  await page.evaluate(() => document.querySelector('main').append(document.createElement('possible-causes')));
  await waitForWidgets(page, 1);
  await page.evaluate(() => document.querySelector('possible-causes').setAttribute('department-href', 'https://clinic.example/d/{department}'));
  await page.waitForFunction(() => document.querySelector('possible-causes').shadowRoot
    .querySelector('.departments a')?.getAttribute('href') === 'https://clinic.example/d/gynecology');
  assert.equal(await page.locator('possible-causes article').count(), 1, 'one widget per element after re-rendering');
  assertHostUnharmed(record);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test('a heading-level outside 2–6 falls back to 3 with a console warning', async () => {
  const opened = await openPage(harness);
  const warnings = [];
  opened.page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await opened.page.goto(harness.addPage(hostPage(harness, `${embedScript(harness)}<possible-causes heading-level="9"></possible-causes>`)));
  await waitForWidgets(opened.page, 1);
  assert.equal(await opened.page.locator('possible-causes h3 > button.section-button').count(), CAUSES.length);
  assert.ok(warnings.some((w) => w.includes("@heading-level: '9' is not a number from 2 to 6; using 3")), warnings.join('\n'));
  assertHostUnharmed(opened.record);
  await opened.context.close();
});

test('content inside the element shows until the widget starts, and stays without JavaScript', async () => {
  const fallback = '<possible-causes><a id="fallback" href="/articles/back-pain">Read the article</a></possible-causes>';
  const context = await harness.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(harness.addPage(hostPage(harness, `${embedScript(harness)}${fallback}`)));
  assert.equal(await page.locator('#fallback').isVisible(), true, 'without JavaScript the fallback shows');
  await context.close();

  const withScript = await openHost(`${embedScript(harness)}${fallback}`);
  await waitForWidgets(withScript.page, 1);
  assert.equal(await withScript.page.locator('#fallback').isVisible(), false, 'the widget replaces it');
  assertHostUnharmed(withScript.record);
  await withScript.context.close();
});

test('the demo page for web teams shows each embedding option working', async () => {
  const { page, record, context } = await openPage(harness);
  await page.goto(`${harness.site}/for-web-teams.html`);
  await waitForWidgets(page, 5);
  const widgets = page.locator('possible-causes');
  assert.equal(await widgets.nth(0).locator('#lumbar-disc-herniation-header').getAttribute('aria-expanded'), 'true');
  assert.equal(await widgets.nth(1).locator('button.show-all').innerText(), '展开全部');
  assert.equal(await widgets.nth(2).locator('button.section-button').count(), 1);
  assert.equal(await widgets.nth(2).locator('.departments a').getAttribute('href'), `${harness.site}/departments/orthopedics.html#spine`);
  const driven = page.locator('#driven');
  assert.equal(await driven.locator('button.section-button').first().evaluate((b) => getComputedStyle(b).fontFamily), 'Georgia, serif', 'styled by its part');
  await page.locator('#open-every-cause').click();
  await page.waitForFunction((count) => document.getElementById('open-now').textContent.split(', ').length === count, CAUSES.length);
  assert.equal(await page.locator('#open-now').textContent(), (await driven.evaluate((el) => el.openSections)).join(', '));
  assert.equal(await driven.locator('button.section-button[aria-expanded="false"]').count(), 0);
  await page.locator('#close-every-cause').click();
  await page.waitForFunction(() => document.getElementById('open-now').textContent === 'none');
  assert.match(await widgets.nth(4).locator('.notice').innerText(), /can't be shown/);
  assert.ok(record.consoleErrors.some((e) => e.includes("unknown department 'spine'")));
  assertHostUnharmed(record);
  assert.deepEqual(await axeViolations(page), [], 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axeViolations(page), [], 'dark: the themed widget follows the device');
  await context.close();
});
