#include <doctest/doctest.h>

#include <cstdint>

#include "stages/word_counts.h"

using namespace newsmark;

TEST_CASE("word counts count each word, grow, and forget on clear") {
  WordCounts c;
  CHECK(c.empty());
  CHECK(c.count(42) == 0);
  for (uint64_t w = 0; w < 3000; ++w) {
    for (uint64_t k = 0; k <= w % 3; ++k) c.add(w * 0x9E3779B97F4A7C15ull);
  }
  CHECK(!c.empty());
  for (uint64_t w = 0; w < 3000; ++w) CHECK(c.count(w * 0x9E3779B97F4A7C15ull) == w % 3 + 1);
  CHECK(c.count(1) == 0);
  c.clear();  // (a table this large is released)
  CHECK(c.empty());
  CHECK(c.count(0x9E3779B97F4A7C15ull) == 0);
  c.add(7);
  c.add(7);
  c.clear();  // (a small one is kept and emptied)
  CHECK(c.count(7) == 0);
  c.add(0);  // the word 0 is a word like any other
  CHECK(c.count(0) == 1);
}
