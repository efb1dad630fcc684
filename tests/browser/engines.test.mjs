// In Chromium, Firefox and WebKit (Safari's engine): where scripting is on but
// embed.js never arrives (a content blocker, a CDN outage, a policy that
// blocks the widget's origin), every section of the pre-rendered snippet
// still opens and closes by a click, and so does every section of the
// CMS-safe article on a page with no script at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness, hostPage, prerenderedSnippet, cmsArticle } from './harness.mjs';
import { withFirefox, withWebKit } from './engines.mjs';
import { SHOWN_TOPIC } from '../../www/downloaded.mjs';

const TOPIC = JSON.parse(readFileSync(new URL(`../../content/topics/${SHOWN_TOPIC}.json`, import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((group) => group.causes);
const ARTICLE = cmsArticle();

let harness;
let pages;
before(async () => {
  harness = await startHarness();
  // The snippet as pasted, but its embed.js never arrives.
  const blocked = prerenderedSnippet(harness).replace('/embed.js"', '/blocked-by-the-reader/embed.js"');
  assert.notEqual(blocked, prerenderedSnippet(harness));
  pages = {
    prerendered: harness.addPage(hostPage(harness, `${blocked}<p>After.</p>`)),
    article: harness.addPage(hostPage(harness, `${ARTICLE}<p>After.</p>`)),
  };
});
after(async () => { await harness?.close(); });

// Run in the page: the sections' disclosures, and whether each one's first
// paragraph can be seen (in the widget's shadow root, or the article).
const SECTIONS = (where) => {
  const root = where === 'prerendered' ? document.querySelector('possible-causes').shadowRoot : document;
  return [...root.querySelectorAll('details')];
};
const SHOWING = `(where) => (${SECTIONS})(where).map((section) => section.querySelector('p').checkVisibility())`;
const SUMMARY = `(where, index) => (${SECTIONS})(where)[index].querySelector('summary')`;

/** Opens each section in turn by a click, then closes the first again. */
async function opensAndCloses(engine, where) {
  await engine.goto(pages[where]);
  const showing = () => engine.evaluate(SHOWING, where);
  assert.deepEqual(await showing(), CAUSES.map(() => false), `${engine.name}, ${where}: every section starts closed`);
  for (const [index] of CAUSES.entries()) {
    await engine.click(SUMMARY, where, index);
    assert.deepEqual(await showing(), CAUSES.map((_, at) => at <= index), `${engine.name}, ${where}: a click opens section ${index + 1}`);
  }
  await engine.click(SUMMARY, where, 0);
  assert.deepEqual(await showing(), CAUSES.map((_, at) => at > 0), `${engine.name}, ${where}: and closes it`);
}

/** Playwright's Chromium in the same three verbs as the other engines. */
async function withChromium(use) {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  try {
    await use({
      name: 'Chromium',
      goto: (url) => page.goto(url),
      evaluate: (fn, ...args) => page.evaluate(`(${fn}).apply(null, ${JSON.stringify(args)})`),
      async click(pick, ...args) {
        const element = await page.evaluateHandle(`(${pick}).apply(null, ${JSON.stringify(args)})`);
        await element.asElement().click();
      },
    });
  } finally {
    await context.close();
  }
}

for (const [name, using] of [['Chromium', withChromium], ['Firefox', withFirefox], ['WebKit', withWebKit]]) {
  test(`${name}: with embed.js blocked, every pre-rendered section opens and closes by a click; so does every section of the CMS-safe article`, async () => {
    await using(async (engine) => {
      await opensAndCloses(engine, 'prerendered');
      await opensAndCloses(engine, 'article');
    });
  });
}
