#include "newsmark/newsmark.h"

namespace newsmark {

const char* version() { return "0.1.0"; }

Analyzer::Analyzer() : pipeline_(Pipeline::standard()) {}

Document Analyzer::analyze(std::u16string text, std::string id_json, const Pipeline::StageCallback& on_stage) {
  Document doc(std::move(text), std::move(id_json));
  pipeline_.run(doc, on_stage);
  return doc;
}

std::string Analyzer::analyze_json(std::u16string text, std::string id_json,
                                   const Pipeline::StageCallback& on_stage) {
  return to_json(analyze(std::move(text), std::move(id_json), on_stage));
}

}  // namespace newsmark
