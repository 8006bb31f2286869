// The break scanners' wasm SIMD loop (word_breaks.cpp: a run of ASCII letters and digits;
// sentence_breaks.cpp: plain ASCII up to the next terminator or line break), written once: eight
// UTF-16 units a step, to where the first unit the caller's test stops at stands. Only the wasm
// build has it (-msimd128); the native build runs the callers' scalar loops alone, and
// tests/js/parity.test.mjs compares the two.
#pragma once

#ifdef __wasm_simd128__
#include <wasm_simd128.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsmark {

// From i, eight units a step while the whole step lies inside text: the offset of the first unit
// whose lane stop(units) sets, or where the last whole step ended (the caller's scalar loop
// reads the rest). stop takes eight units (v128_t of u16) and gives all-ones lanes where the
// scan stops.
template <class Stop>
inline size_t simd_scan_to_stop(std::u16string_view text, size_t i, Stop stop) {
  const size_t n = text.size();
  while (i + 8 <= n) {
    const uint32_t stops = wasm_i16x8_bitmask(stop(wasm_v128_load(text.data() + i)));
    if (stops) return i + static_cast<size_t>(__builtin_ctz(stops));
    i += 8;
  }
  return i;
}

}  // namespace newsmark

#endif  // __wasm_simd128__
