// One pass of a loaded wasm core over the corpus, timed stage by stage through the core's
// progress callback, with the JS API's own steps around the core: the text into the heap, the
// packed result out of the core and rebuilt as objects. Used by stage_times.mjs and
// compare_stages.mjs.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unpackResult } from '../../web/src/packed-result.mjs';
import { fresh } from './corpus.mjs';

const encoder = new TextEncoder();

// The core and an analyzer from a build of web/dist (or from other files: profile_wasm.mjs).
export async function loadDist(dir, { glue = 'newsmark-core.cjs', wasm = 'newsmark.wasm' } = {}) {
  const at = resolve(dir);
  const core = await createRequire(import.meta.url)(`${at}/${glue}`)({ wasmBinary: readFileSync(`${at}/${wasm}`) });
  return { core, analyzer: new core.Analyzer() };
}

// Folds a pass's ms by stage into the minimum so far of each.
export function keepMin(best, spent) {
  for (const [k, v] of Object.entries(spent)) best[k] = Math.min(best[k] ?? Infinity, v);
}

// ms spent by stage over `news` (each text with the marker of pass `pass`, so nothing is cached).
export function stagePass({ core, analyzer }, news, pass) {
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
  for (const { text } of fresh(news, pass)) {
    const t0 = performance.now();
    const room = text.length * 3;
    const ptr = core._malloc(room);
    const size = encoder.encodeInto(text, core.HEAPU8.subarray(ptr, ptr + room)).written;
    add('text into the heap (JS)', performance.now() - t0);
    const count = analyzer.analyzePacked(ptr, size, true, '', onStage);  // frees ptr
    if (count === 0) throw new Error('stagePass: the core returned no result');
    const t1 = performance.now();
    add('packing the result', t1 - since);
    const at = analyzer.resultPointer();
    unpackResult(new Int32Array(core.HEAPU8.buffer, at, count), new Uint16Array(core.HEAPU8.buffer, at, count * 2), '');
    add('result objects (JS)', performance.now() - t1);
  }
  return spent;
}
