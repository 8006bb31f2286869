#include <doctest/doctest.h>

#include <string>

#include "stages/feature_hash.h"
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
