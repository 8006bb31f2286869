#include <doctest/doctest.h>

#include <string>

#include "stages/feature_hash.h"
#include "stages/segmenter.h"
#include "stages/stem_hash.h"

using namespace newsmark;

static uint32_t stem_of(std::u16string_view w) { return stem_hash(w, hash_lower(w)); }

TEST_CASE("a word's forms share one stem hash") {
  for (const auto& forms : {std::u16string(u"warn warns warned warning Warned"), std::u16string(u"deny denies denied denying"),
                            std::u16string(u"note notes noted noting"), std::u16string(u"agree agrees agreed agreeing"),
                            std::u16string(u"admit admits admitted admitting"), std::u16string(u"push pushes pushed pushing"),
                            std::u16string(u"press presses pressed pressing"), std::u16string(u"add adds added adding")}) {
    const std::u16string_view all(forms);
    const uint32_t first = stem_of(all.substr(0, all.find(u' ')));
    for (size_t at = 0; at < all.size();) {
      const size_t end = std::min(all.find(u' ', at), all.size());
      CHECK_MESSAGE(stem_of(all.substr(at, end - at)) == first, std::string(all.begin() + at, all.begin() + end));
      at = end + 1;
    }
  }
  CHECK(stem_of(u"warned") != stem_of(u"warm"));
  CHECK(stem_of(u"warned") != stem_of(u"warner"));
}

TEST_CASE("stem hash: irregular forms keep a key of their own; other characters keep the word's hash") {
  for (std::u16string_view w : {u"co-sponsored", u"café", u"2016s"}) CHECK(stem_of(w) == hash_lower(w));
  CHECK(stem_of(u"sing") != stem_of(u"s"));
  CHECK(stem_of(u"bus") != stem_of(u"bu"));
  CHECK(stem_of(u"focus") != stem_of(u"focu"));
  CHECK(stem_of(u"told") != stem_of(u"tell"));
  CHECK(stem_of(u"says") == stem_of(u"say"));
  CHECK(stem_of(u"said") != stem_of(u"say"));
  CHECK(stem_hash(u"naïvely", 42) == 42);  // not all ASCII letters: the hash given
}

TEST_CASE("stem hash of a token: the segmenter's kAsciiLetters stands for the letter check") {
  Document doc(u"Kim Jong-un denied it; the U.S. warned 2016s café-goers, agreeing “naïvely” ADMITTED O’Brien's says");
  Segmenter().run(doc);
  REQUIRE(doc.tokens.size() > 10);
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const std::u16string_view w = doc.token_text(i);
    CHECK(token_stem_hash(doc.tokens[i], w, doc.tokens[i].lower) == stem_hash(w, doc.tokens[i].lower));
  }
  // A token built by hand has no flags from the segmenter: its text is checked.
  Document hand(u"warned");
  hand.tokens.push_back(Token{{0, 6}});
  CHECK(token_stem_hash(hand.tokens[0], hand.token_text(0), 42) == stem_of(u"warns"));
  CHECK(stem_hash_letters(u"Warning") == stem_of(u"warn"));
}
