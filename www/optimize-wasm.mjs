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
// Two steps follow, each taking away what nothing can reach any more:
// function-table slots whose index no code or data holds, and static data
// (panic messages, their file paths, core's Unicode tables) whose address no
// live code or data holds. Both are described where they are done.

import { readLinkerNotes } from './linker-notes.mjs';

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

/**
 * The release wasm: panics trap at once, unreachable table slots and static
 * data dropped, optimized for size and stripped. Without the linker's notes
 * (see www/linker-notes.mjs) static data is left as it is, unless they are
 * required.
 */
export function optimizeWasm(bytes, { requireLinkerNotes = false } = {}) {
  const notes = readLinkerNotes(bytes);
  if (!notes && requireLinkerNotes) {
    throw new Error('optimize-wasm: the wasm has no linking section; build.rs links the release wasm with --emit-relocs');
  }
  // The wasm features it may use are the ones the compiler recorded in the
  // wasm's target_features section (stripped below).
  let module = binaryen.readBinary(notes ? notes.wasm : bytes);
  // Read before optimization renames and splits the segments.
  const segments = dataSegments(module);
  trapPanics(module);
  const codeSlots = dropUnreachableTableSlots(module, wordsIn(segments));
  // A module changed through the C API optimizes reliably only once re-read.
  module = reread(module);
  optimizeToFixedPoint(module);
  if (notes) {
    const kept = dropUnreachableData(module, segments, notes);
    // Slots that only the dropped data named (vtables of panic payloads) go too.
    const keptWords = wordsIn(kept);
    pointSlotsAtTraps(module, (index) => codeSlots.has(index) || keptWords.has(index));
    module = reread(module);
    optimizeToFixedPoint(module);
  }
  binaryen.setDebugInfo(false);
  module.runPasses(['strip-debug', 'strip-producers', 'strip-target-features']);
  if (!module.validate()) throw new Error('optimize-wasm: the optimized wasm does not validate');
  const out = module.emitBinary();
  module.dispose();
  return out;
}

function trapPanics(module) {
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
}

// Every number the functions (and globals) hold, as unsigned 32-bit values.
// For addresses, memory offsets count too (the compiler folds a static's
// address into them) and so does a negated constant (`p - TABLE` may read
// `p + -TABLE`); a function's table index is only ever a constant.
function constantsInCode(module, { addresses }) {
  const text = module.emitText().split('\n').filter((line) => !line.startsWith(' (data ') && !line.startsWith(' (elem ')).join('\n');
  const values = new Set();
  for (const [, n] of text.matchAll(/\bi32\.const (-?\d+)/g)) {
    values.add(Number(n) >>> 0);
    if (addresses) values.add(-Number(n) >>> 0);
  }
  for (const [, n] of text.matchAll(/\bi64\.const (-?\d+)/g)) {
    const wide = BigInt.asUintN(64, BigInt(n));
    values.add(Number(wide & 0xffffffffn)).add(Number(wide >> 32n));
  }
  if (addresses) for (const [, n] of text.matchAll(/\boffset=(\d+)/g)) values.add(Number(n));
  return values;
}

function dataSegments(module) {
  const segments = [];
  for (let i = 0; i < module.getNumDataSegments(); i++) {
    const { name, offset, data, passive } = module.getDataSegmentInfo(module.getDataSegmentByIndex(i));
    if (passive) throw new Error(`optimize-wasm: data segment ${name} is passive; only active segments are expected`);
    segments.push({ name, start: offset, bytes: new Uint8Array(data) });
  }
  return segments;
}

// Every 4-byte little-endian value at any byte of these segments.
function wordsIn(segments, into = new Set()) {
  for (const { bytes } of segments) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at + 4 <= bytes.length; at++) into.add(view.getUint32(at, true));
  }
  return into;
}

// A function-table slot is reached only through its index, and an index
// exists only where the linker wrote one: as a constant in code, or as a
// word in data (a vtable). A slot whose index appears in neither (every
// value of the data counts, read at every byte) is pointed at a function
// that traps, and what only it kept is dropped. The code's constants are
// read before optimization, while each is still the linker's own; the
// panic-only formatting (`Debug` for char, with core's Unicode tables) goes.
// Returns the constants the code kept.
function dropUnreachableTableSlots(module, dataWords) {
  for (;;) {
    module.runPasses(['remove-unused-module-elements']);
    const code = constantsInCode(module, { addresses: false });
    if (!pointSlotsAtTraps(module, (index) => code.has(index) || dataWords.has(index))) return code;
  }
}

function pointSlotsAtTraps(module, referenced) {
  let dropped = 0;
  for (let i = 0; i < module.getNumElementSegments(); i++) {
    const segment = binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(i));
    const base = binaryen.getExpressionInfo(segment.offset).value;
    const functions = segment.data.map((name, slot) => {
      if (referenced(base + slot)) return name;
      const { module: imported, params, results, body } = binaryen.getFunctionInfo(module.getFunction(name));
      if (imported || binaryen.getExpressionId(body) === binaryen.UnreachableId) return name;
      // One trap per signature: call_indirect checks the slot's type first.
      const trap = `table_slot_unreachable_${params}_${results}`;
      if (!module.getFunction(trap)) module.addFunction(trap, params, results, [], module.unreachable());
      dropped++;
      return trap;
    });
    if (functions.some((name, slot) => name !== segment.data[slot])) {
      module.removeElementSegment(segment.name);
      module.addActiveElementSegment(segment.table, segment.name, functions, module.i32.const(base));
    }
  }
  return dropped;
}

// How far from an address the optimizer made itself a static counts as near.
const DERIVED_ADDRESS_REACH = 64;

// A read-only static is live when the optimized code holds an address inside
// it, or live data does, or the linker's notes pin it (the compiler addressed
// it from outside its bytes, before it or from its end, so an address found in
// the code tells nothing about it). The optimizer may add a constant offset
// to an address the linker wrote; an address it made so is not trusted to lie
// in the static it is used for, and every static near it is kept. Statics
// that are not live (panic messages and their locations, the Unicode tables
// of `Debug`) are zeroed; the memory is then written as one segment, which the
// optimizer splits around the zeros. Writable statics are all kept, and the
// addresses they hold count.
function dropUnreachableData(module, unsorted, { pinnedSegments, addresses }) {
  if (unsorted.length < 2) throw new Error('optimize-wasm: the data is one segment; link with --no-merge-data-segments (build.rs)');
  const segments = [...unsorted].sort((a, b) => a.start - b.start);
  const startOf = new Map(segments.map((segment) => [segment.name, segment.start]));
  const linkerAddresses = new Set(addresses.filter(([name]) => startOf.has(name)).map(([name, offset]) => startOf.get(name) + offset));
  const containing = (address) => {
    let from = 0;
    let to = segments.length - 1;
    while (from <= to) {
      const middle = (from + to) >> 1;
      const segment = segments[middle];
      if (address < segment.start) to = middle - 1;
      else if (address >= segment.start + segment.bytes.length) from = middle + 1;
      else return segment;
    }
    return null;
  };
  const readOnly = (segment) => segment.name.startsWith('.rodata');
  const live = new Set(segments.filter((segment) => pinnedSegments.has(segment.name) || !readOnly(segment)));
  const code = constantsInCode(module, { addresses: true });
  // In this build the optimizer's own addresses are all fields of writable statics.
  const low = segments[0].start;
  const last = segments[segments.length - 1];
  const high = last.start + last.bytes.length;
  for (const address of code) {
    if (address < low || address >= high || linkerAddresses.has(address)) continue;
    for (const near of segments) {
      if (near.start < address + DERIVED_ADDRESS_REACH && near.start + near.bytes.length > address - DERIVED_ADDRESS_REACH) live.add(near);
    }
  }
  const seen = new Set();
  let pending = [...code, ...wordsIn(live)];
  while (pending.length) {
    const found = [];
    for (const address of pending) {
      if (seen.has(address)) continue;
      seen.add(address);
      const segment = containing(address);
      if (segment && !live.has(segment)) {
        live.add(segment);
        found.push(segment);
      }
    }
    pending = [...wordsIn(found)];
  }
  const image = new Uint8Array(high - low);
  for (const segment of live) image.set(segment.bytes, segment.start - low);
  const memory = exportedMemory(module);
  const { initial, max, shared, is64 } = module.getMemoryInfo(memory);
  module.setMemory(initial, max ?? -1, null, [{ name: 'data', offset: module.i32.const(low), data: image, passive: false }], shared, is64, memory);
  return [...live];
}

// The internal name of the memory the wasm exports (wasm-bindgen's glue reads it).
function exportedMemory(module) {
  for (let i = 0; i < module.getNumExports(); i++) {
    const { kind, value } = binaryen.getExportInfo(module.getExportByIndex(i));
    if (kind === binaryen.ExternalMemory) return value;
  }
  throw new Error('optimize-wasm: the wasm exports no memory');
}

function reread(module) {
  const bytes = module.emitBinary();
  module.dispose();
  return binaryen.readBinary(bytes);
}

// wasm-opt -Os --converge, keeping function names for the steps between.
function optimizeToFixedPoint(module) {
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(1);
  binaryen.setDebugInfo(true);
  let size = Infinity;
  let out = module.emitBinary();
  while (out.length < size) {
    size = out.length;
    module.optimize();
    out = module.emitBinary();
  }
}
