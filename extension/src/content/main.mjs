// The content script: injected only into a tab the user turned on (toolbar, shortcut, popup or
// an "always on" site). It finds the article, sends its text to the background (the only place
// the wasm core can run under a page's CSP), paints the result with the web API's highlighter,
// and keeps watching the article for new or changed blocks, which it analyzes on their own
// once they settle.
import { paint } from '../../../web/src/paint.mjs';
import { extractArticle, isArticleText } from './extract-article.mjs';
import { buildText, blockOf } from './text-map.mjs';
import { summarise, withoutSpans } from './spans.mjs';
import { languageOf } from '../shared/language.mjs';
import { sendToBackground } from '../shared/messages.mjs';

const SETTLE_MS = 300;  // a burst of DOM changes (lazy paragraphs, infinite scroll) settles first
const ADDABLE = new Set(['P', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DIV', 'SECTION', 'FIGURE', 'ARTICLE']);

class Session {
  units = [];          // { text, map, result, highlighter }: one per analysis
  elements = new Set();// live elements whose own text is article text
  roots = [];
  options;
  observer = null;
  pending = new Set(); // blocks waiting to settle
  timer = 0;
  navTimer = 0;
  pageObserver = null;
  inFlight = 0;
  ms = 0;
  language = null;
  stopped = false;

  constructor(options) {
    this.options = { people: true, claims: true, hedges: true, scheme: 'auto', ...options };
  }

  async start() {
    const t0 = performance.now();
    const article = extractArticle(document);
    if (!article) {
      this.language = { english: true, declared: null, noArticle: true };
      return this.report();
    }
    this.elements = article.elements;
    const head = article.titleElement;
    if (head) for (const el of [head, ...head.querySelectorAll('*')]) this.elements.add(el);
    // A headline inside an article root is walked with it, in document order; adding it as a
    // root of its own as well would send its text twice.
    const inside = head && article.roots.some((r) => r.contains(head));
    this.roots = head && !inside ? [head, ...article.roots] : article.roots;
    const nodes = this.textNodes(this.roots);
    const { text, map } = buildText(nodes);
    this.language = languageOf(document.documentElement.lang, text);
    if (!this.language.english) return this.report();
    await this.analyze(text, map);
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

  async analyze(text, map) {
    if (!text.trim()) return;
    this.inFlight++;
    try {
      const result = await sendToBackground({ type: 'analyze', text });
      if (!result || result.error) throw new Error(`Newsmark: analysis failed: ${result?.error}`);
      if (this.stopped) return;
      const highlighter = paint(map, result, this.options);
      this.units.push({ text, map, result, highlighter });
    } finally {
      this.inFlight--;
    }
  }

  observe(roots) {
    const scope = commonAncestor(roots.map((r) => r.parentElement ?? r));
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(scope, { childList: true, subtree: true, characterData: true });
    // Single-page navigation replaces the article wholesale: when none of it is left in the
    // document once the page settles, the new page's article is found and analyzed afresh.
    this.pageObserver = new MutationObserver(() => {
      clearTimeout(this.navTimer);
      this.navTimer = setTimeout(() => {
        this.navTimer = 0;
        if (!this.stopped && this.roots.length && this.roots.every((r) => !r.isConnected)) this.restart().catch((e) => console.warn(e));
      }, SETTLE_MS);
    });
    this.pageObserver.observe(document.body, { childList: true, subtree: true });
  }

  async restart() {
    this.observer?.disconnect();
    this.pageObserver?.disconnect();
    for (const u of this.units) u.highlighter.clear();
    this.units = [];
    this.elements = new Set();
    this.roots = [];
    this.pending.clear();
    this.navigations = (this.navigations ?? 0) + 1;
    this.restarting = true;
    try {
      await this.start();
    } finally {
      this.restarting = false;
    }
  }

  // Which mutations are article blocks: text changed inside the article, nodes added inside an
  // article element, or block elements added beside the article's own blocks.
  onMutations(records) {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (isArticleText(r.target, this.elements)) this.pending.add(blockOf(r.target));
        continue;
      }
      const parent = r.target;
      for (const node of r.addedNodes) {
        const inArticle = this.elements.has(parent) ||
          (node.nodeType === Node.ELEMENT_NODE && ADDABLE.has(node.tagName) && parent !== document.body && this.hasArticleChild(parent));
        if (!inArticle) continue;
        if (node.nodeType === Node.TEXT_NODE) { this.pending.add(blockOf(node)); continue; }
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        for (const el of [node, ...node.querySelectorAll('*')]) this.elements.add(el);
        this.pending.add(node);
      }
    }
    if (this.pending.size) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.settle().catch((e) => console.warn(e)), SETTLE_MS);
      this.report();
    }
  }

  hasArticleChild(parent) {
    for (const child of parent.children) if (this.elements.has(child)) return true;
    return false;
  }

  // Re-analyzes only the blocks that changed or arrived: the earlier units lose their items in
  // those blocks (repainted without them), everything else stays as it was.
  async settle() {
    this.timer = 0;
    const blocks = [...this.pending].filter((b) => b && b.isConnected);
    this.pending.clear();
    const outer = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
    outer.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const unit of this.units) {
      const cuts = [];
      unit.map.nodes.forEach((node, i) => {
        if (!node.isConnected || outer.some((b) => b.contains(node))) cuts.push([unit.map.starts[i], unit.map.starts[i] + unit.map.lengths[i]]);
      });
      if (!cuts.length) continue;
      unit.result = withoutSpans(unit.result, cuts);
      unit.highlighter.update({ result: unit.result });
    }
    const { text, map } = buildText(this.textNodes(outer));
    await this.analyze(text, map);
    this.report();
  }

  get done() {
    return this.inFlight === 0 && !this.timer && !this.navTimer && !this.restarting && this.pending.size === 0;
  }

  stats() {
    const s = summarise(this.units, Math.round(this.ms * 10) / 10, this.done);
    let highlights = 0;
    for (const u of this.units) highlights += u.highlighter.items.length;
    return { ...s, highlights, language: this.language, units: this.units.length, navigations: this.navigations ?? 0 };
  }

  report() {
    if (!this.stopped) sendToBackground({ type: 'report', stats: this.stats() }).catch(() => {});
  }

  setCategories(categories) {
    Object.assign(this.options, categories);
    for (const u of this.units) u.highlighter.setOptions(categories);
    this.report();
  }

  // Scrolls to (and flashes) the next mention of a person: the popup's people list.
  scrollTo(name) {
    for (const u of this.units) {
      const person = u.result.people.find((p) => p.name === name);
      if (person && u.highlighter.next(`person:${person.id}`)) return true;
    }
    return false;
  }

  stop() {
    this.stopped = true;
    this.observer?.disconnect();
    this.pageObserver?.disconnect();
    clearTimeout(this.navTimer);
    clearTimeout(this.timer);
    for (const u of this.units) u.highlighter.clear();
    this.units = [];
  }

  // For tests and the extraction eval (answered to extension pages only): what was sent.
  sent() {
    return {
      texts: this.units.map((u) => u.text),
      highlights: this.units.flatMap((u) => u.highlighter.items.map((i) => [i.category, u.text.slice(i.start, i.end)])),
    };
  }
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
    const s = state.session;
    switch (msg?.type) {
      case 'start':
        if (!s) {
          state.session = new Session(msg.options);
          state.session.start().catch((e) => console.warn(e));
        }
        reply({ ok: true });
        break;
      case 'stop':
        s?.stop();
        state.session = null;
        reply({ ok: true });
        break;
      case 'categories':
        s?.setCategories(msg.categories);
        reply({ ok: true });
        break;
      case 'stats':
        reply(s ? s.stats() : null);
        break;
      case 'scroll-to':
        reply({ ok: s?.scrollTo(msg.name) ?? false });
        break;
      case 'sent':
        reply(s ? s.sent() : null);
        break;
      default:
        break;
    }
    return false;
  });
}
