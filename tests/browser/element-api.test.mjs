// The element's API as www/package/element.json describes it: properties,
// methods (before and after the wasm has loaded), the toggle events they
// fire, and the ::part() names a host page styles, which still cannot open,
// close or hide a section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ELEMENT } from '../../www/element.mjs';
import {
  startHarness, openHost as openHostPage, embedScript, waitForWidgets, prerenderedSnippet, RECORD_FETCHES, embedRan,
} from './harness.mjs';

const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((g) => g.causes).map((c) => c.id);

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const openHost = (body, options) => openHostPage(harness, body, options);

/** Records every possible-causes event on the page, and console warnings. */
async function listen(page, record) {
  record.warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') record.warnings.push(message.text()); });
  await page.evaluate(() => {
    window.heard = [];
    for (const type of ['ready', 'toggle', 'department', 'error']) {
      document.addEventListener(`possible-causes:${type}`, (event) => window.heard.push({
        type: event.type, id: event.target.id, detail: event.detail, openThen: event.target.openSections,
      }));
    }
  });
}

const toggles = (page) => page.evaluate(() => window.heard.filter((e) => e.type === 'possible-causes:toggle').map((e) => [e.detail.cause, e.detail.open]));
const openOf = (page, id) => page.locator(`#${id}`).evaluate((el) => el.openSections);
const expanded = (page, id) => page.locator(`#${id}`).evaluate((el) => [...el.shadowRoot.querySelectorAll('.section-button')]
  .filter((b) => b.getAttribute('aria-expanded') === 'true').map((b) => b.closest('.section').id));

test('show, hide, showAll and hideAll change the sections, fire toggle for each change, and openSections follows', async () => {
  const { page, record, context } = await openHost(`<possible-causes id="w"></possible-causes>${embedScript(harness)}`);
  await waitForWidgets(page, 1);
  await listen(page, record);
  const [first, second] = CAUSES;

  assert.deepEqual(await page.evaluate(async (id) => {
    const element = document.getElementById('w');
    await element.show(id);
    return element.openSections;
  }, second), [second], 'the promise settles once the section is shown');
  assert.deepEqual(await expanded(page, 'w'), [second]);
  assert.equal(await page.locator(`#w #${second}-panel`).isVisible(), true);
  await page.evaluate((id) => document.getElementById('w').show(id), second);
  assert.deepEqual(await toggles(page), [[second, true]], 'showing an open section fires nothing');

  await page.evaluate(() => document.getElementById('w').showAll());
  assert.deepEqual(await openOf(page, 'w'), CAUSES, 'in the topic\'s order');
  assert.equal(await page.locator('#w .show-all').getAttribute('aria-expanded'), 'true', '"Show all" follows');
  await page.evaluate((id) => document.getElementById('w').hide(id), first);
  assert.deepEqual(await openOf(page, 'w'), CAUSES.slice(1));
  await page.evaluate(() => document.getElementById('w').hideAll());
  assert.deepEqual(await openOf(page, 'w'), []);
  assert.equal(await page.locator(`#w #${second}-panel`).isVisible(), false);
  assert.deepEqual(await toggles(page), [
    [second, true],
    ...CAUSES.filter((id) => id !== second).map((id) => [id, true]),
    [first, false],
    ...CAUSES.slice(1).map((id) => [id, false]),
  ]);
  const heard = await page.evaluate(() => window.heard.filter((e) => e.type === 'possible-causes:toggle'));
  for (const { detail, openThen } of heard) {
    assert.deepEqual(Object.keys(detail).sort(), ['cause', 'open', 'topic']);
    assert.equal(openThen.includes(detail.cause), detail.open, 'a listener finds openSections as the event says');
  }

  // The reader's button and the methods share one state.
  await page.locator(`#w #${first}-header`).click();
  assert.deepEqual(await openOf(page, 'w'), [first]);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('an unknown id or a wrong argument warns in the console and changes nothing, never throws', async () => {
  const { page, record, context } = await openHost(`<possible-causes id="w"></possible-causes>${embedScript(harness)}`);
  await waitForWidgets(page, 1);
  await listen(page, record);
  const outcome = await page.evaluate(async () => {
    const element = document.getElementById('w');
    const results = [];
    for (const call of [() => element.show('no-such-cause'), () => element.hide('nope'), () => element.show(42), () => element.show()]) {
      try { results.push(await call()); } catch (error) { results.push(`threw ${error}`); }
    }
    return results;
  });
  assert.deepEqual(outcome, [undefined, undefined, undefined, undefined]);
  assert.deepEqual(await openOf(page, 'w'), []);
  assert.deepEqual(await toggles(page), []);
  assert.equal(record.warnings.length, 4, record.warnings.join('\n'));
  assert.match(record.warnings[0], new RegExp(`show\\("no-such-cause"\\).*no such section.*nothing changed.*${CAUSES[0]}`));
  assert.match(record.warnings[1], /hide\("nope"\)/);
  assert.match(record.warnings[2], /show\("42"\)/);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('methods called before the wasm has loaded take effect once it has; their promise settles then', async () => {
  const { page, record, context } = await openHost('<div id="place"></div>');
  await listen(page, record);
  const [, second, third] = CAUSES;
  const seen = await page.evaluate(async ({ widget, second, third }) => {
    // embed.js defines the element; the wasm is fetched for the first element.
    const script = document.createElement('script');
    script.src = `${widget}/embed.js`;
    document.head.append(script);
    await customElements.whenDefined('possible-causes');
    const element = document.createElement('possible-causes');
    element.id = 'w';
    const before = element.openSections;
    // Called before the element is in the page, then while the wasm loads.
    const shown = element.show(second);
    document.getElementById('place').append(element);
    const loading = element.shadowRoot.querySelector('.box').getAttribute('aria-busy') === 'true' ? element.openSections : 'already loaded';
    element.show(third);
    await shown;
    const afterFirst = element.openSections;
    return { before, loading, afterFirst, settled: await element.hide(second).then(() => element.openSections) };
  }, { widget: harness.widget, second, third });
  assert.deepEqual(seen.before, []);
  assert.deepEqual(seen.loading, [], 'nothing is open while the wasm loads');
  assert.deepEqual(seen.afterFirst, [second, third], 'the calls apply in order once live');
  assert.deepEqual(seen.settled, [third]);
  assert.deepEqual(await toggles(page), [[second, true], [third, true], [second, false]], 'calls from code fire toggle too');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a method called while the widget renders anew, or while it is out of the page, applies to the widget that follows', async () => {
  const { page, record, context } = await openHost(`<div id="place"><possible-causes id="w"></possible-causes></div>${embedScript(harness)}`);
  await waitForWidgets(page, 1);
  const seen = await page.evaluate(async ([first, second]) => {
    const element = document.getElementById('w');
    // A changed attribute renders the widget anew; the call waits for that render.
    element.setAttribute('heading-level', '4');
    await element.show(first);
    const afterNewRender = { open: element.openSections, level: element.shadowRoot.querySelector(`#${first}-header`).parentElement.tagName };
    // Out of the page past the task (the widget is freed, by a 0 ms timer
    // queued before this one), then back.
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const shown = element.show(second);
    document.getElementById('place').append(element);
    await shown;
    return { afterNewRender, afterReturn: element.openSections };
  }, CAUSES);
  assert.deepEqual(seen.afterNewRender, { open: [CAUSES[0]], level: 'H4' });
  assert.deepEqual(seen.afterReturn, [CAUSES[1]], 'a widget back in the page starts afresh, then applies the call');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a method whose widget is freed before its render still applies to the widget that follows', async () => {
  // Eight widgets out of the page fill the pool of idle apps, so the next
  // widget to leave has its app destroyed, with the call's message in it.
  const idle = Array.from({ length: 8 }, (_, i) => `<possible-causes id="idle-${i}"></possible-causes>`).join('');
  const { page, record, context } = await openHost(`${idle}<possible-causes id="w"></possible-causes>${embedScript(harness)}`);
  await waitForWidgets(page, 9);
  const seen = await page.evaluate(async () => {
    for (const element of document.querySelectorAll('[id^="idle-"]')) element.remove();
    // Freed by their 0 ms timers, queued before this one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const element = document.getElementById('w');
    // The call reaches the wasm in a microtask; the new attribute, in the
    // next one, renders the widget anew before the call's render.
    const shown = element.showAll();
    queueMicrotask(() => element.setAttribute('heading-level', '4'));
    const settled = await Promise.race([shown.then(() => true), new Promise((resolve) => setTimeout(resolve, 3000, false))]);
    return { settled, open: element.openSections, level: element.shadowRoot.querySelector('.section-button').parentElement.tagName };
  });
  assert.deepEqual(seen, { settled: true, open: CAUSES, level: 'H4' });
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a method on a lazy pre-rendered element far below the fold loads the widget and applies', async () => {
  const snippet = prerenderedSnippet(harness).replace('<possible-causes ', '<possible-causes id="w" loading="lazy" ');
  const { page, record, context } = await openHost(`<div style="height: 5000px">Long article.</div>${snippet}`, { init: RECORD_FETCHES });
  await embedRan(page);
  assert.deepEqual(await page.evaluate(() => window.fetched.filter((url) => url.endsWith('.wasm'))), [], 'lazy: no wasm yet');
  const wasm = () => record.requests.filter((url) => url.endsWith('.wasm')).length;
  const open = await page.evaluate(async (id) => {
    const element = document.getElementById('w');
    await element.show(id);
    return element.openSections;
  }, CAUSES[2]);
  assert.deepEqual(open, [CAUSES[2]]);
  assert.equal(wasm(), 1, 'the call loaded the widget');
  assert.equal(await page.locator('#w .box[data-prerendered]').count(), 0, 'the wasm took over');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('methods on a widget that shows its notice settle, with a warning, and change nothing', async () => {
  const { page, record, context } = await openHost(`<possible-causes id="w" topic="no-such-topic"></possible-causes>${embedScript(harness)}`);
  await listen(page, record);
  const result = await page.evaluate(async () => {
    const element = document.getElementById('w');
    await element.showAll();
    return { open: element.openSections, notice: element.shadowRoot.querySelector('.notice')?.textContent };
  });
  assert.deepEqual(result.open, []);
  assert.match(result.notice, /can't be shown/);
  assert.ok(record.warnings.some((w) => /showAll\(\) changed nothing/.test(w)), record.warnings.join('\n'));
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('topic reflects its attribute, and a new topic set from code renders anew', async () => {
  const { page, record, context } = await openHost(`<possible-causes id="w" topic="${TOPIC.id}"></possible-causes>${embedScript(harness)}`);
  await waitForWidgets(page, 1);
  await listen(page, record);
  const seen = await page.evaluate(async () => {
    const element = document.getElementById('w');
    const read = element.topic;
    element.topic = 'no-such-topic';
    const attribute = element.getAttribute('topic');
    await new Promise((resolve) => element.addEventListener('possible-causes:error', resolve, { once: true }));
    element.topic = null;
    return { read, attribute, removed: element.hasAttribute('topic'), empty: element.topic };
  });
  assert.deepEqual(seen, { read: TOPIC.id, attribute: 'no-such-topic', removed: false, empty: '' });
  // Without the attribute, the only built-in topic shows again.
  await waitForWidgets(page, 1);
  await page.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('.section-button'));
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('the element\'s own properties are exactly those its description lists', async () => {
  const { page, context } = await openHost(`<possible-causes id="w"></possible-causes>${embedScript(harness)}`);
  await waitForWidgets(page, 1);
  const surface = await page.evaluate(() => {
    const element = document.getElementById('w');
    const prototype = customElements.get('possible-causes').prototype;
    const members = Object.getOwnPropertyNames(prototype).filter((name) => name !== 'constructor').map((name) => {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      return { name, kind: typeof descriptor.value === 'function' ? 'method' : 'field', readonly: !descriptor.set && !descriptor.value };
    });
    return { members, own: Object.keys(element) };
  });
  const LIFECYCLE = ['connectedCallback', 'connectedMoveCallback', 'disconnectedCallback', 'attributeChangedCallback'];
  const documented = [
    ...ELEMENT.properties.map((p) => ({ name: p.name, kind: 'field', readonly: Boolean(p.readonly) })),
    ...ELEMENT.methods.map((m) => ({ name: m.name, kind: 'method', readonly: false })),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const actual = surface.members.filter((m) => !LIFECYCLE.includes(m.name))
    .map((m) => ({ ...m, readonly: m.kind === 'field' && m.readonly })).sort((a, b) => a.name.localeCompare(b.name));
  assert.deepEqual(actual, documented);
  assert.deepEqual(surface.own, [], 'embed.js keeps its own state off the element');
  await context.close();
});

test('each ::part() is styled by the host page; the parts are its description\'s', async () => {
  const parts = ELEMENT.cssParts.map((p) => p.name);
  const colour = (i) => `rgb(${10 + i}, 20, 30)`;
  const rules = parts.map((name, i) => `possible-causes::part(${name}) { outline: 3px solid ${colour(i)}; }`).join('\n');
  const { page, record, context } = await openHost(
    `<possible-causes id="w" open="${CAUSES.join(' ')}"></possible-causes><possible-causes id="broken" topic="nope"></possible-causes>${embedScript(harness)}`,
    { head: `<style>${rules}</style>` });
  await waitForWidgets(page, 2);
  const found = await page.evaluate(() => {
    const all = [];
    for (const element of document.querySelectorAll('possible-causes')) {
      for (const part of element.shadowRoot.querySelectorAll('[part]')) all.push({ part: part.getAttribute('part'), outline: getComputedStyle(part).outlineColor });
    }
    return all;
  });
  assert.deepEqual([...new Set(found.map((f) => f.part))].sort(), [...parts].sort(), 'every part in the description, and no other, is in the widget');
  for (const { part, outline } of found) assert.equal(outline, colour(parts.indexOf(part)), `::part(${part}) is styled`);
  assert.equal(found.filter((f) => f.part === 'section-button').length, CAUSES.length, 'one per section');
  assert.equal(found.filter((f) => f.part === 'panel').length, CAUSES.length);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('host CSS on ::part(panel) and ::part(section-button) cannot open, close or hide a section', async () => {
  const [first, second] = CAUSES;
  const head = `<style>
    possible-causes::part(panel) { display: block !important; content-visibility: visible !important; visibility: visible !important; }
    #open-one::part(panel) { display: none !important; visibility: hidden !important; content-visibility: hidden !important; }
    possible-causes::part(section-button) { display: none !important; visibility: hidden !important; }
  </style>`;
  const { page, context } = await openHost(`<possible-causes id="closed"></possible-causes>
    <possible-causes id="open-one" open="${first}"></possible-causes>${embedScript(harness)}`, { head });
  await waitForWidgets(page, 2);
  const visible = (host, selector) => page.locator(`#${host}`).evaluate((el, s) => el.shadowRoot.querySelector(s).checkVisibility({ contentVisibilityAuto: true }), selector);
  assert.equal(await visible('closed', `#${second}-panel p`), false, 'a closed panel stays closed');
  assert.equal(await visible('open-one', `#${first}-panel p`), true, 'an open panel stays open');
  assert.equal(await visible('open-one', `#${second}-panel p`), false);
  assert.equal(await visible('closed', `#${first}-header`), true, 'the section buttons stay');
  assert.equal(await page.locator(`#closed #${second}-panel`).isVisible(), false);
  assert.equal(await page.locator(`#open-one #${first}-panel`).isVisible(), true);
  await context.close();
});
