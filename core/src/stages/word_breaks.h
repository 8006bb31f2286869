// ICU's word boundaries (UAX #29 as ICU 72 implements it), found fast for the characters news
// text is made of.
//
// ICU's rule-driven iterator was the largest single cost of the pipeline. Most text is Latin
// letters, digits, punctuation and spaces, for which the word rules reduce to a few lines:
// letters (and "@", which ICU counts as one) and digits join (WB5, WB8-10), a single mid-word mark between two letters or two
// digits joins ("don't", "U.S", "3,400.50": WB6-7, WB11-12), underscores join (WB13a-b),
// horizontal spaces stay together (WB3d), CR LF stays together (WB3), anything else stands
// alone. The character classes come from ICU's own Word_Break property, so they match the
// iterator's data. A paragraph holding anything else (combining marks, format characters,
// ZWJ, emoji, Hebrew, Katakana, CJK, Thai, characters outside the BMP) goes to ICU, whose
// break after a line break makes paragraphs independent. tests/core/word_breaks_test.cpp
// checks both paths give the same boundaries.
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

class WordBreaks {
 public:
  WordBreaks();
  ~WordBreaks();
  // Every segment of `text` in order, white space included, as ICU's word iterator gives them.
  // With `skip_space`, the runs of white space and the line breaks the scanner finds are left
  // out (the tokenizer drops them; nearly half the segments); those from ICU are not.
  void segments(std::u16string_view text, std::vector<Span>& out, bool skip_space = false);
  // The same from ICU alone (for tests and for paragraphs the scanner does not handle).
  void icu_segments(std::u16string_view text, uint32_t offset, std::vector<Span>& out);

 private:
  std::unique_ptr<icu::BreakIterator> icu_;
};

}  // namespace newsmark
