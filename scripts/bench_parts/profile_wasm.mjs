#!/usr/bin/env node
// node --cpu-prof scripts/bench_parts/profile_wasm.mjs CORE_DIR [PASSES]: runs the wasm core over
// the BBC corpus PASSES times (default 5), for a CPU profile function by function. CORE_DIR holds
// newsmark_core_cjs.cjs (a copy of the .js) and .wasm of a build without LTO and with --profiling-funcs (README,
// "Benchmarks"); `node scripts/bench_parts/profile_summary.mjs FILE.cpuprofile` reads the profile.
import { resolve } from 'node:path';
import { fresh, loadNews } from './corpus.mjs';
import { loadDist } from './stage_pass.mjs';

const dir = resolve(process.argv[2] ?? 'build/wasm-prof/bin');
const passes = Number(process.argv[3]) || 5;
const news = loadNews();
if (!news) {
  console.log('profile_wasm: skipped (../shared/corpora/news not found)');
  process.exit(0);
}
const { core, analyzer } = await loadDist(dir, { glue: 'newsmark_core_cjs.cjs', wasm: 'newsmark_core_cjs.wasm' });
const encoder = new TextEncoder();
for (let p = 0; p < passes; p++) {
  for (const { text } of fresh(news, p)) {
    const room = text.length * 3;
    const ptr = core._malloc(room);
    const size = encoder.encodeInto(text, core.HEAPU8.subarray(ptr, ptr + room)).written;
    analyzer.analyzePacked(ptr, size, true, '', null);
  }
}
