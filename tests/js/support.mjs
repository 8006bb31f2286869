// Shared by the node tests: where the built CLI and web/dist are, and how to run the CLI.
// The *Missing() helpers return a reason to skip (a string) or false, for node:test's `skip`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const CLI = `${ROOT}/build/native/bin/newsmark`;
export const DIST = `${ROOT}/web/dist`;
export const SHARED = process.env.NEWSMARK_SHARED ?? fileURLToPath(new URL("../../../shared", import.meta.url));

export const cliMissing = () => (existsSync(CLI) ? false : `${CLI} not built (run scripts/build)`);
export const distMissing = () => (existsSync(`${DIST}/newsmark.wasm`) ? false : 'web/dist/ not built (run scripts/build)');
export const sharedMissing = () => (existsSync(SHARED) ? false : `../shared not found at ${SHARED}: corpus checks skipped`);

// Runs the CLI; input is a string or Buffer for stdin. Returns { status, stdout, stderr }.
export function runCli(args, input) {
  const r = spawnSync(CLI, args, { input, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
