// The loaders' check for the WebAssembly features the core is built with (SIMD): this engine
// has them, and one without is told what is missing instead of meeting a compile error.
import test from 'node:test';
import assert from 'node:assert/strict';
import { assertWasmFeatures } from '../../web/src/wasm-features.mjs';
import { distMissing, DIST } from './support.mjs';

test('this engine has the features the core is built with', () => {
  assert.doesNotThrow(() => assertWasmFeatures());
});

test('an engine without SIMD gets an error naming it', () => {
  const validate = WebAssembly.validate;
  WebAssembly.validate = () => false;
  try {
    assert.throws(() => assertWasmFeatures(), /lacks WebAssembly SIMD/);
  } finally {
    WebAssembly.validate = validate;
  }
});

// Newsmark.load itself asks before it fetches anything: with SIMD missing it rejects naming
// SIMD, in both modes, even given a wasm file that does not exist (so the check came first).
test('Newsmark.load rejects naming SIMD when the engine lacks it', { skip: distMissing() }, async () => {
  const { Newsmark } = await import(`${DIST}/newsmark.mjs`);
  const validate = WebAssembly.validate;
  WebAssembly.validate = () => false;
  try {
    for (const options of [{}, { worker: true }, { wasmUrl: `${DIST}/no-such.wasm` }, { worker: true, wasmUrl: `${DIST}/no-such.wasm` }]) {
      await assert.rejects(Newsmark.load(options), /lacks WebAssembly SIMD/, JSON.stringify(options));
    }
  } finally {
    WebAssembly.validate = validate;
  }
  const nm = await Newsmark.load();  // and loads once the engine has it again
  assert.equal(nm.analyze('It may rain.').length, 12);
  nm.dispose();
});
