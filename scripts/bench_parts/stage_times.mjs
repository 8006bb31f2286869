#!/usr/bin/env node
// node scripts/bench_parts/stage_times.mjs [DIST] [PASSES]: where the wasm time goes, stage by
// stage (through the core's progress callback), plus the JS API's own work around the core:
// the text into the heap, the packed result out of the core and rebuilt as objects. Over the
// 2,225 BBC articles; the minimum over PASSES (default 3) of each. The native counterpart is
// build/native/bin/newsmark_stage_times.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadNews, ROOT } from './corpus.mjs';
import { unpackResult } from '../../web/src/packed-result.mjs';

const dir = resolve(process.argv[2] ?? `${ROOT}/web/dist`);
const passes = Number(process.argv[3]) || 3;
const news = loadNews();
if (!news) {
  console.log('stage_times: skipped (../shared/corpora/news not found)');
  process.exit(0);
}
const core = await createRequire(import.meta.url)(`${dir}/newsmark-core.cjs`)({ wasmBinary: readFileSync(`${dir}/newsmark.wasm`) });
const analyzer = new core.Analyzer();
const encoder = new TextEncoder();
const best = {};
for (let p = 0; p < passes; p++) {
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
  for (const d of news) {
    const text = `${d.text}\n\n(Pass ${p}.)`;
    const t0 = performance.now();
    const room = text.length * 3;
    const ptr = core._malloc(room);
    const size = encoder.encodeInto(text, core.HEAPU8.subarray(ptr, ptr + room)).written;
    add('text into the heap (JS)', performance.now() - t0);
    const count = analyzer.analyzePacked(ptr, size, true, '', onStage);  // frees ptr
    const t1 = performance.now();
    add('packing the result', t1 - since);
    const at = analyzer.resultPointer();
    unpackResult(new Int32Array(core.HEAPU8.buffer, at, count), new Uint16Array(core.HEAPU8.buffer, at, count * 2), '');
    add('result objects (JS)', performance.now() - t1);
  }
  for (const [k, v] of Object.entries(spent)) best[k] = Math.min(best[k] ?? Infinity, v);
}
for (const [k, v] of Object.entries(best)) console.log(`${k.padEnd(26)} ${v.toFixed(1).padStart(8)} ms`);
console.log(`${'total'.padEnd(26)} ${Object.values(best).reduce((a, b) => a + b, 0).toFixed(1).padStart(8)} ms (minimum of ${passes} passes each)`);
