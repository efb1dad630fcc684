// The release optimization (www/optimize-wasm.mjs) on a small module shaped
// like the compiler's output: statics in their own data segments, a function
// table, a panic function, and the linker's notes (www/linker-notes.mjs).
// Running the optimized module shows what it kept; its memory shows what went.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optimizeWasm } from '../www/optimize-wasm.mjs';

const { default: binaryen } = await import('binaryen');

const BASE = 1048576;
// Each static: its segment's name, address and bytes.
const STATICS = {
  used: ['.rodata.used', BASE, 'USED-STATIC'],
  panicMessage: ['.rodata.panic_message', BASE + 32, 'PANIC-MESSAGE'],
  // Read only through an address 8 bytes before it, as the compiler may do.
  reachedFromBefore: ['.rodata.reached_from_before', BASE + 64, 'FROM-BEFORE'],
  onlyDroppedSlot: ['.rodata.only_dropped_slot', BASE + 96, 'ONLY-DROPPED-SLOT'],
  // A vtable: the table index of the function it names.
  vtable: ['.rodata.vtable', BASE + 128, '\\02\\00\\00\\00'],
  writable: ['.data.writable', BASE + 160, 'WRITABLE'],
};

const wat = `
(module
 (type $answer (func (result i32)))
 (import "env" "log" (func $log (param i32)))
 (memory $0 17)
 (export "memory" (memory $0))
 (table $0 4 4 funcref)
 (elem $0 (i32.const 1) $named_by_code $named_by_vtable $named_by_nothing)
 ${Object.values(STATICS).map(([name, at, text]) => `(data $${name} (i32.const ${at}) "${text}")`).join('\n ')}
 (func $"core::panicking::panic_fmt" (param $message i32)
  (call $log (local.get $message))
  (unreachable))
 (func $"__rustc::rust_begin_unwind" (param $info i32)
  (call $log (local.get $info))
  (unreachable))
 (func $named_by_code (result i32) (i32.const 100))
 (func $named_by_vtable (result i32) (i32.const 200))
 (func $named_by_nothing (result i32)
  (call $log (i32.const ${STATICS.onlyDroppedSlot[1]}))
  (i32.const 300))
 (func $run (export "run") (param $index i32) (result i32)
  (if (i32.eqz (local.get $index))
   (then (call $"core::panicking::panic_fmt" (i32.const ${STATICS.panicMessage[1]}))))
  (i32.add
   (i32.add
    (i32.load8_u (i32.const ${STATICS.used[1]}))
    (i32.load8_u (i32.add (local.get $index) (i32.const ${STATICS.reachedFromBefore[1] - 8}))))
   (i32.add
    (call_indirect (type $answer) (i32.const 1))
    (call_indirect (type $answer) (i32.load (i32.const ${STATICS.vtable[1]}))))))
)`;

// The module's bytes, with the linker's notes when `addendBeforeStatic` is
// given: the relocation for the read of `reachedFromBefore`, at that addend.
function compile({ addendBeforeStatic }) {
  const module = binaryen.parseText(wat);
  // The optimization requires a rust_begin_unwind; an export keeps it.
  module.addFunctionExport('__rustc::rust_begin_unwind', 'begin_unwind');
  binaryen.setDebugInfo(true);
  const bytes = module.emitBinary();
  module.dispose();
  return addendBeforeStatic === undefined ? bytes : withLinkerNotes(bytes, addendBeforeStatic);
}

// Appends `linking` (segment names, one data symbol per static) and
// `reloc.CODE` (one relocation: the read of `reachedFromBefore`).
function withLinkerNotes(bytes, addend) {
  const u32 = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
  const i32 = (n) => { const out = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return out; } out.push(b | 0x80); } };
  const name = (text) => { const utf8 = [...new TextEncoder().encode(text)]; return [...u32(utf8.length), ...utf8]; };
  const vector = (items) => [...u32(items.length), ...items.flat()];
  const subsection = (type, payload) => [type, ...u32(payload.length), ...payload];
  const custom = (title, payload) => { const body = [...name(title), ...payload]; return [0, ...u32(body.length), ...body]; };
  const statics = Object.values(STATICS);
  const segmentInfo = vector(statics.map(([segment]) => [...name(segment), 0, 0]));
  const symbols = vector(statics.map(([segment, , text], index) => [1, 0, ...name(`sym${segment}`), ...u32(index), 0, ...u32(text.length)]));
  const linking = [2, ...subsection(5, segmentInfo), ...subsection(8, symbols)];
  const symbolIndex = Object.keys(STATICS).indexOf('reachedFromBefore');
  const R_WASM_MEMORY_ADDR_SLEB = 4;
  const relocations = [...u32(0), ...vector([[R_WASM_MEMORY_ADDR_SLEB, 0, ...u32(symbolIndex), ...i32(addend)]])];
  return new Uint8Array([...bytes, ...custom('linking', linking), ...custom('reloc.CODE', relocations)]);
}

async function instantiate(bytes) {
  const logged = [];
  const { instance } = await WebAssembly.instantiate(bytes, { env: { log: (at) => logged.push(at) } });
  const memory = new Uint8Array(instance.exports.memory.buffer);
  const holds = (text) => Buffer.from(memory.subarray(BASE, BASE + 256)).includes(text);
  return { run: instance.exports.run, holds, logged };
}

const expected = 'U'.charCodeAt(0) + 'F'.charCodeAt(0) + 100 + 200;

test('the module runs as compiled', async () => {
  const { run, holds } = await instantiate(compile({}));
  assert.equal(run(8), expected);
  assert.ok(holds('PANIC-MESSAGE'));
});

test('with the linker notes: statics nothing reaches are zeroed, the rest kept, the module runs the same', async () => {
  const optimized = optimizeWasm(compile({ addendBeforeStatic: -8 }));
  const { run, holds, logged } = await instantiate(optimized);
  assert.equal(run(8), expected);
  for (const kept of ['USED-STATIC', 'FROM-BEFORE', 'WRITABLE']) assert.ok(holds(kept), `${kept} kept`);
  // Only the panic read it; only the dropped table slot's function read the other.
  for (const gone of ['PANIC-MESSAGE', 'ONLY-DROPPED-SLOT']) assert.ok(!holds(gone), `${gone} zeroed`);
  // The panic now traps at once, without logging its message.
  assert.throws(() => run(0), WebAssembly.RuntimeError);
  assert.deepEqual(logged, []);
});

test('a static addressed from its end is kept too', async () => {
  const end = STATICS.reachedFromBefore[2].length;
  const { run, holds } = await instantiate(optimizeWasm(compile({ addendBeforeStatic: end })));
  assert.equal(run(8), expected);
  assert.ok(holds('FROM-BEFORE'));
});

test('a static read from before its start is kept only because the linker notes say so', async () => {
  // The same relocation, but inside the static: nothing pins it, and the
  // address in the code (8 bytes before it) does not name it.
  const optimized = optimizeWasm(compile({ addendBeforeStatic: 0 }));
  const { run, holds } = await instantiate(optimized);
  assert.ok(!holds('FROM-BEFORE'));
  assert.notEqual(run(8), expected);
});

test('without the linker notes the data is left as it is', async () => {
  const { run, holds } = await instantiate(optimizeWasm(compile({})));
  assert.equal(run(8), expected);
  assert.ok(holds('PANIC-MESSAGE'));
  assert.ok(holds('FROM-BEFORE'));
});
