// The release wasm's optimization: binaryen's standard -Oz (the wasm-opt that
// trunk would run, as the npm package binaryen of www/package.json), with
// one of its own documented options changed, then the custom sections a page
// never reads (names, producers, target features) are stripped. Nothing else
// rewrites the wasm: no step here assumes anything about the module beyond
// what binaryen itself checks.
const { default: binaryen } = await import(new URL('./node_modules/binaryen/index.js', import.meta.url));

// binaryen inlines a function called from one place whatever its size; under
// -Oz that merges whole call chains (the mount shim, serde's map readers) into
// functions of tens of KB that compress worse. Inlining only those of at most
// 20 instructions measured 4.4 KB brotli less (wasm-opt's
// --one-caller-inline-max-function-size; bench/size-history.md has the sweep).
export const ONE_CALLER_INLINE_MAX_SIZE = 20;
// A second -Oz pass finds what the first one's inlining opened up.
export const PASSES = 2;

export function optimizeWasm(bytes) {
  // The features binaryen may use are the ones the compiler recorded in the
  // module's target_features section.
  let module;
  try {
    module = binaryen.readBinary(bytes);
  } catch (error) {
    throw new Error(`optimize-wasm: binaryen cannot read the wasm: ${error.message ?? error}`);
  }
  if (!module.validate()) throw new Error('optimize-wasm: the wasm from wasm-bindgen does not validate');
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(2);
  binaryen.setDebugInfo(false);
  binaryen.setOneCallerInlineMaxSize(ONE_CALLER_INLINE_MAX_SIZE);
  for (let pass = 0; pass < PASSES; pass++) module.optimize();
  module.runPasses(['strip-debug', 'strip-producers', 'strip-target-features']);
  if (!module.validate()) throw new Error('optimize-wasm: the optimized wasm does not validate');
  const out = module.emitBinary();
  module.dispose();
  return out;
}
