// Prints what a host page downloads for the widget (embed.js, the wasm-bindgen
// glue, the wasm and the stylesheet), raw and brotli-compressed at the
// highest quality a CDN would use. `measure()` is shared with the size test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
import { DOWNLOADED } from '../www/downloaded.mjs';
import { brotli } from '../www/serve.mjs';

export const brotliSize = (bytes) => brotli(bytes).length;

export function measure(dist = DIST) {
  const files = DOWNLOADED.map((name) => {
    const bytes = readFileSync(path.join(dist, name));
    return { name, raw: bytes.length, brotli: brotliSize(bytes) };
  });
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, brotli: sum.brotli + f.brotli }), { raw: 0, brotli: 0 });
  return { files, total };
}

if (path.resolve(process.argv[1] || '') === fileURLToPath(import.meta.url)) {
  const { files, total } = measure();
  const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
  console.log('file                          raw      brotli');
  for (const f of files) console.log(`${f.name.padEnd(26)}${kb(f.raw)}${kb(f.brotli)}`);
  console.log(`${'total'.padEnd(26)}${kb(total.raw)}${kb(total.brotli)}`);
}
