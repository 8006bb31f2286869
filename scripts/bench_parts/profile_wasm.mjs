#!/usr/bin/env node
// node --cpu-prof scripts/bench_parts/profile_wasm.mjs CORE_DIR [PASSES]: runs the wasm core over
// the BBC corpus PASSES times (default 5), for a CPU profile function by function. CORE_DIR holds
// newsmark_core_cjs.cjs (a copy of the .js) and .wasm of a build without LTO and with --profiling-funcs (README,
// "Benchmarks"); `node scripts/bench_parts/profile_summary.mjs FILE.cpuprofile` reads the profile.
// Each text goes through the JS API's own steps (web/src/engine.mjs), so the JS in the profile
// is what Engine.analyze runs.
import { resolve } from 'node:path';
import { readResult, textIntoHeap } from '../../web/src/engine.mjs';
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
for (let p = 0; p < passes; p++) {
  for (const { id, text } of fresh(news, p)) {
    const idJson = JSON.stringify(id);
    const { ptr, size, utf8 } = textIntoHeap(core, text);
    readResult(core, analyzer, analyzer.analyzePacked(ptr, size, utf8, idJson, null), idJson);  // frees ptr
  }
}
