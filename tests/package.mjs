// The npm package as a web team gets it: `npm pack` of the build's dist/npm/,
// installed from the tarball (offline) into a project of its own under
// tests/.package-check/, where tests/node_modules (React, TypeScript) is
// still found by the usual lookup.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
export const PACKAGE_SOURCE = path.join(here, '..', 'dist', 'npm');

const npm = (args, cwd) => execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

/** Packs and installs the package into `tests/.package-check/<name>/`; where it went, and what the tarball holds. */
export function installPackage(name) {
  const project = path.join(here, '.package-check', name);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  const [packed] = JSON.parse(npm(['pack', PACKAGE_SOURCE, '--json', '--pack-destination', project], project));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: `package-check-${name}`, private: true }));
  npm(['install', '--ignore-scripts', `./${packed.filename}`], project);
  return { project, installed: path.join(project, 'node_modules', 'possible-causes'), files: packed.files.map((f) => f.path) };
}

/** PATH as a web team without Rust has it: no folder that holds cargo or rustc. */
export const PATH_WITHOUT_RUST = process.env.PATH.split(path.delimiter)
  .filter((folder) => !['cargo', 'rustc'].some((tool) => existsSync(path.join(folder, tool))))
  .join(path.delimiter);
