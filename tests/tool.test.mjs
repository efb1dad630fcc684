// The tool from npm, as a web team without Rust has it: the packed package
// installed offline into a project of its own, run with cargo and rustc off
// PATH, gives the native tool's answers: the same bytes on stdout and stderr
// and the same exit status, for every content case, the built-in topic and
// the source article; and the possible-causes/server API agrees with both.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { installPackage, PATH_WITHOUT_RUST } from './package.mjs';
import { CASES, caseText } from './content-cases.mjs';

const root = new URL('../', import.meta.url).pathname;
const NATIVE = path.join(root, 'target/debug/possible-causes');
const TOPIC_FILE = path.join(root, 'content/topics/mirena-lower-back-pain.json');
const ARTICLES = path.join(root, 'content', 'sources');
const BASE = 'https://cdn.example/possible-causes/v0.1.0/';
const HREF = 'https://clinic.example/departments/{department}';

const ENV = { ...process.env, PATH: PATH_WITHOUT_RUST };

let project;
let server;
let cases;
before(async () => {
  assert.ok(existsSync(NATIVE), 'cargo test builds the native tool first (tests/run)');
  ({ project } = installPackage('tool'));
  server = await import(pathToFileURL(path.join(project, 'node_modules/possible-causes/server.mjs')));
  cases = path.join(project, 'cases');
  mkdirSync(cases, { recursive: true });
});

const native = (args) => spawnSync(NATIVE, args, { cwd: project, encoding: 'utf8' });
const npx = (args) => spawnSync('npx', ['--offline', '--no-install', 'possible-causes', ...args], { cwd: project, encoding: 'utf8', env: ENV });

/** The two tools' answers to `args` are the same, byte for byte; the answer. */
function sameAnswer(args, how = npx) {
  const mine = native(args);
  const theirs = how(args);
  assert.equal(theirs.stdout, mine.stdout, `stdout of ${args.join(' ')}`);
  assert.equal(theirs.stderr, mine.stderr, `stderr of ${args.join(' ')}`);
  assert.equal(theirs.status, mine.status, `status of ${args.join(' ')}`);
  return mine;
}

test('the test runs without Rust: cargo and rustc are off PATH', () => {
  for (const tool of ['cargo', 'rustc']) {
    const found = spawnSync(tool, ['--version'], { env: ENV });
    assert.equal(found.error?.code, 'ENOENT', `${tool} is not found`);
  }
});

test('npx possible-causes render prints the native snippet, byte for byte', () => {
  const topic = sameAnswer(['render', TOPIC_FILE, '--department-href', HREF, '--widget-base', BASE]);
  assert.equal(topic.status, 0);
  assert.match(topic.stdout, /^<possible-causes department-href=/);
  const builtIn = sameAnswer(['render', '--topic', 'mirena-lower-back-pain', '--widget-base', BASE, '--heading-level', '4', '--lang', 'zh-CN', '--theme', 'auto', '--loading', 'lazy']);
  assert.match(builtIn.stdout, /<h4 /);
});

test('import gives the native draft, check accepts it, and refuses a broken one naming the field', () => {
  const articles = readdirSync(ARTICLES).filter((name) => name.endsWith('.txt'));
  assert.ok(articles.length > 0);
  for (const name of articles) {
    const draft = sameAnswer(['import', path.join(ARTICLES, name)]);
    assert.equal(draft.status, 0);
    const file = path.join(cases, `draft-${name}.json`);
    writeFileSync(file, draft.stdout);
    assert.equal(sameAnswer(['check', file]).status, 0);
    const broken = path.join(cases, `broken-${name}.json`);
    writeFileSync(broken, draft.stdout.replace('"gynecology"', '"gyno"'));
    const refused = sameAnswer(['check', broken]);
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /departments\[0\]: unknown department 'gyno'/);
  }
});

test('bad input: exit status 1, nothing on stdout, a clear message, alike', () => {
  const broken = path.join(cases, 'malformed.json');
  writeFileSync(broken, '{"id": ');
  const article = path.join(cases, 'out-of-form.txt');
  writeFileSync(article, 'Just one line, not an article.\n');
  for (const args of [
    ['render', '--widget-base', 'javascript:alert(1)'],
    ['render', broken, '--widget-base', BASE],
    ['render', '--topic', 'knee-pain', '--widget-base', BASE],
    ['render', 'no-such-file.json', '--widget-base', BASE],
    ['render', cases, '--widget-base', BASE],
    ['render'],
    ['import', article],
    ['import'],
    ['bogus'],
    [],
  ]) {
    const answer = sameAnswer(args);
    assert.equal(answer.status, 1, args.join(' '));
    assert.equal(answer.stdout, '', args.join(' '));
    assert.match(answer.stderr, /^possible-causes: /, args.join(' '));
    assert.doesNotMatch(answer.stderr, /panicked|RuntimeError|unreachable/);
  }
});

test('every content case: the same problems with the same paths, and the same snippet', async () => {
  const files = CASES.map((testCase, i) => {
    const file = path.join(cases, `case-${i}.json`);
    writeFileSync(file, caseText(testCase));
    return file;
  });
  // One check of them all, as JSON and as text; then each valid one rendered.
  const inProcess = (args) => server.commandLine(args);
  for (const format of ['json', 'text']) {
    const mine = native(['check', '--format', format, ...files]);
    const theirs = await inProcess(['check', '--format', format, ...files]);
    assert.equal(theirs.stdout, mine.stdout);
    assert.equal(theirs.status, mine.status);
  }
  const problems = JSON.parse(native(['check', '--format', 'json', ...files]).stdout);
  for (const [i, testCase] of CASES.entries()) {
    const api = server.check(caseText(testCase));
    const cli = problems.filter((p) => p.file === files[i]).map(({ path: where, message }) => ({ path: where, message }));
    assert.deepEqual(api.map(({ path: where, message }) => ({ path: where, message })), cli, `${testCase.name}: check() gives the command's problems`);
    for (const problem of api) {
      assert.equal(problem.text, problem.path ? `${problem.path}: ${problem.message}` : problem.message, `${testCase.name}: each problem's line`);
    }
    const args = ['render', files[i], '--widget-base', BASE];
    const mine = native(args);
    const theirs = await inProcess(args);
    assert.deepEqual(theirs, { stdout: mine.stdout, stderr: mine.stderr, status: mine.status }, testCase.name);
  }
});

test('the server API: render, check and importArticle give the command line\'s answers', async () => {
  const text = readFileSync(TOPIC_FILE, 'utf8');
  const cli = native(['render', TOPIC_FILE, '--widget-base', BASE, '--department-href', HREF]);
  const rendered = await server.render(text, { widgetBase: BASE, departmentHref: HREF });
  assert.equal(rendered.html, cli.stdout);
  assert.ok(cli.stderr.includes(rendered.styleHash));
  // A host that loads embed.js itself (the WordPress plugin) joins the parts into the same snippet.
  const { startTag, content, script, jsonLd } = rendered.parts;
  assert.equal(`${startTag}${content}</possible-causes>\n${script}${jsonLd}`, rendered.html);
  assert.match(startTag, /^<possible-causes [^<>]*>$/);
  assert.match(script, /^<script async src="[^"]*embed\.js"[^<>]*><\/script>\n$/);
  const builtIn = await server.render('mirena-lower-back-pain', { widgetBase: BASE, headingLevel: 4 });
  assert.equal(builtIn.html, native(['render', '--topic', 'mirena-lower-back-pain', '--widget-base', BASE, '--heading-level', '4']).stdout);
  // Each department's link as the content has it: the template filled in, or the catalog's own.
  const catalog = JSON.parse(readFileSync(path.join(root, 'content/departments.json'), 'utf8'));
  for (const [parts, linkOf] of [[rendered.parts, (id) => HREF.replace('{department}', id)], [builtIn.parts, (id) => catalog[id].link]]) {
    assert.deepEqual(parts.departmentLinks, Object.fromEntries(Object.keys(catalog).map((id) => [id, linkOf(id)])));
    assert.ok(Object.values(parts.departmentLinks).every((link) => parts.content.includes(` href="${link}"`)), 'each link is in the content');
  }
  // A topic as an object is carried as its JSON.
  const own = { ...JSON.parse(text), id: 'clinic-back-pain' };
  assert.match((await server.render(own, { widgetBase: BASE })).html, /"id": "clinic-back-pain"/);

  await assert.rejects(server.render('knee-pain', { widgetBase: BASE }), (error) => {
    assert.equal(error.name, 'PossibleCausesError');
    assert.deepEqual(error.problems.map((p) => p.path), ['@topic']);
    return true;
  });
  await assert.rejects(server.render(text, { widgetBase: BASE, colour: 'red' }), /unknown field `colour`/);
    await assert.rejects(server.render(text, {}), /widgetBase: is required/);
  await assert.rejects(server.render(text, { widgetBase: BASE, snippet: 'amp' }), /snippet: takes 'prerendered' or 'cms', not 'amp'/);
  await assert.rejects(server.render(text, { widgetBase: BASE, open: 3 }), /invalid type/);

  assert.deepEqual(server.check(text), []);
  assert.deepEqual(server.check({ ...JSON.parse(text), reviewed: { date: '2999-01-01', by: 'Nobody yet' } }).map((p) => p.path), ['reviewed.date']);
  const departments = JSON.parse(readFileSync(path.join(root, 'content/departments.json'), 'utf8'));
  assert.deepEqual(server.check(text, { departments }), []);
  delete departments.orthopedics;
  assert.ok(server.check(text, { departments }).some((p) => /unknown department 'orthopedics'/.test(p.message)));

  const [article] = readdirSync(ARTICLES).filter((name) => name.endsWith('.txt'));
  const source = path.join(ARTICLES, article);
  const draft = server.importArticle(readFileSync(source, 'utf8'));
  const imported = native(['import', source]);
  assert.equal(draft.ok, true);
  assert.equal(draft.json, imported.stdout);
  assert.deepEqual(draft.confirm.map((point) => `  - ${point}`), imported.stderr.trim().split('\n').slice(1));
  const outOfForm = server.importArticle('A question?\n');
  assert.equal(outOfForm.ok, false);
  assert.ok(outOfForm.line > 0 && outOfForm.problems[0].startsWith(`line ${outOfForm.line}:`));
});
