// An accordion everyone can use: keyboard, show all, deep links, find-in-page,
// print, small screens and zoom, high contrast, motion, dark, languages, axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { startHarness, openPage, openHost as openHostPage, embedScript, waitForWidgets, axeViolations } from './harness.mjs';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSE_IDS = TOPIC.groups.flatMap((group) => group.causes.map((cause) => cause.id));

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const openHost = (body, options) => openHostPage(harness, body, options);
const widget = (attributes = '') => `${embedScript(harness)}<possible-causes ${attributes}></possible-causes>`;
const focusedId = (page) => page.locator('possible-causes').evaluate((el) => el.shadowRoot.activeElement?.id ?? null);
const expanded = (page) => page.locator('possible-causes button.section-button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-expanded')));

async function openDemo(options) {
  const opened = await openPage(harness, options);
  await opened.page.goto(`${harness.site}/${options?.hash ?? ''}`);
  await waitForWidgets(opened.page, 1);
  return opened;
}

// The APG accordion pattern since April 2026 (w3c/aria-practices#3434) has
// no arrow, Home or End keys: they stay the page's, to scroll it.
test('Tab and Shift+Tab move through headers and open panels in page order; Enter and Space toggle', async () => {
  const { page, context } = await openDemo();
  await page.locator('possible-causes #uterine-contractions-header').focus();
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'chronic-pelvic-inflammatory-disease-header', 'Tab goes to the next header while panels are closed');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('possible-causes').evaluate((el) => el.shadowRoot.activeElement?.textContent),
    'Gynecology department', 'Tab enters an open panel');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedId(page), 'chronic-pelvic-inflammatory-disease-header');
  await page.keyboard.press('Space');
  assert.deepEqual(await expanded(page), ['false', 'false', 'false', 'false', 'false'], 'Space closes it again');
  await context.close();
});

test('arrow, Home and End keys on a header reach the page and scroll it', async () => {
  const { page, context } = await openHost(`<div style="height: 200px"></div>${widget()}<div style="height: 3000px"></div>`,
    { viewport: { width: 1024, height: 600 } });
  await waitForWidgets(page, 1);
  await page.evaluate(() => {
    window.keysSeen = [];
    document.addEventListener('keydown', (e) => window.keysSeen.push([e.key, e.defaultPrevented]));
  });
  await page.locator('possible-causes #uterine-contractions-header').focus();
  const before = await focusedId(page);
  // Each key's smooth scroll is let finish (no change for a few frames) before the next.
  const settled = () => page.evaluate(() => new Promise((resolve) => {
    let last = -1;
    let still = 0;
    const look = () => {
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
      if (still >= 5) resolve(last); else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }));
  const top = await settled();
  await page.keyboard.press('End');
  const bottom = await settled();
  assert.ok(bottom > top, `End scrolled down (${top} → ${bottom})`);
  await page.keyboard.press('ArrowUp');
  const up = await settled();
  assert.ok(up < bottom, `ArrowUp scrolled up (${bottom} → ${up})`);
  await page.keyboard.press('Home');
  const home = await settled();
  assert.equal(home, 0, 'Home scrolled to the top');
  await page.keyboard.press('ArrowDown');
  assert.ok(await settled() > 0, 'ArrowDown scrolled down');
  assert.deepEqual(await page.evaluate(() => window.keysSeen),
    [['End', false], ['ArrowUp', false], ['Home', false], ['ArrowDown', false]], 'none is prevented');
  assert.equal(await focusedId(page), before, 'focus stays on the header');
  assert.deepEqual(await expanded(page), ['false', 'false', 'false', 'false', 'false'], 'keys open nothing');
  await context.close();
});

test('each header button is named by its cause, a pause, and what it does', async () => {
  const { page, context } = await openDemo();
  const name = (n) => page.getByRole('button', { name: n, exact: true });
  // The comma is the spoken pause; Chromium sets the visually hidden text apart with a space.
  const section = (word) => page.getByRole('button', { name: new RegExp(`^Uterine contractions ?, ${word} this section$`) });
  assert.equal(await section('Show').count(), 1);
  await section('Show').click();
  assert.equal(await section('Hide').getAttribute('aria-expanded'), 'true');
  assert.equal(await name('Show all sections').count(), 1);
  await context.close();
});

test('"Show all sections" opens every section, then becomes "Hide all sections"', async () => {
  const { page, context } = await openDemo();
  const showAll = page.locator('possible-causes button.show-all');
  assert.equal(await showAll.innerText(), 'Show all sections');
  await showAll.click();
  assert.deepEqual(await expanded(page), ['true', 'true', 'true', 'true', 'true']);
  assert.equal(await showAll.innerText(), 'Hide all sections');
  assert.equal(await showAll.getAttribute('aria-expanded'), 'true');
  for (const id of CAUSE_IDS) assert.equal(await page.locator(`possible-causes #${id}-panel`).isVisible(), true);
  await showAll.click();
  assert.deepEqual(await expanded(page), ['false', 'false', 'false', 'false', 'false']);
  assert.equal(await showAll.innerText(), 'Show all sections');
  await context.close();
});

test('a #cause-id in the URL, a later hash change and the open attribute expand and scroll to sections', async () => {
  const { page, context } = await openDemo({ hash: '#skeletal-abnormalities', viewport: { width: 800, height: 500 } });
  await page.waitForFunction(() => document.querySelector('possible-causes').shadowRoot
    .querySelector('#skeletal-abnormalities-header')?.getAttribute('aria-expanded') === 'true');
  assert.ok(await page.locator('possible-causes #skeletal-abnormalities-header').evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }), 'scrolled into view');
  assert.deepEqual(await expanded(page), ['false', 'false', 'false', 'false', 'true']);
  await page.evaluate(() => { location.hash = '#uterine-contractions'; });
  await page.waitForFunction(() => document.querySelector('possible-causes').shadowRoot
    .querySelector('#uterine-contractions-header').getAttribute('aria-expanded') === 'true');
  assert.deepEqual(await expanded(page), ['true', 'false', 'false', 'false', 'true']);
  await context.close();

  const attribute = await openHost(widget('open="lumbar-disc-herniation muscle-or-ligament-strain"'));
  await waitForWidgets(attribute.page, 1);
  await attribute.page.waitForFunction(() => document.querySelector('possible-causes').shadowRoot
    .querySelectorAll('[aria-expanded="true"].section-button').length === 2);
  assert.deepEqual(await expanded(attribute.page), ['false', 'false', 'true', 'true', 'false']);
  await attribute.context.close();
});

test('each open section copies a link to itself', async () => {
  const { page, context } = await openDemo();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site });
  await page.locator('possible-causes #lumbar-disc-herniation-header').click();
  await page.locator('possible-causes #lumbar-disc-herniation-panel button.copy-link').click();
  await page.waitForFunction(() => document.querySelector('possible-causes').shadowRoot
    .querySelector('#lumbar-disc-herniation-panel .copy-status').textContent === 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${harness.site}/#lumbar-disc-herniation`);

  // Where the browser refuses the clipboard, the reader gets the link to copy by hand.
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await page.locator('possible-causes #uterine-contractions-header').click();
  await page.locator('possible-causes #uterine-contractions-panel button.copy-link').click();
  const status = page.locator('possible-causes #uterine-contractions-panel .copy-status');
  await page.waitForFunction(() => document.querySelector('possible-causes').shadowRoot
    .querySelector('#uterine-contractions-panel .copy-status').textContent.startsWith('Copy this link:'));
  assert.equal(await status.textContent(), `Copy this link: ${harness.site}/#uterine-contractions`);
  await context.close();
});

test('find-in-page falls back to hidden: no style gives a closed panel a display of its own', async () => {
  const { page, context } = await openDemo();
  // Where hidden="until-found" is unknown, only the browser's [hidden] { display: none }
  // closes a panel; an author display on .panel would win over it and open every panel.
  // An open panel's display (.panel:not([hidden]), against the page's ::part rules) is fine.
  const offending = await page.evaluate(() => {
    const sheet = document.querySelector('possible-causes').shadowRoot.styleSheets[0];
    const rules = [];
    const walk = (list) => {
      for (const rule of list) {
        if (rule.cssRules) walk(rule.cssRules);
        const closedToo = rule.selectorText && /\.panel\b/.test(rule.selectorText) && !/\.panel:not\(\[hidden\]\)/.test(rule.selectorText);
        if (closedToo && rule.style.display) rules.push(rule.cssText);
      }
    };
    walk(sheet.cssRules);
    return { rules, count: sheet.cssRules.length };
  });
  assert.ok(offending.count > 10, 'the widget stylesheet is loaded');
  assert.deepEqual(offending.rules, []);
  await context.close();
});

test('find-in-page: closed panels are hidden="until-found" and beforematch opens them', async () => {
  const { page, context } = await openDemo();
  await page.evaluate(() => {
    window.toggles = [];
    document.addEventListener('possible-causes:toggle', (e) => window.toggles.push(e.detail));
  });
  const panel = page.locator('possible-causes #chronic-pelvic-inflammatory-disease-panel');
  assert.equal(await panel.getAttribute('hidden'), 'until-found');
  assert.equal(await panel.isVisible(), false);
  await panel.evaluate((el) => el.dispatchEvent(new Event('beforematch', { bubbles: true })));
  await page.waitForFunction(() => !document.querySelector('possible-causes').shadowRoot
    .querySelector('#chronic-pelvic-inflammatory-disease-panel').hasAttribute('hidden'));
  assert.deepEqual(await expanded(page), ['false', 'true', 'false', 'false', 'false']);
  assert.deepEqual(await page.evaluate(() => window.toggles),
    [{ topic: 'mirena-lower-back-pain', cause: 'chronic-pelvic-inflammatory-disease', open: true }]);
  await context.close();
});

test('print shows every section, no controls, and the department links as URLs', async () => {
  const { page, context } = await openDemo();
  await page.emulateMedia({ media: 'print' });
  for (const id of CAUSE_IDS) assert.equal(await page.locator(`possible-causes #${id}-panel`).isVisible(), true, id);
  assert.equal(await page.locator('possible-causes button.show-all').isVisible(), false);
  assert.equal(await page.locator('possible-causes .section-toggle').first().isVisible(), false);
  assert.equal(await page.locator('possible-causes button.copy-link').first().isVisible(), false);
  const after = await page.locator('possible-causes .departments a').first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, new RegExp(`${harness.site}/departments/gynecology\\.html`));
  await page.pdf({ path: new URL('print.pdf', ARTIFACTS).pathname });
  await context.close();
});

for (const [name, viewport, zoom] of [['320px wide', { width: 320, height: 640 }, 1], ['200% zoom', { width: 1280, height: 800 }, 2]]) {
  test(`no horizontal scroll and working controls at ${name}`, async () => {
    const { page, context } = await openDemo({ viewport });
    if (zoom !== 1) await page.evaluate((z) => { document.documentElement.style.zoom = String(z); }, zoom);
    await page.locator('possible-causes button.show-all').click();
    const overflow = await page.evaluate(() => {
      const box = document.querySelector('possible-causes').shadowRoot.querySelector('.box');
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, box: box.scrollWidth - box.clientWidth };
    });
    assert.deepEqual(overflow, { page: 0, box: 0 });
    await page.locator('possible-causes').screenshot({ path: new URL(`${name.replace(/\W+/g, '-')}.png`, ARTIFACTS).pathname });
    assert.deepEqual(await expanded(page), ['true', 'true', 'true', 'true', 'true']);
    await context.close();
  });
}

test('touch targets are at least 44 by 44 px and the focus ring is visible', async () => {
  const { page, context } = await openDemo({ viewport: { width: 375, height: 812 } });
  await page.locator('possible-causes button.show-all').click();
  const small = await page.locator('possible-causes').evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('button, a')].map((t) => {
      const r = t.getBoundingClientRect();
      return { name: t.textContent.trim().slice(0, 30), width: r.width, height: r.height };
    }).filter((t) => t.width < 44 || t.height < 44));
  assert.deepEqual(small, []);
  await page.locator('possible-causes button.show-all').click();
  await page.locator('possible-causes #uterine-contractions-header').focus();
  await page.keyboard.press('Tab');
  const ring = await page.locator('possible-causes #chronic-pelvic-inflammatory-disease-header')
    .evaluate((b) => ({ style: getComputedStyle(b).outlineStyle, width: parseFloat(getComputedStyle(b).outlineWidth) }));
  assert.equal(ring.style, 'solid');
  assert.ok(ring.width >= 2);
  await context.close();
});

test('forced colours keep borders, the focus ring and the open/closed icon', async () => {
  const { page, context } = await openDemo();
  await page.emulateMedia({ forcedColors: 'active' });
  const icon = await page.locator('possible-causes .section-toggle').first().evaluate((el) => {
    const cs = getComputedStyle(el, '::after');
    return { style: cs.borderRightStyle, width: cs.borderRightWidth, color: cs.borderRightColor };
  });
  assert.equal(icon.style, 'solid');
  assert.equal(icon.width, '2px');
  assert.notEqual(icon.color, 'rgba(0, 0, 0, 0)');
  assert.equal(await page.locator('possible-causes .section').first().evaluate((el) => getComputedStyle(el).borderTopStyle), 'solid');
  await page.locator('possible-causes #uterine-contractions-header').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('possible-causes #chronic-pelvic-inflammatory-disease-header').evaluate((b) => getComputedStyle(b).outlineStyle), 'solid');
  await page.screenshot({ path: new URL('forced-colors.png', ARTIFACTS).pathname });
  await context.close();
});

test('reduced motion turns the icon animation off', async () => {
  const { page, context } = await openDemo();
  const duration = () => page.locator('possible-causes .section-toggle').first().evaluate((el) => getComputedStyle(el, '::after').transitionDuration);
  assert.equal(await duration(), '0.15s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await duration(), '0s');
  await context.close();
});

test('dark: theme="dark", or theme="auto" on a dark device; light otherwise', async () => {
  const { page, context } = await openHost(`${embedScript(harness)}
    <possible-causes id="plain"></possible-causes><possible-causes id="auto" theme="auto"></possible-causes>
    <possible-causes id="dark" theme="dark"></possible-causes>`);
  await waitForWidgets(page, 3);
  const background = (id) => page.locator(`#${id} .box`).evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual([await background('plain'), await background('auto'), await background('dark')],
    ['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 'rgb(22, 27, 34)']);
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual([await background('plain'), await background('auto'), await background('dark')],
    ['rgb(255, 255, 255)', 'rgb(22, 27, 34)', 'rgb(22, 27, 34)']);
  await page.locator('#auto button.show-all').click();
  assert.deepEqual(await axeViolations(page), [], 'dark and light both pass axe, open');
  await context.close();
});

test('lang="zh-CN" gives the widget\'s own words in Simplified Chinese; a host can replace one', async () => {
  const { page, context } = await openHost(`${embedScript(harness)}
    <div lang="zh-CN"><possible-causes id="zh"></possible-causes>
      <possible-causes id="custom" text-show-all="全部打开"></possible-causes>
      <possible-causes id="broken" topic="knee-pain"></possible-causes></div>
    <possible-causes id="en" lang="en"></possible-causes>`);
  await waitForWidgets(page, 4);
  assert.equal(await page.locator('#zh button.show-all').innerText(), '展开全部');
  assert.equal(await page.locator('#custom button.show-all').innerText(), '全部打开');
  assert.equal(await page.locator('#en button.show-all').innerText(), 'Show all sections');
  const toggleWords = (id) => page.locator(`${id} #uterine-contractions-header .section-toggle > *`)
    .evaluateAll((words) => words.filter((word) => word.checkVisibility()).map((word) => word.textContent).join(''));
  assert.equal(await toggleWords('#zh'), ', 展开此部分', 'the pause, the closed section\'s word and the words for screen readers');
  await page.locator('#zh #chronic-pelvic-inflammatory-disease-header').click();
  const panel = await page.locator('#zh #chronic-pelvic-inflammatory-disease-panel').innerText();
  for (const words of ['原因', '药物', '请仅在医生指导下使用。', '前往Gynecology']) assert.ok(panel.includes(words), words);
  assert.ok(panel.includes('Clindamycin hydrochloride capsules'), 'topic text stays as written');
  assert.equal(await page.locator('#zh button.show-all').innerText(), '展开全部');
  assert.equal(await page.locator('#broken .notice').innerText(), '抱歉，此信息暂时无法显示。');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('axe-core finds no violations collapsed, with one section open, and all open', async () => {
  const { page, context } = await openDemo();
  assert.deepEqual(await axeViolations(page), [], 'collapsed');
  await page.locator('possible-causes #lumbar-disc-herniation-header').click();
  assert.deepEqual(await axeViolations(page), [], 'one open');
  await page.locator('possible-causes button.show-all').click();
  assert.deepEqual(await axeViolations(page), [], 'all open');
  await context.close();
});
