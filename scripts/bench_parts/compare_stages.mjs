#!/usr/bin/env node
// node scripts/bench_parts/compare_stages.mjs DIST_A DIST_B [PASSES]: stage_times.mjs for two
// builds of web/dist in one node process, a pass of each in turn (ab.mjs's runAB), so both
// meet the same machine load: the minimum per stage of each, and B's change.
//
// The packed results are not decoded (analyzeTimed's unpack: false): this file's decoder
// (web/src/packed-result.mjs) reads the current format only, and an older build's may differ.
// The JS API with each build's own decoder is compared by compare_api.mjs.
import { runAB } from './ab.mjs';
import { analyzeTimed, keepMin, loadDist } from './stage_pass.mjs';

const runs = await runAB(
  'compare_stages',
  async (dir) => ({ ...(await loadDist(dir)), spent: {}, best: {} }),
  (loaded, doc) => analyzeTimed(loaded, doc, loaded.spent, { unpack: false }),
  {
    afterPass(loaded, ms) {
      loaded.spent['total (core and JS)'] = ms;
      keepMin(loaded.best, loaded.spent);
      loaded.spent = {};
    },
  },
);
const passes = runs[0].times.length;
console.log(`${'stage'.padEnd(26)} ${'A'.padStart(9)} ${'B'.padStart(9)}  (minimum of ${passes} passes; A ${runs[0].dir}, B ${runs[1].dir})`);
for (const k of Object.keys(runs[0].loaded.best)) {
  const [a, b] = runs.map((r) => r.loaded.best[k]);
  console.log(`${k.padEnd(26)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(9)}  ${((100 * (b - a)) / a).toFixed(1).padStart(6)}%`);
}
