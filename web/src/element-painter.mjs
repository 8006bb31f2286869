// Painting where the CSS Custom Highlight API is missing: highlighted text is wrapped in
// <newsmark-mark> elements (an unregistered custom element: inline, and safe in content
// scripts, where customElements is unavailable) styled inline. clear() puts the DOM back
// exactly: every original text node stays in its place (it keeps its first unwrapped piece,
// or becomes empty) and gets its original data back; every node we inserted is removed.

import { declarations } from './styles.mjs';

export const MARK_TAG = 'newsmark-mark';
const ORDER = { person: 0, hedge: 1, claim: 2 };

export class ElementPainter {
  #doc;
  #touched = [];                 // [{ node, data, inserted: [Node] }]
  #itemsOf = new WeakMap();      // mark element -> items
  #flashing = new Set();

  constructor(doc) {
    this.#doc = doc;
  }

  get mode() {
    return 'elements';
  }

  itemsAt(element) {
    return this.#itemsOf.get(element) ?? [];
  }

  // The inline style of a piece covered by `items`: the background and text colour of the
  // most specific category (person, then hedge, then claim), and an underline per category
  // (text-decoration for the first, bottom borders can't stack, so the others use
  // box-shadow lines).
  #style(items, scheme) {
    const sorted = [...items].sort((a, b) => ORDER[a.category] - ORDER[b.category]);
    const top = sorted[0];
    let css = declarations(top.category, scheme, top.slot);
    const others = [...new Set(sorted.slice(1).map((i) => i.category))].filter((c) => c !== top.category);
    if (others.length) {
      const lines = others.map((c, k) => {
        const color = /text-decoration-color: ([^;]+);/.exec(declarations(c, scheme))[1];
        return `inset 0 -${2 + 2 * k}px 0 -${2 * k}px ${color}`;
      });
      css += ` box-shadow: ${lines.join(', ')};`;
    }
    return css;
  }

  // Returns Map<item, Element[]> (the marks that show each item).
  paint(items, byNode, roots, scheme) {
    const doc = this.#doc;
    const marksOf = new Map();
    for (const [node, pieces] of byNode) {
      const data = node.data;
      const cuts = new Set([0, data.length]);
      for (const p of pieces) { cuts.add(p.start); cuts.add(p.end); }
      const bounds = [...cuts].sort((a, b) => a - b);
      // Sweep the cuts left to right keeping the pieces that cover the current stretch, so a
      // long text node with many highlights costs (cuts x overlap), not (cuts x pieces).
      const byStart = [...pieces].sort((a, b) => a.start - b.start);
      let next = 0;
      let active = [];
      const out = [];
      for (let b = 0; b + 1 < bounds.length; b++) {
        const s = bounds[b];
        const e = bounds[b + 1];
        active = active.filter((p) => p.end > s);
        while (next < byStart.length && byStart[next].start <= s) {
          if (byStart[next].end > s) active.push(byStart[next]);
          next++;
        }
        const covering = active.map((p) => p.item);
        const text = doc.createTextNode(data.slice(s, e));
        if (!covering.length) {
          out.push(text);
          continue;
        }
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute('data-newsmark', [...new Set(covering.map((i) => i.category))].join(' '));
        mark.style.cssText = this.#style(covering, scheme);  // CSSOM, not a style attribute: strict CSPs allow it
        mark.setAttribute('tabindex', '0');
        mark.append(text);
        this.#itemsOf.set(mark, covering);
        for (const item of covering) {
          let list = marksOf.get(item);
          if (!list) marksOf.set(item, (list = []));
          list.push(mark);
        }
        out.push(mark);
      }
      // The original node keeps the first piece when it is plain text, else becomes empty.
      let inserted = out;
      if (out[0].nodeType === 3) {
        node.data = out[0].data;
        inserted = out.slice(1);
      } else {
        node.data = '';
      }
      node.after(...inserted);
      this.#touched.push({ node, data, inserted });
    }
    return marksOf;
  }

  flash(marks, ms = 1200, scheme = 'light') {
    const doc = this.#doc;
    for (const m of marks) {
      if (this.#flashing.has(m)) continue;
      this.#flashing.add(m);
      const before = m.style.cssText;
      m.style.cssText = `${before} ${declarations('flash', scheme)}`;
      doc.defaultView.setTimeout(() => {
        this.#flashing.delete(m);
        if (m.isConnected) m.style.cssText = before;
      }, ms);
    }
  }

  clear() {
    for (const { node, data, inserted } of this.#touched.reverse()) {
      for (const n of inserted) n.remove();
      node.data = data;
    }
    this.#touched = [];
    this.#flashing.clear();
  }
}
