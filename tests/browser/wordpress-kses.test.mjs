// The CMS-safe article in a real WordPress (Debian's 6.1, tests/wordpress/):
// saved as a post by an Author and by a Contributor, whose HTML WordPress
// filters (KSES), it is kept whole; on the reader's page (the_content:
// wpautop, wptexturize) the widget takes it over and reads the same topic,
// but for WordPress's curly apostrophes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness, openHost, embedScript, STRUCTURE, cmsArticle } from './harness.mjs';
import { startWordPress } from '../wordpress/wordpress.mjs';
import { SHOWN_TOPIC } from '../../www/downloaded.mjs';

const TOPIC_TEXT = readFileSync(new URL(`../../content/topics/${SHOWN_TOPIC}.json`, import.meta.url), 'utf8');
const ARTICLE = cmsArticle();

let harness;
let wordpress;
before(async () => {
  [harness, wordpress] = await Promise.all([startHarness(), startWordPress()]);
});
after(async () => {
  await harness?.close();
  await wordpress?.stop();
});


// As the classic editor saves it, and as the block editor's Custom HTML block does.
const IN_A_CUSTOM_HTML_BLOCK = (html) => `<!-- wp:html -->\n${html}<!-- /wp:html -->`;

for (const [role, wrap] of [['author', null], ['contributor', null], ['author', IN_A_CUSTOM_HTML_BLOCK]]) {
  const who = role === 'author' ? 'an Author' : 'a Contributor';
  test(`saved by ${who}${wrap ? ' in a Custom HTML block' : ''} through KSES, the article is kept whole and becomes the widget on the reader's page`, async () => {
    const post = wordpress.php('save-post.php', wrap ? wrap(ARTICLE) : ARTICLE, { POSSIBLE_CAUSES_ROLE: role });
    if (wrap) {
      assert.ok(post.saved.startsWith('<!-- wp:html -->') && post.saved.trimEnd().endsWith('<!-- /wp:html -->'), 'the block is kept');
      post.saved = post.saved.replace('<!-- wp:html -->', '').replace('<!-- /wp:html -->', '');
    }
    assert.equal(post.filtered, true, `WordPress filters an ${role}'s HTML`);
    const { page, record, context } = await openHost(harness, `<div class="entry-content">${post.shown}</div>${embedScript(harness)}`);
    await page.evaluate(STRUCTURE);
    const [written, saved] = await page.evaluate(([a, b]) => [window.structure(a), window.structure(b)], [ARTICLE, post.saved]);
    assert.deepEqual(saved, written, 'KSES kept every element, attribute and word');
    await page.waitForFunction(() => document.querySelector('possible-causes')?.shadowRoot?.querySelector('.possible-causes')
      && !document.querySelector('[data-possible-causes]'), null, { timeout: 15000 });
    const read = await page.locator('possible-causes > script[type="application/json"]').textContent();
    const curly = (text) => text.replaceAll("'", '\u2019');
    assert.deepEqual(JSON.parse(read), JSON.parse(curly(TOPIC_TEXT)), 'the topic, with wptexturize\'s apostrophes');
    const button = page.locator('possible-causes button.section-button').first();
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  });
}
