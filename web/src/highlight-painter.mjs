// Painting with the CSS Custom Highlight API: ranges go into named Highlight objects in
// CSS.highlights and ::highlight() rules in an adopted stylesheet give them their look. No
// page node is touched. Category highlights are shared by every highlighter on the page
// (each adds and later removes only its own ranges); each person has a highlight of its own.

import { highlightRules } from './styles.mjs';

let serial = 0;

export function supportsHighlights(doc) {
  const view = doc.defaultView;
  return !!(view && typeof view.Highlight === 'function' && view.CSS?.highlights && 'adoptedStyleSheets' in doc);
}

const PRIORITY = { claim: 1, hedge: 2, person: 3, flash: 4 };

export class HighlightPainter {
  #doc;
  #registry;
  #sheet = null;
  #roots = [];
  #owned = new Map();  // highlight name -> ranges this painter added
  names;

  constructor(doc, prefix) {
    this.#doc = doc;
    this.#registry = doc.defaultView.CSS.highlights;
    this.id = ++serial;
    this.names = {
      person: `${prefix}-people`,
      claim: `${prefix}-claims`,
      hedge: `${prefix}-hedges`,
      flash: `${prefix}-flash`,
      personOf: (id) => `${prefix}-p${this.id}-${id}`,
    };
  }

  get mode() {
    return 'highlights';
  }

  // Adds ranges to the named highlight (made on first use), remembering them as ours.
  #add(name, ranges, priority) {
    let h = this.#registry.get(name);
    if (!h) {
      h = new this.#doc.defaultView.Highlight(...ranges);
      h.priority = priority;
      this.#registry.set(name, h);
    } else {
      for (const r of ranges) h.add(r);
    }
    const own = this.#owned.get(name);
    if (own) own.push(...ranges); else this.#owned.set(name, [...ranges]);
  }

  #remove(name, ranges) {
    const h = this.#registry.get(name);
    if (!h) return;
    for (const r of ranges) h.delete(r);
    if (h.size === 0) this.#registry.delete(name);
  }

  // items: from paintItems(); byNode: from piecesByNode(); roots: where the text lives.
  // Returns Map<item, Range[]> (one range per text node piece, so ranges stay live and exact).
  paint(items, byNode, roots, scheme) {
    const doc = this.#doc;
    const rangesOf = new Map();
    for (const [node, pieces] of byNode) {
      for (const { start, end, item } of pieces) {
        const r = doc.createRange();
        r.setStart(node, start);
        r.setEnd(node, end);
        let list = rangesOf.get(item);
        if (!list) rangesOf.set(item, (list = []));
        list.push(r);
      }
    }
    // Ranges grouped by highlight name first: one registry call per highlight, not per range.
    const byName = new Map();
    const personSlots = new Map();
    const push = (name, ranges, priority) => {
      const entry = byName.get(name);
      if (entry) entry.ranges.push(...ranges); else byName.set(name, { ranges: [...ranges], priority });
    };
    for (const [item, ranges] of rangesOf) {
      push(this.names[item.category], ranges, PRIORITY[item.category]);
      if (item.category === 'person') {
        const name = this.names.personOf(item.person);
        personSlots.set(name, item.slot);
        push(name, ranges, PRIORITY.person);
      }
    }
    for (const [name, { ranges, priority }] of byName) this.#add(name, ranges, priority);
    this.#sheet = new doc.defaultView.CSSStyleSheet();
    this.#sheet.replaceSync(highlightRules(this.names, scheme, personSlots).join('\n'));
    this.#roots = roots;
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    return rangesOf;
  }

  // Shows ranges in the flash colour for a moment.
  flash(ranges, ms = 1200) {
    const name = this.names.flash;
    this.#add(name, ranges, PRIORITY.flash);
    const view = this.#doc.defaultView;
    view.setTimeout(() => {
      const own = this.#owned.get(name) ?? [];
      const gone = own.filter((r) => ranges.includes(r));
      this.#remove(name, gone);
      this.#owned.set(name, own.filter((r) => !ranges.includes(r)));
    }, ms);
  }

  clear() {
    for (const [name, ranges] of this.#owned) this.#remove(name, ranges);
    this.#owned.clear();
    if (this.#sheet) {
      for (const root of this.#roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.#sheet);
      this.#sheet = null;
    }
    this.#roots = [];
  }
}
