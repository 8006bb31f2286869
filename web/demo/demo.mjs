// The demo page: paste, drop or open an article; it is analyzed in a worker (the page stays
// responsive, long texts show progress and can be cancelled), painted with the highlighter,
// and summarized. Tests drive it through the page and read window.newsmarkDemo.
import { Newsmark, CATEGORY_DESCRIPTION, CATEGORY_LABEL, swatchStyle, detectScheme } from '../newsmark.mjs';
import { readArticleFile, UnreadableFile } from './read-file.mjs';
import { renderSummary } from './summary.mjs';

const $ = (id) => document.getElementById(id);
const source = $('source');
const article = $('article');
const summary = $('summary');
const status = $('status');
const toggles = $('toggles');
const progressBox = $('progress-box');
const progress = $('progress');
const progressLabel = $('progress-label');
const cancelButton = $('cancel');

// progressDelayMs: progress and Cancel appear only for analyses that last longer than this.
const state = { nm: null, highlighter: null, result: null, text: '', controller: null, runs: 0, progressDelayMs: 150 };

function say(message, { error = false } = {}) {
  status.textContent = message;
  status.classList.toggle('error', error);
}

const toggleOptions = () => Object.fromEntries([...toggles.querySelectorAll('input')].map((i) => [i.name, i.checked]));

function paintLegend() {
  const scheme = detectScheme(article);
  for (const s of document.querySelectorAll('.toolbar .swatch')) s.style.cssText = swatchStyle(s.dataset.category, scheme);
  const legend = $('legend');
  legend.replaceChildren(...['person', 'claim', 'hedge'].map((c) => {
    const item = document.createElement('span');
    item.className = 'item';
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.cssText = swatchStyle(c, scheme);
    item.append(sw, `${CATEGORY_LABEL[c]}: ${CATEGORY_DESCRIPTION[c]}`);
    return item;
  }));
}

// What each pipeline stage does, in the reader's words (unknown stages show their name).
const STAGE_LABEL = [
  [/segment/, 'sentences'], [/tagger/, 'finding people'], [/linker/, 'linking mentions'],
  [/hedge/, 'hedged language'], [/attribution|claim/, 'claims'], [/checkworthy/, 'check-worthy statements'],
];
const stageLabel = (stage) => STAGE_LABEL.find(([re]) => re.test(stage))?.[1] ?? stage;

function showProgress(p, t0) {
  progressBox.hidden = false;
  progress.value = p.fraction;
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  progressLabel.textContent = p.phase === 'analyze' ? `${stageLabel(p.stage)} (step ${p.index + 1} of ${p.count}) · ${secs} s` : `${secs} s`;
}

// The article as pasted, character for character (white-space: pre-wrap), so its extracted
// text is exactly the pasted text; the first line, the headline, sits in an inline span.
function showArticle(text) {
  const cut = text.indexOf('\n');
  const first = cut < 0 ? text : text.slice(0, cut);
  const headline = document.createElement('span');
  headline.className = 'headline';
  headline.textContent = first;
  article.replaceChildren(...(first ? [headline] : []), ...(cut >= 0 ? [text.slice(cut)] : []));
}

// Analyzes `text` and shows it; a newer call cancels an older one still running.
async function analyze(rawText) {
  const text = rawText.replace(/\r\n?/g, '\n');
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  const run = ++state.runs;
  state.highlighter?.clear();
  state.highlighter = null;
  showArticle(text);
  summary.replaceChildren();
  if (!text.trim()) {
    say('Nothing to analyze: paste an article, drop a file or open the sample.');
    return null;
  }
  const t0 = performance.now();
  const words = text.split(/\s+/).filter(Boolean).length;
  say(`Analyzing ${words.toLocaleString('en')} words…`);
  // Progress appears only when the analysis takes long enough to notice.
  const late = setTimeout(() => { if (state.runs === run) { cancelButton.hidden = false; progressBox.hidden = false; } }, state.progressDelayMs);
  try {
    const h = await state.nm.highlight(article, {
      ...toggleOptions(), signal: controller.signal,
      onProgress: (p) => { if (state.runs === run && performance.now() - t0 >= state.progressDelayMs) showProgress(p, t0); },
    });
    if (state.runs !== run) { h.clear(); return null; }
    state.highlighter = h;
    state.result = h.result;
    state.text = text;
    renderSummary(summary, h.result, text, h.scheme, reveal);
    const c = h.counts;
    say(`${words.toLocaleString('en')} words analyzed in ${Math.round(performance.now() - t0)} ms: ${c.people} people (${c.mentions} mentions), ${c.claims} claims, ${c.hedges} hedges shown.`);
    return h;
  } catch (e) {
    if (e?.name === 'AbortError') {
      if (state.runs === run) say('Analysis cancelled.');
    } else {
      say(`The analysis failed: ${e?.message ?? e}`, { error: true });
    }
    return null;
  } finally {
    clearTimeout(late);
    if (state.runs === run) {
      progressBox.hidden = true;
      cancelButton.hidden = true;
      state.controller = null;
    }
  }
}

// Shows a given result for `text` without analyzing (tests of the painting and the panels
// use hand-made results; everything else goes through analyze()).
function show(text, result) {
  state.controller?.abort();
  state.runs++;
  state.highlighter?.clear();
  showArticle(text);
  const { map } = Newsmark.extractText(article);
  state.highlighter = Newsmark.paint(map, result, toggleOptions());
  state.result = result;
  state.text = text;
  renderSummary(summary, result, text, state.highlighter.scheme, reveal);
  return state.highlighter;
}

// A summary entry was clicked: make sure its category shows, then scroll to it and flash it.
function reveal(key, category) {
  const h = state.highlighter;
  if (!h) return;
  const option = { person: 'people', claim: 'claims', hedge: 'hedges' }[category];
  const input = toggles.querySelector(`input[name="${option}"]`);
  if (!input.checked) { input.checked = true; h.setOptions({ [option]: true }); }
  if (key.startsWith('person:')) { h.next(key); return; }
  if (!h.reveal(key) && category === 'hedge') {
    toggles.querySelector('input[name="conditional"]').checked = true;
    h.setOptions({ conditional: true });
    h.reveal(key);
  }
}

async function openFile(file) {
  try {
    const { text, kind } = await readArticleFile(file);
    source.value = text;
    const h = await analyze(text);
    if (h && kind === 'html') say(`${status.textContent} (text of the page “${file.name}”)`);
  } catch (e) {
    if (e instanceof UnreadableFile) say(e.message, { error: true });
    else say(`Couldn't open “${file.name}”: ${e?.message ?? e}`, { error: true });
  }
}

async function openSample() {
  const response = await fetch(new URL('sample-article.txt', import.meta.url));
  if (!response.ok) throw new Error(`sample article: HTTP ${response.status}`);
  source.value = await response.text();
  return analyze(source.value);
}

function wire() {
  $('analyze').addEventListener('click', () => analyze(source.value));
  $('sample').addEventListener('click', () => openSample().catch((e) => say(e.message, { error: true })));
  cancelButton.addEventListener('click', () => state.controller?.abort());
  $('file').addEventListener('change', (e) => { const f = e.target.files?.[0]; if (f) openFile(f); e.target.value = ''; });
  source.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) analyze(source.value); });
  toggles.addEventListener('change', () => state.highlighter?.setOptions(toggleOptions()));
  // Drop a file anywhere on the page.
  let depth = 0;
  document.addEventListener('dragenter', (e) => { e.preventDefault(); depth++; document.body.classList.add('dragging'); });
  document.addEventListener('dragleave', () => { if (--depth <= 0) { depth = 0; document.body.classList.remove('dragging'); } });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    document.body.classList.remove('dragging');
    const file = e.dataTransfer?.files?.[0];
    if (file) openFile(file);
    else if (e.dataTransfer?.getData('text/plain')) { source.value = e.dataTransfer.getData('text/plain'); analyze(source.value); }
  });
  // n / p: next / previous highlight, with its tooltip (keys typed into fields are left alone).
  document.addEventListener('keydown', (e) => {
    if (e.target.closest?.('textarea, input, select, [contenteditable]') || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'n') state.highlighter?.next();
    else if (e.key === 'p') state.highlighter?.previous();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    paintLegend();
    state.highlighter?.setOptions({});
  });
}

async function start() {
  wire();
  paintLegend();
  say('Loading the analyzer…');
  state.nm = await Newsmark.load({ worker: true });
  say('Ready.');
  if (!source.value.trim()) await openSample();
  else await analyze(source.value);
}

// For tests and the curious: the live state and the entry points.
const ready = start().catch((e) => { say(`Newsmark could not start: ${e?.message ?? e}`, { error: true }); throw e; });
window.newsmarkDemo = {
  ready,
  analyze,
  show,
  openFile,
  openSample,
  get nm() { return state.nm; },
  get highlighter() { return state.highlighter; },
  get result() { return state.result; },
  get text() { return state.text; },
  set progressDelayMs(ms) { state.progressDelayMs = ms; },
};
