#include "jsonl_batch.h"

#include <algorithm>

#include "jsonl_record.h"

namespace newsmark {

JsonlBatchAnalyzer::JsonlBatchAnalyzer(unsigned jobs) : analyzers_(std::max(jobs, 1u)) {}

JsonlBatchAnalyzer::~JsonlBatchAnalyzer() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (std::thread& h : helpers_) h.join();
}

void JsonlBatchAnalyzer::run(std::vector<JsonlLine>& batch) {
  batch_ = &batch;
  next_.store(0);
  failure_ = nullptr;
  // The Analyzers are made here, on the calling thread, one after another: ICU guards its
  // break-iterator caches with its own synchronization, which ThreadSanitizer cannot see (the
  // system ICU is not instrumented), so building them from two threads at once was reported as
  // a race; built in turn, nothing is left for it to doubt. The helpers start with the first
  // batch that has work for them.
  if (!analyzers_[0]) analyzers_[0] = std::make_unique<Analyzer>();
  if (helpers_.empty() && batch.size() > 1) {
    for (size_t slot = 1; slot < analyzers_.size(); ++slot) {
      analyzers_[slot] = std::make_unique<Analyzer>();
      helpers_.emplace_back(&JsonlBatchAnalyzer::helper_loop, this, slot, generation_);
    }
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++generation_;
    busy_ = helpers_.size();
  }
  wake_.notify_all();
  work(0);
  std::unique_lock<std::mutex> lock(mutex_);
  finished_.wait(lock, [&] { return busy_ == 0; });
  batch_ = nullptr;
  if (failure_) std::rethrow_exception(failure_);
}

void JsonlBatchAnalyzer::helper_loop(size_t slot, uint64_t seen) {
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
    }
    work(slot);
    std::lock_guard<std::mutex> lock(mutex_);
    if (--busy_ == 0) finished_.notify_one();
  }
}

void JsonlBatchAnalyzer::work(size_t slot) {
  std::vector<JsonlLine>& batch = *batch_;
  try {
    Analyzer& analyzer = *analyzers_[slot];
    JsonlRecord record;
    // Each thread takes the next line not yet taken: articles differ a hundredfold in length,
    // so a fixed split would leave one thread idle while the other finishes.
    for (size_t i; (i = next_.fetch_add(1, std::memory_order_relaxed)) < batch.size();) {
      JsonlLine& line = batch[i];
      line.result.clear();
      line.error.clear();
      if (!parse_jsonl_record(line.text, &record, &line.error)) continue;
      line.result = analyzer.analyze_json(std::move(record.text), std::move(record.id_json));
      line.result += '\n';
    }
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!failure_) failure_ = std::current_exception();
    next_.store(batch.size());  // the others stop after their current line
  }
}

unsigned default_jobs() { return std::clamp(std::thread::hardware_concurrency(), 1u, 256u); }

}  // namespace newsmark
