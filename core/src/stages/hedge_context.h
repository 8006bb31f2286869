// Context rules for hedge cues: whether one occurrence of a lexicon cue is a hedge at all.
//
// A lexicon cannot tell "May" the month from "may" the modal, "might" the noun from the verb,
// "about 40" from "a book about", "could" of past ability ("she could swim") from "could"
// of possibility, "believe in" from "believe that", or "no doubt" from "doubt". These rules
// look at the neighbouring tokens; the cue names its rule in the lexicon. ("will" of plain
// future is not in the lexicon at all.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "newsmark/document.h"
#include "stages/hedge_lexicon.h"

namespace newsmark {

// One sentence's tokens with what the rules read about them, computed once per document.
struct SentenceTokens {
  const Document* doc = nullptr;
  const uint8_t* in_quote = nullptr;  // 1 when the token is inside quotation marks
  size_t begin = 0, end = 0;          // the sentence's tokens [begin, end)

  bool valid(ptrdiff_t i) const { return i >= static_cast<ptrdiff_t>(begin) && i < static_cast<ptrdiff_t>(end); }
  // lower_hash of token i: the segmenter's Token::lower, read in place.
  uint64_t lower(size_t i) const { return doc->tokens[i].lower; }
  // Lower-cased hash of token i, or 0 outside the sentence.
  uint64_t word(ptrdiff_t i) const { return valid(i) ? lower(static_cast<size_t>(i)) : 0; }
  const Token& token(size_t i) const { return doc->tokens[i]; }
  bool has(ptrdiff_t i, uint32_t flag) const { return valid(i) && doc->tokens[i].has(flag); }
};

// A lexicon cue found at tokens [first, last); a rule may reject it, change its type
// (adjectival "alleged" is evidential, the verb is distancing) or widen it.
struct CueMatch {
  size_t first = 0, last = 0;
  HedgeType type = HedgeType::Modal;
  const HedgeCue* cue = nullptr;
};

// False when the context shows this occurrence is not a hedge.
bool apply_context_rule(const SentenceTokens& s, CueMatch& m);

// Helpers the rules share, also used by the disambiguation model's features.
constexpr size_t kRuleWindow = 40;  // tokens each side that sentence-wide rules look at

// The tokens [from, to) within kRuleWindow of the cue, inside its sentence: sentence-wide rules
// look only there, so a pathological sentence stays linear.
inline size_t window_from(const SentenceTokens& s, const CueMatch& m) {
  return m.first > s.begin + kRuleWindow ? m.first - kRuleWindow : s.begin;
}
inline size_t window_to(const SentenceTokens& s, const CueMatch& m) {
  return m.last + kRuleWindow < s.end ? m.last + kRuleWindow : s.end;
}

// Whether a word hash is one of a few (the rules' word lists are short).
inline bool word_in(uint64_t w, std::initializer_list<uint64_t> set) {
  for (uint64_t x : set)
    if (x == w) return true;
  return false;
}

// Punctuation, or outside the sentence.
inline bool is_punct_at(const SentenceTokens& s, ptrdiff_t i) { return !s.valid(i) || s.has(i, kPunct); }

bool is_number_at(const SentenceTokens& s, ptrdiff_t i);     // "40", "$5", "a dozen", "million"
bool is_determiner(uint64_t w);                              // the, a, his, its, ...
bool is_first_person(uint64_t w);                            // I, we

}  // namespace newsmark
