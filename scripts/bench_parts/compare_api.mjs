#!/usr/bin/env node
// node scripts/bench_parts/compare_api.mjs DIST_A DIST_B [PASSES]: the JS API (Newsmark.load(),
// analyze()) of two builds of web/dist, A/B (ab.mjs). Unlike compare_wasm.mjs this includes
// what the API does around the core (copying the text in, building the result objects).
import { resolve } from 'node:path';
import { runAB } from './ab.mjs';

await runAB(
  'compare_api',
  async (dir) => (await import(`${resolve(dir)}/newsmark.mjs`)).Newsmark.load(),
  (nm, d) => nm.analyze(d.text, { id: d.id }).length,
);
