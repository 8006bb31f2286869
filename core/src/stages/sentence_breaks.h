// ICU's sentence boundaries (UAX #29 as ICU 72 implements it), found fast for the characters
// news text is made of.
//
// After the word scanner (word_breaks.h), ICU's sentence iterator was the segmenter's largest
// cost. The sentence rules are few when no Extend or Format character is involved: a
// paragraph separator ends a sentence (SB4); after a full stop, "?" or "!" and any closing
// quotes or brackets and spaces the sentence ends (SB9-11) unless a digit follows the stop
// (SB6), the stop sits between letters and a capital ("U.S", SB7), a lower-case word comes
// before any letter or terminator (SB8), or a comma-like mark or another terminator follows
// (SB8a). Classes come from ICU's own Sentence_Break property. A paragraph holding an Extend
// or Format character, or anything from CJK up or outside the BMP, goes to ICU, whose break
// after a paragraph separator makes paragraphs independent. tests/core/sentence_breaks_test.cpp
// checks both paths give the same boundaries.
#pragma once

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace newsmark {

class SentenceBreaks {
 public:
  SentenceBreaks();
  ~SentenceBreaks();
  // Every boundary of `text` in order, 0 and text.size() included, as ICU's iterator gives them.
  void boundaries(std::u16string_view text, std::vector<uint32_t>& out);
  // The same from ICU alone (for tests and for paragraphs the scanner does not handle);
  // `offset` is added to each boundary.
  void icu_boundaries(std::u16string_view text, uint32_t offset, std::vector<uint32_t>& out);

 private:
  std::unique_ptr<icu::BreakIterator> icu_;
};

}  // namespace newsmark
