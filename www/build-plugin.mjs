// The WordPress plugin of the build (www/wordpress/): its PHP and scripts,
// the widget's files, the editors' page and the tool to serve from its own
// folder, the block's attributes from the element's description, and the
// built-in topics rendered by the tool: dist/wordpress/possible-causes/ and
// dist/wordpress/possible-causes.zip, installed as any plugin is.
import { spawnSync } from 'node:child_process';
import { cpSync, copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOWNLOADED, FILES, TOPICS, VERSION } from './downloaded.mjs';
import { ELEMENT, blockAttributes } from './element.mjs';
import { TOOL_FILES, TOOL_FOLDER } from './build-tool.mjs';
import { EDITOR_FOLDER } from './package.mjs';
import { integrity } from './build-steps.mjs';
import { MARKS, renderRecord } from './wordpress/admin/records.mjs';

const source = fileURLToPath(new URL('./wordpress/', import.meta.url));
export const PLUGIN = 'possible-causes';
// The folder, inside the plugin's, that serves the widget's files, its editors' page and tool.
const WIDGET_FOLDER = 'widget';
// Files of www/wordpress/ whose %VERSION% the build fills in.
const VERSIONED = ['possible-causes.php', 'readme.txt'];

/** Writes dist/wordpress/possible-causes/ and its zip from the staged build, with its `tool` (loadTool's). */
export async function buildPlugin(staging, tool) {
  const out = path.join(staging, 'wordpress');
  const plugin = path.join(out, PLUGIN);
  rmSync(out, { recursive: true, force: true });
  cpSync(source, plugin, { recursive: true });
  for (const name of VERSIONED) {
    const file = path.join(plugin, name);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('%VERSION%', VERSION));
  }
  const block = JSON.parse(readFileSync(path.join(source, 'block.json'), 'utf8'));
  const attributes = blockAttributes();
  writeFileSync(path.join(plugin, 'block.json'), `${JSON.stringify({ ...block, version: VERSION, attributes }, null, 2)}\n`);

  const widget = path.join(plugin, WIDGET_FOLDER);
  mkdirSync(path.join(widget, TOOL_FOLDER), { recursive: true });
  for (const name of DOWNLOADED) copyFileSync(path.join(staging, name), path.join(widget, name));
  for (const name of TOOL_FILES) copyFileSync(path.join(staging, TOOL_FOLDER, name), path.join(widget, TOOL_FOLDER, name));
  cpSync(path.join(staging, EDITOR_FOLDER), path.join(widget, EDITOR_FOLDER), { recursive: true });

  // The languages the widget's words come in: each topic is pre-rendered in each, and in its own.
  const { languages } = tool.widgetWords();
  const defaults = Object.fromEntries(ELEMENT.attributes.filter((a) => a.default !== undefined).map((a) => [a.name, a.default]));
  // How PHP fills in what a record's markup marks (records.mjs): department links and words.
  const marks = { ...MARKS, departmentToken: tool.departmentToken() };
  writeFileSync(path.join(plugin, 'build.json'), `${JSON.stringify({
    version: VERSION, embedIntegrity: integrity(staging, FILES.embed), topics: TOPICS, languages, defaults, marks,
  }, null, 2)}\n`);

  // The built-in topics, by the same function wp-admin renders the site's with.
  mkdirSync(path.join(plugin, 'topics'));
  for (const topic of TOPICS) {
    const json = readFileSync(new URL(`../content/topics/${topic}.json`, import.meta.url), 'utf8');
    const record = await renderRecord(tool, json, {
      builtIn: true, widgetBase: 'placeholder/', headingLevels: attributes['heading-level'].enum, languages, version: VERSION,
    });
    writeFileSync(path.join(plugin, 'topics', `${topic}.json`), JSON.stringify(record));
  }

  const zip = spawnSync('zip', ['-q', '-r', '-X', `${PLUGIN}.zip`, PLUGIN], { cwd: out, stdio: 'inherit' });
  if (zip.status !== 0) throw new Error('zip failed: .ci/tools installs it');
  const files = readdirSync(plugin, { recursive: true }).length;
  console.log(`WordPress plugin: dist/wordpress/${PLUGIN}.zip (${files} files)`);
}
