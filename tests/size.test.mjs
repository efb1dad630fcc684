// The size budget of what a host page downloads, in brotli bytes of the
// release build. Bytes are deterministic, so this is a stable test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { measure, measureTool, sizeTable } from './size.mjs';

// The build after the optimizer's one-caller inlining limit, plain-object
// event details and terser (93,423 bytes on 2026-12-01), plus 3 KB for the
// features that follow (96,500), lowered by each cut that landed since: the
// browser's one-pass reader (2,083); the reader asking JavaScript for each
// text itself, with no serde-wasm-bindgen or float formatting in the wasm
// (9,949). Lower it whenever a cut lands; bench/README.md says where the
// bytes go.
const BUDGET_BYTES = 84_450;

test(`embed.js + glue + wasm + styles stay within ${BUDGET_BYTES} brotli bytes`, () => {
  const { files, total } = measure();
  const breakdown = files.map((f) => `${f.name}: ${f.brotli}`).join(', ');
  assert.ok(total.brotli <= BUDGET_BYTES, `${total.brotli} bytes (${breakdown})`);
});

// The figures are written once, in bench/README.md's size table, and held to
// the build here: a change that moves the bytes updates the table
// (`node tests/size.mjs --markdown` prints it).
test('bench/README.md\'s size table is this build\'s', () => {
  const readme = readFileSync(new URL('../bench/README.md', import.meta.url), 'utf8');
  const expected = sizeTable(measure(), measureTool());
  assert.ok(readme.includes(expected), `bench/README.md's ## Size table should read:\n${expected}`);
});
