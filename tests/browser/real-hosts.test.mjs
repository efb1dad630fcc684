// Host pages as clinic sites are really built. On each, the widget renders
// every section, a click expands one, its text is never smaller than the
// host's body text (nor 16 px), and nothing is thrown into the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness, openPage, hostPage, embedScript } from './harness.mjs';

const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((group) => group.causes);

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const WIDGET = () => `${embedScript(harness)}<possible-causes></possible-causes>`;

// Each host, and why it is here.
const HOSTS = [
  {
    name: 'a WordPress theme with a 62.5% root',
    why: 'several widely used themes set html { font-size: 62.5% } and their body text back to 1.6rem: 1rem is 10 px there',
    page: () => hostPage(harness, WIDGET(), { head: '<style>html { font-size: 62.5% } body { font-size: 1.6rem }</style>' }),
  },
  {
    name: 'a right-to-left page',
    why: 'clinics in Arabic, Hebrew or Persian embed the English topic in a right-to-left page',
    page: () => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عيادة</title></head><body><main><h1>عيادة</h1>${WIDGET()}</main></body></html>`,
  },
  {
    name: 'a hash-routed single-page app',
    why: 'many clinic portals route with #/path: the widget is removed and added again as views change, and #/… is not a section',
    page: () => hostPage(harness, `${embedScript(harness)}<nav><a id="to-contact" href="#/contact">Contact</a> <a id="to-article" href="#/article">Article</a></nav><div id="view"></div>
      <script>
        const views = { '#/article': '<possible-causes></possible-causes>', '#/contact': '<p>Call us.</p>' };
        const show = () => { document.getElementById('view').innerHTML = views[location.hash] || views['#/article']; };
        addEventListener('hashchange', show); show();
      </script>`),
    async before(page) {
      await page.locator('#to-contact').click();
      await page.locator('#to-article').click();
    },
  },
  {
    name: 'a reader whose browser default font size is 20 px',
    why: 'readers with low vision raise the default size; the widget must follow it',
    page: () => hostPage(harness, WIDGET()),
    async setup(context, page) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    },
    minimum: 20,
  },
  {
    name: '200% zoom on a 1280 px screen',
    why: 'zooming halves the page\'s width in CSS pixels and doubles the pixels per CSS pixel (WCAG 1.4.4 and 1.4.10)',
    page: () => hostPage(harness, WIDGET()),
    context: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  },
  {
    name: 'an old CMS theme',
    why: 'table layouts, <font> and <center>, small Verdana body text and global rules for buttons, headings and links',
    page: () => hostPage(harness, `<table width="100%"><tr><td width="180">Menu</td><td><center><font face="Verdana" size="2">${WIDGET()}</font></center></td></tr></table>`, {
      head: `<style>body { font: 11px/1.1 Verdana, sans-serif; text-align: center } button { background: #c00 !important; color: #fff !important; font-size: 9px !important }
        h1, h2, h3, h4 { text-transform: uppercase; letter-spacing: 3px } a { color: #f0f !important } * { box-sizing: content-box }</style>`,
    }),
  },
  {
    name: 'a page with strict security headers',
    why: 'hospital sites send a Content-Security-Policy that allows the widget\'s origin and wasm, no referrer, nosniff and no clipboard',
    page: () => hostPage(harness, WIDGET()),
    headers: () => ({
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${harness.widget} 'wasm-unsafe-eval'; style-src 'self' ${harness.widget}; connect-src ${harness.widget}; img-src 'self' data:`,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Permissions-Policy': 'clipboard-write=()',
    }),
  },
  {
    name: 'a CMS preview in a sandboxed frame',
    why: 'editors see the page in a sandboxed iframe (an opaque origin) before it is published',
    page: () => hostPage(harness, `<iframe id="preview" sandbox="allow-scripts" style="width: 800px; height: 1200px" srcdoc="${hostPage(harness, WIDGET()).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`),
    frame: '#preview',
  },
];

for (const host of HOSTS) {
  test(`${host.name}: the widget renders, expands, stays legible and throws nothing (${host.why})`, async () => {
    const { page, record, context } = await openPage(harness, host.context ?? {});
    await host.setup?.(context, page);
    await page.goto(harness.addPage(host.page(), host.headers?.() ?? {}));
    await host.before?.(page);
    const root = host.frame ? page.frameLocator(host.frame) : page;
    const headers = root.locator('possible-causes button.section-button');
    await headers.nth(CAUSES.length - 1).waitFor({ timeout: 15000 });
    assert.equal(await headers.count(), CAUSES.length);
    await headers.nth(2).click();
    assert.equal(await headers.nth(2).getAttribute('aria-expanded'), 'true');
    const panelText = root.locator(`possible-causes #${CAUSES[2].id}-panel p`).first();
    assert.equal(await panelText.isVisible(), true);
    const sizes = await panelText.evaluate((p) => {
      const host = p.getRootNode().host;
      return { text: parseFloat(getComputedStyle(p).fontSize), around: parseFloat(getComputedStyle(host.parentElement).fontSize), overflow: host.getBoundingClientRect().right > document.documentElement.clientWidth + 1 };
    });
    const minimum = Math.max(host.minimum ?? 16, sizes.around);
    assert.ok(sizes.text >= minimum, `panel text ${sizes.text} px, at least ${minimum} px`);
    assert.equal(sizes.overflow, false, 'no sideways scrolling');
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });
}
