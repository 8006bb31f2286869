// The extension, end to end, in Chromium: a 2,000-word article page is loaded, Newsmark is
// turned on for the tab, and the clock stops when the page reports its highlights painted
// (stats.done). "Cold" runs first stop the extension's service worker (as Chrome does after
// 30 s idle), so they include waking it, loading the glue and compiling the wasm; "warm" runs
// find it awake. Goal: cold page-to-highlights <= 300 ms.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, ROOT } from './corpus.mjs';

function articlePage(words) {
  const sample = readFileSync(`${ROOT}/web/demo/sample-article.txt`, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const paras = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = sample[i % sample.length];
    paras.push(p);
    n += p.split(/\s+/).length;
  }
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return { words: n, html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench article</title></head><body>
<nav><a href="#">Home</a> <a href="#">News</a></nav><article><h1>Bench article</h1>
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><footer>Footer</footer></body></html>` };
}

export async function extensionBench({ reps = 7 } = {}) {
  const { launchChrome, extensionMissing } = await import('../../tests/browser/extension_support.mjs');
  const { serve } = await import('../serve.mjs');
  const missing = extensionMissing('chrome');
  if (missing) throw new Error(missing);
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-bench-'));
  const { html, words } = articlePage(2000);
  writeFileSync(`${dir}/article.html`, html);
  const server = await serve({ root: dir, index: '/article.html' });
  const h = await launchChrome();
  const run = async (cold) => {
    if (cold) await h.stopWorker();
    const page = await h.newPage();
    await page.goto(`${server.url}/article.html`, { waitUntil: 'load' });
    const tabId = await h.tabIdOf(page.url());
    const t0 = performance.now();
    const r = await h.send({ type: 'enable', tabId });
    if (!r.ok) throw new Error(`enable refused: ${JSON.stringify(r)}`);
    let s;
    for (;;) {
      s = await h.send({ type: 'stats', tabId });
      if (s?.done) break;
      await new Promise((res) => setTimeout(res, 2));
    }
    const ms = performance.now() - t0;
    await page.close();
    return { ms, inPage: s.ms, highlights: s.highlights };
  };
  try {
    const cold = [];
    const warm = [];
    for (let i = 0; i < reps; i++) cold.push(await run(true));
    for (let i = 0; i < reps; i++) warm.push(await run(false));
    return {
      words,
      coldMs: median(cold.map((r) => r.ms)),
      warmMs: median(warm.map((r) => r.ms)),
      inPageMs: median(warm.map((r) => r.inPage)),
      highlights: warm[0].highlights,
      cold: cold.map((r) => r.ms),
      warm: warm.map((r) => r.ms),
    };
  } finally {
    await h.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/bench_parts/extension.mjs`: this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await extensionBench();
  console.log(JSON.stringify(r, null, 1));
}
