// One pass of a loaded wasm core over the corpus, timed stage by stage through the core's
// progress callback, with the JS API's own steps around the core taken from Engine.analyze
// (web/src/engine.mjs: textIntoHeap, readResult), so they are timed as the API runs them: the
// text into the heap, the packed result out of the core and rebuilt as objects. Used by
// stage_times.mjs and compare_stages.mjs.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readResult, textIntoHeap } from '../../web/src/engine.mjs';
import { fresh } from './corpus.mjs';

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

// Analyzes one document { id, text } as Engine.analyze does, adding the ms of each step to
// `spent` (by stage name). Returns the result's length (UTF-16 units) to check. With
// unpack: false the packed result is left in the heap undecoded (the 'result objects' row is
// not timed) and the text's own length is returned once the core gave a result: for an A/B of
// builds whose packed formats may differ (compare_stages.mjs), which this file's decoder reads
// only for the current one.
export function analyzeTimed({ core, analyzer }, { id, text }, spent, { unpack = true } = {}) {
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
  const idJson = JSON.stringify(id);
  const { ptr, size, utf8 } = textIntoHeap(core, text);
  add('text into the heap (JS)', performance.now() - t0);
  const count = analyzer.analyzePacked(ptr, size, utf8, idJson, onStage);  // frees ptr
  const t1 = performance.now();
  add('packing the result', t1 - since);
  if (count === 0) throw new Error(`analyzeTimed: the core returned no result for ${id}`);
  if (!unpack) return text.length;
  const { length } = readResult(core, analyzer, count, idJson);
  add('result objects (JS)', performance.now() - t1);
  return length;
}

// ms spent by stage over `news` (each text with the marker of pass `pass`, so nothing is cached).
export function stagePass(loaded, news, pass) {
  const spent = {};
  for (const doc of fresh(news, pass)) {
    if (analyzeTimed(loaded, doc, spent) !== doc.text.length) throw new Error(`stagePass: bad result for ${doc.id}`);
  }
  return spent;
}
