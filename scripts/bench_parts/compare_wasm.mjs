#!/usr/bin/env node
// node scripts/bench_parts/compare_wasm.mjs DIST_A DIST_B [PASSES]: two builds of the wasm core
// (each a directory holding newsmark-core.cjs and newsmark.wasm, e.g. a copy of web/dist from
// another commit), A/B (ab.mjs), through the core's analyzeUtf16 alone.
import { runAB } from './ab.mjs';
import { loadDist } from './stage_pass.mjs';

const utf8 = new TextDecoder();

// Older cores return the JSON as a string, newer ones leave it in the heap (see
// web/bindings/newsmark_wasm.cpp).
function analyze({ core, analyzer }, d) {
  const ptr = core._malloc(d.text.length * 2);
  const heap = core.HEAPU16;
  for (let i = 0; i < d.text.length; i++) heap[(ptr >>> 1) + i] = d.text.charCodeAt(i);
  const out = analyzer.analyzeUtf16(ptr, d.text.length, JSON.stringify(d.id));
  let json = out;
  if (typeof out !== 'string') {
    const at = analyzer.resultPointer();
    json = utf8.decode(core.HEAPU8.subarray(at, at + out));
  }
  core._free(ptr);
  return JSON.parse(json).length;
}

await runAB('compare_wasm', loadDist, analyze);
