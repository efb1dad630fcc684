// Reading (and writing) a wasm binary's top level: LEB128 numbers, names, and
// the sections with their bounds. Shared by the build steps that read or
// rewrite sections themselves (www/short-names.mjs, www/linker-notes.mjs).

/** An unsigned LEB128 number at `at`: its value and where it ends. */
export function readLeb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return { value, at };
}

/** A signed LEB128 number at `at`: its value and where it ends. */
export function readSignedLeb(bytes, at) {
  const { value, at: end } = readLeb(bytes, at);
  const bits = 7 * (end - at);
  return { value: bytes[end - 1] & 0x40 ? value - 2 ** bits : value, at: end };
}

/** `value` as an unsigned LEB128 number, in bytes. */
export function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** `text` as a length-prefixed UTF-8 name, in bytes. */
export function encodeName(text) {
  const utf8 = [...new TextEncoder().encode(text)];
  return [...encodeLeb(utf8.length), ...utf8];
}

const utf8 = new TextDecoder();

/** A length-prefixed UTF-8 name at `at`: the name and where it ends. */
export function readName(bytes, at) {
  const length = readLeb(bytes, at);
  const end = length.at + length.value;
  return { name: utf8.decode(bytes.subarray(length.at, end)), at: end };
}

/**
 * The module's sections in order: `id`; `start` and `end` of the whole
 * section; `contents`, where its payload starts (after a custom section's
 * name); and a custom section's `name`.
 */
export function sections(bytes) {
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error('not a wasm module');
  const found = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const size = readLeb(bytes, at + 1);
    const end = size.at + size.value;
    const custom = id === 0 ? readName(bytes, size.at) : null;
    found.push({ id, start: at, end, contents: custom ? custom.at : size.at, name: custom?.name ?? null });
    at = end;
  }
  return found;
}
