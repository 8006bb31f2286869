// Stage: hedged language. Finds the cues of the hedge lexicon (hedge_lexicon.h) token by
// token, longest match first, lets the context rules (hedge_context.h) and the
// disambiguation model (hedge_model.h) drop the occurrences that are not hedges, and writes
// Document::hedges (typed, explained spans) and each Sentence::hedge score.
#pragma once

#include <functional>
#include <vector>

#include "newsmark/pipeline.h"
#include "stages/hedge_context.h"
#include "stages/hedge_lexicon.h"
#include "stages/hedge_model.h"

namespace newsmark {

class HedgeDetector : public Stage {
 public:
  HedgeDetector();  // the built-in lexicon and model
  HedgeDetector(const HedgeLexicon& lexicon, const HedgeModel& model);
  const char* name() const override { return "hedge_detector"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences"}; }
  std::vector<std::string> assigns_layers() const override { return {"hedges"}; }
  void run(Document& doc) override;

  // Every lexicon cue the context rules accept, before the model, in text order: what the
  // trainer learns from. `visit` gets the sentence view and the match.
  void candidates(const Document& doc, const std::function<void(const SentenceTokens&, const CueMatch&)>& visit);

  // How much a hedge of this type weighs in its sentence's score (conditionals weigh little).
  static double salience(HedgeType t);

 private:
  void prepare(const Document& doc);
  template <typename Visit>
  void match_sentence(const SentenceTokens& s, Visit&& visit);

  const HedgeLexicon& lexicon_;
  const HedgeModel& model_;
  std::vector<uint8_t> in_quote_;
  std::vector<uint64_t> features_;
};

}  // namespace newsmark
