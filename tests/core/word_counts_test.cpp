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
  c.clear();  // (3,000 words in 8,192 slots: cleared in place)
  CHECK(c.empty());
  CHECK(c.count(0x9E3779B97F4A7C15ull) == 0);
  c.add(7);
  c.add(7);
  c.release_if_large();  // (a small table is kept as it is)
  CHECK(c.count(7) == 2);
  c.clear();  // (8,192 slots for one word: the slots are dropped, not cleared)
  CHECK(c.count(7) == 0);
  CHECK(c.empty());
  c.add(0);  // the word 0 is a word like any other
  CHECK(c.count(0) == 1);
}

TEST_CASE("word counts: a huge document's table is released and starts afresh") {
  WordCounts c;
  for (uint64_t w = 1; w <= 100000; ++w) c.add(w);  // 262,144 slots of 16 bytes: over kScratchKeepBytes
  c.release_if_large();
  CHECK(c.empty());
  CHECK(c.count(1) == 0);
  CHECK(c.count(100000) == 0);
  for (uint64_t w = 1; w <= 100; ++w) c.add(w * 7);
  int right = 0;
  for (uint64_t w = 1; w <= 100; ++w) right += c.count(w * 7) == 1 && c.count(w * 7 + 1) == 0;
  CHECK(right == 100);
}
