// The embind glue, and nothing else: the JS entry (web/src/engine.mjs) copies the text into
// the wasm heap (UTF-8, or UTF-16 with lone surrogates) and gets the result back packed into
// 32-bit words (core/src/result_packed.h), from which web/src/packed-result.mjs builds the
// same objects JSON.parse gives for the CLI's JSON, about ten times faster than parsing that
// text.
//
// The result stays in a buffer the analyzer keeps until its next call; the analyze functions
// return its length and resultPointer() its address, and the caller reads it off the heap.
// (Returning a std::string through embind scans every byte for NULs in JavaScript first.)
// analyzeUtf16 still returns the JSON (UTF-8 bytes): scripts/bench_parts compare cores with it.
#include <emscripten/bind.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "newsmark/newsmark.h"
#include "result_packed.h"
#include "utf.h"

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

  // The same, packed: returns the number of 32-bit words. Takes the buffer over: it is freed as
  // soon as the text is copied, so a long text is not held twice during the analysis. The
  // text comes as `size` UTF-16 units, or, when `utf8`, as `size` bytes of UTF-8 (what
  // TextEncoder.encodeInto writes, several times faster than copying the units one by one in
  // JavaScript; only for well-formed strings, as lone surrogates do not survive it). When
  // on_stage is a function it is called (index, count, name) before each stage and at the end:
  // a worker posts these as progress while the analysis runs (null for none). Returns 0 for
  // UTF-8 that is not.
  uint32_t analyze_packed(uintptr_t buffer, uint32_t size, bool utf8, std::string id_json, emscripten::val on_stage) {
    std::u16string text;
    bool valid = true;
    if (utf8) {
      size_t bad = 0;
      valid = newsmark::utf8_to_utf16(std::string_view(reinterpret_cast<const char*>(buffer), size), text, &bad);
    } else {
      const auto* units = reinterpret_cast<const char16_t*>(buffer);
      text.assign(units, units + size);
    }
    std::free(reinterpret_cast<void*>(buffer));
    if (!valid) return 0;
    newsmark::Pipeline::StageCallback callback;
    if (!on_stage.isNull() && !on_stage.isUndefined()) {
      callback = [&on_stage](size_t index, size_t count, const char* name) {
        on_stage(static_cast<double>(index), static_cast<double>(count), std::string(name));
      };
    }
    newsmark::to_packed(analyzer_.analyze(std::move(text), std::move(id_json), callback), packed_);
    pointer_ = reinterpret_cast<uintptr_t>(packed_.data());
    return static_cast<uint32_t>(packed_.size());
  }

  // Where the last result starts in the wasm heap.
  uintptr_t result_pointer() const { return pointer_; }

 private:
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
      .function("analyzePacked", &WasmAnalyzer::analyze_packed)
      .function("resultPointer", &WasmAnalyzer::result_pointer);
  emscripten::function("version", &version);
}
