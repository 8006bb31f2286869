// Plain-language descriptions of what the core found, for tooltips and summaries: the
// person (name, mention count, descriptors), the claim (source, cue, source type), the hedge
// (type, explanation). Everything here returns strings; callers set them as text, never HTML.

const KIND = {
  direct: 'direct quote',
  indirect: 'reported speech',
  mixed: 'partial quote',
  'according-to': '"according to"',
  checkworthy: 'check-worthy statement',
};

const SOURCE_TYPE = {
  person: 'named person',
  organization: 'organization',
  document: 'document',
  anonymous: 'anonymous source',
  pronoun: 'pronoun',
  none: 'no source given',
};

const CUE_CLASS = {
  neutral: 'neutral reporting verb',
  distancing: 'distancing: the writer keeps the claim at arm\'s length',
  denial: 'denial',
  confirmation: 'confirmation or admission',
  belief: 'belief or opinion',
  characterisation: 'characterisation of what was said',
  'according-to': 'attribution with "according to"',
};

// The four groups of the summary: who stands behind a claim.
export const SOURCE_GROUPS = ['named', 'anonymous', 'document', 'unattributed'];
export const SOURCE_GROUP_LABEL = {
  named: 'Named sources',
  anonymous: 'Anonymous sources',
  document: 'Documents',
  unattributed: 'Unattributed',
};

export function sourceGroup(claim) {
  switch (claim.source_type) {
    case 'person': case 'organization': case 'pronoun': return 'named';
    case 'anonymous': return 'anonymous';
    case 'document': return 'document';
    default: return 'unattributed';
  }
}

const slice = (text, span) => (span ? text.slice(span[0], span[1]) : '');
const oneLine = (s, max = 120) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export function personById(result, id) {
  return result.people.find((p) => p.id === id) ?? result.people[id] ?? null;
}

// What a claim's source is called: the linked person's name, else the source text.
export function claimSourceName(result, text, claim) {
  if (claim.person != null) {
    const p = personById(result, claim.person);
    if (p) return p.name;
  }
  return claim.source ? oneLine(slice(text, claim.source), 60) : '';
}

// Each description: { category, title, lines: [string] }.
export function describePerson(result, text, person) {
  const n = person.mentions.length;
  const lines = [`Person · ${n} mention${n === 1 ? '' : 's'}`];
  const descriptors = [...new Set(person.descriptors.map((d) => oneLine(slice(text, d), 80)))].filter(Boolean);
  if (descriptors.length) lines.push(`Described as: ${descriptors.join('; ')}`);
  const said = result.claims.filter((c) => c.person === person.id).length;
  if (said) lines.push(`Source of ${said} claim${said === 1 ? '' : 's'}`);
  return { category: 'person', title: person.name, lines };
}

export function describeClaim(result, text, claim) {
  const lines = [];
  const source = claimSourceName(result, text, claim);
  const type = SOURCE_TYPE[claim.source_type] ?? claim.source_type;
  lines.push(source ? `Source: ${source} (${type})` : `Source: ${type}`);
  if (claim.cue) {
    const cls = CUE_CLASS[claim.cue_class] ?? claim.cue_class;
    lines.push(`Cue: "${oneLine(slice(text, claim.cue), 40)}"${cls ? ` (${cls})` : ''}`);
  }
  if (claim.kind === 'checkworthy') lines.push('An unattributed factual statement a fact-checker would want to verify');
  return { category: 'claim', title: `Claim: ${KIND[claim.kind] ?? claim.kind}`, lines };
}

export function describeHedge(result, text, hedge) {
  const lines = [];
  if (hedge.explanation) lines.push(hedge.explanation);
  lines.push(`"${oneLine(slice(text, hedge.span), 60)}"`);
  return { category: 'hedge', title: `Hedge: ${hedge.type}`, lines };
}

export function describeItem(result, text, item) {
  if (item.category === 'person') return describePerson(result, text, item.data);
  if (item.category === 'claim') return describeClaim(result, text, item.data);
  return describeHedge(result, text, item.data);
}
