// Stage: who said what. Finds attribution cues (a trained detector over the cue lexicon and
// the context, see cue_features.h), then for each cue its source (the subject before it,
// the noun phrase after an inverted "said", after "according to", or the antecedent of
// "who"/"which") and its content (the reported clause, or the quotation, which may run over
// several paragraphs). Sources are typed (person, organization, document, anonymous,
// pronoun) and linked to doc.people; anonymous sourcing is also added as a hedge.
#pragma once

#include <vector>

#include "newsmark/pipeline.h"
#include "stages/claim_review.h"
#include "stages/cue_features.h"
#include "stages/cue_lexicon.h"
#include "stages/linear_model.h"
#include "stages/quote_finder.h"
#include "stages/source_types.h"

namespace newsmark {

class Attribution : public Stage {
 public:
  Attribution();
  // A detector with the given model bytes (tests; an empty or bad model falls back to rules),
  // and a claim review model (none: every claim the detector finds is kept, except those nested
  // inside what "according to" attributes or in the clause reported right after another cue,
  // which are dropped; see review_step).
  Attribution(const unsigned char* model, size_t size, const unsigned char* review = nullptr, size_t review_size = 0);
  const char* name() const override { return "attribution"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences"}; }
  std::vector<std::string> assigns_layers() const override { return {"claims"}; }
  void run(Document& doc) override;

  bool has_model() const { return !model_.empty(); }
  bool has_review_model() const { return !review_.empty(); }
  // The detector's score of each claim's cue after run() (kRuleScore: set by a rule), for the
  // trainer of the review model.
  const std::vector<float>& claim_scores() const { return claim_scores_; }
  // Where a claim's cue stands in another claim's content (find_nested_cues).
  enum Nesting : uint8_t {
    kNotNested = 0,
    kInAccording = 1,        // inside what "according to" attributes: dropped
    kInClauseAfter = 2,      // in the clause reported right after another cue, no mark between
    kInContentAfter = 3,     // elsewhere in a reported clause or mixed quote after its cue
    kInContentAround = 4,    // in a content before or around its cue ('"...," he said, "..."')
    kInQuotationAfter = 5,   // in a quotation after its cue (outside the quote marks)
  };
  // Each claim's Nesting, for the same trainer.
  const std::vector<uint8_t>& claim_nesting() const { return nested_; }
  const std::vector<ClaimShape>& claim_shapes() const { return claim_shapes_; }
  // The review trainer's mode: the claims the review would judge are kept unjudged (those
  // dropped before the review are dropped as at run time), for the trainer to label.
  void keep_for_review(bool keep) { keep_for_review_ = keep; }
  static constexpr float kRuleScore = kRuleCueScore;
  // Claims whose cue scored this much (rules' cues included) are kept without review unless
  // nested (review_step).
  static constexpr float kSureScore = 24.0f;
  // What becomes of a claim once its nesting is known: dropped before any review, kept without
  // one, or judged by the review model. One rule for the stage and the review's trainer, so the
  // model learns on the claims it judges, among the same neighbours. `reviewing`: a review model
  // runs (or its trainer collects claims for one).
  enum class ReviewStep : uint8_t { kDrop, kKeep, kReview };
  static ReviewStep review_step(float score, uint8_t nesting, bool reviewing);

 private:
  struct Cue {
    uint32_t first, end;  // tokens
    CueClass cls;
    float score;  // the detector's highest score over the cue's words (kRuleScore: set by a rule)
  };
  bool same_clause(const Document& doc, uint32_t from, uint32_t to) const;
  Cue make_cue(uint32_t first, uint32_t end, float score) const;
  void detect_cues(const Document& doc);
  bool looks_like_cue_without_model(const Document& doc, uint32_t i) const;
  bool is_look_alike(const Document& doc, const Cue& c) const;
  void attribute(Document& doc, const Cue& c, const Sentence& s);
  void split_coordinated_contents(Document& doc) const;
  void find_nested_cues(Document& doc);
  void review_claims(Document& doc);
  void keep_claims(Document& doc, const std::vector<uint8_t>& drop);
  bool no_mark_between(const Document& doc, uint32_t from, uint32_t to) const;
  bool coordinated(const Document& doc, uint32_t cue_start) const;
  void add_anonymous_source_hedges(Document& doc) const;

  const CueLexicon& lexicon_;
  LinearModel model_;
  LinearModel review_;
  std::vector<float> claim_scores_;  // parallel to doc.claims
  std::vector<ClaimShape> claim_shapes_;  // parallel to doc.claims
  std::vector<uint8_t> nested_;  // find_nested_cues marks, parallel to doc.claims
  bool keep_for_review_ = false;
  std::vector<uint8_t> neighbourhood_;  // claim_neighbourhood codes, parallel to doc.claims
  std::vector<Quote> quotes_;
  CueContext ctx_;
  std::vector<uint8_t> positive_;
  std::vector<float> score_;  // the detector's score of each token (kRuleScore where a rule decided)
  std::vector<Cue> cues_;
  MentionIndex mentions_;
  std::vector<uint8_t> drop_;  // claims to drop
  std::vector<Span> prior_hedges_;  // spans of the hedges earlier stages found, sorted
};

}  // namespace newsmark
