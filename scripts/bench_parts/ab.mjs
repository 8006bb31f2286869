// The frame of an A/B run (compare_wasm.mjs, compare_api.mjs, compare_stages.mjs): two builds
// over the 2,225 BBC articles in one node process, one pass each in turn, so both meet the
// same machine load.
// Prints the minimum and median time of a pass for each and the ratio of the minimums; the
// peers of scripts/bench move with the load, this ratio does not.
import { performance } from 'node:perf_hooks';
import { fresh, loadNews, utf8Bytes } from './corpus.mjs';

// The arguments of an A/B script (DIST_A DIST_B [PASSES], 5 by default) and the corpus; exits
// with the usage, or with a skip message when the corpus is absent.
export function abArgs(name) {
  const [dirA, dirB, passArg] = process.argv.slice(2);
  if (!dirA || !dirB) {
    console.error(`usage: ${name}.mjs DIST_A DIST_B [PASSES]`);
    process.exit(2);
  }
  const news = loadNews();
  if (!news) {
    console.log(`${name}: skipped (../shared/corpora/news not found)`);
    process.exit(0);
  }
  return { dirA, dirB, passes: Number(passArg) || 5, news };
}

// `load(dir)` gives what `analyze(loaded, doc)` needs; analyze returns the result's `length`
// (the text's length in UTF-16 units), which is checked, not only timed (compare_stages.mjs
// leaves the results packed and returns the text's own length: there the check is only that
// the core gave a result). afterPass(loaded, ms), when given, is called after each pass of a
// build (compare_stages.mjs folds its stage times there). Returns the runs: { dir, loaded, times }.
export async function runAB(name, load, analyze, { afterPass } = {}) {
  const { dirA, dirB, passes, news } = abArgs(name);
  const runs = [{ dir: dirA, loaded: await load(dirA), times: [] }, { dir: dirB, loaded: await load(dirB), times: [] }];
  for (let p = 0; p < passes; p++) {
    for (const [j, run] of runs.entries()) {
      const docs = fresh(news, `${'ab'[j]}${p}`);
      const t0 = performance.now();
      for (const d of docs) {
        if (analyze(run.loaded, d) !== d.text.length) throw new Error(`${run.dir}: bad result for ${d.id}`);
      }
      run.times.push(performance.now() - t0);
      afterPass?.(run.loaded, run.times.at(-1));
    }
  }
  const mb = utf8Bytes(news) / (1 << 20);
  for (const [j, run] of runs.entries()) {
    const s = [...run.times].sort((x, y) => x - y);
    console.log(`${'AB'[j]} ${run.dir}: min ${s[0].toFixed(0)} ms (${(mb / (s[0] / 1000)).toFixed(2)} MB/s), ` +
      `median ${s[s.length >> 1].toFixed(0)} ms`);
  }
  const [a, b] = runs.map((r) => Math.min(...r.times));
  console.log(`B is ${(a / b).toFixed(2)}x as fast as A (minimum over minimum)`);
  return runs;
}
