#include "jsonl_batch.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "jsonl_record.h"

namespace newsmark {

namespace {

void analyze_line(Analyzer& analyzer, JsonlRecord& record, JsonlLine& line) {
  line.result.clear();
  line.error.clear();
  if (!parse_jsonl_record(line.text, &record, &line.error)) return;
  line.result = analyzer.analyze_json(std::move(record.text), std::move(record.id_json));
  line.result += '\n';
}

}  // namespace

JsonlBatchAnalyzer::JsonlBatchAnalyzer(unsigned jobs) {
  for (unsigned i = 0; i < std::max(jobs, 1u); ++i) analyzers_.push_back(std::make_unique<Analyzer>());
}

void JsonlBatchAnalyzer::run(std::vector<JsonlLine>& batch) {
  // Each thread takes the next line not yet taken: articles differ a hundredfold in length,
  // so a fixed split would leave one thread idle while the other finishes.
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&](Analyzer& analyzer) {
    JsonlRecord record;
    try {
      for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < batch.size();) {
        analyze_line(analyzer, record, batch[i]);
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next.store(batch.size());  // the others stop after their current line
    }
  };
  const size_t threads = std::min(analyzers_.size(), batch.size());
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work, std::ref(*analyzers_[t]));
  work(*analyzers_[0]);
  for (std::thread& h : helpers) h.join();
  if (failure) std::rethrow_exception(failure);
}

unsigned default_jobs() { return std::max(std::thread::hardware_concurrency(), 1u); }

}  // namespace newsmark
