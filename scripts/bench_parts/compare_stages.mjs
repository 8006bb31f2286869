#!/usr/bin/env node
// node scripts/bench_parts/compare_stages.mjs DIST_A DIST_B [PASSES]: stage_times.mjs for two
// builds of web/dist in one node process, a pass of each in turn (as ab.mjs does), so both meet
// the same machine load: the minimum per stage of each, and B's change.
import { performance } from 'node:perf_hooks';
import { abArgs } from './ab.mjs';
import { keepMin, loadDist, stagePass } from './stage_pass.mjs';

const { dirA, dirB, passes, news } = abArgs('compare_stages');

async function load(dir) {
  return { dir, loaded: await loadDist(dir), best: {} };
}

function pass(run, p) {
  const t0 = performance.now();
  const spent = stagePass(run.loaded, news, p);
  spent['total (core and JS)'] = performance.now() - t0;
  keepMin(run.best, spent);
}

const runs = [await load(dirA), await load(dirB)];
for (let p = 0; p < passes; p++) runs.forEach((run, j) => pass(run, `${'ab'[j]}${p}`));
console.log(`${'stage'.padEnd(26)} ${'A'.padStart(9)} ${'B'.padStart(9)}  (minimum of ${passes} passes; A ${dirA}, B ${dirB})`);
for (const k of Object.keys(runs[0].best)) {
  const [a, b] = runs.map((r) => r.best[k]);
  console.log(`${k.padEnd(26)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(9)}  ${((100 * (b - a)) / a).toFixed(1).padStart(6)}%`);
}
