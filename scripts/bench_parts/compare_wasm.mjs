#!/usr/bin/env node
// node scripts/bench_parts/compare_wasm.mjs DIST_A DIST_B [PASSES]: two builds of the wasm core
// (each a directory holding newsmark-core.cjs and newsmark.wasm, e.g. a copy of web/dist from
// another commit) over the 2,225 BBC articles in one node process, alternately, so both meet the
// same machine load. Prints the minimum and median time of a pass for each. The peers of
// scripts/bench move with the load; this ratio does not.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadNews } from './corpus.mjs';

const [dirA, dirB, passArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: compare_wasm.mjs DIST_A DIST_B [PASSES]');
  process.exit(2);
}
const passes = Number(passArg) || 5;
const news = loadNews();
if (!news) {
  console.log('compare_wasm: skipped (../shared/corpora/news not found)');
  process.exit(0);
}
const require = createRequire(import.meta.url);
const utf8 = new TextDecoder();

async function load(relative) {
  const dir = resolve(relative);
  const factory = require(`${dir}/newsmark-core.cjs`);
  const core = await factory({ wasmBinary: readFileSync(`${dir}/newsmark.wasm`) });
  return { core, analyzer: new core.Analyzer() };
}

// One pass over fresh texts; older cores return the JSON as a string, newer ones leave it in
// the heap (see web/bindings/newsmark_wasm.cpp).
function pass({ core, analyzer }, tag) {
  const t0 = performance.now();
  for (const d of news) {
    const text = `${d.text}\n\n(Pass ${tag}.)`;
    const ptr = core._malloc(text.length * 2);
    const heap = core.HEAPU16;
    for (let i = 0; i < text.length; i++) heap[(ptr >>> 1) + i] = text.charCodeAt(i);
    const out = analyzer.analyzeUtf16(ptr, text.length, JSON.stringify(d.id));
    let json = out;
    if (typeof out !== 'string') {
      const at = analyzer.resultPointer();
      json = utf8.decode(core.HEAPU8.subarray(at, at + out));
    }
    core._free(ptr);
    if (JSON.parse(json).length !== text.length) throw new Error(`bad result for ${d.id}`);
  }
  return performance.now() - t0;
}

const a = await load(dirA), b = await load(dirB);
const times = { a: [], b: [] };
for (let p = 0; p < passes; p++) {
  times.a.push(pass(a, `a${p}`));
  times.b.push(pass(b, `b${p}`));
}
const summary = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return `min ${s[0].toFixed(0)} ms, median ${s[s.length >> 1].toFixed(0)} ms`;
};
console.log(`A ${dirA}: ${summary(times.a)}`);
console.log(`B ${dirB}: ${summary(times.b)}`);
console.log(`B is ${(Math.min(...times.a) / Math.min(...times.b)).toFixed(2)}x as fast as A (minimum over minimum)`);
