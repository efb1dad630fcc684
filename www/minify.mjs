// Trunk post-build hook: minifies the scripts and stylesheet a host page
// downloads (trunk cannot minify wasm-bindgen's ES module glue).
import { createRequire } from 'node:module';
import path from 'node:path';

// esbuild is installed with the other build and test tools in tests/.
const { build } = createRequire(new URL('../tests/package.json', import.meta.url))('esbuild');

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');

const files = [
  ['possible-causes.js', 'esm'],
  ['embed.js', 'iife'],
  ['widget.css', undefined],
];
for (const [name, format] of files) {
  const file = path.join(staging, name);
  await build({ entryPoints: [file], outfile: file, allowOverwrite: true, minify: true, format, legalComments: 'inline', logLevel: 'warning' });
}
