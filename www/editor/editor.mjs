// The editors' page: the tool (the same Rust as `possible-causes import`,
// `check` and `render`, compiled to wasm) run in the tab, and the real widget
// for the preview. Nothing leaves the tab; what the page shows of the topic
// it writes as text, never as HTML.
import init, { check, importArticle, render } from '../tool/tool.mjs';

const $ = (id) => document.getElementById(id);
const article = $('article');
const topic = $('topic');

try {
  await init();
} catch (error) {
  // Opened from a file, the browser will not load modules or wasm: say what to do.
  const notice = document.createElement('p');
  notice.className = 'refused';
  notice.setAttribute('role', 'alert');
  notice.textContent = `The editor could not start (${error?.message ?? error}). Open it from a web server, not as a file: any static one will do, such as python3 -m http.server in the package's folder.`;
  document.querySelector('main').prepend(notice);
  throw error;
}

/** An element with `text`, for lists and messages. */
function line(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Inline JSON for a <script type="application/json">: `</` cannot end it. */
const inlineJson = (text) => text.replaceAll('</', '<\\/');

function makeDraft() {
  const status = $('draft-status');
  const answer = importArticle(article.value);
  if (answer.topic === undefined || answer.topic === null) {
    const lines = article.value.split('\n');
    const at = answer.line == null ? undefined : lines[answer.line - 1];
    status.replaceChildren(line('p', 'This article departs from the form, so no draft was made:', 'refused'),
      ...answer.problems.map((problem) => line('p', problem, 'refused')),
      ...(at === undefined ? [] : [line('p', `Line ${answer.line} reads: “${at.trim()}”`)]));
    article.focus();
    if (at !== undefined) {
      const start = lines.slice(0, answer.line - 1).join('\n').length + (answer.line > 1 ? 1 : 0);
      article.setSelectionRange(start, start + at.length);
    }
    return;
  }
  topic.value = answer.topic;
  const points = document.createElement('ul');
  points.append(...answer.confirm.map((point) => line('li', point)));
  status.replaceChildren(line('p', 'Draft made (below, in 2). Before publishing it, confirm each of these against the article:', 'ok'), points);
  checkTopic();
}

let checked = '';
let checks = 0;

/** Lists the topic's problems with their paths; previews it once it has none. */
function checkTopic() {
  const text = topic.value;
  if (text === checked) return;
  checked = text;
  const summary = $('problems-summary');
  const list = $('problem-list');
  const problems = text.trim() === '' ? null : check(text);
  const valid = problems?.length === 0;
  if (problems === null) {
    summary.textContent = 'No topic yet.';
    summary.className = '';
    list.replaceChildren();
  } else {
    summary.textContent = problems.length === 0
      ? 'No problems: the topic passes every rule.'
      : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:`;
    summary.className = problems.length === 0 ? 'ok' : 'problem';
    list.replaceChildren(...problems.map((p) => {
      const item = document.createElement('li');
      if (p.path) item.append(line('code', p.path), ': ');
      item.append(p.message);
      return item;
    }));
  }
  // How many texts were checked: a test knows when the list is this text's.
  $('problems').dataset.checks = String(++checks);
  $('download').disabled = !valid;
  $('copy-snippet').disabled = !valid;
  $('copy-article').disabled = !valid;
  if (valid) preview(text);
  const previewed = document.querySelector('#preview possible-causes') !== null;
  $('preview-note').textContent = !valid && previewed ? 'This is the last version without problems; the topic has changed since.' : '';
}

function preview(text) {
  const element = document.createElement('possible-causes');
  const href = $('department-href').value.trim();
  if (href) element.setAttribute('department-href', href);
  const json = document.createElement('script');
  json.type = 'application/json';
  json.textContent = inlineJson(text);
  element.append(json);
  $('preview').replaceChildren(element);
}

function download() {
  const text = topic.value;
  const name = `${JSON.parse(text).id}.json`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text.endsWith('\n') ? text : `${text}\n`], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/** Copies the topic's snippet of `kind` (the tool's `--snippet`: `prerendered` or `cms`). */
async function copySnippet(kind) {
  const status = $('snippet-status');
  const answer = await render({
    topicJson: topic.value,
    widgetBase: $('widget-base').value.trim(),
    departmentHref: $('department-href').value.trim() || undefined,
    snippet: kind,
  });
  if (answer.problems.length > 0) {
    $('snippet').value = '';
    status.replaceChildren(line('p', 'No snippet yet:', 'refused'),
      ...answer.problems.map((p) => line('p', p.text, 'refused')));
    return;
  }
  $('snippet').value = answer.html;
  try {
    await navigator.clipboard.writeText(answer.html);
    status.replaceChildren(line('p', kind === 'cms'
      ? 'Article copied: paste it where the field takes HTML as it is (in WordPress, a Custom HTML block; elsewhere the HTML or source view).'
      : `Snippet copied. On a page with a Content-Security-Policy, its stylesheet needs style-src '${answer.styleHash}'.`, 'ok'));
  } catch {
    status.replaceChildren(line('p', 'This browser would not copy it: select it below and copy it.'));
  }
}

let typing;
topic.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(checkTopic, 200);
});
$('department-href').addEventListener('change', () => { checked = ''; checkTopic(); });
$('make-draft').addEventListener('click', makeDraft);
$('article-file').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  if (!file) return;
  article.value = await file.text();
  makeDraft();
});
$('download').addEventListener('click', download);
$('copy-snippet').addEventListener('click', () => copySnippet('prerendered'));
$('copy-article').addEventListener('click', () => copySnippet('cms'));
document.documentElement.dataset.ready = '';
checkTopic();
