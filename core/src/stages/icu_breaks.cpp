#include "stages/icu_breaks.h"

#include <stdexcept>
#include <string>

namespace newsmark {

void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw std::runtime_error(std::string("segmenter: ") + what + ": " + u_errorName(status));
}

std::unique_ptr<icu::BreakIterator> make_icu_breaks(BreakKind kind) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      kind == BreakKind::Word ? icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status)
                              : icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  check_icu(status, kind == BreakKind::Word ? "word break iterator" : "sentence break iterator");
  return it;
}

size_t paragraph_end(std::u16string_view text, size_t i, bool vt_ff) {
  for (; i < text.size(); ++i) {
    const char16_t c = text[i];
    if (c == '\r') return i + 1 < text.size() && text[i + 1] == '\n' ? i + 2 : i + 1;
    if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || (vt_ff && (c == 0x0B || c == 0x0C))) return i + 1;
  }
  return text.size();
}

}  // namespace newsmark
