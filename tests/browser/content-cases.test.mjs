// The one table of content cases (tests/content-cases.json) on the release
// build in Chromium, each case as a host's inline JSON, and generated topics
// after them: bad content gives the notice, one console error per problem
// with its path, one error event, nothing thrown into the page, and the
// other widgets on the page keep working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openHost, embedScript, waitForWidgets, inlineWidget } from './harness.mjs';
import { CASES, caseText } from '../content-cases.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const COLLECT_EVENTS = `<script>
  window.widgetEvents = [];
  for (const type of ['ready', 'error']) {
    document.addEventListener('possible-causes:' + type, (event) => {
      const index = [...document.querySelectorAll('possible-causes')].indexOf(event.target);
      window.widgetEvents.push({ type, index, detail: JSON.parse(JSON.stringify(event.detail)) });
    });
  }
</script>`;

/** Opens one page with a widget per text and a healthy built-in widget last. */
async function openWidgets(texts) {
  const opened = await openHost(harness, `${COLLECT_EVENTS}${texts.map((text) => inlineWidget(text)).join('\n')}
    <possible-causes id="healthy"></possible-causes>${embedScript(harness)}`);
  await waitForWidgets(opened.page, texts.length + 1);
  await opened.page.waitForFunction((n) => window.widgetEvents.length >= n, texts.length + 1);
  const events = await opened.page.evaluate(() => window.widgetEvents);
  return { ...opened, events };
}

async function assertHealthyWidgetWorks(page) {
  const button = page.locator('#healthy button.section-button').first();
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
}

test('every case of the table gives its problems in the browser, as natively', async () => {
  const { page, record, context, events } = await openWidgets(CASES.map(caseText));
  for (const [index, testCase] of CASES.entries()) {
    const mine = events.filter((e) => e.index === index);
    const widget = page.locator('possible-causes').nth(index);
    if (testCase.problems.length === 0) {
      assert.deepEqual(mine.map((e) => e.type), ['ready'], testCase.name);
      continue;
    }
    assert.deepEqual(mine.map((e) => e.type), ['error'], `${testCase.name}: one error event`);
    const { detail } = mine[0];
    assert.equal(detail.errors.length, testCase.problems.length, `${testCase.name}: ${JSON.stringify(detail.errors)}`);
    for (const [i, problem] of testCase.problems.entries()) {
      const error = detail.errors[i];
      assert.equal(error.path, problem.path, testCase.name);
      assert.ok(error.message.includes(problem.message), `${testCase.name}: expected '${problem.message}' in '${error.message}'`);
      assert.equal(error.text, error.path ? `${error.path}: ${error.message}` : error.message, testCase.name);
      assert.ok(record.consoleErrors.includes(`possible-causes: ${error.text}`), `${testCase.name}: console lacks "${error.text}"`);
    }
    assert.deepEqual({ message: detail.message, path: detail.path }, { message: detail.errors[0].message, path: detail.errors[0].path }, testCase.name);
    assert.match(await widget.locator('.notice').innerText(), /can't be shown/, testCase.name);
    assert.equal(await widget.locator('button, a').count(), 0, testCase.name);
  }
  const problems = CASES.reduce((n, c) => n + c.problems.length, 0);
  assert.equal(record.consoleErrors.filter((e) => e.startsWith('possible-causes: ')).length, problems, 'one console error per problem');
  await assertHealthyWidgetWorks(page);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

// A small seeded generator (mulberry32), so a failure can be replayed.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELD_NAMES = ['id', 'lang', 'title', 'groups', 'causes', 'explanation', 'care', 'medications', 'names',
  'departments', 'source', 'url', 'name', 'link', 'x', '__proto__', 'constructor'];
const LEAVES = [null, true, 0, -1.5, 1e308, '', ' ', 'gynecology', 'javascript:alert(1)', 'a-b', 'zh-CN',
  '\u0000', '</script>', '\ud83d\ude00', [], {}];

function generatedTopic(next, base) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const value = (depth) => {
    const r = next();
    if (depth > 2 || r < 0.6) return pick(LEAVES);
    if (r < 0.8) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick(FIELD_NAMES), value(depth + 1)]));
  };
  const topic = JSON.parse(base);
  for (let changes = 1 + Math.floor(next() * 3); changes > 0; changes--) {
    // Walk down to a random node, then replace, delete or add one of its fields.
    let node = topic;
    for (let depth = 0; depth < 6; depth++) {
      const keys = Object.keys(node);
      const child = node[pick(keys)];
      if (!keys.length || typeof child !== 'object' || child === null || next() < 0.2) break;
      node = child;
    }
    const keys = Object.keys(node);
    const key = keys.length && next() < 0.7 ? pick(keys) : pick(FIELD_NAMES);
    if (next() < 0.2 && !Array.isArray(node)) delete node[key];
    else node[key] = value(0);
  }
  return JSON.stringify(topic);
}

test('generated topics give an error or a widget, never a trap, and the page keeps working', async () => {
  const base = caseText(CASES[0]);
  const next = random(20261201);
  const texts = Array.from({ length: 80 }, () => generatedTopic(next, base));
  texts.push('{"id":', '"a string"', '123', 'null', '[]', `${base.slice(0, 200)}`);
  const { page, record, context, events } = await openWidgets(texts);
  for (const [index, text] of texts.entries()) {
    const mine = events.filter((e) => e.index === index);
    assert.equal(mine.length, 1, `one event for ${text.slice(0, 300)}`);
    if (mine[0].type === 'error') {
      assert.ok(mine[0].detail.errors.length > 0);
      for (const error of mine[0].detail.errors) {
        assert.equal(typeof error.path, 'string');
        assert.ok(error.message.length > 0);
      }
    }
  }
  const outcomes = events.filter((e) => e.index < texts.length).map((e) => e.type);
  console.log(`# generated topics: ${outcomes.filter((t) => t === 'ready').length} shown, ${outcomes.filter((t) => t === 'error').length} refused`);
  await assertHealthyWidgetWorks(page);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});
