#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../fuzz/packed_reader.h"
#include "break_differential.h"
#include "newsmark/newsmark.h"
#include "result_packed.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;

// to_packed() read back (tests/fuzz/packed_reader.h, as the JS API reads it) gives to_json().
static void check_same(Analyzer& analyzer, const std::u16string& text, const std::string& id_json = {}) {
  Document doc = analyzer.analyze(text, id_json);
  std::vector<int32_t> packed;
  to_packed(doc, packed);
  CHECK(packed.at(0) == kPackedFormat);
  CHECK(testing::packed_to_json(packed, id_json) == to_json(doc));
}

TEST_CASE("packed result: reads back to the JSON result") {
  Analyzer analyzer;
  check_same(analyzer, u"");
  check_same(analyzer, u"x", "7");
  check_same(analyzer, u16("Mayor Helen Okafor said the vote may be delayed. Mr Okafor may resign, reportedly."),
             "{\"n\":[1,\"é\"]}");
  check_same(analyzer, u16("“We were never consulted,” Mr. Ruiz told reporters, according to the U.S. State Department."));
  // Names with odd units: an astral letter, a lone surrogate, a very long capitalised word.
  check_same(analyzer, u16("Officials said 𝒳ander Quint may return. Quint declined to comment."));
  check_same(analyzer, u"Minister Jo\xD800hn Smith said it was over. Smith left.");
  check_same(analyzer, u16("Chief executive Anna Q" + std::string(9000, 'w') + " said profits could fall. She may be right."));
}

TEST_CASE("packed result: a null span and a score are what the JSON holds") {
  Document doc(u"Some text.");
  doc.sentences.push_back(Sentence{Span{0, 10}, 0, 0, 0, 0.26009, 1.0});
  Claim c;
  c.kind = ClaimKind::Checkworthy;
  c.content = Span{0, 10};
  doc.claims.push_back(c);
  std::vector<int32_t> packed;
  to_packed(doc, packed);
  CHECK(testing::packed_to_json(packed, "") == to_json(doc));
  CHECK(to_json(doc).find("\"checkworthy\":0.2601,\"hedge\":1}") != std::string::npos);
  CHECK(to_json(doc).find("\"source\":null") != std::string::npos);
}

TEST_CASE("packed result: the BBC corpus reads back to its JSON") {
  Analyzer analyzer;
  size_t differ = 0;
  const size_t docs = testing::for_each_news_text([&](const std::u16string& text) {
    Document doc = analyzer.analyze(text);
    std::vector<int32_t> packed;
    to_packed(doc, packed);
    differ += testing::packed_to_json(packed, "") != to_json(doc);
  });
  if (docs == 0) {
    MESSAGE("skipped: ../shared/corpora/news not found");
    return;
  }
  CHECK(docs > 2000);
  CHECK(differ == 0);
}
