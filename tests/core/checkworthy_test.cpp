#include <doctest/doctest.h>

#include "stages/attribution.h"
#include "stages/checkworthy.h"
#include "stages/linear_model.h"
#include "stages/segmenter.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;
using newsmark::testing::u8;

static Document checkworthy(const std::string& text) {
  Document doc(u16(text));
  Segmenter().run(doc);
  Attribution().run(doc);
  Checkworthy().run(doc);
  return doc;
}

TEST_CASE("the embedded check-worthiness model loads; bad bytes leave it empty") {
  CHECK(Checkworthy().has_model());
  const unsigned char junk[] = {'N', 'M', 'L', 'M', 9};
  CHECK_FALSE(Checkworthy(junk, sizeof junk).has_model());
}

TEST_CASE("statistics score above questions and opinions") {
  Document doc = checkworthy(
      "Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years. "
      "What do you think? "
      "I hope we all have a wonderful evening.");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].checkworthy >= 0.5);
  CHECK(doc.sentences[1].checkworthy < 0.5);
  CHECK(doc.sentences[2].checkworthy < 0.5);
  for (const Sentence& s : doc.sentences) CHECK((s.checkworthy >= 0.0 && s.checkworthy <= 1.0));
  std::vector<Claim> listed;
  for (const Claim& c : doc.claims)
    if (c.kind == ClaimKind::Checkworthy) listed.push_back(c);
  REQUIRE(listed.size() == 1);
  CHECK(u8(doc.view(*listed[0].content)) == "Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.");
  CHECK_FALSE(listed[0].source);
  CHECK(listed[0].cue_class.empty());
}

TEST_CASE("an attributed sentence is not listed again as a check-worthy claim") {
  Document doc = checkworthy("The senator said unemployment fell to 3.5 percent in 2019, the lowest in fifty years.");
  for (const Claim& c : doc.claims) CHECK(c.kind != ClaimKind::Checkworthy);
}

TEST_CASE("linear models survive serialization (int8 quantization)") {
  std::vector<float> w(16, 0.0f);
  w[3] = 1.0f;
  w[5] = -0.5f;
  const std::string bytes = LinearModel::serialize(w, 0.25f, 4);
  LinearModel m;
  REQUIRE(m.load(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
  const uint32_t f3[] = {3}, f5[] = {5 + 16}, none[] = {0};
  CHECK(m.score(f3, 1) == doctest::Approx(1.25f).epsilon(0.02));
  CHECK(m.score(f5, 1) == doctest::Approx(-0.25f).epsilon(0.02));
  CHECK(m.score(none, 1) == doctest::Approx(0.25f));
  CHECK_FALSE(m.load(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size() - 1));
}
