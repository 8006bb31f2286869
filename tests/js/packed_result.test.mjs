// The JS API builds its result objects from the core's packed words (web/src/packed-result.mjs),
// not from JSON: they must be exactly what JSON.parse gives for the core's JSON, down to the key
// order (JSON.stringify of one equals the other's text) and every number and string.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { distMissing, DIST } from './support.mjs';
import { loadNews } from '../../scripts/bench_parts/corpus.mjs';

const skip = distMissing();

// The core's JSON for text, straight from the wasm (the format the CLI prints).
async function jsonCore() {
  const factory = createRequire(import.meta.url)(`${DIST}/newsmark-core.cjs`);
  const core = await factory({ wasmBinary: readFileSync(`${DIST}/newsmark.wasm`) });
  const analyzer = new core.Analyzer();
  const utf8 = new TextDecoder();
  return (text, idJson) => {
    const ptr = core._malloc(Math.max(2, text.length * 2));
    for (let i = 0; i < text.length; i++) core.HEAPU16[(ptr >>> 1) + i] = text.charCodeAt(i);
    const n = analyzer.analyzeUtf16(ptr, text.length, idJson);
    core._free(ptr);
    const at = analyzer.resultPointer();
    return utf8.decode(core.HEAPU8.subarray(at, at + n));
  };
}

const ODD = [
  ['', undefined],
  ['x', 7],
  ['Mayor Helen Okafor said the vote may be delayed. Mr Okafor may resign.', { n: [1, 'é'] }],
  // names with a lone surrogate, an astral letter and a very long capitalized "word"
  ['Minister Jo\ud800hn Smi\udfffth said it was over. Smi\udfffth left.', 'lone'],
  ['Officials said Ｚ𝒳ander Quint may return, reportedly.', null],
  [`Chief executive Anna ${'Q'.repeat(1) + 'w'.repeat(9000)} said profits could fall. She may be right.`, 'long'],
  ['“We were never consulted,” Mr. Ruiz told reporters, according to the U.S. State Department.', 'quote'],
];

test('the packed result gives exactly the JSON result', { skip }, async () => {
  const json = await jsonCore();
  const { Newsmark } = await import(`${DIST}/newsmark.mjs`);
  const nm = await Newsmark.load();
  for (const [text, id] of ODD) {
    const idJson = id === undefined ? '' : JSON.stringify(id);
    assert.equal(JSON.stringify(nm.analyze(text, { id })), json(text, idJson), `differs on ${JSON.stringify(text.slice(0, 40))}`);
  }
  const news = loadNews();
  if (news) {
    for (const d of news.slice(0, 600)) {
      assert.equal(JSON.stringify(nm.analyze(d.text, { id: d.id })), json(d.text, JSON.stringify(d.id)), `differs on ${d.id}`);
    }
  }
  nm.dispose();
});
