// The size budget of what a host page downloads, in brotli bytes of the
// release build. Bytes are deterministic, so this is a stable test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measure } from './size.mjs';

// What the build measured before issue 15 (96,544 bytes on 2026-12-01: issue
// 12's moves, integrity and effects, issue 13's takeover and issue 14's review
// line took the earlier margins) plus about 2 KB, which issue 15's element API
// used (98,484 bytes); then 440 bytes more for the allocator (talc in place of
// lol_alloc: +437 bytes, for half the wasm's time per mount). Lower it whenever
// a cut lands. README "Size" says where the bytes go.
const BUDGET_BYTES = 99_040;

test(`embed.js + glue + wasm + styles stay within ${BUDGET_BYTES} brotli bytes`, () => {
  const { files, total } = measure();
  const breakdown = files.map((f) => `${f.name}: ${f.brotli}`).join(', ');
  assert.ok(total.brotli <= BUDGET_BYTES, `${total.brotli} bytes (${breakdown})`);
  assert.ok(files.every((f) => f.raw > 0), 'every file was built');
});
