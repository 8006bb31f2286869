// The JS entry in node 20: load, analyze, ids, odd strings, dispose.
import test from 'node:test';
import assert from 'node:assert/strict';
import { distMissing, DIST } from './support.mjs';

const skip = distMissing();
const load = async () => (await import(`${DIST}/newsmark.mjs`)).Newsmark.load();

test('analyze returns the result format with UTF-16 offsets', { skip }, async () => {
  const nm = await load();
  const text = 'Zoë 👩‍💻 said so. Then she left.';
  const r = nm.analyze(text, { id: 'z' });
  assert.equal(r.schema, 1);
  assert.equal(r.id, 'z');
  assert.equal(r.length, text.length);
  assert.deepEqual(r.sentences.map((s) => text.slice(...s.span)), ['Zoë 👩‍💻 said so.', 'Then she left.']);
  for (const key of ['people', 'claims', 'hedges']) assert.ok(Array.isArray(r[key]));
  assert.equal(nm.analyze('').sentences.length, 0);
  assert.equal(nm.analyze('x').id, null);
  nm.dispose();
});

test('lone surrogates and NUL characters go through unharmed', { skip }, async () => {
  const nm = await load();
  const text = 'a\u0000b. \ud800 Lone \udfff here. End.';
  const r = nm.analyze(text);
  assert.equal(r.length, text.length);
  for (const s of r.sentences) {
    for (const off of s.span) {
      const unit = text.charCodeAt(off);
      assert.ok(!(off > 0 && unit >= 0xdc00 && unit <= 0xdfff && text.charCodeAt(off - 1) >= 0xd800 && text.charCodeAt(off - 1) <= 0xdbff), 'span splits a surrogate pair');
    }
  }
  nm.dispose();
});

test('wrong use gets clear errors', { skip }, async () => {
  const nm = await load();
  assert.throws(() => nm.analyze(42), /takes a string/);
  assert.throws(() => nm.analyze('x', { id: () => 1 }), /must be a JSON value/);
  assert.equal(nm.analyze('Still fine.').length, 11, 'the core is unharmed');
  nm.dispose();
  assert.throws(() => nm.analyze('x'), /after dispose/);
  nm.dispose();  // twice is harmless
});

test('many analyses reuse the heap (no growth per call)', { skip }, async () => {
  const nm = await load();
  const text = 'The mayor said the plan may work. '.repeat(2000);
  nm.analyze(text);
  const r1 = process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 50; i++) nm.analyze(text + i);
  const r2 = process.memoryUsage().arrayBuffers;
  assert.ok(r2 - r1 < 8 << 20, `wasm memory grew by ${r2 - r1} bytes over 50 calls`);
  nm.dispose();
});
