// The attribution cue lexicon: reporting verbs in all their forms, multi-word cues
// ("according to", "pointed out", "in a statement") and noun cues ("the allegation"), each
// with the class the reader is shown. Loaded once from core/data/cue_lexicon.tsv, which is
// compiled into the core (and read by scripts/eval_tasks/claims.py for per-class recall).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "stages/flat_hash.h"

#include "newsmark/document.h"

namespace newsmark {

enum class CueClass : uint8_t { None, Neutral, Distancing, Denial, Confirmation, Belief, Characterisation, AccordingTo };
// The class as the result names it (a view of a literal: assigned without measuring it).
std::string_view to_string(CueClass c);

class CueLexicon {
 public:
  struct Match {
    uint32_t tokens = 0;  // how many tokens the cue covers (0: no cue starts here)
    CueClass cls = CueClass::None;
    uint32_t lemma = 0;   // hash of the lemma (first form of its entry), for features
  };
  // The lexicon compiled into the core.
  static const CueLexicon& instance();
  // Builds a lexicon from TSV text (see the data file for the format).
  explicit CueLexicon(std::string_view tsv);

  // The longest cue starting at token i, not running past token `end`.
  Match match(const Document& doc, size_t i, size_t end) const;
  // The same from the tokens' lower-case word hashes (hash_lower): words[0] is token i, and
  // n words are available.
  Match match(const uint32_t* words, size_t n) const;
  // False when no cue starts with this word (hash_lower); true may be a false alarm. Inline,
  // so the per-token scan skips the call for most words.
  bool may_start(uint32_t word) const {
    return (first_filter_[(word & (kFilterBits - 1)) / 64] >> (word & 63)) & 1;
  }

 private:
  static uint32_t combine(uint32_t a, uint32_t b) { return (a ^ (b + 0x9E3779B9u + (a << 6) + (a >> 2))) * 0x85EBCA6Bu; }
  FlatHashMap entries_;      // combined word hashes -> index into lemmas_/classes_
  FlatHashMap first_words_;  // first word hash -> the most words of an entry starting with it
  // One bit per (first word hash mod 2^13): most words are no cue's first word, and this
  // 1 KB answers so for nearly all of them without a probe of first_words_.
  static constexpr uint32_t kFilterBits = 1u << 13;
  uint64_t first_filter_[kFilterBits / 64] = {};
  std::vector<uint32_t> lemmas_;
  std::vector<CueClass> classes_;
};

}  // namespace newsmark
