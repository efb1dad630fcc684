// wp-admin's Topics screen: the editors' page in a frame, saving what it
// made, and rendering again the site's topics an older version made. The markup is made
// here, by the tool's wasm, since PHP cannot run the renderer; WordPress
// stores it only from users it lets post unfiltered HTML.
import init, { check, render, departmentToken, wordsFor } from '../widget/tool/tool.mjs';
import { renderRecord } from './records.mjs';

const config = JSON.parse(document.getElementById('possible-causes-config').textContent);
const status = document.getElementById('possible-causes-status');
const say = (text, kind = '') => {
  const line = document.createElement('p');
  line.textContent = text;
  line.className = kind;
  status.replaceChildren(line);
};

await init();

/** Sends `body` to the plugin's REST route `path` with the user's nonce. */
async function send(path, method, body) {
  const response = await fetch(config.rest + path, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': config.nonce },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.message ?? `${response.status} ${response.statusText}`);
  return answer;
}

const recordOf = (json) => renderRecord({ render, departmentToken, wordsFor }, json, { ...config.render, builtIn: false });

/** The site's topics an older version of the plugin made, made again. */
async function renderStale() {
  const stale = config.records.filter((record) => record.stale);
  if (stale.length === 0 || !config.canStore) return;
  say(`Updating ${stale.length} ${stale.length === 1 ? 'topic' : 'topics'} for this version of the plugin…`);
  for (const record of stale) await send('topics', 'POST', await recordOf(record.json));
  say('Every topic is up to date.', 'ok');
}

/** The Topics screen's editor: the editors' page in a frame; Save stores what it holds. */
function editTopic(frame) {
  const field = (id) => frame.contentDocument.getElementById(id);
  const ready = () => frame.contentDocument?.documentElement.dataset.ready !== undefined;
  const start = () => {
    field('department-href').value = config.departmentHref;
    field('widget-base').value = config.render.widgetBase;
    if (config.editing) {
      field('topic').value = config.editing;
      field('topic').dispatchEvent(new Event('input'));
    }
  };
  // The frame's module sets data-ready once the tool runs.
  const waitReady = () => (ready() ? start() : new MutationObserver((_, observer) => {
    if (ready()) { observer.disconnect(); start(); }
  }).observe(frame.contentDocument.documentElement, { attributes: true }));
  // Before its page loads, the frame holds about:blank, complete too.
  const loaded = frame.contentDocument?.URL.startsWith('http') && frame.contentDocument.readyState === 'complete';
  if (loaded) waitReady();
  else frame.addEventListener('load', waitReady, { once: true });

  document.getElementById('possible-causes-save').addEventListener('click', async () => {
    const json = field('topic').value;
    const problems = json.trim() === '' ? [{ text: 'The topic is empty: make a draft or paste its JSON in the editor above.' }] : check(json);
    if (problems.length > 0) {
      say(`Not saved: ${problems.map((problem) => problem.text).join('; ')}`, 'refused');
      return;
    }
    try {
      say('Saving…');
      const { id } = await send('topics', 'POST', await recordOf(json));
      say(`Saved. Authors can now place “${id}” with the Possible causes block or [possible_causes topic="${id}"].`, 'ok');
    } catch (error) {
      say(`Not saved: ${error.message}`, 'refused');
    }
  });
}

try {
  const frame = document.getElementById('possible-causes-editor');
  if (frame) editTopic(frame);
  await renderStale();
} catch (error) {
  say(`The topics could not be updated: ${error.message}`, 'refused');
}
