// Highlighting in Chromium: a 10,000-word article laid out as a page (<h1> and <p>s), the time
// highlight() takes beyond the analysis (extractText + paint), and mark.js's markRanges()
// marking the same spans, for comparison. Median of several runs, each on fresh DOM nodes
// and a text not analyzed before (the paragraphs are numbered per run).
//
// Until the analysis stages find much, the real result has few spans; so the same is also
// measured with a dense hand-made result (a span every few words, spread over people, claims
// and hedges as a full analysis would), which is the stress the goal is about.
import { existsSync } from 'node:fs';
import { median, ROOT } from './corpus.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Paragraphs totalling at least 10,000 words, numbered by run so no run repeats a text.
export function articleParagraphs(sample, run = 0) {
  const base = sample.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const out = [];
  let words = 0;
  for (let i = 0; words < 10000; i++) {
    const p = `${base[i % base.length]} (${run}.${i + 1})`;
    out.push(p);
    words += p.split(/\s+/).length;
  }
  return out;
}

// Runs in the page: one measured run of both highlighters over the same paragraphs.
async function pageRun({ paragraphs, dense }) {
  const { Newsmark, extractText, paint } = await import('/web/dist/newsmark.mjs');
  window.nm ??= await Newsmark.load();
  const root = document.getElementById('root');
  const render = () => {
    root.replaceChildren();
    const article = document.createElement('article');
    paragraphs.forEach((p, i) => {
      const el = document.createElement(i === 0 ? 'h1' : 'p');
      el.textContent = p;
      article.append(el);
    });
    root.append(article);
    return article;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  // A dense result over the extracted text: capitalized words as mentions of people (grouped
  // by word), each sentence's second half as a claim, modal and vague words as hedges.
  const denseResult = (text) => {
    const people = new Map();
    for (const m of text.matchAll(/\b[A-Z][a-z]{3,}\b/g)) {
      if (!people.has(m[0])) people.set(m[0], { id: people.size, name: m[0], mentions: [], descriptors: [] });
      people.get(m[0]).mentions.push([m.index, m.index + m[0].length]);
    }
    const claims = [];
    for (const m of text.matchAll(/[^.\n]{40,}?[.]/g)) {
      const mid = m.index + Math.floor(m[0].length / 2);
      claims.push({ kind: 'indirect', source: null, source_type: 'none', person: null, cue: null, cue_class: '', content: [mid, m.index + m[0].length] });
    }
    const hedges = [...text.matchAll(/\b(could|may|might|probably|reportedly|about|expected|some)\b/g)]
      .map((m) => ({ span: [m.index, m.index + m[0].length], type: 'modal', explanation: 'x' }));
    return { schema: 1, id: null, length: text.length, stats: { words: 0, hedge_density: 0 }, sentences: [], people: [...people.values()], claims, hedges };
  };

  // Newsmark: highlight() = extractText + analyze + paint; timed in parts.
  let article = render();
  await frame();
  let t = performance.now();
  const { text, map } = extractText(article);
  const extractMs = performance.now() - t;
  t = performance.now();
  const real = window.nm.analyze(text);
  const analyzeMs = performance.now() - t;
  const result = dense ? denseResult(text) : real;
  t = performance.now();
  const h = paint(map, result);
  const paintMs = performance.now() - t;
  await frame();
  const frameMs = performance.now() - t;  // paint() plus the frame that shows it
  const items = h.items;
  const spans = items.length;
  const mode = h.mode;
  h.clear();

  // mark.js: the same spans as {start, length} over its own text (all text nodes joined).
  article = render();
  await frame();
  const { map: map2 } = extractText(article);
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const offsets = new Map();
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) { offsets.set(n, total); total += n.data.length; }
  const ranges = [];
  for (const item of items) {
    const loc = map2.locate(item.start, item.end);
    if (!loc) continue;
    const start = offsets.get(loc.startNode) + loc.startOffset;
    ranges.push({ start, length: offsets.get(loc.endNode) + loc.endOffset - start });
  }
  // mark.js cannot nest overlapping ranges; like Newsmark's fallback it needs them disjoint.
  ranges.sort((a, b) => a.start - b.start);
  const disjoint = [];
  for (const r of ranges) {
    const last = disjoint.at(-1);
    if (last && r.start < last.start + last.length) continue;
    disjoint.push(r);
  }
  t = performance.now();
  new Mark(article).markRanges(disjoint);
  const markjsMs = performance.now() - t;
  await frame();
  const markjsFrameMs = performance.now() - t;
  const marked = article.querySelectorAll('mark').length;
  return { words: text.split(/\s+/).filter(Boolean).length, chars: text.length, spans, markjsRanges: disjoint.length, marked,
    extractMs, analyzeMs, paintMs, frameMs, markjsMs, markjsFrameMs, mode };
}

async function measure(page, sample, dense, reps) {
  const runs = [];
  for (let r = 0; r < reps + 1; r++) {
    const run = await page.evaluate(pageRun, { paragraphs: articleParagraphs(sample, r + (dense ? 100 : 0)), dense });
    if (r > 0) runs.push(run);  // the first run warms up the JIT and the wasm
  }
  const med = (k) => median(runs.map((x) => x[k]));
  const beyond = median(runs.map((x) => x.extractMs + x.paintMs));
  return {
    words: runs[0].words, chars: runs[0].chars, spans: runs[0].spans, mode: runs[0].mode,
    newsmarkMs: beyond, extractMs: med('extractMs'), paintMs: med('paintMs'), analyzeMs: med('analyzeMs'),
    withFrameMs: median(runs.map((x) => x.extractMs + x.frameMs)),
    markjsMs: med('markjsMs'), markjsWithFrameMs: med('markjsFrameMs'), markjsRanges: runs[0].markjsRanges, marked: runs[0].marked,
    runs,
  };
}

export async function highlightBench(sample, { reps = 5 } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  if (!existsSync(`${ROOT}/web/dist/newsmark.mjs`)) throw new Error('web/dist not built');
  if (!existsSync(`${ROOT}/node_modules/mark.js/dist/mark.min.js`)) throw new Error('mark.js not installed (npm ci)');
  const { launchChromium, serve } = await import('../../tests/browser/support.mjs');
  const server = await serve({ root: ROOT, index: '/' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/tests/browser/fixtures/bench.html`);
    const real = await measure(page, sample, false, reps);
    const dense = await measure(page, sample, true, reps);
    const strip = ({ runs, ...rest }) => rest;
    // The goal row: the real result; the dense one is reported beside it.
    return { ...strip(real), dense: strip(dense) };
  } finally {
    await browser.close();
    await server.close();
  }
}

// node scripts/bench_parts/highlight.mjs: this part alone.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { readFileSync } = await import('node:fs');
  const r = await highlightBench(readFileSync(`${ROOT}/web/demo/sample-article.txt`, 'utf8'));
  console.log(JSON.stringify(r, null, 2));
}
