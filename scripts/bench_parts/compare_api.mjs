#!/usr/bin/env node
// node scripts/bench_parts/compare_api.mjs DIST_A DIST_B [PASSES]: the JS API (Newsmark.load(),
// analyze()) of two builds of web/dist over the 2,225 BBC articles in one node process,
// alternately, so both meet the same machine load. Unlike compare_wasm.mjs this includes what
// the API does around the core (copying the text in, building the result objects).
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadNews, utf8Bytes } from './corpus.mjs';

const [dirA, dirB, passArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: compare_api.mjs DIST_A DIST_B [PASSES]');
  process.exit(2);
}
const passes = Number(passArg) || 5;
const news = loadNews();
if (!news) {
  console.log('compare_api: skipped (../shared/corpora/news not found)');
  process.exit(0);
}
const dirs = [dirA, dirB];
const apis = await Promise.all(dirs.map(async (d) => (await import(`${resolve(d)}/newsmark.mjs`)).Newsmark.load()));
const times = [[], []];
for (let p = 0; p < passes; p++) {
  apis.forEach((nm, j) => {
    const t0 = performance.now();
    for (const d of news) {
      const text = `${d.text}\n\n(Pass ${p}.)`;
      if (nm.analyze(text, { id: d.id }).length !== text.length) throw new Error(`bad result for ${d.id}`);
    }
    times[j].push(performance.now() - t0);
  });
}
const mb = utf8Bytes(news) / (1 << 20);
dirs.forEach((d, j) => {
  const sorted = [...times[j]].sort((a, b) => a - b);
  console.log(`${d}: min ${sorted[0].toFixed(0)} ms (${(mb / (sorted[0] / 1000)).toFixed(2)} MB/s), median ${sorted[Math.floor(passes / 2)].toFixed(0)} ms`);
});
