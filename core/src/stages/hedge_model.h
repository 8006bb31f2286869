// The hedge disambiguation model: a logistic regression over a cue's context that decides
// whether a one-word cue of the corpus-annotated types (modal, speculative, evidential,
// conditional) is uncertain here: "would" in "he said it would close" against "it would be
// the first time", "expected" in "as expected" against "is expected to". The lexicon and the
// context rules propose; the model only removes.
//
// Trained by core/train/train_hedges.cpp (scripts/train-hedges) on wikiweasel_train (4 of
// its 5 document folds) and bioscope; weights in core/data/hedge_model.txt, compiled in.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "stages/hedge_context.h"

namespace newsmark {

// Whether this cue is of the kind the model can judge (one word, a corpus-annotated type);
// HedgeModel::judges() then says whether the train corpora found that word ambiguous.
bool model_judges(const CueMatch& m);

// Hashed features of a cue in its sentence, appended to `out` (cleared first; reused
// between calls so the hot path does not allocate).
void cue_features(const SentenceTokens& s, const CueMatch& m, std::vector<uint64_t>& out);

class HedgeModel {
 public:
  HedgeModel() = default;  // empty: judges every cue a hedge
  // Text format: "threshold <t>", "judge <word hash in hex>" for each cue word the train
  // corpora found ambiguous, then one "<feature hash in hex> <weight>" a line.
  explicit HedgeModel(std::string_view text);
  static const HedgeModel& builtin();

  double probability(const std::vector<uint64_t>& features) const;
  double threshold() const { return threshold_; }
  // Cue words that are hedges nearly always in the train corpora ("probably") are not judged.
  bool judges(uint64_t cue_word) const {
    for (uint64_t w : judged_)
      if (w == cue_word) return true;
    return false;
  }
  bool empty() const { return size_ == 0; }

 private:
  void insert(uint64_t id, float weight);
  float weight(uint64_t id) const;

  // Feature weights in an open-addressing table (ids are already well-mixed hashes; id 0
  // marks an empty slot): one probe per feature on the hot path, no node allocation.
  std::vector<uint64_t> ids_;
  std::vector<float> values_;
  size_t size_ = 0;
  std::vector<uint64_t> judged_;
  double threshold_ = 0.5;
};

}  // namespace newsmark
