// libFuzzer target over the whole pipeline: the bytes are read as UTF-16 code units (so lone
// surrogates, NULs and any code point reach the core, as they can from JavaScript).
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "invariants.h"
#include "newsmark/newsmark.h"
#include "packed_reader.h"
#include "result_packed.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static newsmark::Analyzer analyzer;  // reused across inputs, as the JS API does
  std::u16string text(size / 2, u'\0');
  std::memcpy(text.data(), data, (size / 2) * 2);
  newsmark::Document doc = analyzer.analyze(std::move(text));
  newsmark::fuzz::check_document(doc);
  std::string json = newsmark::to_json(doc);
  newsmark::fuzz::require(!json.empty() && json.front() == '{' && json.back() == '}', "JSON object");
  // The JS API's form of the same result reads back to the same JSON.
  static std::vector<int32_t> packed;
  newsmark::to_packed(doc, packed);
  newsmark::fuzz::require(newsmark::testing::packed_to_json(packed, doc.id_json()) == json, "packed result = JSON");
  return 0;
}
