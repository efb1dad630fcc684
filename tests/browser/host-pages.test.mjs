// Real clinic pages: their own content, strict CSP, hostile CSS, inherited
// text styles, events, SRI, privacy, double loading. Host page and widget
// are on different origins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { startHarness, openHost as openHostPage, embedScript, waitForWidgets, inlineWidget, framesDrawn, RECORD_WIDGETS } from './harness.mjs';
import { DOWNLOADED, PLACEHOLDER_BASE, VERSION_FOLDER } from '../../www/downloaded.mjs';

const TOPIC_TEXT = readFileSync(new URL('../../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8');
const topic = () => JSON.parse(TOPIC_TEXT);
const DIST = new URL('../../dist/', import.meta.url);

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

// Counts embed.js's runs in `window.embedRuns`: a classic script's load event follows its run.
const COUNT_EMBED_RUNS = () => {
  window.embedRuns = 0;
  document.addEventListener('load', (event) => { if (event.target.src?.endsWith('/embed.js')) window.embedRuns += 1; }, true);
};

const openHost = (body, options) => openHostPage(harness, body, options);

/** A widget element whose content is `json` (a value, or raw text when a string). */
const COLLECT_EVENTS = `<script>
  window.widgetEvents = [];
  for (const type of ['ready', 'toggle', 'department', 'error']) {
    document.addEventListener('possible-causes:' + type, (event) => {
      const index = [...document.querySelectorAll('possible-causes')].indexOf(event.target);
      window.widgetEvents.push({ type, index, detail: JSON.parse(JSON.stringify(event.detail)) });
    });
  }
</script>`;

const eventsOf = (page, type) => page.evaluate((t) => window.widgetEvents.filter((e) => e.type === t), type);

test('on a page with a strict CSP the widget works and violates nothing', async () => {
  const csp = `default-src 'none'; script-src ${harness.widget} 'wasm-unsafe-eval'; connect-src ${harness.widget}; style-src ${harness.widget}`;
  const { page, record, context } = await openHost(`${embedScript(harness)}<possible-causes></possible-causes>`,
    { headers: { 'Content-Security-Policy': csp } });
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation',
    (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await waitForWidgets(page, 1);
  const button = page.locator('possible-causes #uterine-contractions-header');
  await button.click();
  assert.equal(await page.locator('possible-causes #uterine-contractions-panel').isVisible(), true);
  // Styles applied: the box has the widget's border, which only its stylesheet gives.
  const border = await page.locator('possible-causes .box').evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.equal(border, 'solid');
  assert.deepEqual(violations, []);
  assert.deepEqual(record.consoleErrors.filter((e) => /Content Security Policy/i.test(e)), []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('a hostile global stylesheet changes nothing inside the widget', async () => {
  const { page, record, context } = await openHost(`${embedScript(harness)}<possible-causes></possible-causes>`, {
    head: `<style>button{display:none!important} [hidden]{display:block!important} div{display:none}
      p, h3 { color: red !important; font-size: 40px !important } a { pointer-events: none }</style>`,
  });
  await waitForWidgets(page, 1);
  const button = page.locator('possible-causes #lumbar-disc-herniation-header');
  const panel = page.locator('possible-causes #lumbar-disc-herniation-panel');
  assert.equal(await button.isVisible(), true, 'buttons stay visible');
  assert.equal(await panel.isVisible(), false, 'collapsed panels stay hidden');
  await button.click();
  assert.equal(await panel.isVisible(), true);
  const lead = await page.locator('possible-causes .lead').evaluate((el) => getComputedStyle(el).color);
  assert.notEqual(lead, 'rgb(255, 0, 0)');
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('inherited host text styles cannot make it unreadable; theme properties and the host font apply', async () => {
  const { page, context } = await openHost(`${embedScript(harness)}
    <possible-causes id="plain"></possible-causes>
    <possible-causes id="themed"></possible-causes>`, {
    head: `<style>
      body { color: #fff; background: #fff; letter-spacing: 6px; text-align: center; line-height: 4; font-family: Georgia, serif; }
      #themed { --pc-accent: rgb(128, 0, 0); --pc-text: rgb(10, 20, 30); --pc-background: rgb(250, 250, 240);
                --pc-border: rgb(0, 128, 0); --pc-radius: 0px; --pc-font-family: monospace; }
    </style>`,
  });
  await waitForWidgets(page, 2);
  const style = (id, selector, props) => page.locator(`#${id} ${selector}`).first().evaluate((el, ps) => {
    const cs = getComputedStyle(el);
    return Object.fromEntries(ps.map((p) => [p, cs.getPropertyValue(p)]));
  }, props);
  const plain = await style('plain', '.lead', ['color', 'letter-spacing', 'text-align', 'font-family', 'line-height', 'font-size']);
  assert.equal(plain.color, 'rgb(29, 36, 48)');
  assert.equal(parseFloat(plain['line-height']) / parseFloat(plain['font-size']), 1.5, 'its own line height, not the host\'s 4');
  assert.equal(plain['letter-spacing'], 'normal');
  assert.equal(plain['text-align'], 'start');
  assert.match(plain['font-family'], /Georgia/, 'font family follows the host');
  assert.equal((await style('plain', '.box', ['background-color']))['background-color'], 'rgb(255, 255, 255)');

  const themed = await style('themed', '.box', ['background-color', 'border-top-color', 'border-top-left-radius']);
  assert.deepEqual(themed, { 'background-color': 'rgb(250, 250, 240)', 'border-top-color': 'rgb(0, 128, 0)', 'border-top-left-radius': '0px' });
  assert.equal((await style('themed', '.section-button', ['color']))['color'], 'rgb(128, 0, 0)');
  const lead = await style('themed', '.lead', ['color', 'font-family']);
  assert.deepEqual(lead, { color: 'rgb(10, 20, 30)', 'font-family': 'monospace' });
  await context.close();
});

test('a host topic in inline JSON replaces the built-in one, with its own departments', async () => {
  const own = topic();
  own.id = 'clinic-back-pain';
  own.groups = [own.groups[1]];
  own.departments = {
    orthopedics: { link: 'https://clinic.example/spine' },
    gynecology: { name: "Women's health" },
  };
  const { page, record, context } = await openHost(`${COLLECT_EVENTS}${embedScript(harness)}${inlineWidget(own, 'topic="mirena-lower-back-pain"')}`);
  await waitForWidgets(page, 1);
  const titles = await page.locator('possible-causes button.section-button .section-title').allTextContents();
  assert.deepEqual(titles, ['Chronic pelvic inflammatory disease', 'Lumbar disc herniation']);
  const links = await page.locator('possible-causes .departments a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(links, [["Women's health department", `${harness.site}/departments/gynecology.html`], ['Orthopedics department', 'https://clinic.example/spine']]);
  assert.deepEqual((await eventsOf(page, 'ready')).map((e) => e.detail), [{ topic: 'clinic-back-pain' }]);
  assert.ok(record.consoleErrors.length === 0, record.consoleErrors.join('\n'));
  await context.close();
});

test('HTML and scripts inside content strings are shown as text and never run', async () => {
  const t = topic();
  t.title = '<img src=x onerror="window.pwned=1">Back pain <b>now</b>';
  t.groups[0].causes[0].title = '<script>window.pwned=2</script>Uterine contractions';
  t.groups[0].causes[0].explanation = ['</script><script>window.pwned=3</script>', '<a href="javascript:window.pwned=4">click</a>'];
  const { page, record, context } = await openHost(`${embedScript(harness)}${inlineWidget(t)}`);
  await waitForWidgets(page, 1);
  await page.locator('possible-causes #uterine-contractions-header').click();
  assert.equal(await page.locator('possible-causes [data-kind=topic-title]').innerText(), t.title);
  assert.equal(await page.locator('possible-causes #uterine-contractions-header .section-title').innerText(), t.groups[0].causes[0].title);
  const panel = await page.locator('possible-causes #uterine-contractions-panel').innerText();
  assert.ok(panel.includes('</script><script>window.pwned=3</script>'));
  const injected = await page.locator('possible-causes').evaluate((el) =>
    el.shadowRoot.querySelectorAll('img, script, b, a[href^="javascript"]').length);
  assert.equal(injected, 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('ready, toggle and department events carry their details, and the link still works', async () => {
  const { page, context } = await openHost(`${COLLECT_EVENTS}${embedScript(harness)}
    <possible-causes department-href="${harness.site}/departments/{department}.html"></possible-causes>`);
  await waitForWidgets(page, 1);
  await page.waitForFunction(() => window.widgetEvents.some((e) => e.type === 'ready'));
  assert.deepEqual((await eventsOf(page, 'ready')).map((e) => e.detail), [{ topic: 'mirena-lower-back-pain' }]);
  const header = page.locator('possible-causes #lumbar-disc-herniation-header');
  await header.click();
  await header.click();
  await header.click();
  assert.deepEqual((await eventsOf(page, 'toggle')).map((e) => e.detail), [
    { topic: 'mirena-lower-back-pain', cause: 'lumbar-disc-herniation', open: true },
    { topic: 'mirena-lower-back-pain', cause: 'lumbar-disc-herniation', open: false },
    { topic: 'mirena-lower-back-pain', cause: 'lumbar-disc-herniation', open: true },
  ]);
  // Record the event where it survives the navigation the click starts.
  await page.evaluate(() => document.addEventListener('possible-causes:department',
    (e) => sessionStorage.setItem('followed', JSON.stringify(e.detail))));
  await page.locator('possible-causes #lumbar-disc-herniation-panel a').click();
  await page.waitForURL(`${harness.site}/departments/orthopedics.html`);
  assert.deepEqual(JSON.parse(await page.evaluate(() => sessionStorage.getItem('followed'))), {
    topic: 'mirena-lower-back-pain', cause: 'lumbar-disc-herniation', department: 'orthopedics',
    href: `${harness.site}/departments/orthopedics.html`,
  });
  await context.close();
});

test('embed.js loaded twice renders each widget once, without errors', async () => {
  const { page, record, context } = await openHost(`${embedScript(harness)}<possible-causes></possible-causes>
    <script src="${harness.widget}/embed.js"></script><possible-causes></possible-causes>${embedScript(harness)}`, {
    init: COUNT_EMBED_RUNS,
  });
  await waitForWidgets(page, 2);
  await page.waitForFunction(() => window.embedRuns === 3);
  await framesDrawn(page);
  const counts = await page.locator('possible-causes').evaluateAll((els) =>
    els.map((el) => el.shadowRoot.querySelectorAll('article.possible-causes').length));
  assert.deepEqual(counts, [1, 1]);
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test('globals named like ours do not disturb it; a foreign <possible-causes> is reported, not thrown', async () => {
  const ours = await openHost(`<script>window.possibleCauses = 1; window.wasm_bindgen = 1; window.init = 1; window.mount = 1;</script>
    ${embedScript(harness)}<possible-causes></possible-causes>`);
  await waitForWidgets(ours.page, 1);
  assert.deepEqual(ours.record.pageErrors, []);
  await ours.context.close();

  const foreign = await openHost(`<script>customElements.define('possible-causes', class extends HTMLElement {});</script>
    <possible-causes></possible-causes>${embedScript(harness)}`, { init: COUNT_EMBED_RUNS });
  await foreign.page.waitForFunction(() => window.embedRuns === 1);
  await framesDrawn(foreign.page);
  assert.deepEqual(foreign.record.pageErrors, []);
  assert.ok(foreign.record.consoleErrors.some((e) => e.includes('already defined by another script')), foreign.record.consoleErrors.join('\n'));
  await foreign.context.close();
});

test('the widget sets no cookies, uses no storage and requests only its own files', async () => {
  const { page, record, context } = await openHost(`${embedScript(harness)}<possible-causes></possible-causes>`);
  await waitForWidgets(page, 1);
  await page.locator('possible-causes button.section-button').first().click();
  const widgetRequests = record.requests.filter((url) => !url.startsWith(harness.site));
  assert.deepEqual(widgetRequests.map((url) => new URL(url).pathname.slice(1)).sort(), [...DOWNLOADED].sort());
  assert.ok(widgetRequests.every((url) => url.startsWith(harness.widget)));
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
  await context.close();
});

test('on a tall screen with one line below it, the widget arriving shifts the page little (CLS < 0.1); a real page needs its space held (readers.test.mjs)', async () => {
  const { page, context } = await openHost(`${embedScript(harness)}<p>Before the widget.</p><possible-causes></possible-causes>
    <p id="after">Text after the widget, which must not jump.</p>`, { viewport: { width: 1024, height: 1400 }, init: RECORD_WIDGETS });
  await waitForWidgets(page, 1);
  await framesDrawn(page);
  const shift = await page.evaluate(() => window.shift);
  console.log(`# cumulative layout shift while loading: ${shift.toFixed(4)}`);
  assert.ok(shift < 0.1, `CLS ${shift} is not "good" (< 0.1)`);
  await context.close();
});

test('the build prints a snippet whose integrity matches embed.js, and the versioned files load with SRI', async () => {
  const folder = VERSION_FOLDER;
  const snippet = readFileSync(new URL(`${folder}/snippet.html`, DIST), 'utf8');
  const integrity = /integrity="(sha384-[^"]+)"/.exec(snippet)[1];
  const embed = readFileSync(new URL(`${folder}/embed.js`, DIST));
  assert.equal(integrity, `sha384-${createHash('sha384').update(embed).digest('base64')}`);
  assert.match(snippet, /crossorigin="anonymous"/);
  for (const name of DOWNLOADED) {
    assert.deepEqual(readFileSync(new URL(`${folder}/${name}`, DIST)), readFileSync(new URL(name, DIST)), name);
  }

  const tag = snippet.split('\n').slice(0, 2).join('\n').replace(PLACEHOLDER_BASE, `${harness.widget}/`);
  const { page, record, context } = await openHost(`${tag}<possible-causes></possible-causes>`);
  await waitForWidgets(page, 1);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

// Each file altered after the build wrote its hash: the glue with code that
// would mark the page, the wasm and the stylesheet with a changed byte.
const TAMPERED = [
  ['possible-causes.js', (body) => Buffer.concat([body, Buffer.from('\nwindow.tampered = true;\n')])],
  ['possible-causes_bg.wasm', (body) => { const copy = Buffer.from(body); copy[copy.length - 1] ^= 0xff; return copy; }],
  ['widget.css', (body) => Buffer.concat([body, Buffer.from('\n.panel{display:block!important}')])],
];

for (const [file, tamper] of TAMPERED) {
  test(`a ${file} that does not match its integrity hash is refused politely and never runs`, async () => {
    const { page, record, context } = await openHost('<possible-causes></possible-causes>');
    await page.route(`**/${file}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: tamper(Buffer.from(await response.body())) });
    });
    await page.evaluate((src) => {
      window.loadErrors = [];
      document.addEventListener('possible-causes:error', (e) => window.loadErrors.push(e.detail));
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    }, `${harness.widget}/embed.js`);
    await waitForWidgets(page, 1);
    await page.waitForFunction(() => window.loadErrors.length > 0);
    await framesDrawn(page);
    assert.match(await page.locator('possible-causes .notice').innerText(), /can't be shown/);
    assert.equal(await page.locator('possible-causes button').count(), 0, 'no widget behind the notice');
    const errors = await page.evaluate(() => window.loadErrors);
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /could not load the widget/);
    assert.deepEqual(errors[0].errors, [{ message: errors[0].message, path: '', text: errors[0].message }]);
    assert.equal(await page.evaluate(() => window.tampered), undefined, 'the altered glue did not run');
    assert.deepEqual(record.pageErrors, []);
    await context.close();
  });
}

test('a reviewed topic says when and by whom in its footer, in the widget\'s language', async () => {
  const reviewed = topic();
  reviewed.reviewed = { date: '2026-11-01', by: 'Dr. Ada Example' };
  const { page, record, context } = await openHost(`${embedScript(harness)}${inlineWidget(reviewed, 'id="en"')}${inlineWidget(reviewed, 'id="zh" lang="zh-CN"')}`);
  await waitForWidgets(page, 2);
  assert.equal(await page.locator('#en .reviewed').innerText(), 'Reviewed 1 November 2026 by Dr. Ada Example');
  assert.equal(await page.locator('#zh .reviewed').innerText(), '2026年11月1日由Dr. Ada Example审核');
  assert.equal(await page.locator('possible-causes:not([id]) .reviewed').count(), 0);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
});

test('the built-in topic claims no review: nobody here reviewed it', async () => {
  const { page, context } = await openHost(`${embedScript(harness)}<possible-causes></possible-causes>`);
  await waitForWidgets(page, 1);
  assert.equal(await page.locator('possible-causes .reviewed').count(), 0);
  await context.close();
});
