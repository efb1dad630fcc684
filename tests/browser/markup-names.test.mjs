// The markup's names that embed.js shares with the widget (src/widget/markup.rs,
// written into embed.js by the build) are the names the widget's markup
// has: each is found, by the DOM, in the server-rendered box, the live
// widget or the CMS-safe article; the two that embed.js alone writes are
// the widget stylesheet's. A rename on one side fails here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness, openHost, embedScript, waitForWidgets, prerenderedSnippet, cmsArticle } from './harness.mjs';
import { loadTool } from '../../www/build-tool.mjs';
import { DIST } from '../size.mjs';

const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((group) => group.causes).map((cause) => cause.id);
// Written by embed.js alone (the placeholder while the wasm loads, the
// notice when nothing can be shown): widget.css must style them.
const WRITTEN_BY_EMBED_JS = ['PLACEHOLDER_CLASS', 'NOTICE_CLASS'];

let harness;
let markup;
before(async () => {
  harness = await startHarness();
  ({ markup } = (await loadTool(DIST)).embedNames());
});
after(async () => { await harness?.close(); });

test('every name embed.js shares with the widget is in the widget\'s markup', async () => {
  const { page, context, record } = await openHost(harness, `<possible-causes id="live"></possible-causes>${embedScript(harness)}`);
  await waitForWidgets(page, 1);
  // The live widget with every section open and a link to copy by hand.
  await page.evaluate(() => document.getElementById('live').showAll());
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await page.locator(`#live #${CAUSES[0]}-panel`).getByRole('button', { name: 'Copy link' }).click();
  await page.locator(`#live #${CAUSES[0]}-panel .${markup.COPY_URL_CLASS}`).waitFor();
  // Every class, attribute name, data-action value and id: of the live
  // widget, and of the server's markup as a reader without script gets it
  // (parsed, no script run).
  const found = await page.evaluate(([snippet, article, { ACTION_ATTRIBUTE, ARTICLE_ATTRIBUTE }]) => {
    const parsed = Document.parseHTMLUnsafe(`${snippet}${article}`);
    const articleRoot = parsed.querySelector(`[${ARTICLE_ATTRIBUTE}]`);
    const roots = [document.getElementById('live').shadowRoot, parsed.querySelector('possible-causes').shadowRoot, articleRoot];
    // An article root of another name is not found: the names it has are then missing.
    const elements = roots.filter(Boolean).flatMap((root) => [...root.querySelectorAll('*')]).concat(articleRoot ?? []);
    return {
      classes: elements.flatMap((element) => [...element.classList]),
      attributes: elements.flatMap((element) => element.getAttributeNames()),
      actions: elements.map((element) => element.getAttribute(ACTION_ATTRIBUTE)).filter((action) => action !== null),
      ids: elements.map((element) => element.id).filter(Boolean),
    };
  }, [prerenderedSnippet(harness), cmsArticle(), markup]);

  const missing = [];
  for (const [name, value] of Object.entries(markup)) {
    if (WRITTEN_BY_EMBED_JS.includes(name)) continue;
    let present;
    if (name.endsWith('_CLASS')) present = found.classes.includes(value);
    else if (name.endsWith('_ATTRIBUTE')) present = found.attributes.includes(value);
    else if (name.startsWith('ACTION_')) present = found.actions.includes(value);
    else if (name.endsWith('_SUFFIX')) present = CAUSES.every((cause) => found.ids.includes(`${cause}${value}`));
    else assert.fail(`${name}: a name of no kind this test knows (_CLASS, _ATTRIBUTE, ACTION_, _SUFFIX)`);
    if (!present) missing.push(`${name} = "${value}"`);
  }
  assert.deepEqual(missing, [], 'names of the table that the markup does not have');

  // What embed.js alone writes, the stylesheet styles: some rule of the
  // widget's stylesheet matches a box or paragraph with the class and not
  // the same without it.
  const unstyled = await page.locator('#live').evaluate((host, [names, boxClass]) => {
    const rules = [];
    const collect = (list) => {
      for (const rule of list) {
        if (rule.selectorText) rules.push(rule.selectorText);
        if (rule.cssRules) collect(rule.cssRules);
      }
    };
    for (const sheet of host.shadowRoot.styleSheets) collect(sheet.cssRules);
    const matches = (element, selector) => { try { return element.matches(selector); } catch { return false; } };
    return names.filter((name) => {
      const tag = name === boxClass ? 'div' : 'p';
      const without = document.createElement(tag);
      const withIt = document.createElement(tag);
      withIt.className = name;
      host.shadowRoot.append(without, withIt);
      const styled = rules.some((selector) => matches(withIt, selector) && !matches(without, selector));
      without.remove();
      withIt.remove();
      return !styled;
    });
  }, [WRITTEN_BY_EMBED_JS.map((name) => markup[name]), markup.BOX_CLASS]);
  assert.deepEqual(unstyled, [], 'classes embed.js writes that widget.css does not style');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});
