// The second look at each claim the attribution stage built (the cue detector runs with a low
// threshold first): whether to keep it, from the detector's score, the cue's word and the
// claim's shape: what kind of source the stage found, whether the content is a quotation, how
// long the cue and the content are. A cue that is a little unsure but has a quotation and a
// named source is kept; one with no source and a two-word content is not. Trained by newsmark_train_cues on
// out-of-fold claims of PolNeAR train (core/data/claim_review.model).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

constexpr size_t kMaxClaimReviewFeatures = 32;

// The score a cue set by a rule carries (Attribution::kRuleScore), above any model's score.
constexpr float kRuleCueScore = 1e9f;

// What the attribution stage knew of a claim's tokens when it built it (so the review counts
// nothing again): the cue's tokens, and how many words the cue, the source and the content
// have (capped at 4, 6 and 30).
struct ClaimShape {
  uint32_t cue_first = 0, cue_end = 0;
  uint32_t head = 0;  // the detector's first cue token (cue_first may be an auxiliary before it)
  uint8_t cue_words = 0, source_words = 0, content_words = 0;
};

// Per claim, how it stands among the claims of its sentence: how many there are (1, 2, more)
// and whether its cue scored highest of them. One code a claim, into `out`.
void claim_neighbourhood(const Document& doc, const std::vector<ClaimShape>& shapes, const std::vector<float>& scores,
                         std::vector<uint8_t>& out);

// Writes the features of `claim` (cue_score: the detector's score, above 0 by construction, at
// least Attribution::kRuleScore for a rule's cue; nesting: Attribution::claim_nesting's mark;
// neighbourhood: its claim_neighbourhood code) into out; returns how many.
size_t claim_review_features(const Document& doc, const Claim& claim, const ClaimShape& shape, float cue_score,
                             uint8_t nesting, uint8_t neighbourhood, uint32_t* out);

}  // namespace newsmark
