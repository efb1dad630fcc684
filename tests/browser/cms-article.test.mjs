// The CMS-safe snippet (`render --snippet cms`, dist/v<version>/<topic>.cms.html)
// on the release build: made only of what rich-text sanitizers keep, whole and
// operable with no script at all, taken over by the widget where embed.js runs
// (the sections its reader opened, focus, no shift), the topic read back from
// its markup for every valid content case, and an article an editor broke left
// as it is, with an error event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness, openPage, hostPage, embedScript, axeViolations, delayWidgetOrigin, cmsArticle, RECORD_WIDGETS } from './harness.mjs';
import { CASES, caseText } from '../content-cases.mjs';
import { SHOWN_TOPIC } from '../../www/downloaded.mjs';

const TOPIC = JSON.parse(readFileSync(new URL(`../../content/topics/${SHOWN_TOPIC}.json`, import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((group) => group.causes);
const ARTICLE = cmsArticle();
const { render } = await import(new URL('../../dist/npm/server.mjs', import.meta.url));

// What the issue allows a rich-text field's article to be made of.
const ALLOWED_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'details', 'summary', 'strong', 'em', 'div', 'span']);
const allowedAttribute = (tag, name) => ['class', 'id', 'lang', 'dir'].includes(name) || name.startsWith('data-')
  || (tag === 'a' && name === 'href') || (tag === 'details' && name === 'open');

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

async function open(body) {
  const opened = await openPage(harness, { init: RECORD_WIDGETS });
  await opened.page.goto(harness.addPage(hostPage(harness, body)));
  return opened;
}

test('the CMS snippet is made only of elements and attributes that rich-text sanitizers keep', async () => {
  const { page, context } = await open(ARTICLE);
  const found = await page.evaluate(() => [document.querySelector('[data-possible-causes]'),
    ...document.querySelectorAll('[data-possible-causes] *')]
    .map((element) => ({ tag: element.localName, attributes: element.getAttributeNames() })));
  assert.ok(found.length > 50, `${found.length} elements`);
  for (const { tag, attributes } of found) {
    assert.ok(ALLOWED_TAGS.has(tag), `<${tag}>`);
    for (const name of attributes) assert.ok(allowedAttribute(tag, name), `<${tag} ${name}>`);
  }
  await context.close();
});

test('with no script at all, the article reads in full and every section opens and closes', async () => {
  const context = await harness.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(harness.addPage(hostPage(harness, `${ARTICLE}<noscript><p id="no-script">No script runs here.</p></noscript>`)));
  assert.equal(await page.locator('#no-script').isVisible(), true, 'no script runs');
  const sections = page.locator('[data-possible-causes] details');
  assert.equal(await sections.count(), CAUSES.length);
  for (const [index, cause] of CAUSES.entries()) {
    const explanation = page.getByText(cause.explanation[0], { exact: true });
    assert.equal(await explanation.isVisible(), false, `${cause.id} starts closed`);
    await sections.nth(index).locator('summary').click();
    assert.equal(await explanation.isVisible(), true, `${cause.id} opens`);
    for (const line of [...(cause.care ?? []), ...(cause.medications?.names ?? [])]) {
      assert.equal(await page.getByText(line, { exact: true }).isVisible(), true, line);
    }
    assert.deepEqual(await sections.nth(index).locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      cause.departments.map((id) => `/departments/${id}.html`), 'its department links');
  }
  await sections.first().locator('summary').click();
  assert.equal(await page.getByText(CAUSES[0].explanation[0], { exact: true }).isVisible(), false, 'and closes');
  const text = await page.locator('main').innerText();
  for (const line of [TOPIC.title, TOPIC.lead, TOPIC.advice, TOPIC.disclaimer, TOPIC.source.title, ...TOPIC.groups.map((g) => g.title)]) {
    assert.ok(text.includes(line), line);
  }
  // The warning stands before every list of medications.
  for (const medications of await page.locator('.possible-causes-medications').all()) {
    const order = await medications.evaluate((box) => [...box.children].map((child) => child.localName + (child.textContent.includes("only under a doctor's guidance") ? ':warning' : '')));
    assert.ok(order.indexOf('p:warning') >= 0 && order.indexOf('p:warning') < order.indexOf('ul'), order.join(' '));
  }
  // Headings in order under the host's h1: none skips a level.
  const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1])));
  levels.reduce((previous, level) => { assert.ok(level <= previous + 1, levels.join(' ')); return level; });
  await context.close();
});

test('the article is accessible as it stands: axe finds nothing, closed or open', async () => {
  const { page, context } = await open(ARTICLE);
  assert.deepEqual(await axeViolations(page), []);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

// Tall enough that the page below the article is in view: its moves are what the shift counts.
for (const { width, height } of [{ width: 390, height: 1800 }, { width: 1024, height: 1400 }]) {
  for (const opening of [null, CAUSES[1]]) {
    const state = opening ? 'a section the reader opened stays open and focused' : 'its sections closed';
    test(`at ${width} px, embed.js takes the article over in place, ${state}, with a shift below 0.1`, async () => {
      const { page, record, context } = await openPage(harness, { viewport: { width, height } });
      await page.addInitScript(RECORD_WIDGETS);
      // embed.js arrives while the reader is already in the article.
      await delayWidgetOrigin(harness, page, 1500);
      const below = '<p id="after">What the clinic wrote below the article, which must not jump.</p>';
      await page.goto(harness.addPage(hostPage(harness, `${ARTICLE}${embedScript(harness)}${below}`)), { waitUntil: 'domcontentloaded' });
      if (opening) await page.locator(`details#${opening.id} summary`).click();
      assert.ok(await page.locator('#after').evaluate((p) => p.getBoundingClientRect().bottom < innerHeight), 'the page below is in view');
      await page.waitForFunction(() => !document.querySelector('[data-possible-causes]'), null, { timeout: 15000 });
      const widget = page.locator('possible-causes');
      assert.equal(await widget.count(), 1, 'the widget in its place, once');
      assert.equal(await widget.evaluate((element) => element.hidden), false);
      assert.deepEqual(await widget.evaluate((element) => element.openSections), opening ? [opening.id] : []);
      if (opening) {
        assert.equal(await widget.evaluate((element) => element.shadowRoot.activeElement?.id), `${opening.id}-header`, 'focus on its header');
      }
      const shift = await page.evaluate(() => window.shift);
      console.log(`layout shift of the takeover at ${width} px, ${state}: ${shift.toFixed(4)}`);
      assert.ok(shift < 0.1, `shift ${shift}: ${JSON.stringify(await page.evaluate(() => window.shifts))}`);
      await widget.locator(`#${CAUSES[0].id}-header`).click();
      assert.deepEqual(await widget.evaluate((element) => element.openSections), [CAUSES[0].id, ...(opening ? [opening.id] : [])]);
      assert.deepEqual(await page.evaluate(() => window.widgetEvents.map((e) => e.type)), ['ready', 'toggle']);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.consoleErrors, []);
      await context.close();
    });
  }
}

test('a #:~:text= link opens the section it finds in the article, and the widget that takes it over keeps it open', async () => {
  const { page, record, context } = await openPage(harness, { init: RECORD_WIDGETS });
  await delayWidgetOrigin(harness, page, 1000);
  const found = CAUSES[2];
  const words = found.explanation[0].split(' ').slice(0, 6).join(' ');
  const url = harness.addPage(hostPage(harness, `${ARTICLE}${embedScript(harness)}`));
  await page.goto(`${url}#:~:text=${encodeURIComponent(words)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction((id) => document.getElementById(id)?.open, found.id, { timeout: 5000 });
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  assert.deepEqual(await page.locator('possible-causes').evaluate((element) => element.openSections), [found.id]);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('an article a page adds after embed.js has run (a "load more", a single-page app) is taken over too', async () => {
  const { page, record, context } = await open(`${embedScript(harness)}<div id="later"></div>`);
  await page.waitForFunction(() => customElements.get('possible-causes'));
  await page.evaluate((html) => { document.getElementById('later').innerHTML = html; }, ARTICLE);
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  assert.equal(await page.locator('#later possible-causes').count(), 1);
  assert.equal(await page.locator('[data-possible-causes]').count(), 0);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('an article whose data-pc-element names anything but the element\'s own attributes is left as it is: nothing of it runs', async () => {
  const handler = ARTICLE.replace('data-pc-element="{', 'data-pc-element="{&quot;onfocus&quot;:&quot;window.ran=1&quot;,&quot;autofocus&quot;:&quot;&quot;,');
  const styled = ARTICLE.replace('data-pc-element="{', 'data-pc-element="{&quot;style&quot;:&quot;position:fixed;inset:0&quot;,');
  assert.notEqual(handler, ARTICLE);
  const { page, record, context } = await open(`<div id="handler">${handler}</div><div id="styled">${styled}</div>${embedScript(harness)}`);
  await page.waitForFunction(() => window.widgetEvents.filter((e) => e.type === 'error').length === 2, null, { timeout: 15000 });
  const errors = (await page.evaluate(() => window.widgetEvents)).filter((e) => e.type === 'error').map((e) => e.detail.message);
  assert.ok(errors.some((m) => m.includes('"onfocus"')) && errors.some((m) => m.includes('"style"')), errors.join('\n'));
  assert.equal(await page.locator('possible-causes').count(), 0);
  assert.equal(await page.locator('[data-possible-causes]').count(), 2, 'both stay, readable');
  assert.equal(await page.evaluate(() => window.ran), undefined, 'no handler ran');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('render → read: the topic the widget reads from each valid case\'s article is the topic', async () => {
  const valid = CASES.filter((testCase) => testCase.problems.length === 0);
  assert.ok(valid.length >= 3, `${valid.length} valid cases`);
  const articles = await Promise.all(valid.map(async (testCase) => (await render(caseText(testCase), { snippet: 'cms' })).html));
  const { page, record, context } = await open(`${articles.join('\n')}${embedScript(harness)}`);
  await page.waitForFunction((n) => window.widgetEvents.filter((e) => e.type === 'ready').length === n, valid.length, { timeout: 15000 });
  const read = await page.evaluate(() => [...document.querySelectorAll('possible-causes')]
    .map((element) => JSON.parse(element.querySelector('script[type="application/json"]').textContent)));
  assert.equal(read.length, valid.length);
  for (const [index, testCase] of valid.entries()) {
    assert.deepEqual(read[index], JSON.parse(caseText(testCase)), testCase.name);
  }
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('an article an editor broke stays as it is, readable and working, with a console error and an error event', async () => {
  const noTitle = ARTICLE.replace(/<h3 data-pc-text="title">[^<]*<\/h3>/, '<h3>Renamed by hand</h3>');
  const badData = ARTICLE.replace('&quot;id&quot;:&quot;uterine-contractions&quot;}', '&quot;id&quot;:&quot;uterine-contractions&quot;');
  const { page, record, context } = await open(`<div id="first">${noTitle}</div><div id="second">${badData}</div>${ARTICLE}${embedScript(harness)}`);
  await page.waitForFunction(() => window.widgetEvents.filter((e) => e.type === 'error').length === 2
    && window.widgetEvents.some((e) => e.type === 'ready'), null, { timeout: 15000 });
  const errors = (await page.evaluate(() => window.widgetEvents)).filter((e) => e.type === 'error');
  assert.deepEqual(errors.map((e) => e.detail.path).sort(), ['', 'groups[0].causes[0]']);
  assert.ok(errors.some((e) => /missing field `title`/.test(e.detail.message)), JSON.stringify(errors));
  assert.ok(errors.some((e) => /data-pc-data of <details id="uterine-contractions"> is not JSON/.test(e.detail.message)), JSON.stringify(errors));
  assert.ok(record.consoleErrors.some((e) => e.startsWith('possible-causes: groups[0].causes[0]:')), record.consoleErrors.join('\n'));
  for (const id of ['first', 'second']) {
    const article = page.locator(`#${id} [data-possible-causes]`);
    assert.equal(await article.count(), 1, `${id} stays`);
    assert.equal(await page.locator(`#${id} possible-causes`).count(), 0, 'no widget, no notice over it');
    await article.locator('details').nth(1).locator('summary').click();
    assert.equal(await article.getByText(CAUSES[1].explanation[0]).isVisible(), true, 'its sections still open');
  }
  assert.equal(await page.locator('body > main > possible-causes').count(), 1, 'the healthy article beside them became the widget');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('the demo site\'s page from the CMS reads without JavaScript and becomes the widget with it', async () => {
  const off = await harness.browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(`${harness.site}/cms-article.html`);
  await still.locator(`details#${CAUSES[1].id} summary`).click();
  assert.equal(await still.getByText(CAUSES[1].explanation[0], { exact: true }).isVisible(), true);
  await off.close();
  const { page, record, context } = await openPage(harness);
  await page.goto(`${harness.site}/cms-article.html`);
  await page.waitForFunction(() => document.querySelector('possible-causes')?.shadowRoot?.querySelector('button.section-button'), null, { timeout: 15000 });
  const header = page.locator(`possible-causes #${CAUSES[1].id}-header`);
  await header.click();
  assert.equal(await header.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('[data-possible-causes]').count(), 0);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

