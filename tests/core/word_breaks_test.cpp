// The fast word scanner must give exactly ICU's boundaries: on hand-picked text, on random
// strings over the characters where the rules are subtle, and on the BBC corpus when present.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "break_differential.h"
#include "stages/word_breaks.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;

namespace {

std::vector<Span> fast(WordBreaks& wb, std::u16string_view text) {
  std::vector<Span> out;
  wb.segments(text, out);
  return out;
}

std::vector<Span> by_icu(WordBreaks& wb, std::u16string_view text) {
  std::vector<Span> out;
  wb.icu_segments(text, 0, out);
  return out;
}

std::string show(std::u16string_view text, const std::vector<Span>& spans) {
  std::string s;
  for (Span sp : spans) s += "[" + testing::u8(text.substr(sp.start, sp.size())) + "]";
  return s;
}

}  // namespace

TEST_CASE("word breaks: the scanner and ICU agree on varied text") {
  WordBreaks wb;
  const char* texts[] = {
      "Mr. Trump's aides didn't say; U.S. officials (and the U.N.) paid $3,400.50 on Jan. 6.",
      "Kim Jong-un met J.K. Rowling at 10:30 in the e-mail_room... “Yes,” she said — ‘no’.",
      "a.b.c 1.2.3 a1b2 1a 3,4;5 x_y __init__ a:b 12:00 don’t rock’n’roll O'Brien ’90s '90s",
      "Line one\nLine two\r\nLine three\rfour\u2029five\u2028six\x0bseven\x0c\u0085eight",
      "  spaces   and\ttabs\t\there \u00a0nbsp\u00a0\u00a0 \u2003em\u2009thin \u202fnarrow",
      "Café naïve Ærø Łódź Škoda Dvořák Ελληνικά Русский текст Հայերեն 123£ €5 50% #tag @user",
      "Emoji 👍🏽 and 👨‍👩‍👧 family, flags 🇬🇧🇺🇸, e\u0301 combining, soft\u00adhyphen, zero\u200bwidth",
      "Hebrew שלום עולם \"ציטוט\" Arabic مرحبا بالعالم Thai ภาษาไทย Japanese 日本語のテキスト カタカナ 中文",
      "mixed\nparagraph with 😀 emoji\nand a plain one after\n\n\u200d\u0301leading marks\n",
      "",
      "x",
      "\n\n\r\n\r\r\n",
      "lone \xed\xa0\x80 surrogate? no: invalid UTF-8 is not made here",
  };
  for (const char* t : texts) {
    std::u16string text = u16(t);
    CHECK_MESSAGE(fast(wb, text) == by_icu(wb, text), show(text, fast(wb, text)) << "\n vs ICU " << show(text, by_icu(wb, text)));
  }
  // Lone surrogates cannot come from UTF-8 but can from JavaScript.
  const char16_t lone_units[] = {u'a', 0xD800, u'b', u' ', 0xDC00, u' ', u'c', 0xD83D};
  std::u16string lone(lone_units, 8);
  CHECK(fast(wb, lone) == by_icu(wb, lone));
}

TEST_CASE("word breaks: the scanner and ICU agree on random strings of tricky characters") {
  WordBreaks wb;
  // Letters, digits and every kind of mid-word mark, spaces, line breaks, and some characters
  // that send the paragraph to ICU (combining mark, ZWJ, soft hyphen, Hebrew, emoji halves).
  const std::u16string alphabet =
      u"aZé9_@.,;:'’‘\"-– \u00a0\u2009\u202f\t\n\r\u2029!?()$%£ßΩж\u00b7\u2024\uff0e\u0301\u200d\u00ad\u05d0\u30a2\U0001F600";
  std::u16string failing;
  const int passed = testing::random_rounds(alphabet, alphabet.find(u'\u0301'), 20000, 7,
                                            [&](const std::u16string& s) { return fast(wb, s) == by_icu(wb, s); }, &failing);
  CHECK_MESSAGE(passed == 20000, show(failing, fast(wb, failing)) << "\n vs ICU " << show(failing, by_icu(wb, failing)));
}

TEST_CASE("word breaks: the scanner and ICU agree on the BBC corpus") {
  WordBreaks wb;
  size_t differ = 0;
  const size_t docs = testing::for_each_news_text([&](const std::u16string& text) { differ += fast(wb, text) != by_icu(wb, text); });
  if (docs == 0) {
    MESSAGE("skipped: ../shared/corpora/news not found");
    return;
  }
  CHECK(docs > 2000);
  CHECK(differ == 0);
}
