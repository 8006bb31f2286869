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

namespace {

std::u16string key_of(int i) {
  std::u16string k = u"name";
  for (; i > 0; i /= 26) k += static_cast<char16_t>(u'a' + i % 26);
  return k;
}

// m[u"x"] starts empty, and 100 more keys go in and are found.
void check_reusable(FlatStringMap<std::vector<int>>& m) {
  CHECK(m[u"x"].empty());
  m[u"x"].push_back(-1);
  for (int i = 0; i < 100; ++i) m[u"new" + key_of(i)].push_back(i);
  int found = 0;
  for (int i = 0; i < 100; ++i) {
    const std::vector<int>* v = m.find(u"new" + key_of(i));
    found += v && *v == std::vector<int>{i};
  }
  CHECK(found == 100);
  CHECK(m.size() == 101);
  CHECK(*m.find(u"x") == std::vector<int>{-1});
}

// Of `count` keys inserted, how many are still found.
int still_found(const FlatStringMap<std::vector<int>>& m, int count) {
  int n = 0;
  for (int i = 0; i < count; ++i) n += m.find(key_of(i)) != nullptr;
  return n;
}

}  // namespace

TEST_CASE("flat string map: a large map cleared, a huge one released, both reusable") {
  FlatStringMap<std::vector<int>> m;
  for (int i = 0; i < 5000; ++i) m[key_of(i)].push_back(i);
  REQUIRE(m.size() == 5000);
  CHECK(*m.find(key_of(4999)) == std::vector<int>{4999});
  m.release_if_large();  // (5000 entries are under kScratchKeepBytes: kept as they are)
  CHECK(m.size() == 5000);
  CHECK(still_found(m, 5000) == 5000);
  m.clear();
  CHECK(m.size() == 0);
  CHECK(still_found(m, 5000) == 0);
  check_reusable(m);
  // A short document (check_reusable's 101 keys) in the long one's 16,384 slots: the next
  // clear() drops the slots instead of clearing them all, and the map grows again from small.
  m.clear();
  for (int i = 0; i < 10; ++i) m[key_of(i)].push_back(i);
  m.clear();
  CHECK(m.size() == 0);
  CHECK(still_found(m, 5000) == 0);
  check_reusable(m);

  FlatStringMap<std::vector<int>> huge;
  for (int i = 0; i < 40000; ++i) huge[key_of(i)].push_back(i);  // entries of 40+ bytes: over 1 MB
  REQUIRE(huge.size() == 40000);
  huge.release_if_large();  // released, so emptied
  CHECK(huge.size() == 0);
  CHECK(still_found(huge, 40000) == 0);
  check_reusable(huge);
}
