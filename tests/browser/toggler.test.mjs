// embed.js's toggler of a pre-rendered box whose wasm never runs, on the one
// table of reader and host steps (tests/accordion-cases.json) that the
// widget's own state runs natively (tests/widget_state.rs): the two cannot
// drift. Each step as a reader or a page does it: a click on a header or on
// Show all, find-in-page revealing a closed panel, the element's methods.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness, openPage, hostPage, prerenderedSnippet } from './harness.mjs';

const TOPIC = JSON.parse(readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
const CAUSES = TOPIC.groups.flatMap((group) => group.causes.map((cause) => cause.id));
const { cases } = JSON.parse(readFileSync(new URL('../accordion-cases.json', import.meta.url), 'utf8'));

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** What the browser does when find-in-page matches text in a hidden="until-found" panel. */
const FIND = (id) => {
  const panel = document.querySelector('possible-causes').shadowRoot.getElementById(`${id}-panel`);
  if (!panel.hasAttribute('hidden')) return;
  panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
  panel.removeAttribute('hidden');
};

for (const testCase of cases) {
  test(`the pre-rendered toggler: ${testCase.name}`, async () => {
    const { page, record, context } = await openPage(harness);
    await page.route('**/possible-causes_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.addInitScript(() => {
      document.addEventListener('possible-causes:error', () => { window.failed = true; });
    });
    await page.goto(harness.addPage(hostPage(harness, prerenderedSnippet(harness))));
    // The wasm has failed: from here on embed.js alone answers every step.
    await page.waitForFunction(() => window.failed === true, null, { timeout: 15000 });
    const widget = page.locator('possible-causes');
    for (const step of testCase.steps) {
      const id = CAUSES[step.section];
      if (step.do === 'toggle') await widget.locator(`#${id}-header`).click();
      else if (step.do === 'show-all') await widget.locator('.show-all').click();
      else if (step.do === 'find') await page.evaluate(FIND, id);
      else await widget.evaluate((element, [method, cause]) => element[method](cause), [step.do, id]);
      assert.deepEqual(await widget.evaluate((element) => element.openSections), step.open.map((at) => CAUSES[at]),
        `${testCase.name}: after ${JSON.stringify(step)}`);
    }
    const allOpen = testCase.steps.at(-1).open.length === CAUSES.length;
    assert.equal(await widget.locator('.show-all').getAttribute('aria-expanded'), String(allOpen), 'Show all says what it will do');
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });
}
