// Reads what the linker says about the wasm's static data, for the release
// build's data step in www/optimize-wasm.mjs.
//
// build.rs links the release wasm with `--emit-relocs` (the linker keeps its
// symbol table and relocations as `linking` and `reloc.*` custom sections,
// which wasm-bindgen passes through) and `--no-merge-data-segments` (each
// static keeps its own data segment, so a segment is one object).
//
// Two facts are taken from them. Which statics the compiled code addresses
// from outside their own bytes: the compiler may reach a table through an
// address a few bytes before it (`TOPICS - 8`, then indexes from 1), from its
// end, or past it; an address found in the optimized code then points into a
// neighbour, not into the static it is used for. Such statics are always kept.
// And every address the linker wrote, so that the optimizer's own addresses
// (one it made by adding an offset to the linker's) can be told apart.

import { readLeb, readName, readSignedLeb, sections } from './wasm-sections.mjs';

const LINKING_VERSION = 2;
const SYMBOL_TABLE = 8;
const SEGMENT_INFO = 5;
const SYMBOL_DATA = 1;
const SYMBOL_SECTION = 3;
const SYMBOL_UNDEFINED = 0x10;
const SYMBOL_EXPLICIT_NAME = 0x40;
// Relocation types that carry an addend, and those of them that address memory.
const WITH_ADDEND = new Set([3, 4, 5, 8, 9, 11, 14, 15, 16, 17, 21, 22, 23, 25]);
const MEMORY_ADDRESS = new Set([3, 4, 5, 11, 14, 15, 16, 17, 21, 23, 25]);

// Reads the linking and relocation sections front to back.
class Reader {
  constructor(bytes, at) {
    this.bytes = bytes;
    this.at = at;
  }
  byte() {
    return this.bytes[this.at++];
  }
  #take({ at, ...read }) {
    this.at = at;
    return read;
  }
  u32() {
    return this.#take(readLeb(this.bytes, this.at)).value;
  }
  i32() {
    return this.#take(readSignedLeb(this.bytes, this.at)).value;
  }
  name() {
    return this.#take(readName(this.bytes, this.at)).name;
  }
}

function readDataSymbols(bytes, { contents, end }) {
  const reader = new Reader(bytes, contents);
  if (reader.u32() !== LINKING_VERSION) throw new Error('linker-notes: unknown linking section version');
  const symbols = [];
  const segmentNames = [];
  while (reader.at < end) {
    const type = reader.byte();
    const size = reader.u32();
    const next = reader.at + size;
    if (type === SYMBOL_TABLE) {
      for (let count = reader.u32(); count > 0; count--) {
        const kind = reader.byte();
        const flags = reader.u32();
        if (kind === SYMBOL_DATA) {
          reader.name();
          symbols.push(flags & SYMBOL_UNDEFINED ? null : { segment: reader.u32(), offset: reader.u32(), size: reader.u32() });
        } else if (kind === SYMBOL_SECTION) {
          reader.u32();
          symbols.push(null);
        } else {
          reader.u32();
          if (!(flags & SYMBOL_UNDEFINED) || flags & SYMBOL_EXPLICIT_NAME) reader.name();
          symbols.push(null);
        }
      }
    } else if (type === SEGMENT_INFO) {
      for (let count = reader.u32(); count > 0; count--) {
        segmentNames.push(reader.name());
        reader.u32(); // alignment
        reader.u32(); // flags
      }
    }
    reader.at = next;
  }
  return { symbols, segmentNames };
}

/**
 * The wasm without the linker's sections; the names of the data segments
 * holding a static that the code addresses from outside its own bytes; and
 * every address the linker wrote, as [segment name, offset in it].
 * `null` when the wasm was linked without `--emit-relocs`.
 */
export function readLinkerNotes(bytes) {
  const all = sections(bytes);
  const linking = all.find((section) => section.name === 'linking');
  if (!linking) return null;
  const { symbols, segmentNames } = readDataSymbols(bytes, linking);
  const pinned = new Set();
  const addresses = [];
  const relocations = all.filter((section) => section.name?.startsWith('reloc.'));
  for (const section of relocations) {
    const reader = new Reader(bytes, section.contents);
    reader.u32(); // the section the relocations apply to
    for (let count = reader.u32(); count > 0; count--) {
      const type = reader.byte();
      reader.u32(); // where
      const symbol = symbols[reader.u32()];
      const addend = WITH_ADDEND.has(type) ? reader.i32() : 0;
      if (!MEMORY_ADDRESS.has(type) || !symbol) continue;
      const segment = segmentNames[symbol.segment];
      addresses.push([segment, symbol.offset + addend]);
      if (addend < 0 || addend >= symbol.size) pinned.add(segment);
    }
  }
  const kept = all.filter((section) => section !== linking && !relocations.includes(section));
  const parts = [bytes.subarray(0, 8), ...kept.map((s) => bytes.subarray(s.start, s.end))];
  const wasm = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    wasm.set(part, at);
    at += part.length;
  }
  return { wasm, pinnedSegments: pinned, addresses };
}
