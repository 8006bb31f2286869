// The package: web/package.json's exports point at built files, and the TypeScript
// declarations compile (tsc --noEmit) together with a usage file that resolves them through
// the package's own "exports", as an embedder's project would.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { distMissing, ROOT } from './support.mjs';

const skip = distMissing() || false;
const TSC = `${ROOT}/node_modules/.bin/tsc`;

test('package.json exports name files that exist in web/dist', { skip }, () => {
  const pkg = JSON.parse(readFileSync(`${ROOT}/web/package.json`, 'utf8'));
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  assert.ok(targets.length >= 5);
  for (const t of targets) assert.ok(existsSync(`${ROOT}/web/${t}`), `${t} exists`);
  assert.equal(pkg.exports['.'].import, './dist/newsmark.mjs');
  assert.equal(pkg.exports['.'].types, './dist/newsmark.d.ts');
  assert.equal(pkg.type, 'module');
});

test('tsc --noEmit accepts the declarations and the documented usage', { skip: skip || (!existsSync(TSC) && 'typescript not installed (npm ci)') }, () => {
  const r = spawnSync(TSC, ['--noEmit', '-p', `${ROOT}/web`], { encoding: 'utf8' });
  assert.equal(r.status, 0, `tsc failed:\n${r.stdout}${r.stderr}`);
});

test('the declarations describe every runtime export', { skip }, async () => {
  const mod = await import(`${ROOT}/web/dist/newsmark.mjs`);
  const dts = readFileSync(`${ROOT}/web/newsmark.d.ts`, 'utf8');
  for (const name of Object.keys(mod)) {
    if (name === 'default') continue;
    assert.match(dts, new RegExp(`export declare (class|function|const) ${name}\\b`), `${name} is declared`);
  }
});
