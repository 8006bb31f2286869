#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "stages/flat_string_map.h"

using namespace newsmark;

TEST_CASE("flat string map: insert, find, grow, and clear keeping nothing stale") {
  FlatStringMap<std::vector<int>> m;
  CHECK(m.find(u"trump") == nullptr);
  m[u"trump"].push_back(1);
  m[u"trump"].push_back(2);
  m[u""].push_back(3);  // the empty key is a key like any other
  for (int i = 0; i < 500; ++i) m[u"part" + std::u16string(1, static_cast<char16_t>(u'a' + i % 26)) + std::u16string(i / 26, u'x')].push_back(i);
  REQUIRE(m.find(u"trump") != nullptr);
  CHECK(*m.find(u"trump") == std::vector<int>{1, 2});
  CHECK(*m.find(u"") == std::vector<int>{3});
  CHECK(*m.find(u"partc") == std::vector<int>{2});
  CHECK(m.size() == 502);
  m.clear();
  CHECK(m.size() == 0);
  CHECK(m.find(u"trump") == nullptr);
  CHECK(m[u"trump"].empty());  // a reused entry starts empty
  FlatStringMap<int> counts;
  ++counts[u"may"];
  ++counts[u"may"];
  CHECK(counts.contains(u"may"));
  CHECK(!counts.contains(u"can"));
  CHECK(*counts.find(u"may") == 2);
  counts.clear();
  CHECK(counts[u"may"] == 0);
}
