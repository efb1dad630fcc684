// How long the tool from npm takes, as a web team without Rust runs it: the
// release build's package packed, installed offline into a project of its
// own, then `npx possible-causes render` of a topic file, cold (the page
// cache dropped first, where this machine lets us) and warm; beside it the
// same command by node without npx, and the native tool. Prints medians.
//   node bench/tool.mjs [runs, default 9]   (after trunk build --release and cargo build --release)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { installPackage, PATH_WITHOUT_RUST } from '../tests/package.mjs';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] || 9);
const { project } = installPackage('bench');

const topic = path.join(root, 'content/topics/mirena-lower-back-pain.json');
const args = ['render', topic, '--department-href', 'https://clinic.example/departments/{department}', '--widget-base', 'https://cdn.example/possible-causes/'];

function time(command, commandArgs) {
  const start = process.hrtime.bigint();
  const done = spawnSync(command, commandArgs, { cwd: project, env: { ...process.env, PATH: PATH_WITHOUT_RUST }, stdio: 'ignore' });
  if (done.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')}: status ${done.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const dropCaches = () => spawnSync('sh', ['-c', 'sync && echo 3 > /proc/sys/vm/drop_caches'], { stdio: 'ignore' }).status === 0;
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const repeat = (n, measure) => Array.from({ length: n }, measure);

const npx = ['npx', ['--offline', '--no-install', 'possible-causes', ...args]];
const canDrop = dropCaches();
const cold = repeat(Math.min(runs, 5), () => { dropCaches(); return time(...npx); });
const warm = repeat(runs, () => time(...npx));
const node = repeat(runs, () => time(process.execPath, [path.join(project, 'node_modules/possible-causes/bin/possible-causes.mjs'), ...args]));
const nativeTool = path.join(root, 'target/release/possible-causes');
const native = existsSync(nativeTool) ? repeat(runs, () => time(nativeTool, args)) : null;

const row = (what, list) => console.log(`${what.padEnd(44)}${median(list).toFixed(0).padStart(6)} ms  (${list.length} runs, ${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)})`);
console.log(`possible-causes render of a topic file, Node ${process.version}, cargo and rustc off PATH\n`);
row(`npx possible-causes, cold${canDrop ? ' (page cache dropped)' : ' (page cache NOT dropped: not allowed here)'}`, cold);
row('npx possible-causes, warm', warm);
row('node …/bin/possible-causes.mjs, warm', node);
if (native) row('native tool (target/release), warm', native);
