// The built element held to its one description (www/package/element.json),
// by what it does in the browser: it observes the attributes that render and
// each listed attribute changes the widget; it fires each listed event with
// exactly the listed detail fields; each listed custom property restyles it,
// and its listed default is what it looks like unset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  startHarness, openHost as openHostPage, embedScript, waitForWidgets, prerenderedSnippet, inlineWidget, RECORD_FETCHES, embedRan,
} from './harness.mjs';
import { ELEMENT, renderingAttributes } from '../../www/element.mjs';

const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((g) => g.causes).map((c) => c.id);
const TEXT = 'text-';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const openHost = (body, options) => openHostPage(harness, body, options);
const shadow = (page, id, script, arg) => page.locator(`#${id}`).evaluate(script, arg);
const sameKeys = (actual, expected, what) => assert.deepEqual(Object.keys(actual).sort(), [...expected].sort(), what);

/** The widget's text and the attributes that matter to a reader, for "did it change?". */
const looks = (element) => {
  const root = element.shadowRoot;
  const box = root.querySelector('[part="box"]');
  return JSON.stringify({
    text: root.textContent,
    links: [...root.querySelectorAll('a')].map((a) => a.href),
    headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName),
    expanded: [...root.querySelectorAll('[aria-expanded]')].map((b) => b.getAttribute('aria-expanded')),
    background: box && getComputedStyle(box).backgroundColor,
  });
};

/** For each attribute other than the words: a value, and what it must change. */
const ATTRIBUTE_VALUES = {
  topic: 'no-such-topic',
  'department-href': 'https://clinic.example/departments/{department}',
  'heading-level': '5',
  open: CAUSES[1],
  lang: 'zh-CN',
  theme: 'dark',
};

test('it observes exactly the attributes that render, and each one changes what a reader gets', async () => {
  const described = ELEMENT.attributes.map((a) => a.name).filter((name) => !name.startsWith(TEXT));
  assert.deepEqual([...Object.keys(ATTRIBUTE_VALUES), 'loading'].sort(), [...described].sort(), 'a value to try for each described attribute');
  const widgets = Object.entries(ATTRIBUTE_VALUES).map(([name, value], i) => `<possible-causes id="w${i}" ${name}="${value}"></possible-causes>`);
  const later = renderingAttributes().filter((n) => !n.startsWith(TEXT));
  const plainOnes = later.map((name) => `<possible-causes id="later-${name}"></possible-causes>`);
  const { page, record, context } = await openHost(`<possible-causes id="plain"></possible-causes>${widgets.join('')}${plainOnes.join('')}${embedScript(harness)}`);
  await waitForWidgets(page, 1 + widgets.length + plainOnes.length);
  assert.deepEqual(await page.evaluate(() => customElements.get('possible-causes').observedAttributes), renderingAttributes());
  const plain = await shadow(page, 'plain', looks);
  for (const [i, [name, value]] of Object.entries(ATTRIBUTE_VALUES).entries()) {
    assert.notEqual(await shadow(page, `w${i}`, looks), plain, `${name}="${value}" changes the widget`);
  }
  // Each one that renders does so when it changes later, too.
  const changes = async (id) => {
    for (let tries = 0; tries < 50; tries += 1) {
      if (await shadow(page, id, looks) !== plain) return true;
      await page.waitForTimeout(100);
    }
    return false;
  };
  for (const name of later) {
    assert.equal(await shadow(page, `later-${name}`, looks), plain);
    await page.evaluate(([attribute, value]) => document.getElementById(`later-${attribute}`).setAttribute(attribute, value), [name, ATTRIBUTE_VALUES[name]]);
    assert.ok(await changes(`later-${name}`), `setting ${name} later renders anew`);
  }
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('loading="lazy" keeps a pre-rendered widget\'s wasm unfetched until the reader nears it', async () => {
  const snippet = prerenderedSnippet(harness).replace('<possible-causes', '<possible-causes loading="lazy"');
  assert.notEqual(snippet, prerenderedSnippet(harness));
  const { page, record, context } = await openHost(`<div style="height: 4000px"></div>${snippet}`, { init: RECORD_FETCHES });
  await embedRan(page);
  assert.deepEqual(await page.evaluate(() => window.fetched.filter((url) => url.endsWith('.wasm'))), [], 'far below the viewport');
  const wasm = () => record.requests.filter((url) => url.endsWith('.wasm'));
  const fetched = page.waitForRequest((request) => request.url().endsWith('.wasm'));
  await page.locator('possible-causes').scrollIntoViewIfNeeded();
  await fetched;
  assert.equal(wasm().length, 1, 'fetched once it nears the viewport');
  await context.close();
});

test('every text-<key> attribute puts its words where the widget says them', async () => {
  const words = ELEMENT.attributes.filter((a) => a.name.startsWith(TEXT)).map((a) => a.name);
  const marker = (name) => `[${name}]`;
  const attributes = words.filter((name) => name !== 'text-error').map((name) => `${name}="${marker(name)}"`).join(' ');
  const reviewed = { ...TOPIC, reviewed: { date: '2026-11-01', by: 'A test reviewer' } };
  const { page, context } = await openHost(`${inlineWidget(reviewed, `id="w" ${attributes}`)}
    <possible-causes id="broken" topic="no-such-topic" text-error="${marker('text-error')}"></possible-causes>${embedScript(harness)}`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site });
  await waitForWidgets(page, 2);
  const said = new Set();
  const hear = async (id = 'w') => {
    for (const name of words) if ((await shadow(page, id, (el) => el.shadowRoot.textContent)).includes(marker(name))) said.add(name);
  };
  await hear();
  await hear('broken');
  await page.evaluate(() => document.getElementById('w').showAll());
  await hear();
  const [first, second] = CAUSES;
  await page.locator(`#w #${first}-panel button.copy-link`).click();
  await page.waitForFunction((id) => document.getElementById('w').shadowRoot.querySelector(`#${id}-panel .copy-status`).textContent !== '', first);
  await hear();
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await page.locator(`#w #${second}-panel button.copy-link`).click();
  await page.waitForFunction((id) => document.getElementById('w').shadowRoot.querySelector(`#${id}-panel .copy-status`).textContent !== '', second);
  await hear();
  assert.deepEqual([...said].sort(), [...words].sort());
  await context.close();
});

/** The JavaScript type of a detail field, as the description types it. */
function assertTyped(value, type, what) {
  const list = /^(\w+)\[\]$/.exec(type);
  if (list) {
    assert.ok(Array.isArray(value) && value.length > 0, `${what} is a non-empty array`);
    const shape = ELEMENT.types.find((t) => t.name === list[1]);
    for (const item of value) {
      sameKeys(item, shape.fields.map((f) => f.name), `${what}'s items are ${shape.name}s`);
      for (const field of shape.fields) assertTyped(item[field.name], field.type, `${what}[].${field.name}`);
    }
  } else {
    assert.equal(typeof value, type, what);
  }
}

/** How each described event is made to fire, with where it fires from. */
const FIRE = {
  'possible-causes:ready': { body: '<possible-causes id="w"></possible-causes>' },
  'possible-causes:toggle': { body: '<possible-causes id="w"></possible-causes>', act: (page) => page.locator(`#w #${CAUSES[0]}-header`).click() },
  'possible-causes:department': {
    body: `<possible-causes id="w" department-href="#department-{department}" open="${CAUSES[0]}"></possible-causes>`,
    act: (page) => page.locator(`#w #${CAUSES[0]}-panel a[part="department-link"]`).first().click(),
  },
  'possible-causes:error': { body: '<possible-causes id="w" topic="no-such-topic"></possible-causes>' },
};

test('it fires each described event, with exactly the described detail fields and types', async () => {
  assert.deepEqual(Object.keys(FIRE).sort(), ELEMENT.events.map((e) => e.name).sort(), 'a way to fire each described event');
  const runs = Object.entries(FIRE).map(([name, how]) => ({ name, ...how }));
  // The error event comes from the wasm (a broken topic) and from embed.js (its glue fails to load).
  runs.push({ name: 'possible-causes:error', body: '<possible-causes id="w"></possible-causes>', route: '**/possible-causes.js' });
  for (const run of runs) {
    const { page, context } = await openHost(`<script>window.heard = [];
      document.addEventListener('${run.name}', (event) => window.heard.push({ detail: event.detail, bubbles: event.bubbles, composed: event.composed }));
    </script>${run.body}`);
    if (run.route) await page.route(run.route, (route) => route.fulfill({ status: 404, body: '' }));
    await page.evaluate((src) => { const s = document.createElement('script'); s.src = src; document.head.append(s); }, `${harness.widget}/embed.js`);
    await waitForWidgets(page, 1);
    await run.act?.(page);
    await page.waitForFunction(() => window.heard.length > 0);
    const [heard] = await page.evaluate(() => window.heard);
    const event = ELEMENT.events.find((e) => e.name === run.name);
    assert.ok(heard.bubbles && heard.composed, `${run.name} bubbles out of the shadow root`);
    sameKeys(heard.detail, event.detail.map((f) => f.name), `${run.name}${run.route ? ' (from embed.js)' : ''}'s detail`);
    for (const field of event.detail) assertTyped(heard.detail[field.name], field.type, `${run.name}'s detail.${field.name}`);
    await context.close();
  }
});

/** A value of each custom property's syntax that no default has. */
const DIFFERENT = { '<color>': 'rgb(1, 2, 3)', '<length>': '23px', '*': 'monospace' };

test('each described custom property restyles the widget, its default is how it looks unset, and it reads no other', async () => {
  const { page, context } = await openHost(`<button id="before">before</button><possible-causes id="w" open="${CAUSES.join(' ')}"></possible-causes>${embedScript(harness)}`);
  await waitForWidgets(page, 1);
  // The focus ring shows only on keyboard focus: Tab from the page into the widget.
  await page.focus('#before');
  await page.keyboard.press('Tab');
  const styles = () => shadow(page, 'w', (element) => JSON.stringify([...element.shadowRoot.querySelectorAll('*')].map((node) => {
    const style = getComputedStyle(node);
    return ['color', 'background-color', 'border-top-color', 'border-inline-start-color', 'border-top-left-radius',
      'outline-color', 'font-family', 'font-size'].map((p) => style.getPropertyValue(p));
  })));
  const set = (name, value) => shadow(page, 'w', (element, [n, v]) => (v === null ? element.style.removeProperty(n) : element.style.setProperty(n, v)), [name, value]);
  const unset = await styles();
  for (const property of ELEMENT.cssProperties) {
    await set(property.name, property.default);
    assert.equal(await styles(), unset, `${property.name}: ${property.default} is how the widget looks without it`);
    await set(property.name, DIFFERENT[property.syntax]);
    assert.notEqual(await styles(), unset, `${property.name} restyles the widget`);
    await set(property.name, null);
  }
  // The page-settable properties the stylesheet reads, from the browser's own parse of it.
  const read = await shadow(page, 'w', (element) => {
    const sheets = [...element.shadowRoot.styleSheets, ...element.shadowRoot.adoptedStyleSheets];
    const names = new Set();
    const walk = (rules) => {
      for (const rule of rules) {
        // cssText, not each longhand: a var() in a shorthand leaves its longhands empty.
        if (rule.style) for (const m of rule.style.cssText.matchAll(/var\((--pc-[a-z-]+)/g)) names.add(m[1]);
        if (rule.cssRules) walk(rule.cssRules);
      }
    };
    for (const sheet of sheets) walk(sheet.cssRules);
    return [...names].filter((name) => !name.startsWith('--pc-default-'));
  });
  assert.deepEqual(read.sort(), ELEMENT.cssProperties.map((p) => p.name).sort());
  await context.close();
});
