// The release optimization (www/optimize-wasm.mjs) on a small module shaped
// like the compiler's output: statics in their own data segments, a function
// table, a panic function, and the linker's notes (www/linker-notes.mjs).
// Running the optimized module shows what it kept; its memory shows what went.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optimizeWasm } from '../www/optimize-wasm.mjs';
import { readLinkerNotes } from '../www/linker-notes.mjs';
import { encodeLeb, encodeName } from '../www/wasm-sections.mjs';

const { default: binaryen } = await import('binaryen');

const BASE = 1048576;
// Each static: its segment's name, address and bytes.
const STATICS = {
  used: ['.rodata.used', BASE, 'USED-STATIC'],
  panicMessage: ['.rodata.panic_message', BASE + 32, 'PANIC-MESSAGE'],
  neighbour: ['.rodata.neighbour', BASE + 48, 'NEIGHBOUR-STATIC'],
  // Read only through an address 8 bytes before it (inside the neighbour), as
  // the compiler may do.
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

// The module's bytes, with the linker's notes when `fromBefore` is given: a
// relocation for each address in the code, the one for the read of
// `reachedFromBefore` written as [static, addend]. `unwritten` names a static
// whose address the notes leave out, as if the optimizer had made it.
function compile({ fromBefore, unwritten }) {
  const module = binaryen.parseText(wat);
  // The optimization requires a rust_begin_unwind; an export keeps it.
  module.addFunctionExport('__rustc::rust_begin_unwind', 'begin_unwind');
  binaryen.setDebugInfo(true);
  const bytes = module.emitBinary();
  module.dispose();
  if (!fromBefore) return bytes;
  const relocations = [['used', 0], ['panicMessage', 0], ['onlyDroppedSlot', 0], ['vtable', 0], fromBefore]
    .filter(([key]) => key !== unwritten);
  return withLinkerNotes(bytes, relocations);
}

// Appends `linking` (segment names, one data symbol per static) and
// `reloc.CODE` (the [static, addend] relocations).
function withLinkerNotes(bytes, relocations) {
  const i32 = (n) => { const out = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return out; } out.push(b | 0x80); } };
  const vector = (items) => [...encodeLeb(items.length), ...items.flat()];
  const subsection = (type, payload) => [type, ...encodeLeb(payload.length), ...payload];
  const custom = (title, payload) => { const body = [...encodeName(title), ...payload]; return [0, ...encodeLeb(body.length), ...body]; };
  const statics = Object.values(STATICS);
  const segmentInfo = vector(statics.map(([segment]) => [...encodeName(segment), 0, 0]));
  const symbols = vector(statics.map(([segment, , text], index) => [1, 0, ...encodeName(`sym${segment}`), ...encodeLeb(index), 0, ...encodeLeb(text.length)]));
  const linking = [2, ...subsection(5, segmentInfo), ...subsection(8, symbols)];
  const R_WASM_MEMORY_ADDR_SLEB = 4;
  const entries = relocations.map(([key, addend]) =>
    [R_WASM_MEMORY_ADDR_SLEB, 0, ...encodeLeb(Object.keys(STATICS).indexOf(key)), ...i32(addend)]);
  return new Uint8Array([...bytes, ...custom('linking', linking), ...custom('reloc.CODE', [...encodeLeb(0), ...vector(entries)])]);
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
  const optimized = optimizeWasm(compile({ fromBefore: ['reachedFromBefore', -8] }));
  const { run, holds, logged } = await instantiate(optimized);
  assert.equal(run(8), expected);
  for (const kept of ['USED-STATIC', 'FROM-BEFORE', 'WRITABLE']) assert.ok(holds(kept), `${kept} kept`);
  // Only the panic read it; only the dropped table slot's function read the other.
  for (const gone of ['PANIC-MESSAGE', 'ONLY-DROPPED-SLOT']) assert.ok(!holds(gone), `${gone} zeroed`);
  // The panic now traps at once, without logging its message.
  assert.throws(() => run(0), WebAssembly.RuntimeError);
  assert.deepEqual(logged, []);
});

test('the linker notes pin a static addressed from before its start or from its end', () => {
  const pinned = (addend) => readLinkerNotes(compile({ fromBefore: ['reachedFromBefore', addend] })).pinnedSegments;
  const size = STATICS.reachedFromBefore[2].length;
  assert.ok(pinned(-8).has('.rodata.reached_from_before'));
  assert.ok(pinned(size).has('.rodata.reached_from_before'));
  assert.ok(!pinned(size - 1).has('.rodata.reached_from_before'));
  assert.ok(!pinned(0).has('.rodata.used'));
});

test('a static read from before its start is kept only because the linker notes say so', async () => {
  // The same address, written by the linker as a place inside the static
  // before it: nothing pins the one it is used for.
  const optimized = optimizeWasm(compile({ fromBefore: ['neighbour', 8] }));
  const { run, holds } = await instantiate(optimized);
  assert.ok(holds('NEIGHBOUR-STATIC'));
  assert.ok(!holds('FROM-BEFORE'));
  assert.notEqual(run(8), expected);
});

test('an address the linker did not write keeps the statics near it', async () => {
  const optimized = optimizeWasm(compile({ fromBefore: ['reachedFromBefore', -8], unwritten: 'used' }));
  const { run, holds } = await instantiate(optimized);
  assert.equal(run(8), expected);
  // 32 bytes after the address: near. ONLY-DROPPED-SLOT, 96 bytes after: not.
  assert.ok(holds('PANIC-MESSAGE'));
  assert.ok(!holds('ONLY-DROPPED-SLOT'));
});

test('a build that requires the linker notes stops without them', () => {
  assert.throws(() => optimizeWasm(compile({}), { requireLinkerNotes: true }), /no linking section/);
});

test('without the linker notes the data is left as it is', async () => {
  const { run, holds } = await instantiate(optimizeWasm(compile({})));
  assert.equal(run(8), expected);
  assert.ok(holds('PANIC-MESSAGE'));
  assert.ok(holds('FROM-BEFORE'));
});
