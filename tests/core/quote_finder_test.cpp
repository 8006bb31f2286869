#include <doctest/doctest.h>

#include "stages/quote_finder.h"
#include "stages/segmenter.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;
using newsmark::testing::u8;

static std::vector<std::string> quotes_in(const std::string& text) {
  Document doc(u16(text));
  Segmenter().run(doc);
  std::vector<Quote> quotes;
  find_quotes(doc, quotes);
  std::vector<std::string> out;
  for (const Quote& q : quotes) out.push_back(u8(doc.view(q.span)));
  return out;
}

TEST_CASE("curly and straight quotes") {
  CHECK(quotes_in("He said “yes” and \"no\".") == std::vector<std::string>{"“yes”", "\"no\""});
}

TEST_CASE("two apostrophes make a double mark (New York Times style)") {
  CHECK(quotes_in("''He deserved it,'' he said. It's ''fine.''") ==
        std::vector<std::string>{"''He deserved it,''", "''fine.''"});
}

TEST_CASE("nested single quotes stay inside their quote") {
  CHECK(quotes_in("She said: “He called it ‘a deal’ twice.”") ==
        std::vector<std::string>{"“He called it ‘a deal’ twice.”"});
}

TEST_CASE("a quote continues into a paragraph that opens with a quote mark") {
  CHECK(quotes_in("“First part.\n\n“Second part,” he said.") ==
        std::vector<std::string>{"“First part.\n\n“Second part,”"});
}

TEST_CASE("an unclosed quote ends with its paragraph when the next does not open a quote") {
  Document doc(u16("“Never closed.\n\nPlain text."));
  Segmenter().run(doc);
  std::vector<Quote> quotes;
  find_quotes(doc, quotes);
  REQUIRE(quotes.size() == 1);
  CHECK(u8(doc.view(quotes[0].span)) == "“Never closed.");
  CHECK_FALSE(quotes[0].closed);
  CHECK(quote_containing(quotes, quotes[0].first_token) == 0);
  CHECK(quote_containing(quotes, quotes[0].end_token) == -1);
}
