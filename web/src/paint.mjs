// paint(map, result, options) → Highlighter: shows a result over the text nodes a TextMap
// (from extractText) points to. The extension analyzes in its background and paints in the
// page with this; Newsmark#highlight is extractText + analyze + paint.
//
// options: people, claims, hedges (default true), conditional (default false: hedges of type
// "conditional" hidden), tooltips (default true), mode ('auto' | 'highlights' | 'elements'),
// scheme ('auto' | 'light' | 'dark'), prefix (highlight names, default 'newsmark').

import { ElementPainter, MARK_TAG } from './element-painter.mjs';
import { HighlightPainter, supportsHighlights } from './highlight-painter.mjs';
import { describeItem } from './describe.mjs';
import { CATEGORIES, paintItems, piecesByNode } from './paint-items.mjs';
import { detectScheme } from './styles.mjs';
import { Tooltip } from './tooltip.mjs';

function checkInputs(map, result) {
  if (!map || !Array.isArray(map.nodes) || typeof map.locate !== 'function') throw new TypeError('paint: map must be a TextMap (from extractText())');
  if (!result || !Array.isArray(result.people) || !Array.isArray(result.claims) || !Array.isArray(result.hedges)) {
    throw new TypeError('paint: result must be a Newsmark result');
  }
  // A result of another text would paint the wrong words: refuse it.
  if (typeof result.length === 'number' && typeof map.text === 'string' && result.length !== map.text.length) {
    throw new RangeError(`paint: the result is for a text of ${result.length} code units, the map's text has ${map.text.length}`);
  }
}

export const DEFAULT_OPTIONS = Object.freeze({
  people: true, claims: true, hedges: true, conditional: false,
  tooltips: true, mode: 'auto', scheme: 'auto', prefix: 'newsmark',
});

export class Highlighter {
  #map;
  #result;
  #options;
  #reread;
  #doc;
  #painter = null;
  #items = [];
  #shown = new Map();        // item -> Range[] (highlights) or Element[] (elements)
  #byNode = new Map();       // Text -> [{ start, end, item }] (highlights mode hit tests)
  #tooltip = null;
  #listeners = [];
  #scheme = 'light';
  #cursor = -1;
  #frame = 0;
  #cleared = false;
  element = null;            // the element Newsmark#highlight read, if it made this one

  // reread (optional): what update() does without arguments: returns the next { map, result }
  // (or a Promise of it); Newsmark#highlight passes one that re-reads and re-analyzes the
  // element. Without it, update() repaints the same map and result.
  constructor(map, result, options = {}, reread = null) {
    checkInputs(map, result);
    this.#map = map;
    this.#result = result;
    this.#options = { ...DEFAULT_OPTIONS, ...options };
    this.#reread = reread;
    this.#doc = map.roots[0]?.nodeType === 9 ? map.roots[0] : (map.nodes[0]?.ownerDocument ?? globalThis.document);
    this.#paint();
    this.#listen();
  }

  get mode() { return this.#painter?.mode ?? 'none'; }
  get options() { return { ...this.#options }; }
  get result() { return this.#result; }
  get map() { return this.#map; }
  get scheme() { return this.#scheme; }
  // Painted items in text order: { category, key, index, start, end, data, person, slot }.
  get items() { return this.#items.filter((i) => this.#shown.has(i)); }

  // { people (distinct people), mentions, claims, hedges } as painted.
  get counts() {
    const shown = this.items;
    const people = new Set(shown.filter((i) => i.category === 'person').map((i) => i.person));
    const n = (c) => shown.filter((i) => i.category === c).length;
    return { people: people.size, mentions: n('person'), claims: n('claim'), hedges: n('hedge') };
  }

  // The live Ranges (highlights mode) or elements (fallback mode) that show an item.
  targetsOf(item) {
    return this.#shown.get(item) ?? [];
  }

  #paint() {
    const o = this.#options;
    const doc = this.#doc;
    const useHighlights = o.mode === 'highlights' || (o.mode === 'auto' && supportsHighlights(doc));
    if (o.mode === 'highlights' && !supportsHighlights(doc)) throw new Error('paint: the CSS Custom Highlight API is not available');
    this.#scheme = o.scheme === 'auto' ? detectScheme(this.#map.nodes[0]?.parentElement ?? doc.body ?? doc) : o.scheme;
    this.#painter = useHighlights ? new HighlightPainter(doc, o.prefix) : new ElementPainter(doc);
    this.#items = paintItems(this.#result, o).sort((a, b) => a.start - b.start || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
    const byNode = piecesByNode(this.#map, this.#items);
    this.#byNode = useHighlights ? byNode : new Map();
    this.#shown = this.#painter.paint(this.#items, byNode, this.#map.roots, this.#scheme);
    this.#cursor = -1;
  }

  #unpaint() {
    this.#painter?.clear();
    this.#painter = null;
    this.#shown = new Map();
    this.#byNode = new Map();
    this.#tooltip?.hide();
  }

  // Turns categories on or off (or changes any option) and repaints; no new analysis.
  setOptions(options) {
    this.#assertLive();
    this.#unpaint();
    this.#options = { ...this.#options, ...options };
    this.#paint();
    return this;
  }

  // Repaints after DOM changes: with { map, result } given, shows those; without, re-reads
  // (through the reread the highlighter was made with) or repaints the same spans.
  // Returns this highlighter (a Promise of it when the re-analysis runs in a worker).
  update(next) {
    this.#assertLive();
    if (!next && this.#reread) {
      // Wrapper elements must go before the element is read again (they split its text nodes);
      // CSS highlights can stay up while a worker re-analyzes.
      if (this.mode === 'elements') this.#unpaint();
      const fresh = this.#reread();
      return typeof fresh?.then === 'function' ? fresh.then((n) => this.#apply(n)) : this.#apply(fresh);
    }
    return this.#apply(next ?? {});
  }

  #apply(next) {
    if (this.#cleared) return this;  // cleared while a re-analysis ran
    checkInputs(next.map ?? this.#map, next.result ?? this.#result);
    this.#unpaint();
    if (next.map) this.#map = next.map;
    if (next.result) this.#result = next.result;
    if (next.options) this.#options = { ...this.#options, ...next.options };
    this.#paint();
    return this;
  }

  // Removes every trace: highlights, stylesheets, wrapper elements, the tooltip, listeners.
  clear() {
    if (this.#cleared) return;
    this.#unpaint();
    for (const [target, type, fn, opts] of this.#listeners) target.removeEventListener(type, fn, opts);
    this.#listeners = [];
    if (this.#frame) this.#doc.defaultView?.cancelAnimationFrame(this.#frame);
    this.#tooltip?.remove();
    this.#tooltip = null;
    this.#cleared = true;
  }

  #assertLive() {
    if (this.#cleared) throw new Error('Newsmark: this highlighter was cleared');
  }

  // ------------------------------------------------------------ finding items on screen
  #itemsAtTextPoint(node, offset) {
    const pieces = this.#byNode.get(node);
    if (!pieces) return [];
    return pieces.filter((p) => p.start <= offset && offset < p.end).map((p) => p.item);
  }

  // Items under a viewport point.
  itemsAtPoint(x, y) {
    const doc = this.#doc;
    if (this.mode === 'elements') {
      const el = doc.elementFromPoint(x, y)?.closest?.(MARK_TAG);
      return el ? this.#painter.itemsAt(el) : [];
    }
    const shadowRoots = this.#map.roots.filter((r) => r.nodeType === 11);
    let node = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
      if (p) { node = p.offsetNode; offset = p.offset; }
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) { node = r.startContainer; offset = r.startOffset; }
    }
    if (!node || node.nodeType !== 3) return [];
    // The caret sits between two characters: take the one whose box holds the point.
    for (const at of [offset, offset - 1]) {
      if (at < 0 || at >= node.data.length) continue;
      const r = doc.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + 1);
      const b = r.getBoundingClientRect();
      if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return this.#itemsAtTextPoint(node, at);
    }
    return [];
  }

  // Items at a DOM point (a caret or selection focus), in either mode.
  itemsAtNode(node, offset) {
    if (!node) return [];
    if (this.mode === 'elements') {
      const el = (node.nodeType === 1 ? node : node.parentElement)?.closest?.(MARK_TAG);
      return el ? this.#painter.itemsAt(el) : [];
    }
    return node.nodeType === 3 ? this.#itemsAtTextPoint(node, Math.min(offset, node.data.length - 1)) : [];
  }

  // Tooltip descriptions for items (one per distinct thing, people first).
  describe(items) {
    const seen = new Set();
    const text = this.#map.text;
    return items
      .filter((i) => !seen.has(i.key) && seen.add(i.key))
      .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category))
      .map((i) => describeItem(this.#result, text, i));
  }

  #rectOf(item) {
    const t = this.targetsOf(item)[0];
    return t ? t.getBoundingClientRect() : null;
  }

  get tooltip() {
    if (!this.#tooltip) this.#tooltip = new Tooltip(this.#doc);
    return this.#tooltip;
  }

  showTooltip(items, at) {
    if (!this.#options.tooltips) return;
    const d = this.describe(items);
    if (!d.length) return this.#tooltip?.hide();
    const where = at ?? this.#rectOf(items[0]);
    if (where) this.tooltip.show(d, where);
  }

  // ------------------------------------------------------------ hover and keyboard
  #on(target, type, fn, opts) {
    target.addEventListener(type, fn, opts);
    this.#listeners.push([target, type, fn, opts]);
  }

  #listen() {
    const doc = this.#doc;
    const view = doc.defaultView;
    if (!view) return;
    let last = null;
    this.#on(doc, 'pointermove', (e) => {
      last = e;
      if (this.#frame) return;
      this.#frame = view.requestAnimationFrame(() => {
        this.#frame = 0;
        if (!this.#painter || !this.#options.tooltips) return;
        const items = this.itemsAtPoint(last.clientX, last.clientY);
        if (items.length) this.showTooltip(items, { x: last.clientX, y: last.clientY });
        else if (this.#tooltip?.visible && !this.#focusItems) this.#tooltip.hide();
      });
    }, { passive: true });
    // Keyboard: a caret or selection moved into a highlight (caret browsing, shift+arrows,
    // or a fallback mark focused with Tab) shows its tooltip under it.
    const fromSelection = () => {
      if (!this.#painter) return;
      const sel = view.getSelection?.();
      if (!sel || !sel.rangeCount || !sel.focusNode) return;
      const items = this.itemsAtNode(sel.focusNode, sel.focusOffset);
      this.#focusItems = items.length ? items : null;
      if (items.length) this.showTooltip(items);
    };
    this.#on(doc, 'selectionchange', fromSelection);
    this.#on(doc, 'focusin', (e) => {
      if (!this.#painter || this.mode !== 'elements') return;
      const el = e.target?.closest?.(MARK_TAG);
      const items = el ? this.#painter.itemsAt(el) : [];
      this.#focusItems = items.length ? items : null;
      if (items.length) this.showTooltip(items, el.getBoundingClientRect());
    });
    this.#on(doc, 'keydown', (e) => { if (e.key === 'Escape') this.#tooltip?.hide(); });
    // A press elsewhere dismisses a tooltip that a reveal or the keyboard opened.
    this.#on(doc, 'pointerdown', () => {
      this.#focusItems = null;
      this.#tooltip?.hide();
    }, { passive: true });
    this.#on(view, 'scroll', () => { if (!this.#focusItems) this.#tooltip?.hide(); }, { passive: true, capture: true });
  }

  #focusItems = null;

  // Scrolls an item (or the first item with a key, e.g. "person:3") into view, flashes it
  // and shows its tooltip. Returns the item, or null.
  reveal(itemOrKey, { flash = true, tooltip = true } = {}) {
    const item = typeof itemOrKey === 'string' ? this.items.find((i) => i.key === itemOrKey) : itemOrKey;
    const targets = item ? this.targetsOf(item) : [];
    if (!targets.length) return null;
    const first = targets[0];
    scrollToCenter(first, this.#doc);
    if (flash) this.#painter.flash(targets, 1200, this.#scheme);
    this.#cursor = this.items.indexOf(item);
    if (tooltip) {
      this.#focusItems = [item];
      this.showTooltip([item], first.getBoundingClientRect());
    }
    return item;
  }

  // Keyboard-style navigation through the painted items (optionally of one key, e.g. every
  // mention of "person:2"): reveals and returns the next / previous one.
  next(key) { return this.#step(1, key); }
  previous(key) { return this.#step(-1, key); }

  #step(dir, key) {
    const list = this.items;
    if (!list.length) return null;
    for (let k = 1; k <= list.length; k++) {
      const i = (((this.#cursor + dir * k) % list.length) + list.length) % list.length;
      if (!key || list[i].key === key) return this.reveal(list[i]);
    }
    return null;
  }
}

// Scrolls every scrollable ancestor, then the window, so that a Range or element sits in the
// middle of the view (scrollIntoView on the text's parent would centre the whole paragraph,
// or the whole article, and miss the words).
function scrollToCenter(target, doc) {
  const view = doc.defaultView;
  let el = target.nodeType === 1 ? target.parentElement : target.startContainer.parentElement;
  for (; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    if (el.scrollHeight <= el.clientHeight) continue;
    const overflow = view.getComputedStyle(el).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll') continue;
    const box = el.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    el.scrollTop += r.top - box.top - (el.clientHeight - r.height) / 2;
  }
  const r = target.getBoundingClientRect();
  if (r.top < 0 || r.bottom > view.innerHeight) view.scrollBy(0, r.top - (view.innerHeight - r.height) / 2);
}

export function paint(map, result, options = {}) {
  return new Highlighter(map, result, options);
}
