// The embind glue, and nothing else: the JS entry (web/src/newsmark.mjs) copies the text
// into the wasm heap as UTF-16 and gets back the result format as a JSON string, so the
// browser sees exactly what the CLI prints.
#include <emscripten/bind.h>

#include <cstdint>
#include <string>

#include "newsmark/newsmark.h"

namespace {

class WasmAnalyzer {
 public:
  // `units` points at `length` UTF-16 code units the caller wrote with _malloc.
  std::string analyze_utf16(uintptr_t units, uint32_t length, std::string id_json) {
    const auto* p = reinterpret_cast<const char16_t*>(units);
    return analyzer_.analyze_json(std::u16string(p, p + length), std::move(id_json));
  }

  // The same, calling on_stage(index, count, name) before each stage and at the end: a
  // worker posts these as progress while the analysis runs.
  std::string analyze_utf16_progress(uintptr_t units, uint32_t length, std::string id_json,
                                     emscripten::val on_stage) {
    const auto* p = reinterpret_cast<const char16_t*>(units);
    return analyzer_.analyze_json(std::u16string(p, p + length), std::move(id_json),
                                  [&on_stage](size_t index, size_t count, const char* name) {
                                    on_stage(static_cast<double>(index), static_cast<double>(count),
                                             std::string(name));
                                  });
  }

 private:
  newsmark::Analyzer analyzer_;
};

std::string version() { return newsmark::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(newsmark) {
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("analyzeUtf16", &WasmAnalyzer::analyze_utf16)
      .function("analyzeUtf16Progress", &WasmAnalyzer::analyze_utf16_progress);
  emscripten::function("version", &version);
}
