#include <doctest/doctest.h>

#include "newsmark/newsmark.h"

using namespace newsmark;

TEST_CASE("document holds UTF-16 text and views spans") {
  Document doc(u"Zelenskyy 👍🏽 met Müller.");
  CHECK(doc.length() == 26);  // the emoji and its skin tone take two units each
  CHECK(doc.view({0, 9}) == u"Zelenskyy");
  CHECK(doc.id_json().empty());
}

TEST_CASE("word count and token lookup") {
  Analyzer a;
  Document doc = a.analyze(u"Trump's pal, 76, said \"hi\".");
  CHECK(doc.word_count() == 5);  // Trump pal 76 said hi: the clitic and punctuation do not count
  CHECK(doc.token_at_or_after(0) == 0);
  CHECK(doc.token_text(doc.token_at_or_after(6)) == u"'s");
  CHECK(doc.token_at_or_after(1000) == doc.tokens.size());
}

TEST_CASE("token_at_or_after agrees with a plain search at every offset, for every token count") {
  for (size_t count = 0; count <= 17; ++count) {
    Document doc(std::u16string(3 * count + 4, u'x'));
    for (uint32_t k = 0; k < count; ++k) doc.tokens.push_back(Token{{3 * k + 1, 3 * k + 3}});  // gaps between
    for (uint32_t offset = 0; offset <= doc.length(); ++offset) {
      size_t expected = 0;
      while (expected < count && doc.tokens[expected].span.end <= offset) ++expected;
      CHECK(doc.token_at_or_after(offset) == expected);
    }
  }
}
