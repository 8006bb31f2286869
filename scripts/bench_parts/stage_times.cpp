// build/native/bin/newsmark_stage_times FILE.jsonl [PASSES]: where the native time goes, stage
// by stage (Pipeline::run's stage callback) and for the JSON result, over a jsonl corpus
// already in memory; the minimum over PASSES (default 3) of each. The wasm counterpart is
// scripts/bench_parts/stage_times.mjs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "jsonl_record.h"
#include "newsmark/newsmark.h"

using Clock = std::chrono::steady_clock;

static double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: newsmark_stage_times FILE.jsonl [PASSES]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::vector<newsmark::JsonlRecord> records;
  std::string line, error;
  while (std::getline(in, line)) {
    newsmark::JsonlRecord r;
    if (newsmark::parse_jsonl_record(line, &r, &error)) records.push_back(std::move(r));
  }
  if (records.empty()) {
    std::fprintf(stderr, "newsmark_stage_times: no records in %s\n", argv[1]);
    return 2;
  }
  newsmark::Pipeline pipeline = newsmark::Pipeline::standard();
  std::vector<std::string> names = pipeline.stage_names();
  names.push_back("JSON result");
  std::vector<double> best(names.size(), 1e300);
  double best_total = 1e300;
  for (int pass = 0; pass < passes; ++pass) {
    std::vector<double> spent(names.size(), 0.0);
    const Clock::time_point start = Clock::now();
    for (const newsmark::JsonlRecord& r : records) {
      newsmark::Document doc(r.text, r.id_json);
      Clock::time_point began;
      pipeline.run(doc, [&](size_t index, size_t, const char*) {
        if (index > 0) spent[index - 1] += ms_since(began);
        began = Clock::now();
      });
      const Clock::time_point json = Clock::now();
      const std::string out = newsmark::to_json(doc);
      spent.back() += ms_since(json);
    }
    best_total = std::min(best_total, ms_since(start));
    for (size_t i = 0; i < spent.size(); ++i) best[i] = std::min(best[i], spent[i]);
  }
  for (size_t i = 0; i < names.size(); ++i) std::printf("%-16s %8.1f ms\n", names[i].c_str(), best[i]);
  std::printf("%-16s %8.1f ms (%zu documents, minimum of %d passes)\n", "total", best_total, records.size(), passes);
  return 0;
}
