// Throughput on the same texts, in one run: Newsmark (wasm in node, native CLI) and the peers
// people use in browsers today (compromise, wink-nlp). Results are checked, not only timed.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fresh, median, utf8Bytes, ROOT } from './corpus.mjs';

const MB = 1 << 20;

export async function wasmThroughput(Newsmark, docs, reps) {
  const nm = await Newsmark.load();
  const times = [];
  let checked = 0;
  for (let r = 0; r < reps; r++) {
    const batch = fresh(docs, `wasm-${r}`);
    const t0 = performance.now();
    for (const d of batch) {
      const res = nm.analyze(d.text, { id: d.id });
      if (res.length !== d.text.length || res.id !== d.id || res.sentences.length === 0) throw new Error(`wasm: bad result for ${d.id}`);
      checked++;
    }
    times.push(performance.now() - t0);
  }
  nm.dispose();
  return { mbps: utf8Bytes(docs) / MB / (median(times) / 1000), ms: median(times), checked };
}

// jobs: the CLI's --jobs, articles analyzed at once on that many threads.
export function nativeThroughput(docs, reps, jobs) {
  const times = [];
  let checked = 0;
  for (let r = 0; r < reps; r++) {
    const batch = fresh(docs, `native-${r}`);
    const input = batch.map((d) => JSON.stringify(d)).join('\n');
    const t0 = performance.now();
    const args = ['analyze', '--format', 'jsonl', '--jobs', String(jobs)];
    const p = spawnSync(`${ROOT}/build/native/bin/newsmark`, args, { input, maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
    if (p.status !== 0) throw new Error(`native CLI failed: ${p.stderr}`);
    const lines = p.stdout.toString().trim().split('\n');
    if (lines.length !== batch.length) throw new Error('native CLI: wrong number of results');
    checked += lines.length;
  }
  return { mbps: utf8Bytes(docs) / MB / (median(times) / 1000), ms: median(times), checked, jobs };
}

export async function compromiseThroughput(docs) {
  const nlp = (await import('compromise')).default;
  const batch = fresh(docs, 'compromise');
  let people = 0;
  const t0 = performance.now();
  for (const d of batch) {
    const doc = nlp(d.text);
    people += doc.people().out('array').length;
    doc.quotations().out('array');
  }
  const ms = performance.now() - t0;
  if (people === 0) throw new Error('compromise found no people at all');
  return { mbps: utf8Bytes(docs) / MB / (ms / 1000), ms, checked: batch.length };
}

export async function winkThroughput(docs, reps) {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const times = [];
  let entities = 0;
  for (let r = 0; r < reps; r++) {
    const batch = fresh(docs, `wink-${r}`);
    const t0 = performance.now();
    for (const d of batch) entities += nlp.readDoc(d.text).entities().out().length;
    times.push(performance.now() - t0);
  }
  if (entities === 0) throw new Error('wink-nlp found no entities at all');
  return { mbps: utf8Bytes(docs) / MB / (median(times) / 1000), ms: median(times), checked: docs.length * reps };
}
