// The CLI's jsonl work spread over threads: a batch of input lines is parsed and analyzed by
// one Analyzer per thread (an Analyzer is not thread-safe; documents are independent), and
// the results come back in input order, so the output is the same for any number of jobs.
#pragma once

#include <memory>
#include <string>
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
  unsigned jobs() const { return unsigned(analyzers_.size()); }
  // Fills each line's result or error. An exception in any thread is rethrown here once
  // all threads have stopped.
  void run(std::vector<JsonlLine>& batch);

 private:
  std::vector<std::unique_ptr<Analyzer>> analyzers_;
};

// The default for --jobs: the machine's hardware threads (1 when unknown).
unsigned default_jobs();

}  // namespace newsmark
