// wasm-bindgen names every import after its Rust path plus a 16-digit hash
// ("__wbg_instanceof_Element_05dbb22ded594343") and every closure shim after
// its full type; a browser downloads each name twice, in the wasm and in the
// glue. This gives imports and exports short names in both files at once.
// Only the names change, and the glue's public API (init, mount) keeps its
// names; the glue's functions for imports the wasm no longer has (the release
// optimization dropped their last caller) are left out.

import { encodeLeb, encodeName, readLeb, readName, sections } from './wasm-sections.mjs';

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;
// Exports the glue reads by a name wasm-bindgen's runtime also spells elsewhere.
const KEPT_EXPORTS = new Set(['memory']);


// Skips an import's description (what is imported), returning where it ends.
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const skipLimits = (p) => {
    const flags = bytes[p++];
    p = readLeb(bytes, p).at;
    return flags & 1 ? readLeb(bytes, p).at : p;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at).at; // function: type index
    case 1: return skipLimits(at + 1); // table: element type, limits
    case 2: return skipLimits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(bytes, at + 1).at; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

// The name as a whole identifier in the glue, not as part of a longer one.
const identifier = (name, flags) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, flags);

// The glue reading an export.
const exportRead = (name, flags) => new RegExp(`(?<=\\bwasm\\.)${name}(?![\\w$])`, flags);

// One entry of the object of imports the glue hands the wasm, as wasm-bindgen
// writes it: `        name: function(…) {` … `        },` at that indentation.
const importEntry = /^ {8}([\w$]+): function\([^)]*\) \{\n[\s\S]*?\n {8}\},?\n/gm;

function dropUnusedImports(glue, imported) {
  const start = glue.indexOf('function __wbg_get_imports(');
  if (start < 0) throw new Error('the glue has no __wbg_get_imports');
  const end = glue.indexOf('\n}\n', start);
  const entries = glue.slice(start, end).replace(importEntry, (entry, name) => (imported.has(name) ? entry : ''));
  return glue.slice(0, start) + entries + glue.slice(end);
}

/** Returns the renamed wasm and glue. */
export function shortenNames(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  // Long name -> short name. The glue names an import as a key of the object it
  // passes to the wasm, and reads an export as `wasm.<name>`; a JS function it
  // exports may share an export's name (`mount`) and must keep it.
  const imports = new Map(), exports = new Map();
  // Short, distinct names that cannot clash with the glue's own identifiers.
  const rename = (map, name) => {
    if (!map.has(name)) map.set(name, '$' + map.size.toString(36));
    return map.get(name);
  };
  let importModule = null;
  const out = [bytes.subarray(0, 8)];
  for (const { id, start, contents, end } of sections(bytes)) {
    if (id !== IMPORT_SECTION && id !== EXPORT_SECTION) {
      out.push(bytes.subarray(start, end));
      continue;
    }
    const count = readLeb(bytes, contents);
    const body = [...encodeLeb(count.value)];
    let p = count.at;
    for (let i = 0; i < count.value; i++) {
      if (id === IMPORT_SECTION) {
        const module = readName(bytes, p);
        if (importModule !== null && module.name !== importModule) throw new Error(`imports from two modules: ${importModule}, ${module.name}`);
        importModule = module.name;
        const field = readName(bytes, module.at);
        const descEnd = skipImportDescription(bytes, field.at);
        body.push(...encodeName('a'), ...encodeName(rename(imports, field.name)), ...bytes.subarray(field.at, descEnd));
        p = descEnd;
      } else {
        const field = readName(bytes, p);
        const indexEnd = readLeb(bytes, field.at + 1).at;
        // Exports the glue never reads (wasm-bindgen's abort hooks) keep their names.
        const kept = KEPT_EXPORTS.has(field.name) || !exportRead(field.name).test(glue);
        const name = kept ? field.name : rename(exports, field.name);
        body.push(...encodeName(name), ...bytes.subarray(field.at, indexEnd));
        p = indexEnd;
      }
    }
    if (p !== end) throw new Error(`section ${id} has ${end - p} bytes left over`);
    out.push(Uint8Array.from([id, ...encodeLeb(body.length), ...body]));
  }

  let text = dropUnusedImports(glue, imports);
  if (importModule !== null) {
    const quoted = JSON.stringify(importModule);
    if (!text.includes(quoted)) throw new Error(`the glue never names the import module ${quoted}`);
    text = text.split(quoted).join('"a"');
  }
  const replaceAll = (pattern, short, what) => {
    if (!pattern.test(text)) throw new Error(`the glue never names ${what}`);
    text = text.replace(pattern, short);
  };
  for (const [long, short] of imports) replaceAll(identifier(long, 'g'), short, `the import ${long}`);
  for (const [long, short] of exports) replaceAll(exportRead(long, 'g'), short, `the export ${long}`);
  return { wasm: Buffer.concat(out), glue: text };
}
