// A key for a word without its inflection, for the cue detector: "warned", "warns", "warning"
// and "warn" share one ("denies", "denied", "deny" too), so what the model learns of one form
// reaches the others, seen less often. A few suffix rules read off the word's last letters
// give the stem's length; the stem's first 12 letters, five bits each, and its length make
// the key. It runs for every scored word, so no string is built, no hash step is chained a
// letter and the rules are arithmetic, not branches (which the endings mispredicted).
// Irregular forms ("said", "told") keep a key of their own; a word with anything but ASCII
// letters is keyed by its word hash (the segmenter's kAsciiLetters tells a token's kind).
#pragma once

#include <cstdint>
#include <string_view>

#include "newsmark/document.h"

namespace newsmark {

// The key of a word of ASCII letters only, not empty: a token the segmenter flagged
// kAsciiLetters, whose letters are not checked again here.
inline uint32_t stem_hash_letters(std::u16string_view w) {
  const size_t len = w.size();
  // The first 12 letters packed, five bits each (c | 0x20 is a letter's lower case).
  uint64_t packed = 0;
  const size_t head = len < 12 ? len : 12;
  // Neither vectorised nor unrolled: words are short. clang's wasm SIMD form of this loop (and
  // of the letter check it had) made the attribution stage 45% slower, and its unrolling by two
  // (with a remainder step) once the loop had only the packing left, 13% slower on the main of
  // then (scripts/bench_parts/compare_stages.mjs; neutral on a later main: the stage's wasm time
  // moves with its code's shape).
#if defined(__clang__)
#pragma clang loop vectorize(disable) unroll(disable)
#endif
  for (size_t k = 0; k < head; ++k) packed |= static_cast<uint64_t>((w[k] | 0x20u) & 31u) << (5 * k);
  size_t n = len;
  if (len >= 4) {  // shorter words are stems as they are ("add", "say": "added", "says")
    auto at = [&](size_t k) -> uint32_t { return (w[k] | 0x20u) - u'a'; };  // 0..25
    auto is = [](uint32_t c, char letter) -> uint32_t { return c == static_cast<uint32_t>(letter - 'a'); };
    auto vowel = [](uint32_t c) -> uint32_t { return (0x104111u >> c) & 1; };  // a e i o u
    const uint32_t c1 = at(len - 1), c2 = at(len - 2), c3 = at(len - 3);
    const uint32_t ing = (len > 4) & is(c3, 'i') & is(c2, 'n') & is(c1, 'g');  // warning -> warn
    const uint32_t ed = is(c2, 'e') & is(c1, 'd');  // warned -> warn (never with ing: c2 is 'n' there)
    const uint32_t s = is(c1, 's') & ((is(c2, 's') | is(c2, 'u')) ^ 1);  // warns; not press, focus
    n -= 3 * ing + 2 * ed + s;
    n -= (ed ^ 1) & (n > 3) & is(at(n - 1), 'e');  // note(s) -> not, as noted; agree -> agre, as agreed
    uint32_t c = at(n - 1);
    n -= (n > 3) & (is(c, 'i') | (is(c, 'y') & (vowel(at(n - 2)) ^ 1)));  // denie(s/d), deny -> den
    c = at(n - 1);
    n -= (n > 3) & (c == at(n - 2)) & (vowel(c) ^ 1);  // admitt(ed) -> admit, press -> pres
  }
  if (n < 12) packed &= (uint64_t{1} << (5 * n)) - 1;
  const uint64_t key = packed ^ (static_cast<uint64_t>(n) << 60);
  return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 32);
}

// The key of any word. `word_hash`: the word's hash_lower, returned for the words the rules
// cannot read (anything but ASCII letters, or empty).
inline uint32_t stem_hash(std::u16string_view w, uint32_t word_hash) {
  uint32_t not_letter = w.empty();
#if defined(__clang__)
#pragma clang loop vectorize(disable)
#endif
  for (char16_t c : w) not_letter |= (c | 0x20u) - u'a' >= 26u;  // a unit past ASCII fails it too
  return not_letter ? word_hash : stem_hash_letters(w);
}

// A token's key, where the segmenter has already told whether its text is ASCII letters
// (kAsciiLetters): a word of other characters has its word hash without a look at its units.
// A token built by hand (lower left 0, no segmenter flags) has its text checked.
inline uint32_t token_stem_hash(const Token& t, std::u16string_view w, uint32_t word_hash) {
  if (t.has(kAsciiLetters)) return stem_hash_letters(w);
  return t.lower ? word_hash : stem_hash(w, word_hash);
}

// The same for token `i` of a document.
inline uint32_t token_stem_hash(const Document& doc, size_t i, uint32_t word_hash) {
  return token_stem_hash(doc.tokens[i], doc.token_text(i), word_hash);
}

}  // namespace newsmark
