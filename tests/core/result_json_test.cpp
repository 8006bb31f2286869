#include <doctest/doctest.h>

#include "newsmark/newsmark.h"

using namespace newsmark;

TEST_CASE("empty input gives an empty result") {
  Analyzer a;
  CHECK(a.analyze_json(u"") ==
        R"({"schema":1,"id":null,"length":0,"stats":{"words":0,"hedge_density":0},"sentences":[],"people":[],"claims":[],"hedges":[]})");
}

TEST_CASE("the id is echoed and spans are UTF-16 offsets") {
  Analyzer a;
  std::string json = a.analyze_json(u"Ünal said 👍. Yes.", "\"doc-7\"");
  CHECK(json.find(R"("id":"doc-7","length":18)") != std::string::npos);
  // The scores depend on the analysis stages; the spans are what this test is about.
  CHECK(json.find(R"({"span":[0,13],"checkworthy":)") != std::string::npos);
  CHECK(json.find(R"({"span":[14,18],"checkworthy":)") != std::string::npos);
}

TEST_CASE("every layer serializes in the documented shape") {
  Document doc(u"Kim said it may rain.");
  doc.sentences.push_back(Sentence{{0, 21}, 0, 0, 0, 0.75, 0.5});
  doc.people.push_back(Person{u"Kim", {{0, 3}}, {}});
  Claim c;
  c.kind = ClaimKind::Indirect;
  c.source = Span{0, 3};
  c.source_type = SourceType::Person;
  c.person = 0;
  c.cue = Span{4, 8};
  c.cue_class = "neutral";
  c.content = Span{9, 20};
  doc.claims.push_back(c);
  doc.hedges.push_back(Hedge{{12, 15}, "modal", "\"may\" marks a possibility."});
  CHECK(to_json(doc) ==
        R"({"schema":1,"id":null,"length":21,"stats":{"words":0,"hedge_density":0},)"
        R"("sentences":[{"span":[0,21],"checkworthy":0.75,"hedge":0.5}],)"
        R"("people":[{"id":0,"name":"Kim","mentions":[[0,3]],"descriptors":[]}],)"
        R"("claims":[{"kind":"indirect","source":[0,3],"source_type":"person","person":0,"cue":[4,8],"cue_class":"neutral","content":[9,20]}],)"
        R"("hedges":[{"span":[12,15],"type":"modal","explanation":"\"may\" marks a possibility."}]})");
}
