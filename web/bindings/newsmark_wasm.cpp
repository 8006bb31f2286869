// The embind glue, and nothing else: the JS entry (web/src/engine.mjs) copies the text
// into the wasm heap as UTF-16 and gets the result back packed into 32-bit words
// (core/src/result_packed.h), from which web/src/packed-result.mjs builds the same objects
// JSON.parse gives for the CLI's JSON, about ten times faster than parsing that text.
//
// The result stays in a buffer the analyzer keeps until its next call; the analyze functions
// return its length and resultPointer() its address, and the caller reads it off the heap.
// (Returning a std::string through embind scans every byte for NULs in JavaScript first.)
// analyzeUtf16 still returns the JSON (UTF-8 bytes): scripts/bench_parts compare cores with it.
#include <emscripten/bind.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "newsmark/newsmark.h"
#include "result_packed.h"

namespace {

class WasmAnalyzer {
 public:
  // `units` points at `length` UTF-16 code units the caller wrote with _malloc. Returns the
  // length of the JSON in bytes.
  uint32_t analyze_utf16(uintptr_t units, uint32_t length, std::string id_json) {
    const auto* p = reinterpret_cast<const char16_t*>(units);
    json_ = analyzer_.analyze_json(std::u16string(p, p + length), std::move(id_json));
    pointer_ = reinterpret_cast<uintptr_t>(json_.data());
    return static_cast<uint32_t>(json_.size());
  }

  // The same, packed: returns the number of 32-bit words. Takes `units` over: it is freed
  // as soon as the text is copied, so a long text is not held twice during the analysis.
  uint32_t analyze_utf16_packed(uintptr_t units, uint32_t length, std::string id_json) {
    return packed(units, length, std::move(id_json), {});
  }

  // The packed result (taking `units` over), calling on_stage(index, count, name) before each stage and at the end:
  // a worker posts these as progress while the analysis runs.
  uint32_t analyze_utf16_packed_progress(uintptr_t units, uint32_t length, std::string id_json,
                                         emscripten::val on_stage) {
    return packed(units, length, std::move(id_json), [&on_stage](size_t index, size_t count, const char* name) {
      on_stage(static_cast<double>(index), static_cast<double>(count), std::string(name));
    });
  }

  // Where the last result starts in the wasm heap.
  uintptr_t result_pointer() const { return pointer_; }

 private:
  uint32_t packed(uintptr_t units, uint32_t length, std::string id_json, const newsmark::Pipeline::StageCallback& on_stage) {
    auto* p = reinterpret_cast<char16_t*>(units);
    std::u16string text(p, p + length);
    std::free(p);
    newsmark::to_packed(analyzer_.analyze(std::move(text), std::move(id_json), on_stage), packed_);
    pointer_ = reinterpret_cast<uintptr_t>(packed_.data());
    return static_cast<uint32_t>(packed_.size());
  }

  newsmark::Analyzer analyzer_;
  std::string json_;
  std::vector<int32_t> packed_;
  uintptr_t pointer_ = 0;
};

std::string version() { return newsmark::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(newsmark) {
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("analyzeUtf16", &WasmAnalyzer::analyze_utf16)
      .function("analyzeUtf16Packed", &WasmAnalyzer::analyze_utf16_packed)
      .function("analyzeUtf16PackedProgress", &WasmAnalyzer::analyze_utf16_packed_progress)
      .function("resultPointer", &WasmAnalyzer::result_pointer);
  emscripten::function("version", &version);
}
