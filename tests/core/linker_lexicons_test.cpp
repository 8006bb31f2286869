// The linker's word lists: may_be_role_word, the quick test by a token's hash that lets the
// linker pass over most tokens unread, must say "may be" for every listed role noun and role
// modifier however it is cased, and turn other words away.
#include <doctest/doctest.h>

#include <string>

#include "stages/linker_lexicons.h"
#include "stages/segmenter.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;
using newsmark::testing::u8;

namespace {

// A sentence with `word` as one of its tokens, segmented; *at is that token (npos when the
// segmenter split the word).
Document with_word(const std::u16string& word, size_t* at) {
  static Segmenter seg;
  Document doc(u"The " + word + u" spoke to us.");
  seg.run(doc);
  *at = std::u16string::npos;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.token_text(t) == word) *at = t;
  }
  return doc;
}

std::u16string title_case(std::u16string w) {
  if (!w.empty() && w[0] >= u'a' && w[0] <= u'z') w[0] = static_cast<char16_t>(w[0] - 32);
  return w;
}

std::u16string upper_case(std::u16string w) {
  for (char16_t& c : w) {
    if (c >= u'a' && c <= u'z') c = static_cast<char16_t>(c - 32);
  }
  return w;
}

bool in_role_lists(std::u16string_view word) {
  const FoldedWord folded(word);
  return is_role_noun(folded) || is_role_modifier(folded);
}

}  // namespace

TEST_CASE("may_be_role_word says yes to every listed role word in lower, Title and UPPER case") {
  const ListedWords nouns = listed_role_nouns(), modifiers = listed_role_modifiers();
  REQUIRE(nouns.size() + modifiers.size() > 100);
  for (const ListedWords& list : {nouns, modifiers}) {
    for (std::u16string_view listed : list) {
      const std::u16string lower(listed);
      for (const std::u16string& form : {lower, title_case(lower), upper_case(lower)}) {
        INFO(u8(form));
        size_t t = 0;
        const Document doc = with_word(form, &t);
        REQUIRE(t != std::u16string::npos);
        CHECK(in_role_lists(form));
        CHECK(may_be_role_word(doc, t));
      }
    }
  }
}

TEST_CASE("may_be_role_word turns other ASCII words away, as the lists do") {
  for (const char* word : {"table", "Weather", "SAID", "the", "Trump", "presidents", "resident", "formerly",
                           "Banana", "spokes", "minster", "x", "42"}) {
    INFO(word);
    size_t t = 0;
    const Document doc = with_word(u16(word), &t);
    REQUIRE(t != std::u16string::npos);
    CHECK_FALSE(in_role_lists(u16(word)));
    CHECK_FALSE(may_be_role_word(doc, t));
  }
}

TEST_CASE("may_be_role_word says 'may be' where the hash cannot tell: non-ASCII words") {
  for (const char* word : {"Präsident", "présidente", "ΠΡΟΕΔΡΟΣ"}) {
    INFO(word);
    size_t t = 0;
    const Document doc = with_word(u16(word), &t);
    REQUIRE(t != std::u16string::npos);
    CHECK(may_be_role_word(doc, t));
  }
}
