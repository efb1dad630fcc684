// The minifiers of the release build, for the widget's files and the
// benchmark's floors alike: esbuild, then terser on the scripts (its
// compressor measured 139 bytes brotli less on the glue and embed.js than
// esbuild's minifier alone; bench/size-history.md).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(new URL('./package.json', import.meta.url));
export const { build } = require('esbuild');
const { minify } = require('terser');

/** Minifies `file` in place: a stylesheet, a classic script or (`module`) an ES module. */
export async function minifyFile(file, { module = false } = {}) {
  await build({ entryPoints: [file], outfile: file, allowOverwrite: true, minify: true, format: module ? 'esm' : undefined, logLevel: 'warning' });
  if (file.endsWith('.js')) await terse(file, { module });
}

/** terser's compressor and mangler on a script esbuild already minified. */
export async function terse(file, { module = false } = {}) {
  const { code } = await minify(readFileSync(file, 'utf8'), { module, ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
  writeFileSync(file, code);
}
