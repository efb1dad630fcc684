// The release build's wasm optimization, in place of trunk's own wasm-opt
// step (index.html sets data-wasm-opt="0"), because it first does what stable
// Rust cannot: what nightly's `panic_immediate_abort` does.
//
// With `panic = "abort"` a panic in the widget already ends in a trap, but on
// the way it formats its message and hands it to the panic hook Yew installs,
// which logs it. The widget never panics on purpose (bad input is reported,
// and property tests feed it arbitrary JSON), so that code only costs bytes:
// about 2 KB brotli. Each function below never returns; its body becomes a
// single `unreachable`, which traps just as the abort did, and the optimizer
// then drops what only it used. Debug builds keep their panic messages.
//
// binaryen.js is the same binaryen as the wasm-opt that tests/run installs.
const { default: binaryen } = await import(new URL('../tests/node_modules/binaryen/index.js', import.meta.url));

// Crate names carry a hash in std's symbols: `core[c5930c85a12de822]::…`.
const crate = (name) => `${name}(?:\\[[0-9a-f]+\\])?`;
// Functions that only ever diverge (`-> !`): they panic, or fail an allocation.
const DIVERGING = [
  `${crate('core')}::panicking::`,
  `${crate('core')}::(?:result|option)::(?:unwrap|expect)_failed`,
  `${crate('core')}::str::(?:slice_error_fail|str_index_overflow_fail)`,
  `${crate('core')}::slice::index::\\w+_fail`,
  `${crate('core')}::cell::(?:panic_already_borrowed|panic_already_mutably_borrowed|lazy::panic_poisoned)`,
  `${crate('std')}::thread::local::panic_access_error`,
  `${crate('std')}::panicking::(?:begin_panic_handler|rust_panic_with_hook|panic_with_hook|begin_panic)\\b`,
  `${crate('__rustc')}::rust_begin_unwind`,
  `${crate('alloc')}::(?:raw_vec::(?:handle_error|capacity_overflow)|alloc::handle_alloc_error)`,
].map((pattern) => new RegExp(`^${pattern}`));
// Returns, but only the panic handler above ever calls it.
const PANIC_HOOK = /^console_error_panic_hook::hook\b/;
// If a compiler renames these two, the build stops: without them snipped, the
// panic machinery would silently stay.
const REQUIRED = [/::panicking::panic_fmt\b/, /::rust_begin_unwind\b/];

/** The release wasm: panics trap at once, then optimized for size and stripped. */
export function optimizeWasm(bytes) {
  // The wasm features it may use are the ones the compiler recorded in the
  // wasm's target_features section (stripped below).
  const module = binaryen.readBinary(bytes);
  const trapping = [];
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    // Closures inside these functions may return: they keep their code.
    if (info.module || info.name.includes('closure')) continue;
    if (DIVERGING.some((p) => p.test(info.name)) || PANIC_HOOK.test(info.name)) trapping.push(info);
  }
  for (const pattern of REQUIRED) {
    if (!trapping.some((info) => pattern.test(info.name))) {
      throw new Error(`optimize-wasm: no function matches ${pattern}; has the compiler renamed it? (the wasm needs its name section)`);
    }
  }
  for (const { name, params, results } of trapping) {
    module.removeFunction(name);
    module.addFunction(name, params, results, [], module.unreachable());
  }
  // wasm-opt -Os --converge.
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(1);
  binaryen.setDebugInfo(false);
  let size = Infinity;
  let out = module.emitBinary();
  while (out.length < size) {
    size = out.length;
    module.optimize();
    out = module.emitBinary();
  }
  module.runPasses(['strip-debug', 'strip-producers', 'strip-target-features']);
  if (!module.validate()) throw new Error('optimize-wasm: the optimized wasm does not validate');
  out = module.emitBinary();
  module.dispose();
  return out;
}
