// The tool (render, check, import) for those without Rust: its crate
// (src/tool/node/) built for wasm32-unknown-unknown and bound by wasm-bindgen
// as an ES module (--target web), which Node runs from a file
// (src/tool/node/server.mjs) and the editors' page from its server. One glue
// and one wasm for both, optimized as the widget's wasm is.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optimizeWasm } from './optimize-wasm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TOOL_FOLDER = 'tool';
// The tool's files in the npm package and in dist/, by their folder.
export const TOOL_FILES = ['tool.mjs', 'tool_bg.wasm'];
// The tool's Node face, copied from src/tool/node/ into the package.
export const NODE_FILES = { 'server.mjs': 'server.mjs', 'server.d.ts': 'server.d.ts', 'cli.mjs': 'bin/possible-causes.mjs' };

function run(command, args) {
  const done = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (status ${done.status ?? done.signal})`);
}

/** Builds the tool's wasm and writes its glue and wasm into `folder`. */
export function buildTool(folder) {
  run('cargo', ['build', '--release', '--locked', '--quiet', '--target', 'wasm32-unknown-unknown', '-p', 'possible-causes-tool']);
  const out = path.join(folder, TOOL_FOLDER);
  rmSync(out, { recursive: true, force: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'tool',
    path.join(root, 'target/wasm32-unknown-unknown/release/possible_causes_tool.wasm')]);
  // An ES module by its name, whatever the "type" of the package around it.
  renameSync(path.join(out, 'tool.js'), path.join(out, 'tool.mjs'));
  const wasm = path.join(out, 'tool_bg.wasm');
  writeFileSync(wasm, optimizeWasm(readFileSync(wasm)));
}

/** The tool built into `folder` (its tool/), ready to call. */
export async function loadTool(folder) {
  const tool = await import(pathToFileURL(path.join(folder, TOOL_FOLDER, 'tool.mjs')));
  tool.initSync({ module: readFileSync(path.join(folder, TOOL_FOLDER, 'tool_bg.wasm')) });
  return tool;
}

/** Copies the tool's files from `built` into the package folder, with its Node face. */
export function copyTool(built, packageFolder) {
  mkdirSync(path.join(packageFolder, TOOL_FOLDER), { recursive: true });
  for (const name of TOOL_FILES) copyFileSync(path.join(built, TOOL_FOLDER, name), path.join(packageFolder, TOOL_FOLDER, name));
  for (const [source, target] of Object.entries(NODE_FILES)) {
    mkdirSync(path.dirname(path.join(packageFolder, target)), { recursive: true });
    copyFileSync(path.join(root, 'src/tool/node', source), path.join(packageFolder, target));
  }
}
