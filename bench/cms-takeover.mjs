// The CMS-safe article taken over by the widget (dist/v<version>/<topic>.cms.html):
// how far the page below it moves when embed.js replaces it, as Cumulative
// Layout Shift counts it (not what follows a reader's input), on a page with
// the browser's own styles and on the demo clinic site's stylesheet, at a
// phone's and a laptop's width; and how long after the page's first byte the
// widget stands in its place. Each load is cold, with the widget's files 300
// ms away (a CDN's round trip on a phone).
//   node bench/cms-takeover.mjs [loads per case, default 10]
import { readFileSync } from 'node:fs';
import { startHarness, openPage, hostPage, embedScript, delayWidgetOrigin, cmsArticle } from '../tests/browser/harness.mjs';

const LOADS = Number(process.argv[2] || 10);
const ARTICLE = cmsArticle();
const SITE_CSS = readFileSync(new URL('../www/site/site.css', import.meta.url), 'utf8');
const HOSTS = {
  "the browser's own styles": '',
  "the demo clinic site's stylesheet": `<style>${SITE_CSS}</style>`,
};
// A phone's and a laptop's screen, and each as tall as it takes to see the page
// below the article, whose moves are what the shift counts.
const VIEWPORTS = [{ width: 390, height: 844 }, { width: 390, height: 1800 }, { width: 1024, height: 768 }, { width: 1024, height: 1400 }];

const PROBE = () => {
  window.shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('possible-causes:ready', () => {
    // The takeover shows the widget in the task after ready; measured on the next frame.
    requestAnimationFrame(() => { window.takenOver = performance.now(); });
  });
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const harness = await startHarness();
const rows = [];
try {
  for (const [hostName, head] of Object.entries(HOSTS)) {
    for (const viewport of VIEWPORTS) {
      const shifts = [];
      const times = [];
      for (let load = 0; load < LOADS; load += 1) {
        const { page, context } = await openPage(harness, { viewport });
        await page.addInitScript(PROBE);
        await delayWidgetOrigin(harness, page, 300);
        const body = `<p>A clinic's introduction above the article.</p>${ARTICLE}${embedScript(harness)}
          <h2>Below the article</h2><p>${'What the clinic wrote below, which must not jump. '.repeat(20)}</p>`;
        await page.goto(harness.addPage(hostPage(harness, body, { head })));
        await page.waitForFunction(() => window.takenOver !== undefined, null, { timeout: 20000 });
        await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
        shifts.push(await page.evaluate(() => window.shift));
        times.push(await page.evaluate(() => window.takenOver));
        await context.close();
      }
      rows.push({ host: hostName, viewport: `${viewport.width}×${viewport.height}`, median: median(shifts), worst: Math.max(...shifts), takeover: median(times) });
    }
  }
} finally {
  await harness.close();
}

console.log(`CMS-safe article taken over by the widget: ${LOADS} cold loads each, widget files 300 ms away\n`);
console.log('| host page | viewport | layout shift, median | worst | widget in place, median ms |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(`| ${row.host} | ${row.viewport} | ${row.median.toFixed(4)} | ${row.worst.toFixed(4)} | ${Math.round(row.takeover)} |`);
}
