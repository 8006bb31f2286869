// The result format packed into 32-bit words, for the wasm boundary only: the JS API
// (web/src/packed-result.mjs) rebuilds from it exactly the objects JSON.parse gives for
// to_json() (same keys, order, numbers and strings), about ten times faster than parsing the
// JSON text, and the core skips writing that text. The CLI keeps printing JSON.
//
// Words, all little-endian int32 (-1 stands for null, or for "no span"):
//   kPackedFormat, schema, length, words, hedge_density * 10^4, where the strings start
//   sentences: count, then each: start, end, checkworthy * 10^4, hedge * 10^4
//   people: count, then each: name (string index), mention count, [start, end]...,
//           descriptor count, [start, end]...
//   claims: count, then each: kind (string), source start, end, source_type (string),
//           person, cue start, end, cue_class (string), content start, end
//   hedges: count, then each: start, end, type (string), explanation (string)
//   strings: count, then each: UTF-16 unit count, the units two a word (the second unit of
//            an odd count is 0)
// A score n * 10^4 is the JSON writer's llround(v * 10^4); n / 10^4 in JavaScript is the
// double nearest to the decimal the JSON holds, so the numbers are the same.
#pragma once

#include <cstdint>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

constexpr int32_t kPackedFormat = 0x4E4D5031;  // "NMP1"

// Writes `doc`'s result into `out` (cleared first; its capacity is reused).
void to_packed(const Document& doc, std::vector<int32_t>& out);

}  // namespace newsmark
