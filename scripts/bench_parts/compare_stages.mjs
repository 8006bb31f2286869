#!/usr/bin/env node
// node scripts/bench_parts/compare_stages.mjs DIST_A DIST_B [PASSES]: stage_times.mjs for two
// builds of web/dist in one node process, a pass of each in turn (as ab.mjs does), so both meet
// the same machine load: the minimum per stage of each, and B's change.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadNews } from './corpus.mjs';

const [dirA, dirB, passArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: compare_stages.mjs DIST_A DIST_B [PASSES]');
  process.exit(2);
}
const passes = Number(passArg) || 5;
const news = loadNews();
if (!news) {
  console.log('compare_stages: skipped (../shared/corpora/news not found)');
  process.exit(0);
}
const require = createRequire(import.meta.url);
const encoder = new TextEncoder();

async function load(dir) {
  const core = await require(`${resolve(dir)}/newsmark-core.cjs`)({ wasmBinary: readFileSync(`${resolve(dir)}/newsmark.wasm`) });
  return { dir, core, analyzer: new core.Analyzer(), best: {} };
}

function pass(run, p) {
  const { core, analyzer } = run;
  const spent = {};
  const add = (what, ms) => { spent[what] = (spent[what] ?? 0) + ms; };
  let stage = null;
  let since = 0;
  const onStage = (index, count, name) => {
    const now = performance.now();
    if (stage) add(stage, now - since);
    stage = index < count ? name : null;
    since = now;
  };
  const t0 = performance.now();
  for (const d of news) {
    const text = `${d.text}\n\n(Pass ${p}.)`;
    const room = text.length * 3;
    const ptr = core._malloc(room);
    const size = encoder.encodeInto(text, core.HEAPU8.subarray(ptr, ptr + room)).written;
    if (analyzer.analyzePacked(ptr, size, true, '', onStage) === 0) throw new Error(`${run.dir}: no result`);
  }
  add('total (core)', performance.now() - t0);
  for (const [k, v] of Object.entries(spent)) run.best[k] = Math.min(run.best[k] ?? Infinity, v);
}

const runs = [await load(dirA), await load(dirB)];
for (let p = 0; p < passes; p++) runs.forEach((run, j) => pass(run, `${'ab'[j]}${p}`));
console.log(`${'stage'.padEnd(16)} ${'A'.padStart(9)} ${'B'.padStart(9)}  (minimum of ${passes} passes; A ${dirA}, B ${dirB})`);
for (const k of Object.keys(runs[0].best)) {
  const [a, b] = runs.map((r) => r.best[k]);
  console.log(`${k.padEnd(16)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(9)}  ${((100 * (b - a)) / a).toFixed(1).padStart(6)}%`);
}
