// What the two break scanners (word_breaks.h, sentence_breaks.h) share: ICU's iterator for the
// paragraphs they leave to it, and where such a paragraph ends.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstdint>
#include <memory>
#include <string_view>

namespace newsmark {

enum class BreakKind { Word, Sentence };

// ICU's English word or sentence iterator; throws std::runtime_error when ICU cannot make it.
std::unique_ptr<icu::BreakIterator> make_icu_breaks(BreakKind kind);

// Throws std::runtime_error naming `what` when status is a failure.
void check_icu(UErrorCode status, const char* what);

// Calls on_boundary(b) for each boundary ICU's iterator finds in text, 0 and text.size() included.
template <class OnBoundary>
void for_each_icu_boundary(icu::BreakIterator& it, std::u16string_view text, OnBoundary on_boundary) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  it.setText(&ut, status);
  check_icu(status, "break iterator text");
  for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next()) on_boundary(static_cast<uint32_t>(b));
  utext_close(&ut);
}

// The end of the paragraph holding text[i]: just after its line break (CR LF counts as one;
// NEL, LS and PS are line breaks too, and VT and FF when `vt_ff` says so, as for words), or the
// end of the text. Both ICU rule sets break after these whatever follows, so the paragraphs
// they delimit can be segmented one by one.
size_t paragraph_end(std::u16string_view text, size_t i, bool vt_ff);

}  // namespace newsmark
