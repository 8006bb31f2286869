// The loaders' check for the WebAssembly features the core is built with (SIMD): this engine
// has them, and one without is told what is missing instead of meeting a compile error.
import test from 'node:test';
import assert from 'node:assert/strict';
import { assertWasmFeatures } from '../../web/src/wasm-features.mjs';

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
