#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "stages/hedge_lexicon.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;

TEST_CASE("lexicon phrases expand alternatives and optional words") {
  HedgeLexicon lex("# comment\ncould|can not? be verified\tunverified\t-\nmay\tmodal\tmay\tOwn text.\n");
  // could be verified, could not be verified, can be verified, can not be verified + may
  CHECK(lex.size() == 5);
  const auto [could, could_count] = lex.starts(lower_hash(u"Could"));
  REQUIRE(could_count == 2);
  CHECK(could[0].length == 4);  // longest first
  CHECK(lex.cue(could[0].index).words.size() == 4);
  CHECK(could[0].second == word_hash("not"));
  CHECK(could[1].length == 3);
  CHECK(could[1].second == word_hash("be"));
  const auto [may, may_count] = lex.starts(word_hash("may"));
  REQUIRE(may_count == 1);
  CHECK(may[0].second == 0);
  CHECK(std::string(lex.cue(may[0].index).explanation) == "Own text.");
  CHECK(lex.cue(may[0].index).rule == HedgeRule::May);
  CHECK(lex.starts(word_hash("will")).second == 0);
}

TEST_CASE("every built-in cue is found under its first word, with its length and second word") {
  const HedgeLexicon& lex = HedgeLexicon::builtin();
  REQUIRE(lex.size() > 100);
  for (uint32_t i = 0; i < lex.size(); ++i) {
    const HedgeCue& cue = lex.cue(i);
    const auto [starts, count] = lex.starts(cue.words[0]);
    bool found = false;
    for (size_t k = 0; k < count; ++k) {
      if (k > 0) CHECK(starts[k].length <= starts[k - 1].length);  // longest first
      if (starts[k].index != i) continue;
      found = true;
      CHECK(starts[k].length == cue.words.size());
      CHECK(starts[k].second == (cue.words.size() > 1 ? cue.words[1] : 0));
    }
    CAPTURE(cue.phrase);
    CHECK(found);
  }
}

TEST_CASE("lexicon errors name the line") {
  CHECK_THROWS_WITH_AS(HedgeLexicon("may\tmodle\t-\n"), "hedge lexicon line 1: unknown type 'modle'", std::runtime_error);
  CHECK_THROWS_WITH_AS(HedgeLexicon("\nmay\tmodal\tnope\n"), "hedge lexicon line 2: unknown rule 'nope'",
                       std::runtime_error);
  CHECK_THROWS_AS(HedgeLexicon("may modal\n"), std::runtime_error);
}

TEST_CASE("the token hash ignores case and reads a curly apostrophe as a straight one") {
  CHECK(lower_hash(u"REPORTEDLY") == word_hash("reportedly"));
  CHECK(lower_hash(u"can\u2019t") == word_hash("can't"));
  CHECK(lower_hash(u16("\u00C9t\u00E9")) == lower_hash(u16("\u00E9t\u00E9")));
  CHECK(lower_hash(u"may") != lower_hash(u"might"));
}

TEST_CASE("the built-in lexicon parses and knows every type") {
  const HedgeLexicon& lex = HedgeLexicon::builtin();
  CHECK(lex.size() > 100);
  bool seen[kHedgeTypeCount] = {};
  for (size_t i = 0; i < lex.size(); ++i) seen[static_cast<int>(lex.cue(static_cast<uint32_t>(i)).type)] = true;
  for (int t = 0; t < kHedgeTypeCount; ++t) CHECK_MESSAGE(seen[t], to_string(static_cast<HedgeType>(t)));
}
