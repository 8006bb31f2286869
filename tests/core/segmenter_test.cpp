#include <doctest/doctest.h>

#include <algorithm>

#include "stages/feature_hash.h"
#include "stages/segmenter.h"
#include "stages/token_features.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::sentence_texts;
using newsmark::testing::token_texts;
using newsmark::testing::u16;
using newsmark::testing::u8;
using Strings = std::vector<std::string>;

static Document segment(const std::string& text) {
  Document doc(u16(text));
  Segmenter seg;
  seg.run(doc);
  return doc;
}

TEST_CASE("no sentence split after titles, initialisms and months before numbers") {
  CHECK(sentence_texts(segment("Mr. Trump met Dr. Kim. They talked.")) ==
        Strings{"Mr. Trump met Dr. Kim.", "They talked."});
  CHECK(sentence_texts(segment("U.S. officials said so on Jan. 6. Nobody agreed.")) ==
        Strings{"U.S. officials said so on Jan. 6.", "Nobody agreed."});
  CHECK(sentence_texts(segment("He met U.S. President Joe Biden.")) == Strings{"He met U.S. President Joe Biden."});
  CHECK(sentence_texts(segment("J.K. Rowling wrote it.")) == Strings{"J.K. Rowling wrote it."});
}

TEST_CASE("a real sentence end after an initialism still splits") {
  CHECK(sentence_texts(segment("He moved to the U.S. The move was costly.")) ==
        Strings{"He moved to the U.S.", "The move was costly."});
  CHECK(sentence_texts(segment("It closed in Jan. Then it reopened.")) ==
        Strings{"It closed in Jan.", "Then it reopened."});
}

TEST_CASE("quotes and brackets stay with their sentence") {
  CHECK(sentence_texts(segment("She said: \"We won.\" Then she left.")) ==
        Strings{"She said: \"We won.\"", "Then she left."});
  CHECK(sentence_texts(segment("“It is over,” he said. (Nobody believed him.) Fine.")) ==
        Strings{"“It is over,” he said.", "(Nobody believed him.)", "Fine."});
}

TEST_CASE("a quoted question followed by its speech tag is one sentence") {
  CHECK(sentence_texts(segment("\"Why target the airlines?\" said Mr. Schulte. He left.")) ==
        Strings{"\"Why target the airlines?\" said Mr. Schulte.", "He left."});
  CHECK(sentence_texts(segment("“Really?” she asked. “Yes!” He nodded.")) ==
        Strings{"“Really?” she asked.", "“Yes!”", "He nodded."});
}

TEST_CASE("line breaks end sentences and start paragraphs") {
  Document doc = segment("Headline without a stop\n\nFirst sentence. Second one.\nThird");
  CHECK(sentence_texts(doc) == Strings{"Headline without a stop", "First sentence.", "Second one.", "Third"});
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].paragraph == 0);
  CHECK(doc.sentences[1].paragraph == 1);
  CHECK(doc.sentences[2].paragraph == 1);
  CHECK(doc.sentences[3].paragraph == 2);
  CHECK(doc.tokens[doc.sentences[1].first_token].has(kParagraphStart));
  CHECK_FALSE(doc.tokens[doc.sentences[2].first_token].has(kParagraphStart));
  CHECK(doc.tokens[doc.sentences[2].first_token].has(kSentenceStart));
}

TEST_CASE("tokens: possessives split, hyphenated names and abbreviations joined") {
  CHECK(token_texts(segment("Trump's pal Kim Jong-un met Mr. Müller’s aide.")) ==
        Strings{"Trump", "'s", "pal", "Kim", "Jong-un", "met", "Mr.", "Müller", "’s", "aide", "."});
  Document doc = segment("Trump's Mar-a-Lago");
  CHECK(doc.tokens[1].has(kPossessive));
  CHECK(doc.tokens[2].has(kHyphenated));
  CHECK(token_texts(segment("the U.S. and J. Smith")) == Strings{"the", "U.S.", "and", "J.", "Smith"});
}

TEST_CASE("offsets are UTF-16 code units and never split a surrogate pair") {
  std::string text = "👩‍💻 Zoë said 𝒳yz cafe\xCC\x81 costs $3,400.50.";
  Document doc = segment(text);
  for (const Token& t : doc.tokens) {
    CHECK(t.span.start < t.span.end);
    if (t.span.start > 0) {
      char16_t before = doc.text()[t.span.start];
      CHECK_FALSE((before >= 0xDC00 && before <= 0xDFFF));  // never starts on a low surrogate
    }
  }
  Strings toks = token_texts(doc);
  CHECK(std::find(toks.begin(), toks.end(), "3,400.50") != toks.end());
  CHECK(std::find(toks.begin(), toks.end(), "cafe\xCC\x81") != toks.end());  // combining mark kept
}

TEST_CASE("empty, blank and odd input give no tokens or sentences, and no crash") {
  CHECK(segment("").tokens.empty());
  CHECK(segment(" \n\t  \n").sentences.empty());
  std::u16string odd = u"a\u0000b \xD800 c\xDC00";  // NUL and lone surrogates from JavaScript
  Document doc(odd);
  Segmenter seg;
  seg.run(doc);
  CHECK(!doc.sentences.empty());
}

TEST_CASE("right-to-left and mixed scripts segment into sentences") {
  CHECK(sentence_texts(segment("שלום עולם. מה שלומך?")).size() == 2);
  CHECK(sentence_texts(segment("مرحبا بالعالم. كيف حالك؟")).size() == 2);
  CHECK(sentence_texts(segment("Καλημέρα κόσμε. Привет, мир!")).size() == 2);
}

TEST_CASE("token flags and hashes are those of text_flags() and hash_lower(), fast path or not") {
  // The segmenter answers tokens of ASCII letters in one pass of its own; every other token
  // goes through text_flags() and hash_lower(). Both must agree on every kind of token.
  Document doc = segment(
      "Mr. Trump's aide, J.K. Rowling, NATO and McDonald met I at 10:30 on Jan. 6 in the U.S. "
      "Kim Jong-un said “no” (twice) [sic] {x} 3,400.50 45th 1977's e-mail x a Z ÜNAL Ünal naïve "
      "Zoë CAFÉ café Straße ǅemal don't O’Brien — ... ?! 😀 e\u0301 \u05e9\u05dc\u05d5\u05dd \u65e5\u672c");
  const uint32_t context_free = kWord | kAlpha | kDigit | kAllDigits | kUpper | kLower | kTitle | kPunct |
                                kOpenBracket | kCloseBracket;
  REQUIRE(doc.tokens.size() > 50);
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::u16string_view w = doc.token_text(i);
    CHECK_MESSAGE((doc.tokens[i].flags & context_free) == (text_flags(w) & context_free), u8(w));
    CHECK_MESSAGE(doc.tokens[i].lower == hash_lower(w), u8(w));
  }
}

TEST_CASE("kAsciiLetters marks exactly the tokens of ASCII letters only") {
  // stem_hash's callers trust the flag instead of checking the letters again.
  Document doc = segment(
      "Mr. Trump's aide, J.K. Rowling, NATO and McDonald met I at 10:30 on Jan. 6 in the U.S. "
      "Kim Jong-un said “no” a Z ÜNAL naïve Zoë don't O’Brien @ [ ` { 45th e\u0301 \u65e5\u672c");
  REQUIRE(doc.tokens.size() > 30);
  size_t flagged = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::u16string_view w = doc.token_text(i);
    const bool letters = !w.empty() && std::all_of(w.begin(), w.end(), [](char16_t c) {
      return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
    CHECK_MESSAGE(doc.tokens[i].has(kAsciiLetters) == letters, u8(w));
    flagged += letters;
  }
  CHECK(flagged > 15);
}
