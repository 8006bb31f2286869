// Stages keep their per-token scratch vectors between documents, so the next article reuses
// the memory. One that a huge text grew (a 5 MB text gives vectors of 10-25 MB each) is
// released as soon as the stage is done with it: later stages then reuse that memory instead
// of adding to it (in wasm memory never shrinks, so the peak is what stays reserved).
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace newsmark {

// Larger than any article's scratch (a 1 MB vector of 8-byte spans holds 130,000 tokens).
constexpr size_t kScratchKeepBytes = size_t(1) << 20;

template <typename T>
void release_if_large(std::vector<T>& v) {
  if (v.capacity() * sizeof(T) > kScratchKeepBytes) std::vector<T>().swap(v);
}

// Empties the slots of a flat hash table for the next document, keeping their memory, unless
// they are far more than the last document filled (`used`): clearing costs their whole size,
// so slots a long document grew would make every short one after it pay that. Returns true
// when the slots were dropped instead (the table then grows again from small).
template <typename Slot>
bool clear_slots(std::vector<Slot>& slots, size_t used) {
  constexpr size_t kSmallSlots = 4096;  // an article's tables fit (a few hundred keys)
  if (slots.size() > kSmallSlots && used * 8 < slots.size()) {
    std::vector<Slot>().swap(slots);
    return true;
  }
  if (used != 0) std::fill(slots.begin(), slots.end(), Slot{});
  return false;
}

}  // namespace newsmark
