// libFuzzer target: the fast word and sentence scanners must give exactly ICU's boundaries.
// Inputs whose first byte is even are read one character per byte from an alphabet of the
// characters the break rules turn on (so the fuzzer reaches the scanners' subtle cases
// quickly); the others as raw UTF-16 code units (lone surrogates, astral, anything).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "invariants.h"
#include "stages/sentence_breaks.h"
#include "stages/word_breaks.h"

namespace {

const std::u16string& alphabet() {
  static const std::u16string a =
      u"aZé9_@.,;:'’‘\"-–— \u00a0\u2009\u202f\t\n\r\u2028\u2029\u0085\u000b\u000c!?()[]”“»«$%£ßΩж·\u2024\uff0e"
      u"\u0301\u200d\u00ad\u200b\u05d0\u30a2\u0e01\u3002\U0001F600\U0001F1EC";
  return a;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static newsmark::WordBreaks words;
  static newsmark::SentenceBreaks sentences;
  if (size == 0) return 0;
  std::u16string text;
  if (data[0] % 2 == 0) {
    const std::u16string& a = alphabet();
    for (size_t i = 1; i < size; ++i) text.push_back(a[data[i] % a.size()]);
  } else {
    text.resize((size - 1) / 2);
    std::memcpy(text.data(), data + 1, text.size() * 2);
  }
  std::vector<newsmark::Span> fast_words, icu_words;
  words.segments(text, fast_words);
  words.icu_segments(text, 0, icu_words);
  newsmark::fuzz::require(fast_words.size() == icu_words.size(), "word scanner: as many segments as ICU");
  for (size_t i = 0; i < fast_words.size(); ++i) {
    newsmark::fuzz::require(fast_words[i] == icu_words[i], "word scanner: ICU's segments");
  }
  std::vector<uint32_t> fast_bounds, icu_bounds;
  sentences.boundaries(text, fast_bounds);
  sentences.icu_boundaries(text, 0, icu_bounds);
  newsmark::fuzz::require(fast_bounds == icu_bounds, "sentence scanner: ICU's boundaries");
  return 0;
}
