// The embind glue, and nothing else: the JS entry (web/src/engine.mjs) copies the text
// into the wasm heap as UTF-16 and gets back the result format as JSON, so the browser sees
// exactly what the CLI prints.
//
// The JSON (UTF-8) stays in a buffer the analyzer keeps until its next call; the analyze
// functions return its length and resultPointer() its address, and the caller decodes it off
// the heap with one TextDecoder call. (Returning a std::string through embind scans every byte
// for NULs in JavaScript first, which cost about a tenth of the whole analysis.)
#include <emscripten/bind.h>

#include <cstdint>
#include <string>

#include "newsmark/newsmark.h"

namespace {

class WasmAnalyzer {
 public:
  // `units` points at `length` UTF-16 code units the caller wrote with _malloc.
  uint32_t analyze_utf16(uintptr_t units, uint32_t length, std::string id_json) {
    const auto* p = reinterpret_cast<const char16_t*>(units);
    result_ = analyzer_.analyze_json(std::u16string(p, p + length), std::move(id_json));
    return static_cast<uint32_t>(result_.size());
  }

  // The same, calling on_stage(index, count, name) before each stage and at the end: a
  // worker posts these as progress while the analysis runs.
  uint32_t analyze_utf16_progress(uintptr_t units, uint32_t length, std::string id_json, emscripten::val on_stage) {
    const auto* p = reinterpret_cast<const char16_t*>(units);
    result_ = analyzer_.analyze_json(std::u16string(p, p + length), std::move(id_json),
                                     [&on_stage](size_t index, size_t count, const char* name) {
                                       on_stage(static_cast<double>(index), static_cast<double>(count),
                                                std::string(name));
                                     });
    return static_cast<uint32_t>(result_.size());
  }

  // Where the last result's JSON starts in the wasm heap.
  uintptr_t result_pointer() const { return reinterpret_cast<uintptr_t>(result_.data()); }

 private:
  newsmark::Analyzer analyzer_;
  std::string result_;
};

std::string version() { return newsmark::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(newsmark) {
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("analyzeUtf16", &WasmAnalyzer::analyze_utf16)
      .function("analyzeUtf16Progress", &WasmAnalyzer::analyze_utf16_progress)
      .function("resultPointer", &WasmAnalyzer::result_pointer);
  emscripten::function("version", &version);
}
