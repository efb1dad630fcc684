// Shared set-up for the browser tests: the demo servers (widget and clinic
// site on two origins), headless Chromium through playwright-core, and axe.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startDemo } from '../../www/serve.mjs';
import { PLACEHOLDER_BASE, SHOWN_TOPIC, VERSION_FOLDER, snippetFile } from '../../www/downloaded.mjs';

const require = createRequire(import.meta.url);
const { build } = require('esbuild');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Starts the servers and the browser; `pages` are extra host pages by path. */
export async function startHarness() {
  // The browser asks a new site for its icon by itself; a 404 would be a console error.
  const pages = new Map([['/favicon.ico', { body: '', headers: { 'Content-Type': 'image/x-icon' } }]]);
  const demo = await startDemo({ pages });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    site: demo.site.origin,
    widget: demo.widget.origin,
    browser,
    /** Serves `html` from the site origin, with `headers`; returns its URL. */
    addPage(html, headers = {}) {
      const pathname = `/test-page-${pages.size + 1}.html`;
      pages.set(pathname, { body: html, headers });
      return demo.site.origin + pathname;
    },
    async close() {
      await browser.close();
      await demo.close();
    },
  };
}

/**
 * A fresh page that records what the host page would suffer: uncaught
 * errors, console errors, and requests; `init` scripts (one or a list) run
 * before the page's own.
 */
export async function openPage(harness, { viewport = { width: 1024, height: 900 }, init = [] } = {}) {
  const context = await harness.browser.newContext({ viewport });
  const page = await context.newPage();
  for (const script of [init].flat()) await page.addInitScript(script);
  const record = { pageErrors: [], consoleErrors: [], requests: [] };
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') record.consoleErrors.push(message.text()); });
  page.on('request', (request) => record.requests.push(request.url()));
  return { page, context, record };
}

/** Host-page HTML that embeds the widget from the widget origin, as a clinic would. */
export function hostPage(harness, body, { head = '' } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${head}</head>
<body><main><h1>Host page</h1>${body}</main></body></html>`;
}

/** Opens a host page on the site origin with `body` (and `head`, response `headers`, `init` scripts, one or a list) in it. */
export async function openHost(harness, body, { head = '', headers = {}, viewport, init = [] } = {}) {
  const opened = await openPage(harness, { viewport, init });
  await opened.page.goto(harness.addPage(hostPage(harness, body, { head }), headers));
  return opened;
}

/** The release build's pre-rendered snippet of the built-in topic, its files served from the widget origin. */
export function prerenderedSnippet(harness) {
  return readFileSync(new URL(`../../dist/${VERSION_FOLDER}/${snippetFile(SHOWN_TOPIC)}`, import.meta.url), 'utf8')
    .replaceAll(PLACEHOLDER_BASE, `${harness.widget}/`);
}

/** The release build's CMS-safe article of the built-in topic (it loads nothing: no address to put in). */
export const cmsArticle = () => readFileSync(new URL(`../../dist/${VERSION_FOLDER}/${snippetFile(SHOWN_TOPIC, 'cms')}`, import.meta.url), 'utf8');

/**
 * A host page's app bundled by esbuild from npm packages (React, Vue, …), as
 * an inline-safe IIFE: from `contents` (JavaScript) or from the `entry` file.
 */
export async function bundle({ contents, entry }) {
  const result = await build({
    ...(entry ? { entryPoints: [entry] } : { stdin: { contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' } }),
    bundle: true, write: false, format: 'iife', minify: true, logLevel: 'warning', jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
  return result.outputFiles[0].text.replaceAll('</script', '<\\/script');
}

/** A <possible-causes> with `json` (text, or a value to serialize) as its inline topic. */
export function inlineWidget(json, attributes = '') {
  const text = typeof json === 'string' ? json : JSON.stringify(json);
  return `<possible-causes ${attributes}><script type="application/json">${text.replaceAll('</', '<\\/')}</script></possible-causes>`;
}

/**
 * An init script that records, for a test to read, the widgets' events
 * (`window.widgetEvents`: type, when, the element's topic attribute, detail) and the layout shifts a reader
 * did not cause (`window.shift`, their sum as the Cumulative Layout Shift
 * counts them; `window.shifts`, each with what moved).
 */
export const RECORD_WIDGETS = () => {
  window.widgetEvents = [];
  for (const type of ['ready', 'toggle', 'error']) {
    document.addEventListener(`possible-causes:${type}`, (e) => window.widgetEvents.push({
      type, at: performance.now(), topic: e.target.getAttribute('topic'), detail: JSON.parse(JSON.stringify(e.detail)),
    }));
  }
  window.shift = 0;
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.shift += entry.value;
      window.shifts.push({ value: entry.value, recent: entry.hadRecentInput, sources: entry.sources.map((s) => `${s.node?.nodeName}#${s.node?.id} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Holds every response from the widget's origin (or those `pattern` matches) for `ms`; returns the paths as they arrive. */
export async function delayWidgetOrigin(harness, page, ms, pattern = `${harness.widget}/**`) {
  const arrived = [];
  await page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const response = await route.fetch();
    arrived.push(new URL(route.request().url()).pathname);
    await route.fulfill({ response });
  });
  return arrived;
}

export function embedScript(harness) {
  return `<script async src="${harness.widget}/embed.js"></script>`;
}

/** Waits until every <possible-causes> on the page has rendered its topic or its notice. */
export async function waitForWidgets(page, count) {
  await page.waitForFunction((expected) => {
    const hosts = [...document.querySelectorAll('possible-causes')];
    return hosts.length === expected
      && hosts.every((h) => h.shadowRoot && h.shadowRoot.querySelector('.possible-causes'));
  }, count, { timeout: 15000 });
}

/**
 * Runs axe-core over the page, shadow roots included (or over what the
 * `within` selector matches, on a page whose frame is another's); returns its violations.
 */
export async function axeViolations(page, within) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, within);
}

/**
 * Defines `window.structure(html)` in the page: the elements `html` parses to,
 * each as [tag, its attributes in name order, children], text as itself with
 * runs of white space folded (what a sanitizer or wpautop adds between blocks
 * changes nothing a reader gets).
 */
export const STRUCTURE = `window.structure = (html) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  const kept = (nodes) => [...nodes].filter((n) => n.nodeType !== Node.TEXT_NODE || n.data.trim());
  const walk = (node) => node.nodeType === Node.TEXT_NODE ? node.data.replace(/\\s+/g, ' ')
    : [node.localName, node.getAttributeNames().sort().map((name) => name + '=' + node.getAttribute(name)), kept(node.childNodes).map(walk)];
  return kept(template.content.childNodes).map(walk);
};`;

/**
 * Resolves after the page has drawn two more frames and run the task after
 * them: by then a render that a change set off is on the screen, and the
 * layout shifts and observers of those frames have been told. What a test
 * awaits before saying that nothing (more) happened.
 */
export function framesDrawn(page) {
  return page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }));
}

/**
 * An init script: records in `window.fetched` each URL the page passes to
 * fetch(), as it calls it (embed.js fetches the wasm so, in the same task as
 * it renders an element that wants it).
 */
export const RECORD_FETCHES = () => {
  window.fetched = [];
  const fetchOriginal = window.fetch;
  window.fetch = function fetch(resource, ...rest) {
    window.fetched.push(String(resource instanceof Request ? resource.url : resource));
    return fetchOriginal.call(this, resource, ...rest);
  };
};

/**
 * Resolves once embed.js has defined the element and taken every pre-rendered
 * box on the page in hand (its headers made buttons): by then a widget that
 * wanted its wasm has called fetch() for it.
 */
export function embedRan(page) {
  return page.waitForFunction(() => customElements.get('possible-causes')
    && [...document.querySelectorAll('possible-causes')].every((element) => !element.shadowRoot?.querySelector('details.section')),
  null, { timeout: 15000 });
}
