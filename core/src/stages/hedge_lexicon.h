// The hedge cue lexicon: typed, multi-word cues with the explanation a reader sees.
//
// The cues live in core/data/hedge_lexicon.tsv (compiled into the core) so they can be read
// and tuned without touching code. Tokens are matched by a hash of their lower-cased text,
// computed once per token: matching is a hash lookup per token, no regex, no allocation.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stages/flat_hash.h"

namespace newsmark {

enum class HedgeType : uint8_t {
  Modal, Unverified, Evidential, Distancing, Speculative, Vague, AnonymousSource, Conditional,
  Limiting, NoComment,
};
constexpr int kHedgeTypeCount = 10;

const char* to_string(HedgeType t);               // "modal", "anonymous-source", ...
bool parse_hedge_type(std::string_view s, HedgeType* out);
const char* default_explanation(HedgeType t);     // one sentence a reader understands

// Context rules a cue can ask for (hedge_context.cpp): they decide from the neighbouring
// tokens whether this occurrence is a hedge at all ("May" the month, "might" the noun ...).
enum class HedgeRule : uint8_t {
  None, May, Might, Could, Would, Believe, Think, Appear, ReportedAdj, Alleged, ClaimVerb,
  NegatedCertainty, PassiveBelief, KindOf, Quantity, AfterNumber, UntilClause, ConditionConsequent,
  InvertedCondition, Expect, Possible, VerbUse, Assume, ViewsAs, CouldHave,
};
bool parse_hedge_rule(std::string_view s, HedgeRule* out);

// The hash of a token's lower-cased text: feature_hash.h's hash_lower (32-bit FNV-1a of the
// UTF-16 units, ASCII and Latin-1 letters folded, ’ read as '), which the segmenter already
// stores in Token::lower, so the detector hashes no token again. Lexicon words and tokens meet
// through it.
uint64_t lower_hash(std::u16string_view token);

// The same hash of an ASCII lower-case literal, at compile time, for the context rules: each
// unit goes in as its low byte, then its (zero) high byte, as hash_lower does.
constexpr uint64_t word_hash(std::string_view ascii_lower) {
  uint32_t h = 2166136261u;
  for (char c : ascii_lower) {
    h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
    h = h * 16777619u;
  }
  return h;
}

struct HedgeCue {
  std::vector<uint64_t> words;   // lower_hash of each word
  HedgeType type = HedgeType::Modal;
  HedgeRule rule = HedgeRule::None;
  std::string phrase;            // the words, space-separated, for reports and the model
  std::string_view explanation;  // points into the lexicon's own storage (a view: its length known, no strlen a hedge)
};

class HedgeLexicon {
 public:
  // Parses the TSV format described at the top of core/data/hedge_lexicon.tsv; throws
  // std::runtime_error naming the line when a line is malformed.
  explicit HedgeLexicon(std::string_view tsv);
  // The lexicon compiled into the core, parsed on first use.
  static const HedgeLexicon& builtin();
  // Not copyable: cues' explanations are views into this lexicon's own strings.
  HedgeLexicon(const HedgeLexicon&) = delete;
  HedgeLexicon& operator=(const HedgeLexicon&) = delete;

  // The cues whose first word has this hash, longest first ("could not be verified" before
  // "could"), with what the matcher tests first side by side in one array (a common first word
  // starts dozens of cues, and most fail at once on their second word): nullptr and 0 when none.
  struct CueStart {
    uint64_t second;  // words[1], or 0 for one word
    uint32_t length;  // words
    uint32_t index;   // into cue()
  };
  std::pair<const CueStart*, size_t> starts(uint64_t first_word) const {
    // Most tokens start no cue: a bit filter answers for them without a hash-map probe.
    if (!first_filter_.test(first_word & (kFilterBits - 1))) return {nullptr, 0};
    // A flat table, not std::unordered_map: a common word such as "a" or "the" passes the
    // filter for every token it is, and the map's hash, modulo and node hops cost several times
    // this in wasm. The hashes are 32-bit (hash_lower), so the cast loses nothing.
    const uint32_t* entry = start_index_.find(static_cast<uint32_t>(first_word));
    if (!entry) return {nullptr, 0};
    return {&start_list_[*entry >> 8], *entry & 0xFF};
  }
  const HedgeCue& cue(uint32_t i) const { return cues_[i]; }
  size_t size() const { return cues_.size(); }

 private:
  std::vector<HedgeCue> cues_;
  std::vector<std::string> explanations_;  // reserved up front: cues point into it
  // The cues by first word, as CueStarts one after another in start_list_ (each word's longest
  // first), found by their first word in start_index_: offset << 8 | count.
  std::vector<CueStart> start_list_;
  FlatHashMap start_index_;
  static constexpr size_t kFilterBits = 1u << 14;
  std::bitset<kFilterBits> first_filter_;
};

}  // namespace newsmark
