// The package: web/package.json's exports point at built files, and the TypeScript
// declarations compile (tsc --noEmit) together with a usage file that resolves them through
// the package's own "exports", as an embedder's project would.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

test('tsc rejects wrong use (so the check above checks something)', { skip: skip || (!existsSync(TSC) && 'typescript not installed (npm ci)') }, () => {
  const dir = `${ROOT}/build/types-negative`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({
    compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, lib: ['es2022', 'dom'], types: [],
      paths: { newsmark: [`${ROOT}/web/newsmark.d.ts`] } },
    files: ['wrong.ts'],
  }));
  writeFileSync(`${dir}/wrong.ts`, [
    "import { Newsmark, type NewsmarkResult } from 'newsmark';",
    'export async function wrong(el: HTMLElement) {',
    '  const w = await Newsmark.load({ worker: true });',
    "  const r: NewsmarkResult = w.analyze('x');        // a Promise, not a result",
    "  const h = (await Newsmark.load()).highlight(el, { people: 'yes' });  // not a boolean",
    '  return [r, h];',
    '}',
  ].join('\n'));
  const r = spawnSync(TSC, ['--noEmit', '-p', dir], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /wrong\.ts\(4,/);
  assert.match(r.stdout, /wrong\.ts\(5,/);
  rmSync(dir, { recursive: true, force: true });
});

test('the declarations describe every runtime export', { skip }, async () => {
  const mod = await import(`${ROOT}/web/dist/newsmark.mjs`);
  const dts = readFileSync(`${ROOT}/web/newsmark.d.ts`, 'utf8');
  for (const name of Object.keys(mod)) {
    if (name === 'default') continue;
    assert.match(dts, new RegExp(`export declare (class|function|const) ${name}\\b`), `${name} is declared`);
  }
});
