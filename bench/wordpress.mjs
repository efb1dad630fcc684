// What a page of a WordPress site costs its reader with the plugin
// (dist/wordpress/possible-causes.zip) in Debian's WordPress 6.1 and its
// default theme: requests and bytes of a post without the widget, with the
// block, and with two widgets; the HTML as served (php -S sends it
// uncompressed) and as gzip and brotli would send it. Each load is cold.
//   node bench/wordpress.mjs
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startHarness, openPage } from '../tests/browser/harness.mjs';
import { startWordPress } from '../tests/wordpress/wordpress.mjs';
import { SHOWN_TOPIC } from '../www/downloaded.mjs';

const ZIP = new URL('../dist/wordpress/possible-causes.zip', import.meta.url).pathname;
const block = `<!-- wp:possible-causes/topic {"topic":"${SHOWN_TOPIC}"} /-->`;
// Each page's content, and how many widgets it holds.
const PAGES = {
  'a post without the widget': ['<p>Opening hours: Monday to Friday.</p>', 0],
  'a post with the block': [`<p>Opening hours: Monday to Friday.</p>\n${block}`, 1],
  'a post with two widgets': [`${block}\n[possible_causes heading-level="2"]`, 2],
};
const PLUGIN_FILES = '/plugins/possible-causes/';
const kb = (bytes) => (bytes / 1024).toFixed(1);

const [harness, wordpress] = await Promise.all([startHarness(), startWordPress({ serve: true })]);
const rows = [];
try {
  wordpress.php('plugin.php', JSON.stringify({ do: 'install', zip: ZIP }));
  for (const [name, [content, widgets]] of Object.entries(PAGES)) {
    const post = wordpress.php('plugin.php', JSON.stringify({ do: 'post', role: 'author', content }));
    const { page, context } = await openPage(harness, { viewport: { width: 390, height: 844 } });
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(post.url, { waitUntil: 'load' });
    await page.waitForFunction((count) => document.querySelectorAll('possible-causes').length === count
      && [...document.querySelectorAll('possible-causes')].every((e) => e.shadowRoot?.querySelector('.possible-causes') && !e.shadowRoot.querySelector('[data-prerendered]')), widgets, { timeout: 15000 });
    const sized = await Promise.all(responses.map(async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      return { url: response.url(), bytes: body.length, brotli: brotliCompressSync(body).length };
    }));
    const html = await (await fetch(post.url)).arrayBuffer();
    const ours = sized.filter((r) => r.url.includes(PLUGIN_FILES));
    rows.push({
      name,
      requests: sized.length,
      ourRequests: ours.length,
      ourBytes: ours.reduce((n, r) => n + r.bytes, 0),
      ourBrotli: ours.reduce((n, r) => n + r.brotli, 0),
      html: html.byteLength,
      gzip: gzipSync(Buffer.from(html)).length,
      brotli: brotliCompressSync(Buffer.from(html)).length,
    });
    await context.close();
  }
} finally {
  await harness.close();
  await wordpress.stop();
}
console.log('KiB; "as served" is what php -S sent (uncompressed), brotli what a compressing server would send.\n');
console.log('| page | requests | of them the plugin\'s | the plugin\'s files, as served | the same, brotli | HTML, as served | HTML, gzip | HTML, brotli |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.name} | ${r.requests} | ${r.ourRequests} | ${kb(r.ourBytes)} | ${kb(r.ourBrotli)} | ${kb(r.html)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
