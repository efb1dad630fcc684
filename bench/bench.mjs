// Loads the candidates cold in headless Chromium, alternating, and prints
// what each costs a host page: this widget (client-rendered and
// pre-rendered), a hand-written vanilla JS accordion (the floor of what a
// browser needs) and two floors of the widget's stack, the smallest Yew
// accordions that read the topic's JSON with serde + serde-wasm-bindgen:
// the fair one carries what the product cannot do without (the widget's
// content model, the departments, both languages' words), the minimal one
// a few structs of the fields it shows. bench/run builds them first.
//   node bench/bench.mjs [loads per candidate, default 15]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../www/serve.mjs';
import { DOWNLOADED, PLACEHOLDER_BASE, SHOWN_TOPIC, VERSION_FOLDER } from '../www/downloaded.mjs';

const require = createRequire(new URL('../tests/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const { build, minifyFile } = await import('../www/minify.mjs');
const { brotliSize } = await import('../tests/size.mjs');

const here = path.dirname(fileURLToPath(import.meta.url));
const WWW = path.join(here, '..', 'target', 'bench', 'www');
const LOADS = Number(process.argv[2] || 15);
const WIDGETS_ON_BUSY_PAGE = 20;

const CANDIDATES = [
  { name: 'possible-causes', dir: 'widget', script: 'embed.js', tag: 'possible-causes', files: DOWNLOADED },
  // The snippet of `possible-causes render` (the release build's dist/v<version>/<topic>.html).
  { name: 'possible-causes, pre-rendered', dir: 'widget', script: 'embed.js', tag: 'possible-causes', files: DOWNLOADED, prerendered: true },
  { name: 'vanilla JS', dir: 'vanilla', script: 'vanilla.js', tag: 'vanilla-causes', files: ['vanilla.js', 'widget.css'] },
  ...['fair', 'minimal'].map((kind) => ({ name: `Yew + serde floor, ${kind}`, dir: `floor-${kind}`, script: 'loader.js', tag: 'yew-floor',
    files: ['loader.js', 'yew_floor.js', 'yew_floor_bg.wasm', 'widget.css'] })),
];

// The peers' scripts, minified like the widget's own (bench/run built the floor's wasm).
const topic = readFileSync(path.join(here, '..', 'content', 'topics', `${SHOWN_TOPIC}.json`), 'utf8');
const vanilla = readFileSync(path.join(here, 'vanilla', 'vanilla.js'), 'utf8')
  .replace('var TOPIC = TOPIC_JSON;', `var TOPIC = ${JSON.stringify(JSON.parse(topic))};`);
await build({ stdin: { contents: vanilla }, outfile: path.join(WWW, 'vanilla', 'vanilla.js'), minify: true, format: 'iife', logLevel: 'warning' });
for (const dir of ['floor-fair', 'floor-minimal']) {
  await build({ entryPoints: [path.join(here, 'yew-floor', 'loader.js')], outfile: path.join(WWW, dir, 'loader.js'), format: 'iife', logLevel: 'warning' });
  await minifyFile(path.join(WWW, dir, 'loader.js'));
  await minifyFile(path.join(WWW, dir, 'yew_floor.js'), { module: true });
}

// Runs in every benchmark page before its own scripts: records when a shadow
// root first holds a section header, then clicks it as soon as the page lets
// it and records when it shows as expanded; captures each wasm memory.
const PROBE = `
  window.bench = { headers: [], interactive: null, click: null, memories: [], visible: null, shift: 0 };
  const measuringPaint = location.search === '?paint';
  // Content visible: the first frame in which a section header is in the
  // page (this callback runs just before that frame paints), the same way
  // for every candidate, pre-rendered or not.
  requestAnimationFrame(function look() {
    const host = document.querySelector(document.documentElement.dataset.tag);
    const header = host && (host.shadowRoot || host).querySelector('.section-button');
    if (!header) return requestAnimationFrame(look);
    window.bench.visible = performance.now();
    // A declarative shadow root is never attached by script: start here. Its
    // headers are text until embed.js makes them buttons: click the button.
    if (window.bench.headers.length === 0 && !measuringPaint) {
      window.bench.headers.push(window.bench.visible);
      requestAnimationFrame(function clickWhenButton() {
        const button = (host.shadowRoot || host).querySelector('button.section-button');
        if (!button) return requestAnimationFrame(clickWhenButton);
        clickUntilExpanded(button, (t) => { window.bench.interactive = t; });
      });
    }
  });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.bench.shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const wrap = (name) => {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      const instance = result.instance || result;
      for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) window.bench.memories.push(value);
      return result;
    };
  };
  wrap('instantiate'); wrap('instantiateStreaming');
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const seen = new MutationObserver(() => {
      const header = root.querySelector('.section-button');
      if (!header) return;
      seen.disconnect();
      const first = window.bench.headers.length === 0 && !measuringPaint;
      window.bench.headers.push(performance.now());
      if (first) setTimeout(() => clickUntilExpanded(header, (t) => { window.bench.interactive = t; }), 0);
    });
    seen.observe(root, { childList: true, subtree: true });
    return root;
  };
  window.clickUntilExpanded = (button, done) => {
    const watch = new MutationObserver(() => {
      if (button.getAttribute('aria-expanded') === 'true') { watch.disconnect(); done(performance.now(), clicked); }
    });
    watch.observe(button, { attributes: true, attributeFilter: ['aria-expanded'] });
    let clicked = performance.now();
    button.click();
    const retry = setInterval(() => {
      if (button.getAttribute('aria-expanded') === 'true') return clearInterval(retry);
      clicked = performance.now();
      button.click();
    }, 50);
  };`;

// What a clinic's page has below the widget: a layout shift of the widget
// moves it, as on a real page.
const CLINIC_CONTENT = `<section><h2>Book an appointment</h2>
<p>Our gynecology and orthopedics departments see patients Monday to Friday. Call the front desk or book online.</p>
<p><a href="/book">Book online</a></p><h2>Related articles</h2>
<ul><li><a href="/iud-care">Living with an IUD</a></li><li><a href="/back-pain">Lower back pain: when to see a doctor</a></li></ul>
${'<p>More of the clinic\'s own page, as long as a real one.</p>'.repeat(20)}</section>`;

const prerendered = readFileSync(path.join(here, '..', 'dist', VERSION_FOLDER, `${SHOWN_TOPIC}.html`), 'utf8');
const page = (candidate, widgetOrigin, count) => `<!doctype html><html lang="en" data-tag="${candidate.tag}"><head><meta charset="utf-8">
<title>bench</title><link rel="icon" href="data:,"><script>${PROBE}</script></head><body><main><h1>Benchmark</h1>
${candidate.prerendered
    ? prerendered.replaceAll(`${PLACEHOLDER_BASE}${VERSION_FOLDER}/`, `${widgetOrigin}/${candidate.dir}/`)
    : `<script async src="${widgetOrigin}/${candidate.dir}/${candidate.script}"></script>
${`<${candidate.tag}></${candidate.tag}>`.repeat(count)}`}
${CLINIC_CONTENT}</main></body></html>`;

const widgetServer = await startServer({ root: WWW, cors: true });
const pages = new Map();
const pageName = (candidate) => candidate.dir + (candidate.prerendered ? '-prerendered' : '');
for (const candidate of CANDIDATES) {
  pages.set(`/${pageName(candidate)}.html`, page(candidate, widgetServer.origin, 1));
  pages.set(`/${pageName(candidate)}-busy.html`, page(candidate, widgetServer.origin, WIDGETS_ON_BUSY_PAGE));
}
const hostServer = await startServer({ root: WWW, pages });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function load(candidate, busy) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } }); // a cold cache every time
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${hostServer.origin}/${pageName(candidate)}${busy ? '-busy' : ''}.html`);
  const expected = busy ? WIDGETS_ON_BUSY_PAGE : 1;
  await tab.waitForFunction((n) => window.bench.headers.length === n && window.bench.interactive !== null, expected, { timeout: 30000 });
  const result = { firstHeader: await tab.evaluate(() => window.bench.headers[0]), interactive: await tab.evaluate(() => window.bench.interactive) };
  if (busy) {
    result.allRendered = await tab.evaluate(() => Math.max(...window.bench.headers));
  } else {
    await tab.waitForTimeout(200);
    result.click = await tab.evaluate((tag) => new Promise((resolve) => {
      const button = document.querySelector(tag).shadowRoot.querySelectorAll('.section-button')[2];
      window.clickUntilExpanded(button, (expandedAt, clickedAt) => resolve(expandedAt - clickedAt));
    }), candidate.tag);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await tab.evaluate(() => window.bench.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
    result.memory = usedSize + wasm;
  }
  await context.close();
  return result;
}

// A load with no clicks: when the first header was visible, and the layout
// shift from navigation until 2 s after it (the takeover included).
async function paintLoad(candidate) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(`${hostServer.origin}/${pageName(candidate)}.html?paint`, { waitUntil: 'commit' });
  await tab.waitForFunction(() => window.bench && window.bench.visible !== null, null, { timeout: 30000 });
  await tab.waitForTimeout(2000);
  const result = await tab.evaluate(() => ({ visible: window.bench.visible, shift: window.bench.shift }));
  await context.close();
  return result;
}

const samples = new Map(CANDIDATES.map((c) => [c.name, { loads: [], busy: [], paint: [] }]));
for (let round = 0; round < LOADS; round++) {
  // Alternate the order, so no candidate always goes first after the others warmed the machine.
  const order = round % 2 === 0 ? CANDIDATES : [...CANDIDATES].reverse();
  for (const candidate of order) samples.get(candidate.name).loads.push(await load(candidate, false));
  for (const candidate of order) samples.get(candidate.name).paint.push(await paintLoad(candidate));
  if (round % 3 === 0) {
    for (const candidate of order) if (!candidate.prerendered) samples.get(candidate.name).busy.push(await load(candidate, true));
  }
}
await browser.close();
await Promise.all([widgetServer.close(), hostServer.close()]);

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const stats = (values) => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9) });

const rows = CANDIDATES.map((candidate) => {
  const { loads, busy, paint } = samples.get(candidate.name);
  return {
    name: candidate.name,
    visible: stats(paint.map((l) => l.visible)),
    shift: Math.max(...paint.map((l) => l.shift)),
    brotli: candidate.files.reduce((sum, f) => sum + brotliSize(readFileSync(path.join(WWW, candidate.dir, f))), 0),
    firstHeader: stats(loads.map((l) => l.firstHeader)),
    interactive: stats(loads.map((l) => l.interactive)),
    click: stats(loads.map((l) => l.click)),
    busy: busy.length ? stats(busy.map((l) => l.allRendered)) : null,
    memory: stats(loads.map((l) => l.memory)),
  };
});

const ms = (s) => (s ? `${s.median.toFixed(1)} / ${s.p90.toFixed(1)}` : '–');
const table = [
  `| candidate | brotli | content visible ms (median / p90) | layout shift (worst) | first header ms | interactive ms | click → expanded ms | ${WIDGETS_ON_BUSY_PAGE} widgets rendered ms | JS heap + wasm memory |`,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${(r.brotli / 1024).toFixed(1)} KB | ${ms(r.visible)} | ${r.shift.toFixed(4)} | ${ms(r.firstHeader)} | ${ms(r.interactive)} | ${ms(r.click)} | ${ms(r.busy)} | ${(r.memory.median / 1048576).toFixed(2)} MB |`),
];
const [ours, prerenderedRow, vanillaRow, floor, minimalFloor] = rows;
const ratio = (key, pick = (r) => r[key].median) => `${(pick(ours) / pick(vanillaRow)).toFixed(2)}× vanilla, ${(pick(ours) / pick(floor)).toFixed(2)}× fair floor, ${(pick(ours) / pick(minimalFloor)).toFixed(2)}× minimal floor`;
const ratios = [
  `- brotli bytes: ${ratio('brotli', (r) => r.brotli)}`,
  `- content visible: ${ratio('visible')}; pre-rendered ${(prerenderedRow.visible.median / vanillaRow.visible.median).toFixed(2)}× vanilla`,
  `- first header: ${ratio('firstHeader')}`,
  `- interactive: ${ratio('interactive')}`,
  `- click → expanded: ${ratio('click')}`,
  `- ${WIDGETS_ON_BUSY_PAGE} widgets: ${ratio('busy')}`,
  `- memory: ${ratio('memory')}`,
];
const met = (ok) => (ok ? 'met' : 'NOT met');
const goals = [
  `- brotli bytes at most 1.15× the fair floor: ${(ours.brotli / floor.brotli).toFixed(2)}× (${ours.brotli} / ${floor.brotli} bytes) ${met(ours.brotli <= 1.15 * floor.brotli)}`,
  `- first header at most 1.1× the fair floor: ${(ours.firstHeader.median / floor.firstHeader.median).toFixed(2)}× ${met(ours.firstHeader.median <= 1.1 * floor.firstHeader.median)}`,
  `- click → expanded within one frame (16 ms): p90 ${ours.click.p90.toFixed(1)} ms ${met(ours.click.p90 <= 16)}`,
  `- pre-rendered content visible at most 1.0× vanilla: ${(prerenderedRow.visible.median / vanillaRow.visible.median).toFixed(2)}× ${met(prerenderedRow.visible.median <= vanillaRow.visible.median)}`,
  `- pre-rendered layout shift 0 (the page's content below the widget): ${prerenderedRow.shift.toFixed(4)} ${met(prerenderedRow.shift === 0)}`,
  `- script-tag layout shift (the same content below; nothing holds its space before its script runs, unless the host's stylesheet does): ${ours.shift.toFixed(4)}`,
];
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Chromium ${browser.version()}, ${LOADS} cold loads each (${samples.get(ours.name).busy.length} of the ${WIDGETS_ON_BUSY_PAGE}-widget page), ${new Date().toISOString().slice(0, 10)}`;
const report = [...table, '', 'Ratios (medians):', ...ratios, '', 'Goals:', ...goals, '', `Machine: ${machine}`].join('\n');
console.log(report);
mkdirSync(path.join(here, '..', 'target', 'bench'), { recursive: true });
writeFileSync(path.join(here, '..', 'target', 'bench', 'report.md'), `${report}\n`);
