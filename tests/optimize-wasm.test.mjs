// The release wasm's one rewriting step (www/optimize-wasm.mjs) is binaryen's
// standard -Oz with its documented options: it keeps what a module computes
// and stops with a message on a module it cannot read. The v128 test guards
// binaryen itself: a static reached only through a v128 constant is the case
// a hand-made step of this project once got wrong, silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optimizeWasm } from '../www/optimize-wasm.mjs';

const { default: binaryen } = await import('../www/node_modules/binaryen/index.js');

/** The module in `wat`, with a target_features section naming `features`, as rustc writes one. */
function compile(wat, features = []) {
  const module = binaryen.parseText(wat);
  module.setFeatures(binaryen.Features.All);
  const names = features.flatMap((name) => [0x2b, name.length, ...new TextEncoder().encode(name)]);
  module.addCustomSection('target_features', new Uint8Array([features.length, ...names]));
  const bytes = module.emitBinary();
  module.dispose();
  return bytes;
}

const instantiate = async (bytes) => (await WebAssembly.instantiate(bytes)).instance.exports;

test('binaryen regression guard: a static reached only through a v128 constant keeps its bytes', async () => {
  const bytes = compile(`(module
    (memory (export "memory") 1)
    (data (i32.const 1024) "\\2a\\00\\00\\00")
    (func (export "read") (result i32)
      (i32.load8_u (i32x4.extract_lane 0 (v128.const i32x4 1024 0 0 0)))))`, ['simd128']);
  const before = await instantiate(bytes);
  const after = await instantiate(optimizeWasm(bytes));
  assert.equal(before.read(), 42);
  assert.equal(after.read(), 42);
});

test('what a module computes is the same after the step, and its custom sections are gone', async () => {
  const bytes = compile(`(module
    (func $fib (param $n i32) (result i32)
      (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
        (then (local.get $n))
        (else (i32.add (call $fib (i32.sub (local.get $n) (i32.const 1)))
                       (call $fib (i32.sub (local.get $n) (i32.const 2)))))))
    (export "fib" (func $fib)))`);
  const optimized = optimizeWasm(bytes);
  const [before, after] = [await instantiate(bytes), await instantiate(optimized)];
  for (const n of [0, 1, 2, 10, 20]) assert.equal(after.fib(n), before.fib(n));
  assert.deepEqual(WebAssembly.Module.customSections(new WebAssembly.Module(optimized), 'name'), []);
});

test('bytes that are not a module stop the build with a message', () => {
  assert.throws(() => optimizeWasm(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 99, 99])), { message: /^optimize-wasm: binaryen cannot read the wasm/ });
});
