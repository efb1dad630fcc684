// possible-causes/server: the tool's commands for build tools (a static-site
// generator's shortcode, a CMS's build step) in Node 20 and later, with no
// Rust on the machine: the same Rust as the command-line tool, compiled to
// wasm (the crate beside this file). Types: server.d.ts.
import { readFileSync } from 'node:fs';
import * as tool from './tool/tool.mjs';

tool.initSync({ module: readFileSync(new URL('./tool/tool_bg.wasm', import.meta.url)) });

/** Thrown by `render` when the topic or the options break a rule; `problems` has them all. */
export class PossibleCausesError extends Error {
  constructor(problems) {
    super(problems.map((p) => p.text).join('\n'));
    this.name = 'PossibleCausesError';
    this.problems = problems;
  }
}

/** A topic's JSON text: text as it is, an object as JSON. */
const jsonText = (topic) => (typeof topic === 'string' ? topic : JSON.stringify(topic, null, 2));

/** A topic given by id (a built-in one) or as JSON (text or an object). */
function topicOptions(topic) {
  if (topic === undefined || topic === null) return {};
  if (typeof topic === 'string' && !topic.trimStart().startsWith('{')) return { topic };
  return { topicJson: jsonText(topic) };
}

/**
 * The pre-rendered snippet of `topic` (a built-in id, or a topic as JSON text
 * or object) and the hash its inline stylesheet needs in a page's
 * Content-Security-Policy (`style-src`), and the snippet in its parts; with `snippet: 'cms'`, the topic as
 * an article of plain HTML for a rich-text field.
 */
export async function render(topic, options = {}) {
  const { headingLevel, ...rest } = options ?? {};
  const level = headingLevel === undefined ? {} : { headingLevel: String(headingLevel) };
  const answer = await tool.render({ ...rest, ...level, ...topicOptions(topic) });
  if (answer.problems.length > 0) throw new PossibleCausesError(answer.problems);
  // The plain article (snippet: 'cms') has no stylesheet to allow.
  return answer.styleHash == null ? { html: answer.html } : { html: answer.html, styleHash: answer.styleHash, parts: answer.parts };
}

/**
 * Every problem of a topic (JSON text or an object) by the widget's rules and
 * `check`'s one more (no review date in the future), against the built-in
 * departments or `departments` (a catalog as JSON text or object). `[]` when
 * there is none.
 */
export function check(topic, { departments } = {}) {
  return tool.check(jsonText(topic), departments === undefined ? undefined : jsonText(departments));
}

/**
 * An article in the fixed plain-text form to a draft topic and the points an
 * editor must confirm, or the line where it departs from the form.
 */
export function importArticle(article) {
  const answer = tool.importArticle(String(article));
  return answer.topic === undefined || answer.topic === null
    ? { ok: false, line: answer.line, problems: answer.problems }
    : { ok: true, json: answer.topic, topic: JSON.parse(answer.topic), confirm: answer.confirm };
}

/** A file's bytes, or Node's error code for the tool to put in words. */
function readForTool(path) {
  try {
    return readFileSync(path);
  } catch (error) {
    return error.code ?? String(error.message);
  }
}

/** The command line (`possible-causes render …`) as the native tool runs it: what it prints and its exit status. */
export async function commandLine(args) {
  const outcome = await tool.run(args.map(String), readForTool);
  return { stdout: outcome.stdout, stderr: outcome.stderr.map((line) => `${line}\n`).join(''), status: outcome.failed ? 1 : 0 };
}
