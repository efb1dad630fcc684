// The checked-in JSON Schemas agree with the widget's rules on every case of
// tests/content-cases.json: the schema refuses each case the rules refuse,
// unless the case says why a schema cannot judge it, and accepts the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { CASES, caseText } from './content-cases.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(`../content/${path}`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validTopic = ajv.compile(read('topic.schema.json'));
const validDepartments = ajv.compile(read('departments.schema.json'));

test('every built-in topic and the departments match their schemas', () => {
  const files = readdirSync(new URL('../content/topics/', import.meta.url)).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 1);
  for (const file of files) {
    assert.ok(validTopic(read(`topics/${file}`)), `${file}: ${ajv.errorsText(validTopic.errors)}`);
  }
  assert.ok(validDepartments(read('departments.json')), ajv.errorsText(validDepartments.errors));
});

for (const testCase of CASES) {
  const refused = testCase.problems.length > 0 && !testCase.beyond_schema;
  test(`the topic schema ${refused ? 'refuses' : 'accepts'} ${testCase.name}`, () => {
    let topic;
    try {
      topic = JSON.parse(caseText(testCase));
    } catch {
      assert.ok(refused, 'malformed JSON is a problem of its own');
      return;
    }
    const valid = validTopic(topic);
    assert.equal(valid, !refused, valid ? 'accepted' : ajv.errorsText(validTopic.errors));
  });
}
