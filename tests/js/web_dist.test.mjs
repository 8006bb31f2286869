// web/dist/ holds what the API loads at run time, in the forms each context needs: the
// ES module and its worker, the classic scripts (no import(), no top-level await: an MV3
// service worker and content scripts run them), the glues and the wasm, the declarations,
// and the demo in its own folder. The classic script is run in a bare VM context (no DOM,
// no node globals, like a service worker's) and must give the CLI's result.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { cliMissing, distMissing, DIST, ROOT, runCli } from './support.mjs';

const skip = distMissing() || false;
const RUNTIME = ['newsmark.mjs', 'newsmark-worker.mjs', 'newsmark.js', 'newsmark-worker.js', 'newsmark-core.mjs', 'newsmark-core.cjs', 'newsmark.wasm'];

test('web/dist holds the runtime files, the declarations and the demo folder', { skip }, () => {
  for (const f of [...RUNTIME, 'newsmark.d.ts', 'demo/index.html', 'demo/demo.mjs', 'demo/demo.css', 'demo/sample-article.txt']) {
    assert.ok(existsSync(`${DIST}/${f}`), `${f} built`);
  }
  const top = readdirSync(DIST, { withFileTypes: true });
  assert.deepEqual(top.filter((e) => e.isDirectory()).map((e) => e.name), ['demo'], 'the demo is the only folder');
  // Nothing else: what runs, and the declarations.
  assert.deepEqual(top.filter((e) => e.isFile()).map((e) => e.name).sort(), [...RUNTIME, 'newsmark.d.ts'].sort());
});

test('the classic scripts parse as classic scripts and hold no import()', { skip }, () => {
  for (const f of ['newsmark.js', 'newsmark-worker.js']) {
    const code = readFileSync(`${DIST}/${f}`, 'utf8');
    assert.doesNotThrow(() => new vm.Script(code, { filename: f }), `${f} is a classic script`);
    assert.ok(!/\bimport\s*\(/.test(code), `${f} has no dynamic import()`);
  }
});

test('the classic script runs without modules, DOM or node globals', { skip: skip || cliMissing() || false }, async () => {
  const text = readFileSync(`${ROOT}/web/demo/sample-article.txt`, 'utf8');
  const context = vm.createContext({ WebAssembly, TextDecoder, TextEncoder, URL, console, setTimeout, clearTimeout, queueMicrotask });
  vm.runInContext(readFileSync(`${DIST}/newsmark.js`, 'utf8'), context, { filename: 'newsmark.js' });
  const { Newsmark } = context;
  assert.equal(typeof Newsmark?.load, 'function', 'sets globalThis.Newsmark');
  assert.equal(typeof Newsmark.extractText, 'function');
  assert.equal(typeof Newsmark.paint, 'function');
  assert.equal(typeof Newsmark.api.describeItem, 'function');
  await assert.rejects(Newsmark.load(), /pass \{ wasmUrl \}/, 'no script URL here: a clear error');
  const nm = await Newsmark.load({ wasmBinary: readFileSync(`${DIST}/newsmark.wasm`) });
  const r = nm.analyze(text, { id: 'classic' });
  nm.dispose();
  const expected = JSON.parse(runCli(['analyze', '--format', 'json', '-'], text).stdout);
  assert.deepEqual(JSON.parse(JSON.stringify(r)), { ...expected, id: 'classic' });
});
