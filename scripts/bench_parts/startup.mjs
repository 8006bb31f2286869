// Start-up (compile + instantiate), payload (what a browser downloads to analyze) and peak
// wasm memory on a 5 MB text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { median, ROOT } from './corpus.mjs';
import { Engine } from '../../web/src/engine.mjs';

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

// Peak wasm memory: the linear memory of a core instance loaded here directly (the API keeps
// its module private), read after one analysis. Wasm memory only grows, so its size after the
// call is its peak during the call. process.memoryUsage() would not see it reliably.
export async function peakMemory(text) {
  const factory = createRequire(import.meta.url)(`${ROOT}/web/dist/newsmark-core.cjs`);
  const core = await factory({ wasmBinary: readFileSync(`${ROOT}/web/dist/newsmark.wasm`) });
  // The JS API's own analyzer over this core (web/src/engine.mjs), so the text goes in and the
  // result comes out as the API does it.
  const engine = new Engine(core);
  const before = core.HEAPU8.buffer.byteLength;
  const t0 = performance.now();
  const res = engine.analyze(text);
  const ms = performance.now() - t0;
  const after = core.HEAPU8.buffer.byteLength;
  engine.dispose();
  if (res.length !== text.length || res.sentences.length === 0) throw new Error('peak memory: bad result');
  return { textChars: text.length, heapBefore: before, heapGrowth: after - before, heapAfter: after, ms };
}
