// The summary panel: numbers, people (with mention counts and what each claimed), claims
// grouped by source type, hedges. Every entry is a button that scrolls to its highlight and
// flashes it. Built with textContent only: article text is never markup.
import { claimSourceName, claimSpan, PERSON_PALETTE, SOURCE_GROUP_LABEL, SOURCE_GROUPS, sourceGroup, swatchStyle } from '../newsmark.mjs';

const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'style') e.style.cssText = v;
    else e[k] = v;
  }
  e.append(...children.filter((c) => c != null));
  return e;
};

const excerpt = (text, span, max = 90) => {
  if (!span) return '';
  const t = text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

const initials = (name) => name.split(/\s+/).filter(Boolean).map((w) => [...w][0]).slice(0, 3).join('').toUpperCase();

// onReveal(key, category): the page reveals the highlight (and turns its category on).
export function renderSummary(container, result, text, scheme, onReveal) {
  const link = (key, category, ...content) => {
    const b = el('button', { type: 'button', className: 'link', dataset: { key, category } }, ...content);
    b.addEventListener('click', () => onReveal(key, category));
    return b;
  };
  const words = result.stats.words;
  const stats = el('dl', { className: 'stats' },
    el('div', {}, el('dt', { textContent: 'Words' }), el('dd', { textContent: words.toLocaleString('en') })),
    el('div', {}, el('dt', { textContent: 'People' }), el('dd', { textContent: String(result.people.length), dataset: { stat: 'people' } })),
    el('div', {}, el('dt', { textContent: 'Claims' }), el('dd', { textContent: String(result.claims.length), dataset: { stat: 'claims' } })),
    el('div', {}, el('dt', { textContent: 'Hedges per 100 words' }), el('dd', { textContent: result.stats.hedge_density.toFixed(2), dataset: { stat: 'hedge-density' } })),
  );

  // People, most mentioned first, each with the claims they are the source of.
  const people = [...result.people].map((p, i) => ({ p, i })).sort((a, b) => b.p.mentions.length - a.p.mentions.length || a.i - b.i);
  const peopleList = el('ul', { className: 'people' });
  for (const { p, i } of people) {
    const said = result.claims.map((c, k) => ({ c, k })).filter(({ c }) => c.person === p.id);
    const row = link(`person:${p.id}`, 'person',
      el('span', { className: 'person-row' },
        el('span', { className: 'swatch', style: swatchStyle('person', scheme, (Number.isInteger(p.id) ? p.id : i) % PERSON_PALETTE.length), textContent: initials(p.name), ariaHidden: 'true' }),
        el('span', { className: 'name', textContent: p.name }),
        el('span', { className: 'count', textContent: `${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}` })));
    const saidList = said.length
      ? el('ul', { className: 'said', ariaLabel: `What ${p.name} claimed` }, ...said.map(({ c, k }) => el('li', {}, link(`claim:${k}`, 'claim', excerpt(text, claimSpan(c), 110)))))
      : null;
    peopleList.append(el('li', { dataset: { person: String(p.id) } }, row, saidList));
  }

  // Claims by who stands behind them.
  const groups = el('div', { className: 'claim-groups' });
  for (const g of SOURCE_GROUPS) {
    const claims = result.claims.map((c, k) => ({ c, k })).filter(({ c }) => sourceGroup(c) === g);
    const list = el('ul', {});
    for (const { c, k } of claims) {
      const source = claimSourceName(result, text, c);
      list.append(el('li', {}, link(`claim:${k}`, 'claim',
        source ? el('span', { className: 'claim-source', textContent: `${source}: ` }) : null,
        excerpt(text, claimSpan(c)))));
    }
    if (!claims.length) list.append(el('li', { className: 'empty', textContent: 'none' }));
    groups.append(el('section', { dataset: { group: g } }, el('h3', { textContent: `${SOURCE_GROUP_LABEL[g]} (${claims.length})` }), list));
  }

  // Hedges: how many of each type, then each in text order.
  const types = new Map();
  for (const h of result.hedges) types.set(h.type, (types.get(h.type) ?? 0) + 1);
  const byType = el('p', { className: 'hedge-types', textContent: [...types].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(' · ') });
  const hedges = el('ul', { className: 'hedges' });
  result.hedges.forEach((h, k) => {
    hedges.append(el('li', {}, link(`hedge:${k}`, 'hedge', `“${excerpt(text, h.span, 50)}” · ${h.type}`)));
  });

  container.replaceChildren(
    el('h2', { textContent: 'In this article' }), stats,
    el('h2', { textContent: `People (${result.people.length})` }),
    result.people.length ? peopleList : el('p', { className: 'empty', textContent: 'No named people found.' }),
    el('h2', { textContent: `Claims by source (${result.claims.length})` }), groups,
    el('h2', { textContent: `Hedges (${result.hedges.length})` }),
    ...(result.hedges.length ? [byType, hedges] : [el('p', { className: 'empty', textContent: 'No hedged language found.' })]),
  );
}
