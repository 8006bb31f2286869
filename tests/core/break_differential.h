// What the break scanners' tests share: each compares a scanner with ICU's iterator on random
// strings over the characters its rules turn on, and on the BBC corpus when ../shared is there.
#pragma once

#include <fstream>
#include <random>
#include <string>

#include "jsonl_record.h"

namespace newsmark::testing {

// Runs `rounds` random strings of 1 to 24 units through same(text) and stops at the first it
// fails, leaving it in *failing; returns how many passed. Three rounds in four draw only from
// alphabet[0, handled), the characters the scanner answers itself, so the scanner is what is
// tested; the fourth from all of it, so that falling back to ICU is tested too.
template <class Same>
int random_rounds(const std::u16string& alphabet, size_t handled, int rounds, unsigned seed, Same same,
                  std::u16string* failing) {
  std::mt19937 rng(seed);
  for (int round = 0; round < rounds; ++round) {
    std::u16string s;
    const int len = 1 + static_cast<int>(rng() % 24);
    const size_t limit = round % 4 == 0 ? alphabet.size() : handled;
    for (int k = 0; k < len; ++k) s.push_back(alphabet[rng() % limit]);
    if (!same(s)) {
      *failing = s;
      return round;
    }
  }
  return rounds;
}

// Calls f(text) for each article of ../shared/corpora/news; returns how many (0 when absent).
template <class F>
size_t for_each_news_text(F f) {
  const std::string dir = std::string(NEWSMARK_SOURCE_DIR) + "/../shared/corpora/news/";
  size_t docs = 0;
  for (const char* name : {"bbc_part1.jsonl", "bbc_part2.jsonl"}) {
    std::ifstream in(dir + name, std::ios::binary);
    std::string line, error;
    JsonlRecord rec;
    while (std::getline(in, line)) {
      if (!parse_jsonl_record(line, &rec, &error)) continue;
      ++docs;
      f(rec.text);
    }
  }
  return docs;
}

}  // namespace newsmark::testing
