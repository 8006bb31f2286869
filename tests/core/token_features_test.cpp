#include <doctest/doctest.h>

#include "newsmark/document.h"
#include "stages/token_features.h"

using namespace newsmark;

TEST_CASE("case flags") {
  CHECK((text_flags(u"Trump") & kTitle));
  CHECK_FALSE((text_flags(u"Trump") & kUpper));
  CHECK((text_flags(u"NATO") & kUpper));
  CHECK_FALSE((text_flags(u"NATO") & kTitle));
  CHECK((text_flags(u"I") & kTitle));  // a one-letter capital is both
  CHECK((text_flags(u"McDonald") & kTitle));
  CHECK((text_flags(u"said") & kLower));
  CHECK((text_flags(u"Ünal") & kTitle));
  CHECK((text_flags(u"U.S.") & kUpper));
}

TEST_CASE("words, digits and punctuation") {
  CHECK((text_flags(u"3,400.50") & kAllDigits));
  CHECK((text_flags(u"2021") & kAllDigits));
  CHECK((text_flags(u"45th") & kDigit));
  CHECK_FALSE((text_flags(u"45th") & kAllDigits));
  CHECK((text_flags(u"Jong-un") & kAlpha));
  CHECK((text_flags(u",") & kPunct));
  CHECK_FALSE((text_flags(u",") & kWord));
  CHECK((text_flags(u"(") & kOpenBracket));
  CHECK((text_flags(u"]") & kCloseBracket));
}

TEST_CASE("quote marks and their direction") {
  CHECK((text_flags(u"\u201C") & kOpenQuote));
  CHECK((text_flags(u"\u201D") & kCloseQuote));
  CHECK((text_flags(u"\u00AB") & kOpenQuote));
  std::u16string s = u"said \"no\" today";
  CHECK(quote_direction(s, 5) == kOpenQuote);
  CHECK(quote_direction(s, 8) == kCloseQuote);
  CHECK(quote_direction(u"\"Yes,\" he said", 0) == kOpenQuote);
  CHECK(quote_direction(u"abc", 1) == 0u);
}

TEST_CASE("word shapes") {
  CHECK(word_shape(u"Trump") == "Xxxxx");
  CHECK(word_shape(u"Haberman") == "Xxxxx");  // runs cut at 4
  CHECK(word_shape(u"1977") == "dddd");
  CHECK(word_shape(u"Jong-un") == "Xxxx-xx");
  CHECK(word_shape(u"U.S.") == "X.X.");
  CHECK(word_shape(u"Zoë") == "Xxx");
}
