// Native CLI and wasm must give identical results. 60 texts are put together from fragments
// written for this test, in Latin, Greek, Cyrillic, Arabic and Hebrew scripts, with emoji
// (ZWJ sequences, skin tones, flags), combining marks and astral characters.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cliMissing, distMissing, runCli, DIST } from './support.mjs';

const FRAGMENTS = [
  'Mayor Helen Okafor said the vote may be delayed again.',
  'Mr. Ruiz, 54, told reporters: “We were never consulted.”',
  'According to the U.S. State Department, talks resumed on Jan. 6.',
  'Two people familiar with the talks said it could not be verified.',
  'Zoë Müller-Lüdenscheidt met José Álvarez in São Paulo.',
  'Ο δήμαρχος είπε ότι η ψηφοφορία ίσως αναβληθεί. Η Αθήνα περιμένει.',
  'Министр заявил, что решение «может быть отложено». Москва молчит.',
  'قال المتحدث إن القرار قد يتأخر. وأضاف: "لا تعليق".',
  'אמר הדובר כי ההחלטה עשויה להתעכב. "אין תגובה," הוסיף.',
  'The café’s owner 👩🏽‍🍳 reportedly closed it 🇬🇧 after the storm 🌊.',
  'Combining marks: e\u0301, a\u0308, n\u0303 and Z\u0335\u0321a\u0334\u0322lgo.',
  'Math letters 𝒳𝒴𝒵 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 sit outside the BMP.',
  '"It is over," she said. (Nobody believed her.) Then the council met.',
  'Dr. Priya Natarajan, a coastal engineer, said it was probably fine',
  'Kim Jong-un, J.K. Rowling and Hassan al-Turabi are in this list.',
];
const SEPARATORS = [' ', '\n', '\n\n', ' \u00a0', '\r\n', '\t'];

// A small deterministic generator, so every run checks the same 60 texts.
function* texts(count) {
  let seed = 20261128;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    const parts = [];
    const k = 1 + next(6);
    for (let j = 0; j < k; j++) parts.push(FRAGMENTS[next(FRAGMENTS.length)], SEPARATORS[next(SEPARATORS.length)]);
    if (i < FRAGMENTS.length) parts.unshift(FRAGMENTS[i], ' ');  // every fragment at least once
    yield { id: `parity-${i}`, text: parts.join('') };
  }
}

// The CLI's results for docs and the wasm module's are the same, text by text.
async function assertParity(docs) {
  const cli = runCli(['analyze', '--format', 'jsonl'], docs.map((d) => JSON.stringify(d)).join('\n'));
  assert.equal(cli.status, 0, cli.stderr);
  const native = cli.stdout.trim().split('\n');
  assert.equal(native.length, docs.length);

  const { Newsmark } = await import(`${DIST}/newsmark.mjs`);
  const nm = await Newsmark.load();
  docs.forEach((d, i) => {
    assert.deepEqual(nm.analyze(d.text, { id: d.id }), JSON.parse(native[i]), `text ${d.id} differs`);
  });
  nm.dispose();
}

test('the native CLI and the wasm module give identical results on 60 texts', { skip: cliMissing() || distMissing() }, async () => {
  const docs = [...texts(60)];
  const scripts = { latin: /[a-z]/i, greek: /\p{Script=Greek}/u, cyrillic: /\p{Script=Cyrillic}/u, arabic: /\p{Script=Arabic}/u, hebrew: /\p{Script=Hebrew}/u, emoji: /\p{Extended_Pictographic}/u, combining: /\p{M}/u };
  for (const [name, re] of Object.entries(scripts)) {
    assert.ok(docs.filter((d) => re.test(d.text)).length >= 5, `fewer than 5 texts with ${name}`);
  }
  await assertParity(docs);
});

// Only the wasm build has the scanners' SIMD loops (word_breaks.cpp: a run of ASCII letters and
// digits, sentence_breaks.cpp: ASCII up to the next . ? ! CR LF), eight UTF-16 units (16 bytes)
// a step counted from where the scan starts (wasm's loads take any address: alignment plays no
// part); the native build runs the plain loops, so these texts compare the two. The word scanner
// starts at a run's second unit, so a run of n units ends in lane (n - 1) mod 8: runs of 9 to 16
// units end in each lane of a second step, 7 inside the first, 24 and 33 after several. Each
// comes in eight variants (0 to 7 leading spaces, the letters and the end characters rotated)
// so that each length meets each kind of character that stops a step: a mid-word mark, a stop,
// a space, a non-ASCII letter, a line break, a digit; and the sentence scanner, which counts
// its steps from a sentence's start, meets its stops in varied lanes.
// (Without them, a wasm scanner that forgot which unit its last step ended on went unseen.)
function* asciiRunTexts() {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const run = (n, from) => Array.from({ length: n }, (_, k) => chars[(from + k) % chars.length]).join('');
  const ends = ['.', ' ', 'é', '’s', "'t", '-', ',', '!', '\n', '?', '3', '\r\n', '.5'];
  for (const n of [7, 9, 10, 11, 12, 13, 14, 15, 16, 24, 33]) {
    for (let variant = 0; variant < 8; variant++) {
      const end = (k) => ends[(n + variant + k) % ends.length];
      // word runs, and a sentence whose ASCII body (letters and spaces) is n units long
      const body = run(n - 1, variant).replace(/(.{5})./g, '$1 ');
      // runs whose last unit is a digit or a letter, unlike their first, before a mark that
      // joins only digits or only letters: the scanner must know the unit the step ended on
      const digitsLast = `${run(n - 2, variant)}12`;
      const lettersLast = `${'1234567890'.repeat(4).slice(0, n - 2)}ab`;
      const text = `${' '.repeat(variant)}${run(n, variant)}${end(0)} ${run(n, 7)}${end(1)}` +
        ` Q${body}. ${run(n, 3).toUpperCase()}${end(2)}${run(n, 11)}${end(3)} Mr ${run(n, 26)} said${end(4)}` +
        ` ${digitsLast}.5 ${digitsLast},5 ${lettersLast}.b ${lettersLast}'b`;
      yield { id: `ascii-run-${n}-${variant}`, text };
    }
  }
}

test('the native CLI and the wasm module agree on ASCII runs around the SIMD steps', { skip: cliMissing() || distMissing() }, async () => {
  await assertParity([...asciiRunTexts()]);
});
