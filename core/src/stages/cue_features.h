// Features of one token for the cue detector (is this word an attribution cue here?):
// the word and its neighbours, shapes, the lexicon's class for it, and where the quotes
// are. Per-document arrays are computed once and reused, so a token costs a handful of
// hash mixes and no allocation.
#pragma once

#include <cstdint>
#include <vector>

#include "newsmark/document.h"
#include "stages/cue_lexicon.h"
#include "stages/quote_finder.h"

namespace newsmark {

constexpr size_t kMaxCueFeatures = 32;

struct CueContext {
  std::vector<uint32_t> word;      // lower-cased hash of each token
  std::vector<uint8_t> shape;      // coarse shape code of each token
  std::vector<uint8_t> cls;        // CueClass from the lexicon (multi-word cues mark each word)
  std::vector<uint32_t> lemma;     // lexicon lemma hash, 0 when none
  std::vector<uint8_t> lex_first;  // 1 on the first token of a lexicon cue
  std::vector<int32_t> quote;      // index of the quote holding the token, or -1
  std::vector<uint8_t> sentence_cues;       // per sentence: lexicon cue words outside quotes (at most 3)
};

void prepare_cue_context(const Document& doc, const std::vector<Quote>& quotes, const CueLexicon& lexicon,
                         CueContext& ctx);

// Whether token i is worth scoring at all: a word, not a number and not a function word
// ("the", "of", "has"; those join a cue only next to its verb, see Attribution).
bool cue_candidate(const Document& doc, const CueContext& ctx, size_t i);

// Writes the features of token i into out (room for kMaxCueFeatures); returns how many.
size_t cue_features(const Document& doc, const CueContext& ctx, size_t i, uint32_t* out);

}  // namespace newsmark
