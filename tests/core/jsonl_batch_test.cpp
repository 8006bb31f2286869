#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "jsonl_batch.h"
#include "support.h"

using namespace newsmark;

namespace {

// Articles of very different lengths, so threads finish out of order.
std::vector<JsonlLine> sample_batch() {
  std::vector<JsonlLine> batch;
  for (size_t i = 0; i < 60; ++i) {
    std::string text = "Maria Lopez said the plan may work. ";
    for (size_t k = 0; k < (i * 7) % 23; ++k) text += "\\\"It is late,\\\" Mr Brown told reporters on day " + std::to_string(k) + ". ";
    std::string line = "{\"id\": " + std::to_string(i) + ", \"text\": \"" + text + "\"}";
    if (i == 17) line = "{\"id\": 17, \"text\": \"cut";
    batch.push_back({i + 1, line, {}, {}});
  }
  return batch;
}

}  // namespace

TEST_CASE("results come back in input order and are the same for any number of jobs") {
  std::vector<JsonlLine> one = sample_batch(), three = sample_batch();
  JsonlBatchAnalyzer(1).run(one);
  JsonlBatchAnalyzer threads(3);
  CHECK(threads.jobs() == 3);
  threads.run(three);
  REQUIRE(one.size() == three.size());
  for (size_t i = 0; i < one.size(); ++i) {
    CAPTURE(i);
    CHECK(one[i].result == three[i].result);
    CHECK(one[i].error == three[i].error);
    if (i == 17) continue;
    CHECK(three[i].result.rfind("{\"schema\":1,\"id\":" + std::to_string(i) + ",", 0) == 0);
    CHECK(three[i].result.back() == '\n');
  }
}

TEST_CASE("a malformed line gets its error and no result; the lines after it are analyzed") {
  std::vector<JsonlLine> batch = sample_batch();
  JsonlBatchAnalyzer(2).run(batch);
  CHECK(batch[17].result.empty());
  CHECK(batch[17].error.find("unterminated string") != std::string::npos);
  CHECK(batch[18].error.empty());
  CHECK(batch[18].result.find("\"name\":\"Maria Lopez\"") != std::string::npos);
}

TEST_CASE("a second batch reuses the analyzers and an empty batch is fine") {
  JsonlBatchAnalyzer analyzer(2);
  std::vector<JsonlLine> empty;
  analyzer.run(empty);
  std::vector<JsonlLine> first = sample_batch(), second = sample_batch();
  analyzer.run(first);
  analyzer.run(second);
  for (size_t i = 0; i < first.size(); ++i) CHECK(first[i].result == second[i].result);
  CHECK(JsonlBatchAnalyzer(0).jobs() == 1);
}
