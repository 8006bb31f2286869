// What the content script keeps of the core's results: a result without the items that lie in
// some text spans (blocks that changed and are re-analyzed on their own), and the summary the
// popup and the stats message show.
import { claimSpan } from '../../../web/src/paint-items.mjs';

const overlaps = (span, cuts) => span && cuts.some(([s, e]) => span[0] < e && span[1] > s);

// `cuts`: [start, end) spans of the analyzed text. People left without mentions are dropped.
export function withoutSpans(result, cuts) {
  return {
    ...result,
    people: result.people
      .map((p) => ({ ...p, mentions: p.mentions.filter((m) => !overlaps(m, cuts)) }))
      .filter((p) => p.mentions.length),
    claims: result.claims.filter((c) => !overlaps(claimSpan(c), cuts)),
    hedges: result.hedges.filter((h) => !overlaps(h.span, cuts)),
  };
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
