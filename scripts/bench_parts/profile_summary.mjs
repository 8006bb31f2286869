#!/usr/bin/env node
// node scripts/bench_parts/profile_summary.mjs FILE.cpuprofile [TOP]: self time by function of a
// `node --cpu-prof` profile, largest first (TOP lines, default 40).
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3]) || 40;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const name = byId.get(profile.samples[i]).callFrame.functionName || '(anonymous)';
  self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name.slice(0, 150)}`);
}
console.log(`${total.toFixed(1).padStart(9)} ms total`);
