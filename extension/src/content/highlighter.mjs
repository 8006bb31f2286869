// Paints spans with the CSS Custom Highlight API: no element is added to the page and its text
// is never changed; removing a highlight is deleting a Range from a registry.
// (Interim: replaced by the web API's paint() once it lands.)
import { rangeFor } from './text-map.mjs';

export class Highlighter {
  #highlights = new Map();  // kind → Highlight
  #visible;

  constructor(visibleKinds) {
    this.#visible = new Set(visibleKinds);
  }

  // Adds one analysis unit's spans; returns the Ranges added (the unit keeps them to remove later).
  add(map, spans) {
    const added = [];
    for (const [kind, s, e] of spans) {
      const range = rangeFor(map, s, e);
      if (!range) continue;
      this.#highlight(kind).add(range);
      added.push([kind, range]);
    }
    return added;
  }

  remove(added) {
    for (const [kind, range] of added) this.#highlights.get(kind)?.delete(range);
  }

  setVisible(kinds) {
    this.#visible = new Set(kinds);
    for (const [kind, h] of this.#highlights) this.#register(kind, h);
  }

  // Ranges currently shown (what the badge counts).
  get count() {
    let n = 0;
    for (const [kind, h] of this.#highlights) if (this.#visible.has(kind)) n += h.size;
    return n;
  }

  clear() {
    for (const kind of this.#highlights.keys()) CSS.highlights.delete(`newsmark-${kind}`);
    this.#highlights.clear();
  }

  #highlight(kind) {
    let h = this.#highlights.get(kind);
    if (!h) {
      h = new Highlight();
      this.#highlights.set(kind, h);
      this.#register(kind, h);
    }
    return h;
  }

  #register(kind, h) {
    if (this.#visible.has(kind)) CSS.highlights.set(`newsmark-${kind}`, h);
    else CSS.highlights.delete(`newsmark-${kind}`);
  }
}
