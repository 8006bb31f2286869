// The WebAssembly features the core is built with (CMakeLists.txt: -msimd128, 128-bit SIMD,
// about 3% faster over the BBC corpus). Chrome 91, Firefox 89, Safari 16.4 and node 16.4 on
// have it; an older engine would refuse the module with an opaque compile error, so the
// loader (Newsmark.load) asks first and says what is missing.

// The smallest module using a SIMD instruction (i8x16.splat of a constant, as
// wasm-feature-detect's probe), which an engine without SIMD fails to validate.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

export function assertWasmFeatures() {
  if (typeof WebAssembly !== 'object') throw new Error('Newsmark: this browser has no WebAssembly');
  if (!WebAssembly.validate(SIMD_PROBE)) {
    throw new Error('Newsmark: this browser lacks WebAssembly SIMD (Chrome 91, Firefox 89, Safari 16.4 or later have it)');
  }
}
