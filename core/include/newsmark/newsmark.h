// Newsmark's public entry point: text in, the result format out.
//
//   newsmark::Analyzer analyzer;                 // builds the pipeline once
//   std::string json = analyzer.analyze_json(u"Donald Trump said ...", "\"doc-1\"");
//
// The JSON is the one result format shared by the CLI and the JS API (schema 1, offsets in
// UTF-16 code units, half-open). An Analyzer is not thread-safe; use one per thread.
#pragma once

#include <string>

#include "newsmark/document.h"
#include "newsmark/pipeline.h"

namespace newsmark {

constexpr int kSchemaVersion = 1;
const char* version();

class Analyzer {
 public:
  Analyzer();
  // id_json: the caller's id as a serialized JSON value, or empty for none. on_stage, when
  // given, hears of each stage as it starts (see Pipeline::StageCallback).
  Document analyze(std::u16string text, std::string id_json = {}, const Pipeline::StageCallback& on_stage = {});
  std::string analyze_json(std::u16string text, std::string id_json = {},
                           const Pipeline::StageCallback& on_stage = {});

 private:
  Pipeline pipeline_;
};

// Serializes a document's layers into the result format (one line, no trailing newline).
std::string to_json(const Document& doc);

// Hedges per 100 words, leaving out the low-salience conditionals ("if", "whether"): the
// "hedge_density" of the result and of the CLI's summary.
double hedge_density(const Document& doc);

}  // namespace newsmark
