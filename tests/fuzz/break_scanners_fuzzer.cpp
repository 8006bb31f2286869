// libFuzzer target: the fast word and sentence scanners must give exactly ICU's boundaries,
// and the word scanner with skip_space (the segmenter's call) its own segments in order with
// only white space and line breaks left out: every one of them when the text is all ASCII (the
// scanner's paragraphs; those it hands to ICU keep theirs).
// Inputs whose first byte is even are read one character per byte from an alphabet of the
// characters the break rules turn on (so the fuzzer reaches the scanners' subtle cases
// quickly); the others as raw UTF-16 code units (lone surrogates, astral, anything).
#include <unicode/uchar.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
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

// A segment of white space or a line break: what skip_space may leave out.
bool is_space_segment(std::u16string_view text, newsmark::Span s) {
  for (uint32_t k = s.start; k < s.end; ++k) {
    switch (u_getIntPropertyValue(text[k], UCHAR_WORD_BREAK)) {
      case U_WB_WSEGSPACE: case U_WB_CR: case U_WB_LF: case U_WB_NEWLINE: break;
      default: return false;
    }
  }
  return true;
}

// `skipped` is `all` in order with some space segments left out, and nothing else; with all of
// them left out when `text` is all ASCII.
void require_skips_only_space(std::u16string_view text, const std::vector<newsmark::Span>& all,
                              const std::vector<newsmark::Span>& skipped) {
  size_t k = 0;
  for (const newsmark::Span& s : all) {
    if (k < skipped.size() && skipped[k] == s) {
      ++k;
    } else {
      newsmark::fuzz::require(is_space_segment(text, s), "word scanner: skip_space leaves out only white space");
    }
  }
  newsmark::fuzz::require(k == skipped.size(), "word scanner: skip_space keeps its other segments, in order");
  // No ASCII character sends a paragraph to ICU: skip_space must have found every space then.
  if (std::all_of(text.begin(), text.end(), [](char16_t c) { return c < 0x80; })) {
    for (const newsmark::Span& s : skipped) {
      newsmark::fuzz::require(!is_space_segment(text, s), "word scanner: skip_space leaves out all white space of ASCII");
    }
  }
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
  std::vector<newsmark::Span> kept_words;
  words.segments(text, kept_words, /*skip_space=*/true);
  require_skips_only_space(text, fast_words, kept_words);
  std::vector<uint32_t> fast_bounds, icu_bounds;
  sentences.boundaries(text, fast_bounds);
  sentences.icu_boundaries(text, 0, icu_bounds);
  newsmark::fuzz::require(fast_bounds == icu_bounds, "sentence scanner: ICU's boundaries");
  return 0;
}
