#!/usr/bin/env node
// node scripts/bench_parts/same_results.mjs DIST_A DIST_B...: an md5 of the JS API results of each
// build of web/dist over the 2,225 BBC articles, and whether they are all the same: the check that
// a speed change left the output alone (the native CLI has its md5 of the jsonl output).
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { loadNews } from './corpus.mjs';
const dirs = process.argv.slice(2);
if (dirs.length < 2) {
  // with fewer than two builds nothing is compared, and "same results" would say nothing
  console.error('usage: same_results.mjs DIST_A DIST_B...  (two builds of web/dist or more)');
  process.exit(2);
}
const news = loadNews();
if (!news) {
  console.log('same_results: skipped (../shared/corpora/news not found)');
  process.exit(0);
}
const digests = [];
for (const dir of dirs) {
  const { Newsmark } = await import(`${resolve(dir)}/newsmark.mjs`);
  const nm = await Newsmark.load();
  const h = createHash('md5');
  for (const d of news) h.update(JSON.stringify(nm.analyze(d.text, { id: d.id })));
  digests.push(h.digest('hex'));
  console.log(dir, digests.at(-1));
}
const same = digests.every((x) => x === digests[0]);
console.log(same ? 'same results' : 'DIFFERENT results');
process.exitCode = same ? 0 : 1;
