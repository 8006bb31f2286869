// The CLI's jsonl work spread over threads: a batch of input lines is parsed and analyzed by
// one Analyzer per thread (an Analyzer is not thread-safe; documents are independent), and
// the results come back in input order, so the output is the same for any number of jobs.
#pragma once

#include <atomic>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "newsmark/newsmark.h"

namespace newsmark {

struct JsonlLine {
  size_t line_no = 0;
  std::string text;    // the input line as read
  std::string result;  // after run(): the result line with its '\n', or empty on error
  std::string error;   // after run(): why the line is malformed, or empty
};

class JsonlBatchAnalyzer {
 public:
  // jobs: how many threads analyze at once (at least 1; the calling thread is one of them).
  explicit JsonlBatchAnalyzer(unsigned jobs);
  ~JsonlBatchAnalyzer();
  JsonlBatchAnalyzer(const JsonlBatchAnalyzer&) = delete;
  JsonlBatchAnalyzer& operator=(const JsonlBatchAnalyzer&) = delete;

  unsigned jobs() const { return static_cast<unsigned>(analyzers_.size()); }
  // Fills each line's result or error. An exception in any thread is rethrown here once
  // all threads have finished the batch.
  void run(std::vector<JsonlLine>& batch);

 private:
  void work(size_t slot);         // analyzes lines of the current batch until none is left
  void helper_loop(size_t slot, uint64_t seen);

  // One per thread, made by run() before that thread first works (a one-line input makes one)
  // and used by that thread only. The helper threads live as long as this object, so their
  // per-thread scratch is kept from batch to batch.
  std::vector<std::unique_ptr<Analyzer>> analyzers_;
  std::vector<std::thread> helpers_;
  std::mutex mutex_;
  std::condition_variable wake_, finished_;
  uint64_t generation_ = 0;  // counts batches: a helper works once for each
  size_t busy_ = 0;          // helpers still on the current batch
  bool stopping_ = false;
  std::vector<JsonlLine>* batch_ = nullptr;
  std::atomic<size_t> next_{0};
  std::exception_ptr failure_;
};

// The default for --jobs: the machine's hardware threads (1 when unknown, at most 256).
unsigned default_jobs();

}  // namespace newsmark
