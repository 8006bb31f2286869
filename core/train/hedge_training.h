// Training the hedge disambiguation model (core/src/stages/hedge_model.h) and measuring it by
// cross-validation, shared by the trainer (train_hedges.cpp) and the corpus test.
//
// Every one-word cue of a corpus-annotated type that the lexicon and the context rules
// propose is an example, positive when a gold cue overlaps it. Cue words that are hedges in
// nearly all their training occurrences are left to the lexicon; the model judges the rest.
// Logistic regression, SGD with L2, averaged weights; deterministic.
#pragma once

#include <string>
#include <vector>

#include "hedge_corpus.h"
#include "newsmark/document.h"

namespace newsmark {

struct HedgeTrainOptions {
  int epochs = 12;
  double l2 = 1e-5;
  double rate = 0.2;
  double threshold = 0.5;
  double judge_below = 0.85;  // cue words hedging in fewer of their occurrences are judged
  unsigned min_count = 8;     // ... when seen at least this often
  // Cue words the context rules decide alone: "could" is mostly ability in the train corpora
  // and possibility in news; "until" and "will" are temporal in most of their occurrences,
  // which the rules already drop (until_clause, condition_consequent). And the adverbs and
  // verbs that have no sense but the hedge: where the corpora leave one unmarked, that is
  // the annotators' inconsistency, not a sense the model should learn.
  std::vector<std::string> leave_to_rules{
      "could", "until", "will", "apparently", "predicted", "predict", "predicts", "predicting", "possibly",
      "presumably", "seemingly", "reportedly", "allegedly", "supposedly", "probably", "perhaps", "speculated"};
  double news_weight = 1.0;   // weight of the news (factbank) examples against the others
};

// One corpus sentence, segmented, with its gold cues.
struct CorpusSentence {
  Document doc;
  std::vector<Span> gold;
  bool uncertain = false;
  int fold = 0;  // 0..4, by document id (hedge_corpus.h fold_of)
};

struct HedgeCorpus {
  std::string name;  // file name without directory and ".jsonl"
  bool news = false;        // factbank: the news domain
  bool skip_fold0 = false;  // wikiweasel: its held-out fold 0 is never trained on
  std::vector<CorpusSentence> sentences;
};

// Reads and segments one corpus file; false when it cannot be read.
bool load_hedge_corpus(const std::string& path, HedgeCorpus* out);

// Trains on every sentence of `corpora` except fold `left_out` of the news corpora (-1: none)
// and returns the model in the text format of HedgeModel. `summary` gets one line a corpus.
std::string train_hedge_model(const std::vector<HedgeCorpus>& corpora, const HedgeTrainOptions& opt, int left_out,
                              std::string* summary = nullptr);

// 5-fold cross-validation on the news corpus: for each fold, a model trained without it (and
// with everything else) finds the hedges of that fold. Returns the hedges of each sentence
// of corpora[news_index], in corpus order.
std::vector<std::vector<Hedge>> cross_validate_hedges(const std::vector<HedgeCorpus>& corpora, size_t news_index,
                                                      const HedgeTrainOptions& opt);

}  // namespace newsmark
