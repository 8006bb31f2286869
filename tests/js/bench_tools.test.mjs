// The benchmark tools' own checks (scripts/bench_parts): the A/B scripts refuse too few
// builds instead of reporting on nothing, and the timed pass goes through the JS API's steps,
// the UTF-16 path for lone surrogates included.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { distMissing, DIST, ROOT } from './support.mjs';

const tool = (name, args) => spawnSync('node', [`${ROOT}/scripts/bench_parts/${name}`, ...args], { encoding: 'utf8' });

test('same_results.mjs with fewer than two builds exits 2 with its usage', () => {
  for (const args of [[], [DIST]]) {
    const r = tool('same_results.mjs', args);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /^usage: same_results\.mjs DIST_A DIST_B/);
    assert.doesNotMatch(r.stdout, /same results/);
  }
});

test('compare_stages.mjs with one build exits 2 with its usage', () => {
  const r = tool('compare_stages.mjs', [DIST]);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /^usage: compare_stages\.mjs DIST_A DIST_B/);
});

const TEXTS = ['Mayor Helen Okafor said the vote may be delayed.', 'A lone \ud800 surrogate. Mr. Ruiz said so.'];

test('analyzeTimed times the API steps and the stages, lone surrogates included', { skip: distMissing() }, async () => {
  const { analyzeTimed, loadDist } = await import(`${ROOT}/scripts/bench_parts/stage_pass.mjs`);
  const loaded = await loadDist(DIST);
  for (const text of TEXTS) {
    const spent = {};
    assert.equal(analyzeTimed(loaded, { id: 'x', text }, spent), text.length);
    for (const row of ['text into the heap (JS)', 'segmenter', 'packing the result', 'result objects (JS)']) {
      assert.ok(spent[row] >= 0, `${row} timed: ${JSON.stringify(spent)}`);
    }
    const undecoded = {};
    assert.equal(analyzeTimed(loaded, { id: 'x', text }, undecoded, { unpack: false }), text.length);
    assert.equal(undecoded['result objects (JS)'], undefined);
  }
});
