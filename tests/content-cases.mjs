// Reads tests/content-cases.json, the one table of content cases, for the
// JavaScript tests (tests/content_rules.rs reads it natively).
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const table = JSON.parse(readFileSync(new URL('tests/content-cases.json', root), 'utf8'));
const baseText = readFileSync(new URL(table.base, root), 'utf8');

/** Follows a JSON Pointer to the parent of its last step: [parent, key]. */
function parentOf(value, pointer) {
  const steps = pointer.split('/').slice(1);
  const key = steps.pop();
  const parent = steps.reduce((node, step) => {
    if (!(step in node)) throw new Error(`${pointer}: no ${step}`);
    return node[step];
  }, value);
  return [parent, key];
}

/** The case's JSON text: its raw `text`, or the base topic with its changes. */
export function caseText(testCase) {
  if (typeof testCase.text === 'string') return testCase.text;
  const topic = JSON.parse(baseText);
  for (const change of testCase.changes) {
    if ('set' in change) {
      const [parent, key] = parentOf(topic, change.set);
      parent[key] = change.to;
    } else {
      const [parent, key] = parentOf(topic, change.remove);
      if (!(key in parent)) throw new Error(`${change.remove} is not there to remove`);
      delete parent[key];
    }
  }
  return JSON.stringify(topic);
}

export const CASES = table.cases;
