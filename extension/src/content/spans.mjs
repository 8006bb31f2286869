// The core's result as highlight spans: [kind, start, end] in the analyzed text's offsets.
// Kinds: person (each mention), source (a claim's source when it is not a person mention
// already), claim (what is claimed), hedge.
export function spansOf(result) {
  const spans = [];
  const mentions = new Set();
  for (const p of result.people ?? []) {
    for (const [s, e] of p.mentions ?? []) {
      spans.push(['person', s, e]);
      mentions.add(`${s}:${e}`);
    }
  }
  for (const c of result.claims ?? []) {
    if (c.source && !mentions.has(`${c.source[0]}:${c.source[1]}`)) spans.push(['source', c.source[0], c.source[1]]);
    if (c.content) spans.push(['claim', c.content[0], c.content[1]]);
  }
  for (const h of result.hedges ?? []) spans.push(['hedge', h.span[0], h.span[1]]);
  return spans;
}

// The popup's and the stats message's view of one or more results (no page text beyond the
// names of people and sources, which the popup lists).
export function summarise(results, ms, done) {
  const people = new Map();
  let claims = 0;
  let hedges = 0;
  let words = 0;
  const sourceTypes = {};
  for (const { result, text } of results) {
    words += result.stats?.words ?? 0;
    hedges += result.hedges?.length ?? 0;
    for (const p of result.people ?? []) {
      const entry = people.get(p.name) ?? { name: p.name, mentions: 0 };
      entry.mentions += p.mentions?.length ?? 0;
      people.set(p.name, entry);
    }
    for (const c of result.claims ?? []) {
      claims += 1;
      const type = c.source_type ?? 'none';
      const who = c.source ? text.slice(c.source[0], c.source[1]) : '(unattributed)';
      (sourceTypes[type] ??= {})[who] = ((sourceTypes[type] ?? {})[who] ?? 0) + 1;
    }
  }
  return {
    people: people.size,
    claims,
    hedges,
    ms,
    done,
    words,
    hedgeDensity: words ? (100 * hedges) / words : 0,
    peopleList: [...people.values()].sort((a, b) => b.mentions - a.mentions),
    claimsBySourceType: sourceTypes,
  };
}
