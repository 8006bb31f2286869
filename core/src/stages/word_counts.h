// Counts of 64-bit word hashes in one flat open-addressing array, reused from document to
// document: the person tagger's evidence and votes ask "how often was this word seen" of a
// few dozen words, and sorting them for binary searches was most of the cost in wasm.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "scratch.h"

namespace newsmark {

class WordCounts {
 public:
  // Forgets every word, keeping the memory unless a long document grew it (clear_slots()).
  void clear() {
    if (clear_slots(slots_, used_)) mask_ = 0;
    used_ = 0;
  }
  // Frees the memory a huge document grew (scratch.h), forgetting every word; call it once the
  // stage is done with the counts. Counts of the usual size are left as they are.
  void release_if_large() {
    const size_t slots = slots_.size();
    newsmark::release_if_large(slots_);
    if (slots_.size() == slots) return;
    mask_ = 0;
    used_ = 0;
  }
  void add(uint64_t word) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    Slot& s = slot_of(word);
    if (s.count == 0) {
      s.word = word;
      ++used_;
    }
    ++s.count;
  }
  uint32_t count(uint64_t word) const {
    if (used_ == 0) return 0;
    for (size_t i = index(word);; i = (i + 1) & mask_) {
      if (slots_[i].count == 0) return 0;
      if (slots_[i].word == word) return slots_[i].count;
    }
  }
  bool empty() const { return used_ == 0; }

 private:
  struct Slot {
    uint64_t word = 0;
    uint32_t count = 0;  // 0: an empty slot
  };
  size_t index(uint64_t word) const { return static_cast<size_t>((word * 0x9E3779B97F4A7C15ull) >> 32) & mask_; }
  Slot& slot_of(uint64_t word) {
    size_t i = index(word);
    while (slots_[i].count != 0 && slots_[i].word != word) i = (i + 1) & mask_;
    return slots_[i];
  }
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.count != 0) slot_of(s.word) = s;
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t used_ = 0;
};

}  // namespace newsmark
