// The CMS-safe article through the sanitizers rich-text fields run, as their
// projects ship them: DOMPurify with its defaults keeps every element and
// attribute of it, and the widget takes it over; sanitize-html with its
// defaults, and configured as Drupal's "Basic HTML" text format, drop
// <details>, classes and data-*: the article still reads in order with its
// links, and nothing of code shows. (WordPress's KSES: tests/wordpress.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sanitizeHtml from 'sanitize-html';
import { startHarness, openHost, embedScript, STRUCTURE, cmsArticle } from './harness.mjs';
import { SHOWN_TOPIC } from '../../www/downloaded.mjs';

const require = createRequire(import.meta.url);
const DOMPURIFY = readFileSync(require.resolve('dompurify/dist/purify.min.js'), 'utf8');
const TOPIC = JSON.parse(readFileSync(new URL(`../../content/topics/${SHOWN_TOPIC}.json`, import.meta.url), 'utf8'));
const ARTICLE = cmsArticle();

// Drupal's standard profile, text format "Basic HTML" (filter_html's allowed_html).
const DRUPAL_BASIC_HTML = {
  allowedTags: ['br', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'cite', 'dl', 'dt', 'dd', 'a', 'blockquote', 'ul', 'ol', 'strong', 'em', 'code', 'li', 'img'],
  allowedAttributes: {
    a: ['hreflang', 'href'], blockquote: ['cite'], ul: ['type'], ol: ['type', 'start'],
    h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
    img: ['src', 'alt', 'data-entity-type', 'data-entity-uuid', 'data-align', 'data-caption', 'width', 'height'],
  },
};

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** The article's text in reading order: the topic's, each cause's and the footer's. */
const READING_ORDER = [
  TOPIC.title, TOPIC.lead,
  ...TOPIC.groups.flatMap((group) => [group.title, ...group.causes.flatMap((cause) => [
    cause.title, ...cause.explanation, ...(cause.care ?? []), ...(cause.medications ? [cause.medications.context, ...cause.medications.names] : []),
  ])]),
  TOPIC.advice, TOPIC.disclaimer, TOPIC.source.title,
];


test('DOMPurify with its defaults keeps the article whole, and the widget takes it over', async () => {
  const { page, record, context } = await openHost(harness, '<div id="field"></div>');
  await page.evaluate(DOMPURIFY);
  await page.evaluate(STRUCTURE);
  const [before, after, purified] = await page.evaluate((html) => {
    const clean = window.DOMPurify.sanitize(html);
    return [window.structure(html), window.structure(clean), clean];
  }, ARTICLE);
  assert.deepEqual(after, before, 'the same elements, attributes and text');
  // A rich-text field shows what it kept; a site's embed.js then finds it.
  await page.evaluate(([html, script]) => {
    document.getElementById('field').innerHTML = html;
    document.addEventListener('possible-causes:ready', () => { window.ready = true; });
    const embed = document.createRange().createContextualFragment(script);
    document.body.append(embed);
  }, [purified, embedScript(harness)]);
  await page.waitForFunction(() => window.ready === true, null, { timeout: 15000 });
  assert.equal(await page.locator('#field [data-possible-causes]').count(), 0);
  await page.locator(`possible-causes #${TOPIC.groups[0].causes[0].id}-header`).click();
  assert.deepEqual(await page.locator('possible-causes').evaluate((e) => e.openSections), [TOPIC.groups[0].causes[0].id]);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

for (const [name, options] of [['sanitize-html with its defaults', undefined], ["sanitize-html as Drupal's Basic HTML", DRUPAL_BASIC_HTML]]) {
  test(`${name}: the article reads in order with its links, and no code shows`, async () => {
    const clean = sanitizeHtml(ARTICLE, options);
    assert.doesNotMatch(clean, /<details|data-pc/, 'what it drops, it dropped');
    const { page, record, context } = await openHost(harness, `${clean}${embedScript(harness)}<p>After.</p>`);
    const text = await page.locator('main').innerText();
    let at = 0;
    for (const line of READING_ORDER) {
      const found = text.indexOf(line, at);
      assert.ok(found >= at, `"${line}" after what comes before it`);
      at = found + line.length;
    }
    for (const code of ['{', '}', 'data-pc', '&quot;', '<', 'possible-causes']) {
      assert.ok(!text.includes(code), `no ${code} shows`);
    }
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.href));
    assert.ok(links.some((href) => href.includes('gynecology')), links.join(' '));
    // With nothing to read the topic from, embed.js leaves it as it is.
    await page.waitForFunction(() => customElements.get('possible-causes'), null, { timeout: 15000 });
    assert.equal(await page.locator('possible-causes').count(), 0);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });
}
