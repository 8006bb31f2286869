// A result made by hand for the sample article, to test the demo's painting, toggles,
// tooltips and summary independently of what the analysis stages find today.
export function handResult(text) {
  const at = (s, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) {
      i = text.indexOf(s, i + 1);
      if (i < 0) throw new Error(`sample article: "${s}" #${nth} not found`);
    }
    return [i, i + s.length];
  };
  const people = [
    { id: 0, name: 'Helen Okafor', mentions: [at('Helen Okafor'), at('Okafor', 1)], descriptors: [at('Mayor')] },
    { id: 1, name: 'Tomás Ruiz', mentions: [at('Tomás Ruiz'), at('Ruiz', 1)], descriptors: [at('the leader of the opposition')] },
    { id: 2, name: 'Priya Natarajan', mentions: [at('Priya Natarajan'), at('Natarajan', 1)], descriptors: [at('a coastal engineer at Northshore University')] },
  ];
  const claim = (kind, source, source_type, person, cue, cue_class, content) => ({ kind, source, source_type, person, cue, cue_class, content });
  const claims = [
    claim('mixed', at('Helen Okafor'), 'person', 0, at('said', 1), 'neutral', at('the delay was "disappointing but necessary"')),
    claim('direct', at('She'), 'pronoun', 0, at('told reporters'), 'neutral', at('We will not ask residents to sign a blank cheque.')),
    claim('according-to', at("a report by the city's finance office"), 'document', null, at('According to'), 'according-to', at('the barrier would protect about 3,200 homes from flooding')),
    claim('indirect', at('Tomás Ruiz'), 'person', 1, at('claimed'), 'distancing', at('the project had been "rushed from the start"')),
    claim('indirect', at('Two people familiar with the negotiations'), 'anonymous', null, at('said', 4), 'neutral', at('the main contractor, Halden Marine, had asked for a new contract')),
    claim('checkworthy', null, 'none', null, null, '', at('The report warns that repair costs after the 2019 storm reached £12 million, the highest in the city\'s history.')),
  ];
  const hedge = (s, type, explanation, nth = 0) => ({ span: at(s, nth), type, explanation });
  const hedges = [
    hedge('could rise', 'modal', 'A possibility, not a certainty.'),
    hedge('about', 'vague', 'An approximate number.'),
    hedge('may have underestimated', 'modal', 'A possibility, not a certainty.'),
    hedge('Two people familiar with the negotiations', 'anonymous-source', 'The sources are not named.'),
    hedge('could not be independently verified', 'unverified', 'The claim was not confirmed.'),
    hedge('declined to comment', 'no-comment', 'The subject gave no answer.'),
    hedge('probably', 'speculative', 'The speaker is not sure.'),
    hedge('If', 'conditional', 'A condition.'),
    hedge('reportedly', 'evidential', 'Second-hand information.'),
  ];
  const words = text.split(/\s+/).filter(Boolean).length;
  return { schema: 1, id: null, length: text.length, stats: { words, hedge_density: (hedges.length / words) * 100 }, sentences: [], people, claims, hedges };
}
