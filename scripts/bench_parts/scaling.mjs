// Scaling: the wasm pipeline on 1x, 2x, 4x, 8x the same input as one document; the fitted
// exponent of time ~ size^k must be close to 1 (no quadratic step hiding in a stage).
import { performance } from 'node:perf_hooks';
import { median } from './corpus.mjs';

export async function scaling(Newsmark, base, reps = 3) {
  const nm = await Newsmark.load();
  const points = [];
  for (const k of [1, 2, 4, 8]) {
    const times = [];
    for (let r = 0; r < reps; r++) {
      const text = Array.from({ length: k }, (_, i) => `${base}\n\n(Copy ${i}, repetition ${r}.)\n\n`).join('');
      const t0 = performance.now();
      const res = nm.analyze(text);
      times.push(performance.now() - t0);
      if (res.length !== text.length) throw new Error('scaling: bad result');
    }
    points.push({ factor: k, chars: base.length * k, ms: median(times) });
  }
  nm.dispose();
  // least squares on log(time) = a + k log(size)
  const xs = points.map((p) => Math.log(p.chars));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const exponent = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return { points, exponent };
}
