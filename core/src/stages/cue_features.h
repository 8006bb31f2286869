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

// Whether a word (its hash_lower) is among cue_features.cpp's function words (for cue_candidate).
bool is_cue_function_word(uint32_t word_hash);

// Whether token i is worth scoring at all: a word, not a number and not a function word
// ("the", "of", "has"; those join a cue only next to its verb, see Attribution).
// Inline: it turns away most of a document's tokens on their flags, before any call.
inline bool cue_candidate(const Document& doc, const CueContext& ctx, size_t i) {
  const Token& t = doc.tokens[i];
  if (!t.has(kWord) || t.has(kDigit)) return false;
  if (ctx.quote[i] >= 0) return false;
  if (ctx.cls[i] != 0) return true;
  // A capitalised word inside running text (a lower-case word on either side) is a name: a
  // sixth of the words of news, and hardly ever a cue the lexicon does not know. Not scored;
  // Title Case headlines ("Beck Blasts Drudge") are.
  if ((t.has(kTitle) || t.has(kUpper)) && !t.has(kSentenceStart) &&
      ((i > 0 && doc.tokens[i - 1].has(kLower)) || (i + 1 < doc.tokens.size() && doc.tokens[i + 1].has(kLower))))
    return false;
  return !is_cue_function_word(ctx.word[i]);
}

// Writes the features of token i into out (room for kMaxCueFeatures); returns how many.
size_t cue_features(const Document& doc, const CueContext& ctx, size_t i, uint32_t* out);

}  // namespace newsmark
