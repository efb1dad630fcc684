// The pre-rendered snippet's JSON-LD uses only schema.org types and
// properties that exist and apply to the type they sit on: TypeScript checks
// it against schema-dts (schema.org's vocabulary as types), and a misspelt
// property makes that check fail. The specialties the content rules accept
// are exactly schema.org's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { VERSION_FOLDER } from '../www/downloaded.mjs';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url).pathname;
const snippet = readFileSync(new URL(`../dist/${VERSION_FOLDER}/mirena-lower-back-pain.html`, import.meta.url), 'utf8');
const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(snippet)[1]);

/** Runs tsc over `value` typed as a schema.org MedicalWebPage; its output, or '' when it passes. */
function typeCheck(value, name) {
  const dir = path.join(here, '.json-ld-check');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.ts`);
  writeFileSync(file, `import type { MedicalWebPage, WithContext } from 'schema-dts';\n`
    + `export const page: WithContext<MedicalWebPage> = ${JSON.stringify(value, null, 2)};\n`);
  const tsc = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--target', 'es2022', file], { encoding: 'utf8', cwd: here });
  return run.status === 0 ? '' : `${run.stdout}${run.stderr}`;
}

test('the JSON-LD type-checks as a schema.org MedicalWebPage', () => {
  assert.equal(jsonLd['@type'], 'MedicalWebPage');
  assert.equal(typeCheck(jsonLd, 'snippet'), '');
});

test('a reviewed topic\'s JSON-LD, with lastReviewed and reviewedBy, type-checks too', () => {
  const topic = JSON.parse(readFileSync(new URL('../content/topics/mirena-lower-back-pain.json', import.meta.url), 'utf8'));
  topic.reviewed = { date: '2026-11-01', by: 'Dr. A. Example' };
  const dir = path.join(here, '.json-ld-check');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'reviewed-topic.json');
  writeFileSync(file, JSON.stringify(topic));
  const rendered = spawnSync('cargo', ['run', '--release', '--quiet', '--locked', '--', 'render', file, '--widget-base', 'https://cdn.example/'],
    { encoding: 'utf8', cwd: path.join(here, '..') });
  assert.equal(rendered.status, 0, rendered.stderr);
  const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(rendered.stdout)[1]);
  assert.equal(ld.lastReviewed, '2026-11-01');
  assert.deepEqual(ld.reviewedBy, { '@type': 'Person', name: 'Dr. A. Example' });
  assert.equal(typeCheck(ld, 'reviewed'), '');
});

test('a property schema.org does not have on that type fails the check', () => {
  const wrong = structuredClone(jsonLd);
  wrong.about[0].dosage = '200 mg';
  assert.match(typeCheck(wrong, 'misspelt'), /dosage/);
  const misplaced = structuredClone(jsonLd);
  misplaced.specialty = ['https://schema.org/Orthopedic'];
  assert.match(typeCheck(misplaced, 'no-such-specialty'), /Orthopedic/);
});

// The topic schema's list is held to the rules' by tests/content_rules.rs.
test('the specialties the content rules accept are schema.org\'s MedicalSpecialty members', () => {
  const schema = JSON.parse(readFileSync(new URL('../content/topic.schema.json', import.meta.url), 'utf8'));
  const ours = [...schema.definitions.specialty.enum].sort();
  const types = readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
  const union = /export type MedicalSpecialty = ([^;]*);/.exec(types)[1];
  const theirs = [...union.matchAll(/"https:\/\/schema\.org\/(\w+)"/g)].map((m) => m[1]).sort();
  assert.deepEqual(ours, theirs);
});
