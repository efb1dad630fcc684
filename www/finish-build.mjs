// Trunk's post-build hook: the build's last stage, on trunk's staging folder.
// Each step is in www/build-steps.mjs; the npm package in www/package.mjs.
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER_BASE, VERSION, VERSION_FOLDER } from './downloaded.mjs';
import { optimize, minify, writeVersionFolder, scriptSnippet, prerenderTopics } from './build-steps.mjs';
import { EDITOR_FOLDER, writePackage } from './package.mjs';
import { buildTool, loadTool } from './build-tool.mjs';
import { buildPlugin } from './build-plugin.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');

if (process.env.TRUNK_PROFILE === 'release') optimize(staging);
// The tool for Node and the editors' page (in dist/ and in the package),
// whose words and names embed.js takes.
buildTool(staging);
const tool = await loadTool(staging);
await minify(staging, tool);
writeVersionFolder(staging);

const snippet = `${scriptSnippet(staging, `${PLACEHOLDER_BASE}${VERSION_FOLDER}/`)}\n`;
writeFileSync(path.join(staging, VERSION_FOLDER, 'snippet.html'), snippet);
console.log(`possible-causes ${VERSION}: files in dist/${VERSION_FOLDER}/ (cache them immutably). Embed with:\n\n${snippet}`);

cpSync(new URL('./editor/', import.meta.url), path.join(staging, EDITOR_FOLDER), { recursive: true });
const npm = path.join(staging, 'npm');
writePackage(staging, npm, scriptSnippet(staging, `https://YOUR-NPM-CDN.example/possible-causes@${VERSION}/`));
console.log('npm package: dist/npm/ (npm pack there makes the tarball); the editors\' page: dist/editor/');

await prerenderTopics(staging, npm);
await buildPlugin(staging, tool);
