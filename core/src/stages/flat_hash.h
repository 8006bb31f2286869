// An open-addressing hash map from 32-bit keys (already hashes) to 32-bit values: one probe
// in a small flat array, much faster than std::unordered_map on the per-token hot path.
// Key 0 is reserved as "empty" (a real key of 0 is stored as 1, a harmless collision).
#pragma once

#include <cstdint>
#include <vector>

namespace newsmark {

class FlatHashMap {
 public:
  void insert(uint32_t key, uint32_t value, bool overwrite = false) {
    if ((size_ + 1) * 4 > slots_.size()) grow();  // a quarter full at most: a miss (the usual answer) ends at once
    key = key ? key : 1;
    size_t i = index(key);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
    if (slots_[i].key == 0) {
      slots_[i] = {key, value};
      ++size_;
    } else if (overwrite) {
      slots_[i].value = value;
    }
  }
  // The value for key, or nullptr.
  const uint32_t* find(uint32_t key) const {
    if (slots_.empty()) return nullptr;
    key = key ? key : 1;
    for (size_t i = index(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  bool contains(uint32_t key) const { return find(key) != nullptr; }

 private:
  struct Slot {
    uint32_t key = 0;
    uint32_t value = 0;
  };
  size_t index(uint32_t key) const { return (key * 0x9E3779B1u) >> shift_ & mask_; }
  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    const size_t n = old.empty() ? 16 : old.size() * 2;
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    shift_ = 0;
    while ((size_t{1} << (32 - shift_)) > n) ++shift_;
    size_ = 0;
    for (const Slot& s : old)
      if (s.key != 0) insert(s.key, s.value);
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint32_t shift_ = 0;
  size_t size_ = 0;
};

}  // namespace newsmark
