// The checked-in JSON Schemas accept the built-in content and refuse what the
// Rust validator refuses, so editors' tools and the widget agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';

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

const base = () => read('topics/mirena-lower-back-pain.json');
const broken = {
  'a missing title': (t) => { delete t.title; },
  'an unknown field': (t) => { t.groups[0].causes[0].dose = '200 mg'; },
  'a list given as text': (t) => { t.groups[0].causes[0].explanation = 'text'; },
  'an id that is not kebab-case': (t) => { t.groups[0].id = 'Non Disease'; },
  'empty text': (t) => { t.lead = '  '; },
  'a group without causes': (t) => { t.groups[0].causes = []; },
  'a javascript: link': (t) => { t.source.url = 'javascript:alert(1)'; },
  'a data: link': (t) => { t.source.url = 'data:text/html,hi'; },
  'a link with a tab in its scheme': (t) => { t.source.url = 'java\tscript:alert(1)'; },
  'a cause without departments': (t) => { t.groups[1].causes[0].departments = []; },
  'medications without names': (t) => { t.groups[1].causes[0].medications.names = []; },
};

for (const [what, breakIt] of Object.entries(broken)) {
  test(`the topic schema refuses ${what}`, () => {
    const topic = base();
    breakIt(topic);
    assert.equal(validTopic(topic), false);
  });
}

test('the topic schema accepts http(s) and relative links', () => {
  for (const url of ['https://clinic.example/a', 'HTTP://x.example', '/departments/a.html', 'a.html#x', '?q=1']) {
    const topic = base();
    topic.source.url = url;
    assert.ok(validTopic(topic), `${url}: ${ajv.errorsText(validTopic.errors)}`);
  }
});
