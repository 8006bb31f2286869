// Feature templates of the person tagger, shared by the stage and by the training program
// (core/train/train_people.cpp), so the model sees at run time exactly what it was trained on.
//
// A feature is a hash of a template id and a few precomputed token hashes, reduced to one of
// 2^bits buckets: no strings are built per feature. prepare() does the per-token work once
// per document (lower-cased word hash, shape hash, lexicon classes, case classes); base()
// and evidence() then combine neighbours' values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "newsmark/document.h"
#include "stages/person_lexicon.h"
#include "stages/word_counts.h"

namespace newsmark {

// Bump when a template changes: models trained on another set are refused when loaded.
constexpr uint32_t kPersonFeatureVersion = 15;
constexpr size_t kMaxPersonFeatures = 64;
// base() writes the features that name the word itself first, this many: training drops
// them now and then so the model also learns to spot names it has never seen.
constexpr size_t kPersonWordFeatures = 3;
// Then, at these positions [first, second), the neighbouring words (also dropped in training).
constexpr std::pair<size_t, size_t> kPersonContextFeatures = {4, 8};

// Coarse case classes of a token.
enum PersonKind : uint8_t {
  kKindOther = 0,    // punctuation, symbols
  kKindLower = 1,    // "said"
  kKindTitle = 2,    // "Trump", "McDonald", "Jong-un"
  kKindUpper = 3,    // "TRUMP", "NATO"
  kKindInitial = 4,  // "J.", "J.K.", "U.S.", "K"
  kKindDigit = 5,    // "1996", "3-1"
  kKindMixed = 6,    // "al-Turabi", "iPhone"
};

// Case mode of a whole sentence: headlines are often ALL CAPS or Title Case, where
// capitals say little about names.
enum PersonSentenceMode : uint8_t { kModeNormal = 0, kModeAllCaps = 1, kModeTitleCase = 2 };

struct PersonTokenInfo {
  uint64_t word = 0;    // hash_lower of the text without a final period (0 far from capitals)
  uint64_t shape = 0;   // hash of the word shape ("Xxxxx", "X.X.", "dddd")
  uint16_t lex = 0;     // PersonLexicon bits (only the word lists for lower-case words)
  uint8_t kind = kKindOther;
  uint8_t mode = kModeNormal;
  bool candidate = false;        // could be part of a name: has a capital, or is a particle
  bool initials = false;         // "J.", "J.K.": capitals each with a period, not an initialism
};

// Words found inside person names on the first pass over a document: the second pass
// knows that "Such" was a surname in "Peter Such" when it meets "Such" alone.
class PersonEvidence {
 public:
  void clear() { words_.clear(); other_.clear(); filter_[0] = filter_[1] = filter_[2] = filter_[3] = 0; }
  void add(uint64_t word) { words_.add(word); mark(word); }
  void add_other(uint64_t word) { other_.add(word); mark(word); }  // in a name of something else
  bool has(uint64_t word) const { return maybe(word) && words_.count(word) != 0; }
  bool has_other(uint64_t word) const { return maybe(word) && other_.count(word) != 0; }
  bool empty() const { return words_.empty() && other_.empty(); }
  // Frees the tables of a huge document (scratch.h); the evidence is then gone.
  void release_if_large() {
    words_.release_if_large();
    other_.release_if_large();
  }

 private:
  // A 256-bit filter turns away most words before the table.
  void mark(uint64_t word) { filter_[(word >> 62) & 3] |= uint64_t(1) << ((word >> 56) & 63); }
  bool maybe(uint64_t word) const { return (filter_[(word >> 62) & 3] >> ((word >> 56) & 63)) & 1; }
  WordCounts words_;
  WordCounts other_;
  uint64_t filter_[4] = {0, 0, 0, 0};
};

class PersonFeatures {
 public:
  explicit PersonFeatures(const PersonLexicon& lexicon) : lexicon_(lexicon) {}

  // Per-token values of `doc` (segmented); reuses its buffers across documents.
  void prepare(const Document& doc);
  const std::vector<PersonTokenInfo>& info() const { return info_; }
  const PersonLexicon& lexicon() const { return lexicon_; }
  // The tokens whose info says candidate, in order: found while they are prepared.
  const std::vector<uint32_t>& candidates() const { return candidates_; }
  // Frees the per-token values of a huge document (scratch.h).
  void release_if_large();

  // Buckets (< 2^bits) of token i's features; returns how many were written to `out`,
  // which has room for kMaxPersonFeatures. Only meaningful for candidate tokens.
  size_t base(const Document& doc, size_t i, unsigned bits, uint32_t* out) const;
  // The document-evidence features of token i (second pass).
  size_t evidence(const Document& doc, size_t i, unsigned bits, const PersonEvidence& ev, uint32_t* out) const;

 private:
  const PersonLexicon& lexicon_;
  std::vector<PersonTokenInfo> info_;
  std::vector<uint32_t> candidates_;
};

}  // namespace newsmark
