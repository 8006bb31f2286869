// Start-up (compile + instantiate), payload (what a browser downloads to analyze) and peak
// wasm memory on a 5 MB text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { median, ROOT } from './corpus.mjs';

export async function startup(Newsmark, reps = 5) {
  const times = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    const nm = await Newsmark.load();
    times.push(performance.now() - t0);
    nm.analyze('Warm.');
    nm.dispose();
  }
  return { ms: median(times), all: times };
}

// Everything under web/dist/ except the demo folder and source maps.
export function payload() {
  const dist = `${ROOT}/web/dist`;
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) { if (name !== 'demo') walk(p); } else if (!name.endsWith('.map')) files.push(p);
    }
  };
  walk(dist);
  let raw = 0, gz = 0;
  const items = files.map((f) => {
    const bytes = readFileSync(f);
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length; gz += g;
    return { file: f.slice(dist.length + 1), raw: bytes.length, gzip: g };
  });
  return { raw, gzip: gz, items };
}

export async function peakMemory(Newsmark, text) {
  const nm = await Newsmark.load();
  const before = process.memoryUsage().arrayBuffers;
  const t0 = performance.now();
  const res = nm.analyze(text);
  const ms = performance.now() - t0;
  const after = process.memoryUsage().arrayBuffers;
  nm.dispose();
  if (res.length !== text.length) throw new Error('peak memory: bad result');
  // wasm memory only grows, so what it holds after the call is its peak during the call
  return { textChars: text.length, heapGrowth: after - before, heapAfter: after, ms };
}
