// The tooltip and summary texts, from a result made by hand: person (name, mention count,
// descriptors), claim (source, cue class, source type), hedge (type, explanation), and the
// four source groups of the summary.
import test from 'node:test';
import assert from 'node:assert/strict';
import { distMissing, DIST } from './support.mjs';

const skip = distMissing() || false;
const TEXT = 'Mayor Helen Okafor said the plan may fail. Officials who asked not to be named said it was late. According to the report, costs rose.';
const at = (s) => { const i = TEXT.indexOf(s); return [i, i + s.length]; };
const RESULT = {
  people: [{ id: 0, name: 'Helen Okafor', mentions: [at('Helen Okafor')], descriptors: [at('Mayor')] }],
  claims: [
    { kind: 'indirect', source: at('Helen Okafor'), source_type: 'person', person: 0, cue: at('said'), cue_class: 'neutral', content: at('the plan may fail') },
    { kind: 'indirect', source: at('Officials who asked not to be named'), source_type: 'anonymous', person: null, cue: at('said it'), cue_class: 'distancing', content: at('it was late') },
    { kind: 'according-to', source: at('the report'), source_type: 'document', person: null, cue: at('According to'), cue_class: 'according-to', content: at('costs rose') },
    { kind: 'checkworthy', source: null, source_type: 'none', person: null, cue: null, cue_class: '', content: at('costs rose') },
  ],
  hedges: [{ span: at('may'), type: 'modal', explanation: 'Says it is possible, not that it is so.' }],
};

test('person, claim and hedge descriptions', { skip }, async () => {
  const m = await import(`${DIST}/newsmark.mjs`);
  assert.deepEqual(m.describePerson(RESULT, TEXT, RESULT.people[0]), {
    category: 'person', title: 'Helen Okafor', lines: ['Person · 1 mention', 'Described as: Mayor', 'Source of 1 claim'],
  });
  const c0 = m.describeClaim(RESULT, TEXT, RESULT.claims[0]);
  assert.equal(c0.title, 'Claim: reported speech');
  assert.deepEqual(c0.lines, ['Source: Helen Okafor (named person)', 'Cue: "said" (neutral reporting verb)']);
  const c1 = m.describeClaim(RESULT, TEXT, RESULT.claims[1]);
  assert.deepEqual(c1.lines, ['Source: Officials who asked not to be named (anonymous source)', 'Cue: "said it" (distancing: the writer keeps the claim at arm\'s length)']);
  const c3 = m.describeClaim(RESULT, TEXT, RESULT.claims[3]);
  assert.equal(c3.title, 'Claim: check-worthy statement');
  assert.equal(c3.lines[0], 'Source: no source given');
  assert.deepEqual(m.describeHedge(RESULT, TEXT, RESULT.hedges[0]), {
    category: 'hedge', title: 'Hedge: modal', lines: ['Says it is possible, not that it is so.', '"may"'],
  });
});

test('claims group by who stands behind them', { skip }, async () => {
  const m = await import(`${DIST}/newsmark.mjs`);
  assert.deepEqual(RESULT.claims.map(m.sourceGroup), ['named', 'anonymous', 'document', 'unattributed']);
  assert.deepEqual(m.SOURCE_GROUPS, ['named', 'anonymous', 'document', 'unattributed']);
  for (const t of ['organization', 'pronoun']) assert.equal(m.sourceGroup({ source_type: t }), 'named');
  assert.equal(m.claimSourceName(RESULT, TEXT, RESULT.claims[2]), 'the report');
});

test('what a claim is painted over, and which hedges show', { skip }, async () => {
  const m = await import(`${DIST}/newsmark.mjs`);
  assert.deepEqual(m.claimSpan({ content: [1, 2], cue: [3, 4], source: [5, 6] }), [1, 2]);
  assert.deepEqual(m.claimSpan({ content: null, cue: [3, 4], source: [5, 6] }), [3, 4]);
  assert.deepEqual(m.claimSpan({ content: null, cue: null, source: [5, 6] }), [5, 6]);
  assert.equal(m.claimSpan({ content: null, cue: null, source: null }), null);
  assert.equal(m.hedgeShown({ type: 'conditional' }, {}), false);
  assert.equal(m.hedgeShown({ type: 'conditional' }, { conditional: true }), true);
  assert.equal(m.hedgeShown({ type: 'modal' }, {}), true);
});
