// The size budget of what a host page downloads, in brotli bytes of the
// release build. Bytes are deterministic, so this is a stable test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure } from './size.mjs';

// The build after the optimizer's one-caller inlining limit, plain-object
// event details and terser (93,423 bytes on 2026-12-01), plus 3 KB for the
// features that follow (96,500), lowered by each cut that landed since: the
// browser's one-pass reader (2,083). Lower it whenever a cut lands;
// bench/README.md says where the bytes go.
const BUDGET_BYTES = 94_400;

test(`embed.js + glue + wasm + styles stay within ${BUDGET_BYTES} brotli bytes`, () => {
  const { files, total } = measure();
  const breakdown = files.map((f) => `${f.name}: ${f.brotli}`).join(', ');
  assert.ok(total.brotli <= BUDGET_BYTES, `${total.brotli} bytes (${breakdown})`);
});
