// A map from short UTF-16 strings (name parts, keys of name forms, words) to values, in two
// flat arrays: open-addressing slots (the index of an entry, 0 for none; at most half full)
// and the entries, whose keys and values keep their memory when the map is cleared (a huge
// document's is released by release_if_large(), scratch.h). The person linker fills a few such
// maps for every document; as std::unordered_maps each insert made a node and a key string,
// and each lookup a modulo and a hop, a good part of the stage in wasm.
//
// With Key = std::u16string_view the map holds views of text that outlives it (the linker's
// static word lists): a lookup is one hash, one probe and one comparison, and the length of
// the longest key turns most words away unhashed.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "scratch.h"
#include "stages/feature_hash.h"

namespace newsmark {

template <typename Value, typename Key = std::u16string>
class FlatStringMap {
 public:
  // The value of `key`, made (empty, or 0) when the map has none.
  Value& operator[](std::u16string_view key) {
    bool fresh = false;
    Entry& e = emplace(key, &fresh);
    if (fresh) {
      if constexpr (std::is_arithmetic_v<Value>) e.value = Value{};
      else e.value.clear();
    }
    return e.value;
  }
  // The value of `key`, inserted as `value` when the map has none.
  Value& add(std::u16string_view key, Value value) {
    bool fresh = false;
    Entry& e = emplace(key, &fresh);
    if (fresh) e.value = std::move(value);
    return e.value;
  }
  // The value of `key`, or nullptr.
  const Value* find(std::u16string_view key) const {
    if (size_ == 0 || key.size() > longest_) return nullptr;
    const uint32_t h = hash_units(key);
    for (size_t i = slot_of(h); slots_[i] != 0; i = (i + 1) & mask_) {
      const Entry& e = entries_[slots_[i] - 1];
      if (e.hash == h && e.key == key) return &e.value;
    }
    return nullptr;
  }
  Value* find(std::u16string_view key) { return const_cast<Value*>(static_cast<const FlatStringMap*>(this)->find(key)); }
  bool contains(std::u16string_view key) const { return find(key) != nullptr; }
  size_t size() const { return size_; }

  // Empties the map, keeping the memory of its keys and values for the next document, and of
  // its slots unless a long document grew them (clear_slots()).
  void clear() {
    if (clear_slots(slots_, size_)) {
      mask_ = 0;
      shift_ = 32;
    }
    size_ = 0;
    longest_ = 0;
  }
  // Frees the memory a huge document grew (scratch.h), emptying the map; call it once the
  // stage is done with the map. A map of the usual size is left as it is.
  void release_if_large() {
    const size_t slots = slots_.size(), entries = entries_.size();
    newsmark::release_if_large(slots_);
    newsmark::release_if_large(entries_);
    if (slots_.size() == slots && entries_.size() == entries) return;
    std::vector<uint32_t>().swap(slots_);
    std::vector<Entry>().swap(entries_);
    size_ = 0;
    longest_ = 0;
    mask_ = 0;
    shift_ = 32;
  }

 private:
  struct Entry {
    uint32_t hash = 0;
    Key key;
    Value value{};
  };
  // The entry of `key`, made (its value as the last user left it) when the map has none.
  Entry& emplace(std::u16string_view key, bool* fresh) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const uint32_t h = hash_units(key);
    size_t i = slot_of(h);
    for (; slots_[i] != 0; i = (i + 1) & mask_) {
      Entry& e = entries_[slots_[i] - 1];
      if (e.hash == h && e.key == key) return e;
    }
    if (size_ == entries_.size()) entries_.emplace_back();
    Entry& e = entries_[size_];
    e.hash = h;
    e.key = key;  // (a std::u16string keeps its memory)
    slots_[i] = static_cast<uint32_t>(++size_);
    longest_ = std::max(longest_, key.size());
    *fresh = true;
    return e;
  }
  size_t slot_of(uint32_t h) const { return static_cast<size_t>((h * 0x9E3779B1u) >> shift_) & mask_; }
  void grow() {
    const size_t n = slots_.empty() ? 32 : slots_.size() * 2;
    slots_.assign(n, 0u);
    mask_ = n - 1;
    shift_ = 32;
    for (size_t k = n; k > 1; k >>= 1) --shift_;
    for (size_t e = 0; e < size_; ++e) {
      size_t i = slot_of(entries_[e].hash);
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = static_cast<uint32_t>(e + 1);
    }
  }
  std::vector<uint32_t> slots_;
  std::vector<Entry> entries_;  // the first size_ are the map's; the rest keep their memory
  size_t size_ = 0;
  size_t longest_ = 0;  // the longest key's length
  size_t mask_ = 0;
  unsigned shift_ = 32;
};

}  // namespace newsmark
