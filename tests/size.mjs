// Prints what a host page downloads for the widget (embed.js, the wasm-bindgen
// glue, the wasm and the stylesheet), raw and brotli-compressed at the
// highest quality a CDN would use; and, on a line of its own, the tool's wasm,
// which no host page fetches. `measure()` is shared with the size test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
import { DOWNLOADED } from '../www/downloaded.mjs';
import { brotli } from '../www/serve.mjs';
import { TOOL_FOLDER } from '../www/build-tool.mjs';

export const brotliSize = (bytes) => brotli(bytes).length;

export function measure(dist = DIST) {
  const files = DOWNLOADED.map((name) => {
    const bytes = readFileSync(path.join(dist, name));
    return { name, raw: bytes.length, brotli: brotliSize(bytes) };
  });
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, brotli: sum.brotli + f.brotli }), { raw: 0, brotli: 0 });
  return { files, total };
}

const bytes = (n) => n.toLocaleString('en');
const kilobytes = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The size table of bench/README.md, from a measurement: the one place the
 * figures are written, which the size test holds to the build
 * (`node tests/size.mjs --markdown` prints it).
 */
export function sizeTable({ files, total }, tool) {
  const label = { 'possible-causes.js': 'possible-causes.js (the glue)' };
  return [
    '| file | raw | brotli bytes |',
    '| --- | ---: | ---: |',
    ...files.map((f) => `| ${label[f.name] ?? f.name} | ${kilobytes(f.raw)} | ${bytes(f.brotli)} |`),
    `| total | ${kilobytes(total.raw)} | **${bytes(total.brotli)}** |`,
    `| not fetched by host pages: ${TOOL_FOLDER}/tool_bg.wasm | ${kilobytes(tool.raw)} | ${bytes(tool.brotli)} |`,
  ].join('\n');
}

/** The tool's wasm (npm's command, the server API, the editors' page), raw and brotli. */
export function measureTool(dist = DIST) {
  const wasm = readFileSync(path.join(dist, TOOL_FOLDER, 'tool_bg.wasm'));
  return { raw: wasm.length, brotli: brotliSize(wasm) };
}

const runAsCommand = path.resolve(process.argv[1] || '') === fileURLToPath(import.meta.url);
if (runAsCommand && process.argv.includes('--markdown')) {
  console.log(sizeTable(measure(), measureTool()));
} else if (runAsCommand) {
  const dist = DIST;
  const { files, total } = measure(dist);
  const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
  console.log('file                          raw      brotli');
  for (const f of files) console.log(`${f.name.padEnd(26)}${kb(f.raw)}${kb(f.brotli)}`);
  console.log(`${'total'.padEnd(26)}${kb(total.raw)}${kb(total.brotli)}`);
  // The tool's wasm (npm's possible-causes command, the server API, the
  // editors' page): never fetched by a host page, so not in the total.
  const tool = readFileSync(path.join(dist, TOOL_FOLDER, 'tool_bg.wasm'));
  console.log(`\nnot downloaded by host pages:\n${`${TOOL_FOLDER}/tool_bg.wasm`.padEnd(26)}${kb(tool.length)}${kb(brotliSize(tool))}`);
}
