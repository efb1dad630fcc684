// A reader's state survives when the page moves the element: plain DOM
// moves, Chromium's moveBefore, a keyed list reordered by React 19 and by
// Vue 3, htmx 4's hx-preserve. A removal that lasts frees the widget, and a
// new render (an attribute changed) keeps what the reader opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { startHarness, openHost, embedScript, waitForWidgets, bundle, framesDrawn } from './harness.mjs';

const require = createRequire(import.meta.url);

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const CAUSE = 'lumbar-disc-herniation';

/** Opens `CAUSE` in the widget `selector` names, as a reader would. */
async function openSection(page, selector) {
  const button = page.locator(`${selector} #${CAUSE}-header`);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
}

const isOpen = (page, selector) => page.locator(`${selector} #${CAUSE}-header`).getAttribute('aria-expanded');

/** Marks the rendered article, so a test can tell a kept widget from a new render. */
const mark = (page, selector) => page.locator(selector).evaluate((el) => { el.shadowRoot.querySelector('article').dataset.marked = 'yes'; });
const marked = (page, selector) => page.locator(selector).evaluate((el) => el.shadowRoot.querySelector('article')?.dataset.marked ?? null);

/**
 * A page whose `app` renders a keyed list of three widgets (ids `prefix` a, b,
 * c) and reorders it by `window.reorder(order)`: through each of `orders`, the
 * widget a reader opened (`opened`) stays the same render, open, and the
 * others stay closed.
 */
async function keepsWhatTheReaderOpened(app, { framework, prefix, opened, orders }) {
  const { page, record, context } = await openHost(harness, `${embedScript(harness)}<div id="app"></div><script>${app}</script>`);
  await waitForWidgets(page, 3);
  const widget = `#${prefix}${opened}`;
  await openSection(page, widget);
  await mark(page, widget);
  for (const order of orders) {
    await page.evaluate((next) => window.reorder(next), order);
    await page.waitForFunction((ids) => [...document.querySelectorAll('possible-causes')].map((el) => el.id).join() === ids, order.map((id) => `${prefix}${id}`).join());
    await framesDrawn(page);
    assert.equal(await isOpen(page, widget), 'true', `open after ${framework} moved it (${order})`);
    assert.equal(await marked(page, widget), 'yes');
    for (const other of order.filter((id) => id !== opened)) assert.equal(await isOpen(page, `#${prefix}${other}`), 'false');
  }
  assert.deepEqual(record.pageErrors, []);
  await context.close();
}

test('insertBefore and append move the element and keep what the reader did', async () => {
  const { page, record, context } = await openHost(harness, `${embedScript(harness)}
    <div id="list"><possible-causes id="a"></possible-causes><possible-causes id="b"></possible-causes></div>`);
  await waitForWidgets(page, 2);
  await openSection(page, '#b');
  // Refused, so the status shows at once: the link to copy by hand.
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await page.locator(`#b #${CAUSE}-panel .copy-link`).click();
  const copyStatus = page.locator(`#b #${CAUSE}-panel .copy-status`);
  await page.waitForFunction((cause) => document.querySelector('#b').shadowRoot.querySelector(`#${cause}-panel .copy-status`).textContent !== '', CAUSE);
  const status = await copyStatus.innerText();
  await mark(page, '#b');
  await page.evaluate(() => { const list = document.querySelector('#list'); list.insertBefore(list.querySelector('#b'), list.firstChild); });
  await framesDrawn(page);
  assert.equal(await isOpen(page, '#b'), 'true', 'open after insertBefore');
  await page.evaluate(() => { const list = document.querySelector('#list'); list.append(list.querySelector('#b')); });
  await framesDrawn(page);
  assert.equal(await isOpen(page, '#b'), 'true', 'open after append');
  assert.equal(await marked(page, '#b'), 'yes', 'the same widget, not a new render');
  assert.equal(await copyStatus.innerText(), status, 'the copy-link status stays');
  assert.equal(await isOpen(page, '#a'), 'false');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('moveBefore keeps the widget, its open sections and the focus', async () => {
  const { page, context } = await openHost(harness, `${embedScript(harness)}
    <div id="list"><possible-causes id="a"></possible-causes><possible-causes id="b"></possible-causes></div>`);
  await waitForWidgets(page, 2);
  const hasMoveBefore = await page.evaluate(() => 'moveBefore' in Element.prototype);
  assert.ok(hasMoveBefore, 'this Chromium has moveBefore');
  await openSection(page, '#b');
  await page.locator(`#b #${CAUSE}-header`).focus();
  await mark(page, '#b');
  await page.evaluate(() => { const list = document.querySelector('#list'); list.moveBefore(list.querySelector('#b'), list.firstChild); });
  await framesDrawn(page);
  assert.equal(await page.evaluate(() => document.querySelector('#list').firstElementChild.id), 'b');
  assert.equal(await isOpen(page, '#b'), 'true');
  assert.equal(await marked(page, '#b'), 'yes');
  assert.equal(await page.locator('#b').evaluate((el) => el.shadowRoot.activeElement?.id), `${CAUSE}-header`, 'focus stays');
  await context.close();
});

test('a changed attribute renders anew and keeps the sections still in the topic open', async () => {
  const { page, context } = await openHost(harness, `${embedScript(harness)}<possible-causes id="a"></possible-causes>`);
  await waitForWidgets(page, 1);
  await openSection(page, '#a');
  await page.locator('#a').evaluate((el) => el.setAttribute('heading-level', '4'));
  await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('h4 > .section-button'));
  assert.equal(await isOpen(page, '#a'), 'true');
  assert.equal(await page.locator('#a .section-button[aria-expanded="true"]').count(), 1);
  await context.close();
});

test('a removal that lasts frees the widget, and thousands of them do not grow the memory', async () => {
  const { page, context } = await openHost(harness, `<script>
      window.memories = [];
      for (const name of ['instantiate', 'instantiateStreaming']) {
        const original = WebAssembly[name];
        WebAssembly[name] = async (...args) => {
          const result = await original.apply(WebAssembly, args);
          for (const value of Object.values((result.instance || result).exports)) if (value instanceof WebAssembly.Memory) window.memories.push(value);
          return result;
        };
      }
    </script>${embedScript(harness)}<div id="home"><possible-causes id="a"></possible-causes></div>`);
  await waitForWidgets(page, 1);
  const box = await page.locator('#a').evaluateHandle((el) => el.shadowRoot.querySelector('.box'));
  await page.evaluate(() => document.querySelector('#a').remove());
  await framesDrawn(page);
  assert.equal(await box.evaluate((b) => b.querySelector('article')), null, 'unmounted once the removal lasted');

  const cycles = (n) => page.evaluate(async (count) => {
    const home = document.querySelector('#home');
    for (let i = 0; i < count; i++) {
      const element = document.createElement('possible-causes');
      home.append(element);
      while (!element.shadowRoot?.querySelector('article')) await new Promise((r) => setTimeout(r, 0));
      element.remove();
      await new Promise((r) => setTimeout(r, 0));
    }
    return window.memories[0].buffer.byteLength;
  }, n);
  const warm = await cycles(100);
  const later = await cycles(2000);
  console.log(`# wasm memory after 100 mounts: ${warm} bytes, after 2,100: ${later} bytes`);
  assert.ok(later - warm <= 256 * 1024, `memory grew by ${later - warm} bytes over 2,000 mounts`);
  await context.close();
});

test('a keyed list reordered by React 19 keeps what each reader opened', async () => {
  const app = await bundle({ contents: `
    import { createElement as h, useState } from 'react';
    import { createRoot } from 'react-dom/client';
    import { flushSync } from 'react-dom';
    function App() {
      const [order, setOrder] = useState(['a', 'b', 'c']);
      window.reorder = (next) => flushSync(() => setOrder(next));
      return h('ul', null, order.map((id) => h('li', { key: id }, h('possible-causes', { id: 'w-' + id }))));
    }
    createRoot(document.getElementById('app')).render(h(App));` });
  await keepsWhatTheReaderOpened(app, { framework: 'React', prefix: 'w-', opened: 'b', orders: [['b', 'a', 'c'], ['a', 'c', 'b'], ['c', 'b', 'a']] });
});

test('a keyed v-for list reordered by Vue 3 keeps what each reader opened', async () => {
  const app = await bundle({ contents: `
    import { createApp, h, ref } from 'vue';
    createApp({
      setup() {
        const order = ref(['a', 'b', 'c']);
        window.reorder = (next) => { order.value = next; };
        return () => h('ul', order.value.map((id) => h('li', { key: id }, [h('possible-causes', { id: 'v-' + id })])));
      },
    }).mount('#app');` });
  await keepsWhatTheReaderOpened(app, { framework: 'Vue', prefix: 'v-', opened: 'a', orders: [['b', 'a', 'c'], ['c', 'b', 'a'], ['b', 'c', 'a']] });
});

test('htmx 4 hx-preserve keeps the widget through a swap of its surroundings', async () => {
  const htmx = readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8').replaceAll('</script', '<\\/script');
  const swap = harness.addPage('<possible-causes id="kept" hx-preserve></possible-causes><p id="fresh">New content around the widget.</p>');
  const { page, record, context } = await openHost(harness, `<script>${htmx}</script>${embedScript(harness)}
    <button id="swap" hx-get="${swap}" hx-target="#area" hx-swap="innerHTML">Swap</button>
    <div id="area"><possible-causes id="kept" hx-preserve></possible-causes><p>Old content.</p></div>`);
  await waitForWidgets(page, 1);
  await openSection(page, '#kept');
  await mark(page, '#kept');
  await page.locator('#swap').click();
  await page.waitForSelector('#fresh');
  await framesDrawn(page);
  assert.equal(await page.locator('possible-causes').count(), 1);
  assert.equal(await isOpen(page, '#kept'), 'true', 'open after the swap');
  assert.equal(await marked(page, '#kept'), 'yes', 'the same widget');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});
