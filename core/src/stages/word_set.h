// A set of lower-case words held as hashes, so a token (already hashed once) is looked up
// with no string work. Used for the closed word lists of the attribution rules.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "stages/feature_hash.h"
#include "stages/flat_hash.h"

namespace newsmark {

class WordSet {
 public:
  WordSet(std::initializer_list<std::u16string_view> words) {
    for (std::u16string_view w : words) hashes_.insert(hash_lower(w), 1);
  }
  // The words of several lists (arrays of views) in one set.
  template <typename... Lists>
  explicit WordSet(const Lists&... lists) {
    (add_all(lists), ...);
  }
  bool contains(uint32_t word_hash) const { return hashes_.contains(word_hash); }

 private:
  template <typename List>
  void add_all(const List& words) {
    for (std::u16string_view w : words) hashes_.insert(hash_lower(w), 1);
  }
  FlatHashMap hashes_;
};

}  // namespace newsmark
