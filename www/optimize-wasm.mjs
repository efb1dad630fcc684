// The release wasm's optimization: binaryen's standard -Oz (the wasm-opt that
// trunk would run, as the npm package binaryen that tests/run installs), then
// the custom sections a page never reads (names, producers, target features)
// are stripped. Nothing else rewrites the wasm: no step here assumes
// anything about the module beyond what binaryen itself checks.
const { default: binaryen } = await import(new URL('../tests/node_modules/binaryen/index.js', import.meta.url));

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
  module.optimize();
  module.runPasses(['strip-debug', 'strip-producers', 'strip-target-features']);
  if (!module.validate()) throw new Error('optimize-wasm: the optimized wasm does not validate');
  const out = module.emitBinary();
  module.dispose();
  return out;
}
