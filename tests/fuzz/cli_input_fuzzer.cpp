// libFuzzer target over the CLI's input layer: UTF-8 validation and the JSONL record reader.
// Every line either parses or gets an error message; a parsed text goes through the pipeline.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "invariants.h"
#include "jsonl_record.h"
#include "newsmark/newsmark.h"
#include "utf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static newsmark::Analyzer analyzer;
  std::string_view input(reinterpret_cast<const char*>(data), size);

  std::u16string whole;
  size_t bad = 0;
  if (!newsmark::utf8_to_utf16(input, whole, &bad)) newsmark::fuzz::require(bad < size, "error offset inside input");

  newsmark::JsonlRecord record;
  std::string error;
  size_t start = 0;
  while (start <= input.size()) {
    size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    std::string_view line = input.substr(start, end - start);
    if (newsmark::parse_jsonl_record(line, &record, &error)) {
      newsmark::Document doc = analyzer.analyze(std::move(record.text), record.id_json);
      newsmark::fuzz::check_document(doc);
    } else {
      newsmark::fuzz::require(!error.empty(), "a refused line has an error message");
    }
    start = end + 1;
  }
  return 0;
}
