// Hostile input through the JS API: huge texts, a megabyte without a space, lone surrogates
// and NULs, emoji sequences, combining marks, mixed scripts, 10,000 distinct names. No crash,
// no hang, bounded memory, and every span on UTF-16 boundaries that keep surrogate pairs whole.
import test from 'node:test';
import assert from 'node:assert/strict';
import { distMissing, DIST } from './support.mjs';

const skip = distMissing();
let nm;
test.before(async () => {
  if (!skip) nm = await (await import(`${DIST}/newsmark.mjs`)).Newsmark.load();
});
test.after(() => nm?.dispose());

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

// Every span of every layer: inside the text, ordered, and not cutting a surrogate pair.
function assertSpansValid(text, r) {
  const spans = [
    ...r.sentences.map((s) => s.span),
    ...r.people.flatMap((p) => [...p.mentions, ...p.descriptors]),
    ...r.claims.flatMap((c) => [c.source, c.cue, c.content].filter(Boolean)),
    ...r.hedges.map((h) => h.span),
  ];
  for (const [s, e] of spans) {
    assert.ok(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= text.length, `span [${s},${e}) outside the text`);
    for (const off of [s, e]) {
      if (off > 0 && off < text.length) {
        assert.ok(!(isHigh(text.charCodeAt(off - 1)) && isLow(text.charCodeAt(off))), `span boundary ${off} splits a surrogate pair`);
      }
    }
  }
  assert.equal(r.length, text.length);
}

test('a 20 MB text', { skip }, () => {
  const para = 'Officials said on Tuesday that the plan may be delayed, according to a report. Mr. Ruiz disagreed.\n\n';
  const text = para.repeat(Math.ceil((20 << 20) / para.length));
  const r = nm.analyze(text);
  assertSpansValid(text, r);
  assert.equal(r.sentences.length, 2 * Math.ceil((20 << 20) / para.length));
});

test('a 1 MB "word" with no spaces', { skip }, () => {
  const text = `Start. ${'abcdefghij'.repeat(100_000)} end.`;
  const r = nm.analyze(text);
  assertSpansValid(text, r);
  assert.ok(r.sentences.length >= 1);
});

test('lone surrogates, NULs and random code units', { skip }, () => {
  let seed = 7;
  const rand = () => (seed = (seed * 48271) % 2147483647);
  for (let n = 0; n < 30; n++) {
    const units = Array.from({ length: 2000 }, () => {
      const k = rand() % 10;
      if (k < 4) return 0x61 + (rand() % 26);           // letters
      if (k === 4) return 0x20;                         // spaces
      if (k === 5) return 0x2e;                         // periods
      if (k === 6) return 0xd800 + (rand() % 0x800);    // surrogates, paired or not
      if (k === 7) return rand() % 0x20;                // control characters, NUL included
      return rand() % 0x10000;                          // anything in the BMP
    });
    const text = String.fromCharCode(...units);
    assertSpansValid(text, nm.analyze(text));
  }
});

test('emoji ZWJ sequences, flags, skin tones, combining marks, RTL and mixed scripts', { skip }, () => {
  const text = [
    'The family 👨‍👩‍👧‍👦 met the chef 👩🏽‍🍳 under 🇬🇧 and 🏳️‍🌈 flags.',
    'Zalgo: Z\u0335\u0321\u031ba\u0334\u0322\u0327l\u0336\u0328g\u0337o\u0338 said so.',
    'He said שלום and مرحبا بالعالم in one sentence, then Привет and Γειά.',
    '\u202eRight-to-left override\u202c and \u200fRLM\u200e marks. 𝒳𝒴𝒵 𝟘𝟙𝟚.',
  ].join('\n\n');
  const r = nm.analyze(text);
  assertSpansValid(text, r);
  assert.equal(r.sentences.length, 5);
});

test('10,000 distinct names in one text', { skip }, () => {
  const first = ['Ana', 'Boris', 'Chidi', 'Dana', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun'];
  const syll = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'vo', 'ri', 'de', 'go'];
  const names = [];
  for (let i = 0; i < 10_000; i++) {
    const s = `${syll[i % 10]}${syll[Math.floor(i / 10) % 10]}${syll[Math.floor(i / 100) % 10]}${syll[Math.floor(i / 1000) % 10]}`;
    names.push(`${first[i % 10]} ${s[0].toUpperCase()}${s.slice(1)}`);
  }
  const text = names.map((n, i) => `${n} said the vote ${i % 2 ? 'may' : 'will'} pass.`).join(' ');
  const r = nm.analyze(text);
  assertSpansValid(text, r);
  assert.equal(r.sentences.length, 10_000);
  assert.ok(r.people.length <= 10_000 + 10);
});
