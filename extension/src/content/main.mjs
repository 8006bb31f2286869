// The content script: injected only into a tab the user turned on (toolbar, shortcut, popup or
// an "always on" site). It finds the article, sends its text to the background (the only place
// the wasm core can run under a page's CSP), paints the result, and keeps watching the article
// for new or changed blocks, which it analyzes on their own once they settle.
import { extractArticle, isArticleText } from './extract-article.mjs';
import { buildText, blockOf } from './text-map.mjs';
import { Highlighter } from './highlighter.mjs';
import { spansOf, summarise } from './spans.mjs';
import { languageOf } from '../shared/language.mjs';

const SETTLE_MS = 300;  // a burst of DOM changes (lazy paragraphs, infinite scroll) settles first
const ADDABLE = new Set(['P', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DIV', 'SECTION', 'FIGURE']);

class Session {
  units = [];          // { text, map, result, added: [[kind, Range]], blocks: Set<Element> }
  elements = new Set();
  highlighter;
  observer = null;
  pending = new Set(); // blocks waiting to settle
  timer = 0;
  inFlight = 0;
  ms = 0;
  language = null;
  personCursor = new Map();

  constructor(kinds) {
    this.highlighter = new Highlighter(kinds);
  }

  async start() {
    const t0 = performance.now();
    const article = extractArticle(document);
    if (!article) {
      this.language = { english: true, declared: null, noArticle: true };
      return this.report();
    }
    this.elements = article.elements;
    if (article.titleElement) for (const el of [article.titleElement, ...article.titleElement.querySelectorAll('*')]) this.elements.add(el);
    const nodes = this.textNodes(article.titleElement ? [article.titleElement, ...article.roots] : article.roots);
    const { text, map } = buildText(nodes);
    this.language = languageOf(document.documentElement.lang, text);
    if (!this.language.english) return this.report();
    this.inFlight++;
    try {
      await this.analyze(text, map, new Set(nodes.map(blockOf)));
    } finally {
      this.inFlight--;
    }
    this.ms = performance.now() - t0;
    this.observe(article.roots);
    return this.report();
  }

  // Article text nodes under `roots`, in document order.
  textNodes(roots) {
    const out = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (isArticleText(n, this.elements)) out.push(n);
    }
    return out;
  }

  async analyze(text, map, blocks) {
    if (!text.trim()) return;
    const result = await chrome.runtime.sendMessage({ type: 'analyze', text });
    if (!result || result.error) throw new Error(`Newsmark: analysis failed: ${result?.error}`);
    if (!this.highlighter) return;  // stopped meanwhile
    const added = this.highlighter.add(map, spansOf(result));
    this.units.push({ text, map, result, added, blocks });
  }

  observe(roots) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
    const scope = roots.length === 1 ? roots[0].parentElement ?? roots[0] : commonAncestor(roots);
    this.observer.observe(scope, { childList: true, subtree: true, characterData: true });
  }

  onMutations(records) {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (isArticleText(r.target, this.elements)) this.pending.add(blockOf(r.target));
        continue;
      }
      for (const node of r.addedNodes) {
        const parent = node.parentElement;
        if (!parent) continue;
        const inArticle = this.elements.has(parent) ||
          (node.nodeType === Node.ELEMENT_NODE && ADDABLE.has(node.tagName) && [...this.elements].some((el) => el.parentElement === parent && el !== document.body));
        if (!inArticle) continue;
        if (node.nodeType === Node.TEXT_NODE) { this.pending.add(blockOf(node)); continue; }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        for (const el of [node, ...node.querySelectorAll('*')]) this.elements.add(el);
        this.pending.add(node);
      }
    }
    if (this.pending.size) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.settle(), SETTLE_MS);
    }
  }

  // Re-analyzes only the blocks that changed or arrived: their old highlights go, the rest stay.
  async settle() {
    this.timer = 0;
    const blocks = [...this.pending].filter((b) => b && b.isConnected);
    this.pending.clear();
    const outer = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
    for (const unit of this.units) {
      const stale = unit.added.filter(([, r]) => outer.some((b) => b.contains(r.startContainer)));
      if (stale.length) {
        this.highlighter.remove(stale);
        unit.added = unit.added.filter((a) => !stale.includes(a));
      }
    }
    outer.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const nodes = this.textNodes(outer);
    const { text, map } = buildText(nodes);
    this.inFlight++;
    try {
      await this.analyze(text, map, new Set(outer));
    } finally {
      this.inFlight--;
    }
    this.report();
  }

  get done() {
    return this.inFlight === 0 && !this.timer && this.pending.size === 0;
  }

  stats() {
    const s = summarise(this.units, Math.round(this.ms * 10) / 10, this.done);
    return { ...s, highlights: this.highlighter?.count ?? 0, language: this.language, units: this.units.length };
  }

  report() {
    chrome.runtime.sendMessage({ type: 'report', stats: this.stats() }).catch(() => {});
  }

  setKinds(kinds) {
    this.highlighter.setVisible(kinds);
    this.report();
  }

  // Scrolls to the next mention of a person (the popup's people list).
  scrollTo(name) {
    const mentions = [];
    for (const u of this.units) {
      const wanted = new Set((u.result.people ?? []).filter((p) => p.name === name).flatMap((p) => p.mentions.map(([s]) => s)));
      for (const [kind, r] of u.added) if (kind === 'person' && wanted.size && wanted.has(offsetOf(u.map, r))) mentions.push(r);
    }
    if (!mentions.length) return false;
    const i = (this.personCursor.get(name) ?? -1) + 1;
    this.personCursor.set(name, i % mentions.length);
    const range = mentions[i % mentions.length];
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  stop() {
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.highlighter.clear();
    this.highlighter = null;
    this.units = [];
  }

  // For tests and the extraction eval (answered to extension pages only): what was sent.
  sent() {
    const highlights = [];
    for (const u of this.units) for (const [kind, r] of u.added) highlights.push([kind, r.toString()]);
    return { texts: this.units.map((u) => u.text), highlights };
  }
}

function offsetOf(map, range) {
  const seg = map.segments.find((s) => s.node === range.startContainer);
  return seg ? seg.start + range.startOffset : -1;
}

function commonAncestor(nodes) {
  let a = nodes[0];
  while (a && !nodes.every((n) => a.contains(n))) a = a.parentElement;
  return a ?? document.body;
}

// One session per page; the script may be injected again (toolbar pressed twice), so it keeps
// its listener on the isolated world's global object.
if (!globalThis.__newsmark) {
  const state = { session: null };
  globalThis.__newsmark = state;
  chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
    switch (msg?.type) {
      case 'start':
        if (!state.session) {
          state.session = new Session(msg.kinds);
          state.session.start().catch((e) => console.warn(e));
        }
        reply({ ok: true });
        return false;
      case 'stop':
        state.session?.stop();
        state.session = null;
        reply({ ok: true });
        return false;
      case 'kinds':
        state.session?.setKinds(msg.kinds);
        reply({ ok: true });
        return false;
      case 'stats':
        reply(state.session ? state.session.stats() : null);
        return false;
      case 'scroll-to':
        reply({ ok: state.session?.scrollTo(msg.name) ?? false });
        return false;
      case 'sent':
        reply(state.session ? state.session.sent() : null);
        return false;
      default:
        return false;
    }
  });
}
