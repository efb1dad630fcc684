// Trunk's post-build hook: the build's last stage, on trunk's staging folder.
// Each step is in www/build-steps.mjs; the npm package in www/package.mjs.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER_BASE, VERSION, VERSION_FOLDER } from './downloaded.mjs';
import { optimize, minify, writeIntegrity, writeVersionFolder, scriptSnippet, prerenderTopics } from './build-steps.mjs';
import { writePackage } from './package.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is unset)');

if (process.env.TRUNK_PROFILE === 'release') optimize(staging);
await minify(staging);
// The attributes and hashes last: of the files exactly as a page downloads them.
writeIntegrity(staging);
writeVersionFolder(staging);

const snippet = `${scriptSnippet(staging, `${PLACEHOLDER_BASE}${VERSION_FOLDER}/`)}\n`;
writeFileSync(path.join(staging, VERSION_FOLDER, 'snippet.html'), snippet);
console.log(`possible-causes ${VERSION}: files in dist/${VERSION_FOLDER}/ (cache them immutably). Embed with:\n\n${snippet}`);

writePackage(staging, path.join(staging, 'npm'), scriptSnippet(staging, `https://YOUR-NPM-CDN.example/possible-causes@${VERSION}/`));
console.log('npm package: dist/npm/ (npm pack there makes the tarball)');

prerenderTopics(staging);
