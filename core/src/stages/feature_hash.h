// Hashing of words and features for the linear models (the hashing trick): a feature is a
// 32-bit number, never a string, so scoring a token allocates nothing.
#pragma once

#include <cstdint>
#include <string_view>

#include "newsmark/document.h"

namespace newsmark {

constexpr uint32_t kFnvOffset = 2166136261u;
constexpr uint32_t kFnvPrime = 16777619u;

// FNV-1a over the lower-cased UTF-16 units (ASCII and Latin-1 letters folded; other
// scripts hashed as they are, which is enough for features).
inline uint32_t hash_lower(std::u16string_view w, uint32_t h = kFnvOffset) {
  for (char16_t c : w) {
    if (c < 0x80) {  // the usual case in one step: the high byte's multiply (by 0) folds into it
      if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c + 32);
      h = (h ^ c) * (kFnvPrime * kFnvPrime);
      continue;
    }
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c = static_cast<char16_t>(c + 32);
    if (c == u'\u2019') c = u'\'';
    h = (h ^ (c & 0xFF)) * kFnvPrime;
    h = (h ^ (c >> 8)) * kFnvPrime;
  }
  return h;
}

// A token's hash_lower: the segmenter's Token::lower, or computed for a document built by
// hand without the segmenter (lower left 0).
inline uint32_t token_hash_lower(const Document& doc, size_t i) {
  const uint32_t lower = doc.tokens[i].lower;
  return lower ? lower : hash_lower(doc.token_text(i));
}

// FNV-1a over whole UTF-16 units, as they are: the cheap hash of the linker's tables, whose
// keys are short words and name parts.
inline uint32_t hash_units(std::u16string_view w) {
  uint32_t h = kFnvOffset;
  for (char16_t c : w) h = (h ^ c) * kFnvPrime;
  return h;
}

inline uint32_t hash_ascii(std::string_view s, uint32_t h = kFnvOffset) {
  for (char c : s) h = (h ^ static_cast<uint8_t>(c)) * kFnvPrime;
  return h;
}

// Combines a feature template id with up to two values into one feature number.
inline uint32_t feature(uint32_t templ, uint32_t a, uint32_t b = 0) {
  uint32_t h = (kFnvOffset ^ templ) * kFnvPrime;
  h = (h ^ a) * kFnvPrime;
  h ^= h >> 15;
  h = (h ^ b) * kFnvPrime;
  h ^= h >> 13;
  return h * 0x5bd1e995u;
}

}  // namespace newsmark
