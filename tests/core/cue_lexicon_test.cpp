#include <doctest/doctest.h>

#include "stages/cue_lexicon.h"
#include "stages/segmenter.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;

static CueLexicon::Match match_at(const CueLexicon& lex, const std::string& text, size_t token) {
  Document doc(u16(text));
  Segmenter().run(doc);
  return lex.match(doc, token, doc.tokens.size());
}

TEST_CASE("forms, classes and multi-word cues from the embedded lexicon") {
  const CueLexicon& lex = CueLexicon::instance();
  CHECK(match_at(lex, "He said", 1).cls == CueClass::Neutral);
  CHECK(match_at(lex, "He alleges", 1).cls == CueClass::Distancing);
  CHECK(match_at(lex, "She denied", 1).cls == CueClass::Denial);
  CHECK(match_at(lex, "She Admitted", 1).cls == CueClass::Confirmation);
  CHECK(match_at(lex, "He thinks", 1).cls == CueClass::Belief);
  CHECK(match_at(lex, "He dubbed", 1).cls == CueClass::Characterisation);
  CueLexicon::Match m = match_at(lex, "according to the report", 0);
  CHECK(m.cls == CueClass::AccordingTo);
  CHECK(m.tokens == 2);
  CHECK(match_at(lex, "He pointed out", 1).tokens == 2);
  CHECK(match_at(lex, "He ate", 1).tokens == 0);
  // All forms of a verb share its lemma.
  CHECK(match_at(lex, "He said", 1).lemma == match_at(lex, "They say", 1).lemma);
}

TEST_CASE("a lexicon from text: the first entry for a form wins; comments are skipped") {
  CueLexicon lex("# comment\nneutral\tsay says said\ndenial\tsaid\nbelief\tin_my_view\n");
  CHECK(match_at(lex, "He said", 1).cls == CueClass::Neutral);
  CHECK(match_at(lex, "in my view it works", 0).tokens == 3);
  CHECK(to_string(CueClass::Characterisation) == std::string("characterisation"));
}
