// Stages keep their per-token scratch vectors between documents, so the next article reuses
// the memory. One that a huge text grew (a 5 MB text gives vectors of 10-25 MB each) is
// released as soon as the stage is done with it: later stages then reuse that memory instead
// of adding to it (in wasm memory never shrinks, so the peak is what stays reserved).
#pragma once

#include <cstddef>
#include <vector>

namespace newsmark {

// Larger than any article's scratch (a 1 MB vector of 8-byte spans holds 130,000 tokens).
constexpr size_t kScratchKeepBytes = size_t(1) << 20;

template <typename T>
void release_if_large(std::vector<T>& v) {
  if (v.capacity() * sizeof(T) > kScratchKeepBytes) std::vector<T>().swap(v);
}

}  // namespace newsmark
