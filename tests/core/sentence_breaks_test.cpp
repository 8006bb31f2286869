// The fast sentence scanner must give exactly ICU's boundaries: on hand-picked text, on random
// strings over the characters the sentence rules turn on, and on the BBC corpus when present.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "break_differential.h"
#include "stages/sentence_breaks.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;

namespace {

std::vector<uint32_t> fast(SentenceBreaks& sb, std::u16string_view text) {
  std::vector<uint32_t> out;
  sb.boundaries(text, out);
  return out;
}

std::vector<uint32_t> by_icu(SentenceBreaks& sb, std::u16string_view text) {
  std::vector<uint32_t> out;
  sb.icu_boundaries(text, 0, out);
  return out;
}

std::string show(std::u16string_view text, const std::vector<uint32_t>& bounds) {
  std::string s;
  for (size_t k = 0; k + 1 < bounds.size(); ++k) s += "[" + testing::u8(text.substr(bounds[k], bounds[k + 1] - bounds[k])) + "]";
  return s;
}

}  // namespace

TEST_CASE("sentence breaks: the scanner and ICU agree on varied text") {
  SentenceBreaks sb;
  const char* texts[] = {
      "Mr. Trump met Dr. Kim. They talked. U.S. officials said so on Jan. 6. Nobody agreed.",
      "He paid $3.50 (about £2.80). “Why?” she asked. “Yes!” He nodded... and left. Then: nothing.",
      "It ended at 5 p.m. on Friday. The U.S.A. is big.Yes it is.he said no.  Two  spaces.\tTab.",
      "Line one\nLine two.\r\nLine three.\rFour?\u2029Five!\u2028Six.\u0085Seven. \u000bVT. \u000cFF.",
      "Quotes: \"It's over.\" 'Fine.' (Really.) [Yes.] {No.} «Oui.» „Ja.“ — dash. – dash, comma.",
      "Ελληνικά. Русский текст. Ünal said. ßtraße. ǅemal. 1.2.3. a.b. A.B. a.B. A.b.",
      "Emoji 👍🏽. Family 👨‍👩‍👧. Combining e\u0301. Soft\u00adhyphen. Zero\u200bwidth. 日本語。中文。",
      "mixed\nparagraph with 😀 emoji. And more.\nand a plain one after. Yes.\n\n",
      "",
      ".",
      "?!. ",
      "\n\n\r\n\r\r\n",
  };
  for (const char* t : texts) {
    std::u16string text = u16(t);
    CHECK_MESSAGE(fast(sb, text) == by_icu(sb, text), show(text, fast(sb, text)) << "\n vs ICU " << show(text, by_icu(sb, text)));
  }
  const char16_t lone_units[] = {u'A', u'.', 0xD800, u' ', u'b', u'.', u' ', 0xDC00, u'C', u'.', u' ', 0xD83D};
  std::u16string lone(lone_units, 12);
  CHECK(fast(sb, lone) == by_icu(sb, lone));
}

TEST_CASE("sentence breaks: the scanner and ICU agree on random strings of tricky characters") {
  SentenceBreaks sb;
  // Cased and uncased letters, digits, terminators, closing marks, spaces, continuations, line
  // and paragraph separators, and some characters that send the paragraph to ICU.
  const std::u16string alphabet =
      u"aZ9é.?!\"')]”’» \u00a0\t,-:;–\n\r\u2029\u0085$%ßא…\u3002\u0301\u00ad\u200d\U0001F600";
  std::u16string failing;
  const int passed = testing::random_rounds(alphabet, alphabet.find(u'\u3002'), 20000, 11,
                                            [&](const std::u16string& s) { return fast(sb, s) == by_icu(sb, s); }, &failing);
  CHECK_MESSAGE(passed == 20000, show(failing, fast(sb, failing)) << "\n vs ICU " << show(failing, by_icu(sb, failing)));
}

TEST_CASE("sentence breaks: the scanner and ICU agree on the BBC corpus") {
  SentenceBreaks sb;
  size_t differ = 0;
  const size_t docs = testing::for_each_news_text([&](const std::u16string& text) { differ += fast(sb, text) != by_icu(sb, text); });
  if (docs == 0) {
    MESSAGE("skipped: ../shared/corpora/news not found");
    return;
  }
  CHECK(docs > 2000);
  CHECK(differ == 0);
}
