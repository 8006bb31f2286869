// The JS API in node 20: main-thread and worker modes give the CLI's result, progress is
// reported per pipeline stage, cancellation works for queued and running analyses, and
// wrong use gets clear errors. Expectations come from the CLI at run time, so they hold as
// the analysis stages land.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cliMissing, distMissing, DIST, ROOT, runCli } from './support.mjs';

const skip = distMissing() || cliMissing() || false;
const load = async (options) => (await import(`${DIST}/newsmark.mjs`)).Newsmark.load(options);
const SAMPLE = readFileSync(`${ROOT}/web/demo/sample-article.txt`, 'utf8');
const cli = (text) => JSON.parse(runCli(['analyze', '--format', 'json', '-'], text).stdout);

test('main thread: the sample article gives the CLI result, with stage progress', { skip }, async () => {
  const nm = await load();
  const progress = [];
  const r = nm.analyze(SAMPLE, { onProgress: (p) => progress.push(p) });
  assert.deepEqual(r, cli(SAMPLE));
  assert.ok(progress.length >= 2, 'at least one stage and the end');
  assert.equal(progress[0].phase, 'analyze');
  assert.equal(progress[0].index, 0);
  assert.ok(progress[0].stage.length > 0);
  const last = progress.at(-1);
  assert.deepEqual([last.phase, last.fraction, last.index], ['done', 1, last.count]);
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i].fraction >= progress[i - 1].fraction, 'progress never goes back');
  assert.equal(typeof nm.version, 'string');
  assert.equal(nm.worker, false);
  nm.dispose();
});

test('worker mode: same results as the CLI, as promises, with progress', { skip }, async () => {
  const nm = await load({ worker: true });
  try {
    assert.equal(nm.worker, true);
    assert.match(nm.version, /^\d+\.\d+\.\d+/);
    const progress = [];
    const pending = nm.analyze(SAMPLE, { id: 'sample', onProgress: (p) => progress.push(p.phase) });
    assert.ok(pending instanceof Promise);
    assert.deepEqual(await pending, { ...cli(SAMPLE), id: 'sample' });
    assert.equal(progress[0], 'start');
    assert.equal(progress.at(-1), 'done');
    assert.ok(progress.includes('analyze'));
    // Several requests in flight come back in order, each with its own result.
    const texts = ['One. Two.', 'Mr. Smith left.\n\nHe came back.', '', SAMPLE.slice(0, 300)];
    const results = await Promise.all(texts.map((t, i) => nm.analyze(t, { id: i })));
    results.forEach((r, i) => assert.deepEqual(r, { ...cli(texts[i]), id: i }));
  } finally {
    nm.dispose();
  }
});

test('worker mode: cancelling a running and a queued analysis', { skip }, async () => {
  const nm = await load({ worker: true });
  try {
    const big = SAMPLE.repeat(1500);  // ~2 MB: long enough to be running when aborted
    const running = new AbortController();
    const queued = new AbortController();
    let started = false;
    const a = nm.analyze(big, { signal: running.signal, onProgress: (p) => { if (p.phase === 'analyze') started = true; } });
    const b = nm.analyze(big, { signal: queued.signal });
    const c = nm.analyze('After the aborts.');
    const aRejects = assert.rejects(a, { name: 'AbortError' });
    const bRejects = assert.rejects(b, { name: 'AbortError' });
    queued.abort();
    while (!started) await new Promise((r) => setTimeout(r, 2));
    running.abort();
    await aRejects;
    await bRejects;
    assert.deepEqual(await c, cli('After the aborts.'), 'the next request runs in a fresh worker');
    const pre = new AbortController();
    pre.abort();
    await assert.rejects(nm.analyze('x', { signal: pre.signal }), { name: 'AbortError' });
  } finally {
    nm.dispose();
  }
});

test('worker mode: wrong use and dispose', { skip }, async () => {
  const nm = await load({ worker: true });
  await assert.rejects(nm.analyze(42), /takes a string/);
  const pending = assert.rejects(nm.analyze(SAMPLE.repeat(200)), /disposed/);
  nm.dispose();
  await pending;
  await assert.rejects(nm.analyze('x'), /after dispose/);
  nm.dispose();  // twice is harmless
});

test('main thread: wrong use, abort before start, explicit wasmBinary', { skip }, async () => {
  const bytes = readFileSync(`${DIST}/newsmark.wasm`);
  const nm = await load({ wasmBinary: bytes });
  const ac = new AbortController();
  ac.abort();
  assert.throws(() => nm.analyze('x', { signal: ac.signal }), { name: 'AbortError' });
  assert.throws(() => nm.analyze(null), /takes a string/);
  nm.dispose();
  assert.throws(() => nm.analyze('x'), /after dispose/);
  await assert.rejects(load({ wasmUrl: `${DIST}/missing.wasm` }), /ENOENT|no such file/);
});

test('the parts are exported beside the class', { skip }, async () => {
  const mod = await import(`${DIST}/newsmark.mjs`);
  for (const name of ['Newsmark', 'extractText', 'paint', 'Highlighter', 'TextMap', 'describeItem', 'sourceGroup', 'contrastPairs']) {
    assert.ok(mod[name], `exports ${name}`);
  }
  assert.equal(mod.Newsmark.extractText, mod.extractText);
  assert.equal(mod.Newsmark.paint, mod.paint);
  assert.equal(mod.default, mod.Newsmark);
});
