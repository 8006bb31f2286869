// What gets painted for a result: one item per person mention, per claim and per hedge,
// each with its text span, and the same items cut into per-text-node pieces.

export const CATEGORIES = ['person', 'claim', 'hedge'];
// Option names (as in highlight(element, { people, claims, hedges, conditional })).
export const OPTION_OF = { person: 'people', claim: 'claims', hedge: 'hedges' };

// The span a claim is painted over: what is claimed, else its cue, else its source.
export const claimSpan = (claim) => claim.content ?? claim.cue ?? claim.source ?? null;

// Hedges of type "conditional" (if, whether, unless) are low-salience: painted only when
// options.conditional is true.
export const hedgeShown = (hedge, options) => hedge.type !== 'conditional' || options.conditional === true;

// Items in text order within each category:
// { category, key, index, start, end, data, person (people id or null), slot (colour) }.
export function paintItems(result, options) {
  const items = [];
  if (options.people !== false) {
    result.people.forEach((p, i) => {
      // The colour follows the person's id, so it stays when a result is filtered or updated.
      const slot = options.personSlot ? options.personSlot(p, i) : (Number.isInteger(p.id) ? p.id : i);
      for (const [start, end] of p.mentions) {
        items.push({ category: 'person', key: `person:${p.id}`, index: i, start, end, data: p, person: p.id, slot });
      }
    });
  }
  if (options.claims !== false) {
    result.claims.forEach((c, i) => {
      const span = claimSpan(c);
      if (span) items.push({ category: 'claim', key: `claim:${i}`, index: i, start: span[0], end: span[1], data: c, person: c.person ?? null, slot: 0 });
    });
  }
  if (options.hedges !== false) {
    result.hedges.forEach((h, i) => {
      if (hedgeShown(h, options)) items.push({ category: 'hedge', key: `hedge:${i}`, index: i, start: h.span[0], end: h.span[1], data: h, person: null, slot: 0 });
    });
  }
  return items;
}

// Cuts items into pieces that each lie in one text node: Map<Text, [{ start, end, item }]>
// (offsets within the node), skipping items the map cannot place.
export function piecesByNode(map, items) {
  const byNode = new Map();
  for (const item of items) {
    const loc = map.locate(item.start, item.end);
    if (!loc) continue;
    for (let k = loc.first; k <= loc.last; k++) {
      const node = map.nodes[k];
      if (!node.isConnected) continue;
      const start = k === loc.first ? loc.startOffset : 0;
      const end = k === loc.last ? loc.endOffset : Math.min(map.lengths[k], node.data.length);
      if (end <= start) continue;
      let list = byNode.get(node);
      if (!list) byNode.set(node, (list = []));
      list.push({ start, end, item });
    }
  }
  return byNode;
}
