#!/usr/bin/env node
// `npx possible-causes render|check|import …`: the native tool's command
// line, the same Rust compiled to wasm, in Node 20 and later.
import { commandLine } from '../server.mjs';

try {
  const { stdout, stderr, status } = await commandLine(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = status;
} catch (error) {
  process.stderr.write(`possible-causes: the tool stopped: ${error?.message ?? error}\n`);
  process.exitCode = 1;
}
