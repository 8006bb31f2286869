#!/usr/bin/env node
// node scripts/bench_parts/stage_times.mjs [DIST] [PASSES]: where the wasm time goes, stage by
// stage (through the core's progress callback), plus the JS API's own work around the core:
// the text into the heap, the packed result out of the core and rebuilt as objects. Over the
// 2,225 BBC articles; the minimum over PASSES (default 3) of each. The native counterpart is
// build/native/bin/newsmark_stage_times.
import { resolve } from 'node:path';
import { loadNews, ROOT } from './corpus.mjs';
import { keepMin, loadDist, stagePass } from './stage_pass.mjs';

const dir = resolve(process.argv[2] ?? `${ROOT}/web/dist`);
const passes = Number(process.argv[3]) || 3;
const news = loadNews();
if (!news) {
  console.log('stage_times: skipped (../shared/corpora/news not found)');
  process.exit(0);
}
const loaded = await loadDist(dir);
const best = {};
for (let p = 0; p < passes; p++) keepMin(best, stagePass(loaded, news, p));
for (const [k, v] of Object.entries(best)) console.log(`${k.padEnd(26)} ${v.toFixed(1).padStart(8)} ms`);
console.log(`${'total'.padEnd(26)} ${Object.values(best).reduce((a, b) => a + b, 0).toFixed(1).padStart(8)} ms (minimum of ${passes} passes each)`);
