// The WordPress plugin (dist/wordpress/possible-causes.zip) in a real
// WordPress (Debian's 6.1, tests/wordpress/), served by `php -S` and read in
// headless Chromium: installed from its zip, placed by an Author with the
// block and the shortcode, read by an anonymous reader before and after any
// script, configured by an Administrator, given a topic of the site's own
// on the Topics screen, attacked through its attributes and REST routes,
// and uninstalled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHarness, openPage, axeViolations, framesDrawn, embedRan, RECORD_WIDGETS } from './harness.mjs';
import { startWordPress } from '../wordpress/wordpress.mjs';
import { SHOWN_TOPIC, VERSION } from '../../www/downloaded.mjs';
import { check, render } from '../../dist/npm/server.mjs';
import { CASES } from '../content-cases.mjs';

const ZIP = new URL('../../dist/wordpress/possible-causes.zip', import.meta.url).pathname;
const ARTICLE = readFileSync(new URL('../../content/sources/mirena-lower-back-pain.en.txt', import.meta.url), 'utf8');
const TOPIC_TEXT = readFileSync(new URL(`../../content/topics/${SHOWN_TOPIC}.json`, import.meta.url), 'utf8');
const TOPIC = JSON.parse(TOPIC_TEXT);
const CAUSES = TOPIC.groups.flatMap((group) => group.causes);

let harness;
let wordpress;
before(async () => {
  [harness, wordpress] = await Promise.all([startHarness(), startWordPress({ serve: true })]);
});
after(async () => {
  await harness?.close();
  await wordpress?.stop();
});

const run = (command) => wordpress.php('plugin.php', JSON.stringify(command));
const publish = (role, content) => run({ do: 'post', role, content });
const block = (attributes) => `<!-- wp:possible-causes/topic ${JSON.stringify(attributes)} /-->`;

/** The element and its JSON-LD as `render` makes them for `options`, as the plugin writes them. */
async function rendered(topic, options) {
  const { parts } = await render(topic, { widgetBase: 'https://unused.example/', ...options });
  return `${parts.startTag}${parts.content}</possible-causes>\n${parts.jsonLd}`;
}

/** Counts the page's alert() calls: a hostile attribute that ran would make one. */
const COUNT_ALERTS = () => {
  window.dialogs = 0;
  window.alert = () => { window.dialogs += 1; };
};

/** Opens `url` as an anonymous reader; resolves once every widget on it said ready or error. */
async function read(url, widgets) {
  const opened = await openPage(harness, { viewport: { width: 390, height: 844 }, init: [RECORD_WIDGETS, COUNT_ALERTS] });
  opened.page.on('dialog', (dialog) => { opened.record.pageErrors.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  await opened.page.goto(url);
  await opened.page.waitForFunction((count) => window.widgetEvents.filter((e) => e.type !== 'toggle').length === count, widgets, { timeout: 15000 });
  await framesDrawn(opened.page);
  return opened;
}

/**
 * A browser context logged in as `role` (with the cookies wp-login.php would
 * set, made by WordPress), on the wp-admin page `screen`.
 */
async function logIn(role, screen) {
  const opened = await openPage(harness);
  const cookies = run({ do: 'session', role });
  await opened.context.addCookies(cookies.map((cookie) => ({ ...cookie, url: wordpress.origin })));
  await opened.page.goto(`${wordpress.origin}/wp-admin/${screen}`);
  return opened;
}

// The plugin's own screen in wp-admin; axe's findings in WordPress's menus and bar are WordPress's.
const WRAP = '#wpbody-content .wrap';

/** What the plugin's wp-admin script said last, once it says it is done or refused. */
async function saidDone(page) {
  const said = page.locator('#possible-causes-status p.ok, #possible-causes-status p.refused');
  await said.waitFor({ timeout: 30000 });
  return { kind: await said.getAttribute('class'), text: await said.textContent() };
}

const widgetFiles = (requests) => requests.filter((url) => url.includes('/plugins/possible-causes/'));

test('the zip is a plugin WordPress installs as any other: its header, readme and uninstaller, PHP that parses', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'possible-causes-plugin-'));
  try {
    execFileSync('unzip', ['-q', ZIP, '-d', folder]);
    const plugin = path.join(folder, 'possible-causes');
    const files = readdirSync(plugin, { recursive: true });
    for (const file of files.filter((name) => name.endsWith('.php'))) {
      execFileSync('php', ['-l', path.join(plugin, file)], { stdio: 'pipe' });
    }
    for (const needed of ['possible-causes.php', 'readme.txt', 'uninstall.php', 'block.json', 'widget/embed.js', 'widget/possible-causes_bg.wasm', 'widget/editor/index.html', 'widget/tool/tool_bg.wasm']) {
      assert.ok(files.includes(needed), needed);
    }
    const readme = readFileSync(path.join(plugin, 'readme.txt'), 'utf8');
    assert.match(readme, new RegExp(`^Stable tag: ${VERSION.replaceAll('.', '\\.')}$`, 'm'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const installed = run({ do: 'install', zip: ZIP });
  assert.equal(installed.active, true);
  assert.equal(installed.plugin.Version, VERSION);
  assert.equal(installed.plugin.RequiresWP, '6.1');
  assert.equal(installed.plugin.RequiresPHP, '8.2');
});

let blockPost;
let shortcodePost;
test('an Author\'s and a Contributor\'s block and shortcode posts hold the widget exactly as render makes it, before any script', async () => {
  blockPost = publish('author', block({ topic: SHOWN_TOPIC, open: CAUSES[1].id }));
  shortcodePost = publish('author', `<p>Before the widget.</p>\n[possible_causes heading-level="2" lang="zh-CN" theme="dark"]\n<p>After the widget.</p>`);
  const blockHtml = await (await fetch(blockPost.url)).text();
  assert.ok(blockHtml.includes(await rendered(SHOWN_TOPIC, { open: CAUSES[1].id })), 'the block: render --open');
  const shortcodeHtml = await (await fetch(shortcodePost.url)).text();
  assert.ok(shortcodeHtml.includes(await rendered(SHOWN_TOPIC, { headingLevel: 2, lang: 'zh-CN', theme: 'dark' })), 'the shortcode: render --heading-level 2 --lang zh-CN --theme dark');
  // A Contributor's post (published here by WordPress's function, which asks no capability) keeps both through KSES.
  const contributor = publish('contributor', `${block({ topic: SHOWN_TOPIC, 'heading-level': '4' })}\n[possible_causes open="${CAUSES[0].id}"]`);
  const contributorHtml = await (await fetch(contributor.url)).text();
  assert.ok(contributorHtml.includes(await rendered(SHOWN_TOPIC, { headingLevel: 4 })), 'a Contributor\'s block');
  assert.ok(contributorHtml.includes(await rendered(SHOWN_TOPIC, { open: CAUSES[0].id })), 'a Contributor\'s shortcode');
  for (const html of [blockHtml, shortcodeHtml, contributorHtml]) {
    const scripts = html.match(/<script[^>]*embed\.js[^>]*>/g);
    assert.equal(scripts.length, 1, 'embed.js once');
    assert.match(scripts[0], / async /);
    assert.match(scripts[0], /integrity="sha384-[^"]+"/);
  }
});

test('a reader gets the whole topic without JavaScript, and the widget with it: no shift, a click opens, no console error', async () => {
  const context = await harness.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(blockPost.url);
  const widget = page.locator('possible-causes');
  await widget.locator(`details#${CAUSES[0].id} > summary`).click();
  assert.equal(await widget.getByText(CAUSES[0].explanation[0]).isVisible(), true, 'a section opens without script');
  assert.equal(await widget.getByText(CAUSES[1].explanation[0]).isVisible(), true, 'the section the Author opened is open');
  await context.close();

  for (const post of [blockPost, shortcodePost]) {
    const { page: reader, record, context: readerContext } = await read(post.url, 1);
    assert.deepEqual(await reader.evaluate(() => window.widgetEvents.map((e) => e.type)), ['ready']);
    assert.equal(await reader.evaluate(() => window.shift), 0, 'no layout shift through the takeover');
    const header = reader.locator(`possible-causes #${CAUSES[0].id}-header`);
    await header.click();
    assert.equal(await header.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
    assert.equal(widgetFiles(record.requests).filter((url) => url.endsWith('/embed.js')).length, 1);
    await readerContext.close();
  }
});

test('a page without the widget requests none of its files', async () => {
  const plain = publish('author', '<p>Opening hours: Monday to Friday.</p>');
  for (const url of [`${wordpress.origin}/`, plain.url]) {
    const { page, record, context } = await openPage(harness);
    await page.goto(url);
    await framesDrawn(page);
    assert.deepEqual(widgetFiles(record.requests), [], url);
    assert.deepEqual(record.consoleErrors, []);
    await context.close();
  }
});

test('the shortcode takes department_href for department-href: the page links there before any script, and the widget after', async () => {
  const post = publish('author', '[possible_causes department_href="/clinic/{department}/"]');
  const html = await (await fetch(post.url)).text();
  assert.ok(html.includes(await rendered(SHOWN_TOPIC, { departmentHref: '/clinic/{department}/' })), 'render --department-href');
  const { page, record, context } = await read(post.url, 1);
  assert.equal(await page.evaluate(() => window.shift), 0, 'the takeover moves nothing');
  const links = await page.locator('possible-causes .departments a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  assert.ok(links.length > 0 && links.every((href) => /^\/clinic\/(gynecology|orthopedics)\/$/.test(href)), links.join());
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

/** Every link the content cases give (a `url` or a `link`, set alone or inside an object). */
function caseLinks() {
  const links = [];
  const collect = (key, value) => {
    if (typeof value === 'string') {
      if (key === 'url' || key === 'link') links.push(value);
    } else if (value && typeof value === 'object') {
      for (const [inner, innerValue] of Object.entries(value)) collect(inner, innerValue);
    }
  };
  for (const change of CASES.flatMap((testCase) => testCase.changes ?? [])) {
    if ('set' in change) collect(change.set.split('/').pop(), change.to);
  }
  return links;
}

test('the shortcode\'s own text-* words: the page holds them before any script, and the widget takes over with no shift', async () => {
  const words = { textShow: 'Mostrar', textWhy: 'Por qué & "cómo"', textDepartmentLink: 'Servicio de {name}' };
  const attributes = Object.entries(words).map(([option, word]) => `${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}='${word}'`).join(' ');
  const post = publish('author', `[possible_causes lang="zh-CN" ${attributes}]`);
  assert.match(post.saved, /&amp;/, 'WordPress keeps the & of an Author\'s post as &amp;');
  const html = await (await fetch(post.url)).text();
  assert.ok(html.includes(await rendered(SHOWN_TOPIC, { lang: 'zh-CN', ...words })), 'render --lang zh-CN --text-…');
  const { page, record, context } = await read(post.url, 1);
  assert.equal(await page.evaluate(() => window.shift), 0, 'the takeover moves nothing');
  const catalog = JSON.parse(readFileSync(new URL('../../content/departments.json', import.meta.url), 'utf8'));
  assert.equal(await page.locator('possible-causes .departments a').first().textContent(), `Servicio de ${catalog[CAUSES[0].departments[0]].name}`);
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
});

test('the plugin refuses the department link templates the widget refuses, and only those', async () => {
  const templates = [
    ...caseLinks(),
    '/clinic/{department}/', 'https://{department}.clinic.example/', 'java{department}:alert(1)', '{department}:x',
    'https://clinic.example/a\u00a0b', 'https://clinic.example/\u2028', '\\\\evil.example/{department}', '?dept={department}#x:y',
  ].filter((template) => template !== ''); // An empty template means none: neither refuses it.
  assert.ok(templates.length >= 20, `${templates.length} templates`);
  const widget = [];
  for (const template of templates) {
    const refused = await render(TOPIC_TEXT, { widgetBase: 'https://unused.example/', departmentHref: template }).then(() => false, () => true);
    widget.push([template, refused]);
  }
  const plugin = run({ do: 'link problems', links: templates }).map((problem, i) => [templates[i], problem !== null]);
  assert.deepEqual(plugin, widget);
  assert.ok(widget.some(([, refused]) => refused) && widget.some(([, refused]) => !refused), 'some of each');
});

test('the block editor: an Author chooses the topic, heading level and open section, sees the real widget, and publishes', async () => {
  const { page, context, record } = await logIn('author', 'post-new.php');
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType('possible-causes/topic'), null, { timeout: 20000 });
  await page.evaluate(() => {
    const { data, blocks } = window.wp;
    if (data.select('core/edit-post').isFeatureActive('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    data.dispatch('core/editor').editPost({ title: 'Back pain after an IUD' });
    data.dispatch('core/block-editor').insertBlocks(blocks.createBlock('possible-causes/topic'));
  });
  const placed = page.locator('.wp-block-possible-causes-topic');
  await placed.getByLabel('Topic').selectOption(SHOWN_TOPIC);
  const preview = placed.locator('possible-causes');
  await preview.locator(`#${CAUSES[0].id}-header`).click();
  assert.equal(await preview.locator(`#${CAUSES[0].id}-header`).getAttribute('aria-expanded'), 'true', 'the preview is the real widget');
  const settings = page.locator('.interface-complementary-area');
  await settings.getByLabel('Heading level of each cause').selectOption('2');
  await settings.getByLabel(CAUSES[2].title).check();
  await page.waitForFunction((level) => document.querySelector('.wp-block-possible-causes-topic possible-causes')?.getAttribute('heading-level') === level, '2');
  const url = await page.evaluate(async () => {
    const { data } = window.wp;
    data.dispatch('core/editor').editPost({ status: 'publish' });
    await data.dispatch('core/editor').savePost();
    return data.select('core/editor').getPermalink();
  });
  // The editor's own requests (its welcome picture, templates an Author may not read) are WordPress's.
  assert.deepEqual(record.consoleErrors.filter((error) => /possible-causes/.test(error)), []);
  assert.deepEqual(record.pageErrors, []);
  await context.close();
  const html = await (await fetch(url)).text();
  assert.ok(html.includes(await rendered(SHOWN_TOPIC, { headingLevel: 2, open: CAUSES[2].id })), 'render --heading-level 2 --open');
});

test('Settings: an Administrator sets the department links, language and theme; readers get them at once, before any script', async () => {
  const { page, context, record } = await logIn('admin', 'options-general.php?page=possible-causes-settings');
  assert.deepEqual(await axeViolations(page, WRAP), [], 'axe: the settings page');
  const save = async (settings) => {
    for (const [field, value] of Object.entries(settings)) {
      const control = page.locator(`#possible-causes-${field}`);
      if (await control.evaluate((e) => e.localName) === 'select') await control.selectOption(value);
      else await control.fill(value);
    }
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  };
  // A link with characters an attribute escapes: the page's is the renderer's, byte for byte.
  const links = '/departments/{department}/?from="widget"&lang=<en>';
  await save({ department_href: links, lang: 'zh-CN', theme: 'dark' });
  const html = await (await fetch(blockPost.url)).text();
  assert.ok(html.includes(await rendered(SHOWN_TOPIC, { open: CAUSES[1].id, departmentHref: links, lang: 'zh-CN', theme: 'dark' })), 'render --department-href --lang zh-CN --theme dark');
  await save({ department_href: '/departments/{department}/', lang: '', theme: '' });
  assert.deepEqual(record.consoleErrors, []);
  await context.close();
  const after = await (await fetch(blockPost.url)).text();
  assert.ok(after.includes(await rendered(SHOWN_TOPIC, { open: CAUSES[1].id, departmentHref: '/departments/{department}/' })), 'render --department-href');
});

test('department links changed without the Settings screen (WP-CLI, an options import) hold on the next page', async () => {
  const before = '/departments/{department}/';
  const changed = '/clinic/{department}.html';
  run({ do: 'settings', settings: { department_href: changed } });
  const html = await (await fetch(blockPost.url)).text();
  assert.ok(html.includes(await rendered(SHOWN_TOPIC, { open: CAUSES[1].id, departmentHref: changed })), 'render --department-href, the new links');
  // As the tests that follow expect it.
  run({ do: 'settings', settings: { department_href: before } });
});

let siteTopic;
let siteTopicPost;
test('the Topics screen: an Editor makes a topic from an article by keyboard, saves it, and an Author places it', async () => {
  const { page, context, record } = await logIn('editor', 'admin.php?page=possible-causes');
  assert.deepEqual(await axeViolations(page, WRAP), [], 'axe: the list of topics');
  await page.click('text=Add a topic');
  assert.deepEqual(await axeViolations(page, WRAP), [], 'axe: the editor screen');
  const editor = page.frameLocator('#possible-causes-editor');
  await editor.locator('html[data-ready]').waitFor();
  await editor.locator('#article').focus();
  await page.keyboard.insertText(ARTICLE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await editor.locator('#problems-summary', { hasText: 'No problems' }).waitFor();
  siteTopic = JSON.parse(await editor.locator('#topic').inputValue());
  await page.focus('#possible-causes-save');
  await page.keyboard.press('Enter');
  assert.match((await saidDone(page)).text, /^Saved\./);
  assert.deepEqual(record.consoleErrors, []);
  await page.goto(`${wordpress.origin}/wp-admin/admin.php?page=possible-causes`);
  const row = page.locator('tr', { has: page.locator('td code', { hasText: siteTopic.id }) });
  const exported = await Promise.all([page.waitForEvent('download'), row.getByText('Export JSON').click()]).then(([download]) => download.path());
  assert.deepEqual(check(readFileSync(exported, 'utf8')), [], 'the export is a topic check accepts');
  assert.deepEqual(JSON.parse(readFileSync(exported, 'utf8')), siteTopic);
  await context.close();

  siteTopicPost = publish('author', `[possible_causes topic="${siteTopic.id}"]`);
  const html = await (await fetch(siteTopicPost.url)).text();
  assert.ok(html.includes(await rendered(JSON.stringify(siteTopic, null, 2), { departmentHref: '/departments/{department}/' })), 'render TOPIC.json');
  const { page: reader, context: readerContext, record: readerRecord } = await read(siteTopicPost.url, 1);
  assert.equal(await reader.evaluate(() => window.shift), 0);
  assert.deepEqual(readerRecord.consoleErrors, []);
  await readerContext.close();
});

test('a site topic an older version rendered: wp-admin tells whoever may render it again, and the Topics screen does', async () => {
  const stale = '#possible-causes-stale';
  const current = await rendered(JSON.stringify(siteTopic, null, 2), { departmentHref: '/departments/{department}/' });
  const aged = run({ do: 'age topic', id: siteTopic.id });
  assert.notEqual(aged.version, VERSION);
  assert.ok(!(await (await fetch(siteTopicPost.url)).text()).includes(current), 'readers get the old record');
  const author = await logIn('author', 'index.php');
  assert.equal(await author.page.locator('#wpbody-content').count(), 1, 'the dashboard');
  assert.equal(await author.page.locator(stale).count(), 0, 'an Author cannot render it again, so is not told');
  await author.context.close();
  const admin = await logIn('admin', 'index.php');
  const notice = admin.page.locator(stale);
  assert.match(await notice.textContent(), /^1 possible-causes topic was rendered by another version of the plugin/);
  await Promise.all([admin.page.waitForURL(/page=possible-causes$/), notice.getByRole('link').click()]);
  assert.deepEqual(await saidDone(admin.page), { kind: 'ok', text: 'Every topic is up to date.' });
  assert.equal(await admin.page.locator(stale).count(), 0, 'not on the screen that renders it');
  await admin.page.goto(`${wordpress.origin}/wp-admin/index.php`);
  await admin.page.locator('#wpbody-content').waitFor();
  assert.equal(await admin.page.locator(stale).count(), 0, 'gone once it is rendered again');
  assert.ok((await (await fetch(siteTopicPost.url)).text()).includes(current), 'render TOPIC.json');
  assert.deepEqual(admin.record.consoleErrors, []);
  await admin.context.close();
});

test('hostile attributes run nothing, are escaped, and leave the other widget on the page working', async () => {
  const hostile = [
    '[possible_causes department_href="javascript:alert(1)"]',
    '[possible_causes department-href="java\tscript:alert(2)"]',
    `[possible_causes topic='"><script>alert(3)</script>']`,
    `[possible_causes text-show='" onmouseover="alert(4)']`,
    block({ topic: '"><img src=x onerror=alert(5)>' }),
    `[possible_causes open='x" onmouseover="alert(6)']`,
  ].join('\n');
  for (const role of ['author', 'admin']) {
    const post = publish(role, `${hostile}\n[possible_causes]`);
    const { page, record, context } = await read(post.url, 7);
    assert.equal(await page.evaluate(() => window.dialogs), 0);
    assert.equal(await page.locator('img[src="x"], possible-causes img').count(), 0, `${role}: no element made of an attribute`);
    // Each widget whose topic is unknown shows the widget's notice, with its error event; the rest work without what was left out.
    const events = await page.evaluate(() => window.widgetEvents);
    const known = (topic) => topic === null || topic === SHOWN_TOPIC;
    const unknownTopics = await page.locator('possible-causes').evaluateAll((all) => all.map((e) => e.getAttribute('topic')));
    assert.ok(unknownTopics.filter((topic) => !known(topic)).length >= 1, `${role}: the block's topic stays unknown`);
    for (const event of events) assert.equal(event.type, known(event.topic) ? 'ready' : 'error', `${role}: ${JSON.stringify(event)}`);
    const words = page.locator('possible-causes[text-show]');
    assert.equal(await words.getAttribute('text-show'), '" onmouseover="alert(4)');
    assert.equal(await words.locator('.section-toggle-label').first().textContent(), '" onmouseover="alert(4)', 'text, never HTML');
    assert.equal(await page.locator('[onmouseover], [onerror]').count(), 0);
    assert.equal(await page.locator('.possible-causes-problems').count(), 0, 'readers are not told what an editor left out');
    const links = await page.locator('possible-causes .departments a').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(links.every((href) => href.startsWith(wordpress.origin)), 'no javascript: link');
    const last = page.locator('possible-causes').last().locator(`#${CAUSES[0].id}-header`);
    await last.click();
    assert.equal(await last.getAttribute('aria-expanded'), 'true', 'the other widget works');
    assert.deepEqual(record.pageErrors, []);
    await context.close();
    if (role === 'author') {
      const { page: own, context: ownContext } = await logIn('author', 'index.php');
      await own.goto(post.url);
      const told = await own.locator('.possible-causes-problems li').allTextContents();
      assert.ok(told.some((line) => line.startsWith('department-href: javascript: links are not allowed')), told.join('\n'));
      assert.ok(told.some((line) => line.startsWith('open: the topic has no cause')), told.join('\n'));
      await ownContext.close();
    }
  }
});

test('the REST routes ask for the capability and the nonce', async () => {
  const route = `${wordpress.origin}/?rest_route=/possible-causes/v1/topics`;
  assert.equal((await fetch(route, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })).status, 401, 'anonymous');
  const { page, context } = await logIn('author', 'admin.php?page=possible-causes');
  const nonce = await page.evaluate(() => JSON.parse(document.getElementById('possible-causes-config').textContent).nonce);
  const post = (headers) => page.evaluate(async ([url, extra]) => (await fetch(url, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', ...extra } })).status, [route, headers]);
  assert.equal(await post({ 'X-WP-Nonce': nonce }), 403, 'an Author may not store markup');
  assert.equal(await post({}), 401, 'no nonce: not logged in');
  assert.equal(await page.locator('text=Add a topic').count(), 0);
  await context.close();
});

test('uninstalling removes the plugin\'s options and topics', () => {
  const before = run({ do: 'state' });
  assert.ok(before.options.length > 0 && before.topics > 0, JSON.stringify(before));
  assert.equal(run({ do: 'uninstall' }).deleted, true);
  assert.deepEqual(run({ do: 'state' }), { options: [], topics: 0, meta: 0, folder: false });
});
