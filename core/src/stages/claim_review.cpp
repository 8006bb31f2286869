#include "stages/claim_review.h"

#include "stages/feature_hash.h"
#include "stages/stem_hash.h"

namespace newsmark {

void claim_neighbourhood(const Document& doc, const std::vector<ClaimShape>& shapes, const std::vector<float>& scores,
                         std::vector<uint8_t>& out) {
  out.assign(shapes.size(), 0);
  auto sentence_of = [&](size_t c) { return doc.tokens[shapes[c].cue_first].sentence; };
  for (size_t a = 0; a < shapes.size();) {
    const uint32_t s = sentence_of(a);
    size_t b = a + 1;
    while (b < shapes.size() && sentence_of(b) == s) ++b;
    size_t top = a;
    for (size_t c = a; c < b; ++c)
      if (scores[c] > scores[top]) top = c;
    const uint8_t count = b - a == 1 ? 0 : b - a == 2 ? 1 : 2;
    for (size_t c = a; c < b; ++c) out[c] = static_cast<uint8_t>(count * 2 + (c == top ? 1 : 0));
    a = b;
  }
}

size_t claim_review_features(const Document& doc, const Claim& claim, const ClaimShape& shape, float cue_score,
                             uint8_t nesting, uint8_t neighbourhood, uint32_t* out) {
  size_t n = 0;
  out[n++] = feature(1, 0);  // a bias of its own
  if (cue_score >= kRuleCueScore) {  // a rule's cue
    out[n++] = feature(2, 1);
  } else {
    // The score, as steps it has passed (the detector's scale: about 8 a step of certainty).
    static constexpr float kSteps[] = {2, 4, 6, 8, 10, 12, 16, 24, 40};
    for (uint32_t b = 0; b < sizeof kSteps / sizeof kSteps[0]; ++b)
      if (cue_score > kSteps[b]) out[n++] = feature(3, b);
  }
  const uint32_t source = static_cast<uint32_t>(claim.source_type) + (claim.source ? 0 : 16);
  const uint32_t kind = static_cast<uint32_t>(claim.kind);
  out[n++] = feature(4, source);
  out[n++] = feature(5, kind);
  const uint32_t cls = hash_ascii(claim.cue_class);
  out[n++] = feature(6, cls);
  out[n++] = feature(7, source, kind);
  out[n++] = feature(8, claim.content ? 1 + shape.content_words / 5 : 0);
  out[n++] = feature(9, shape.cue_words);
  // Where the cue stands in its sentence, and its first word.
  const Sentence& s = doc.sentences[doc.tokens[shape.cue_first].sentence];
  const uint32_t before = shape.cue_first - s.first_token;
  const uint32_t where = before == 0 ? 0 : before < 4 ? 1 : 2;
  const uint32_t last = shape.cue_end >= s.end_token || !doc.tokens[shape.cue_end].has(kWord) ? 1 : 0;
  out[n++] = feature(10, where, last);
  out[n++] = feature(11, token_hash_lower(doc, shape.cue_first));
  out[n++] = feature(12, cls, source);
  out[n++] = feature(13, shape.source_words);
  out[n++] = feature(16, neighbourhood);
  out[n++] = feature(17, neighbourhood, kind);
  out[n++] = feature(18, nesting);
  out[n++] = feature(19, nesting, kind);
  // The cue's word without its inflection (the detector's first cue word: cue_first may be an
  // auxiliary), alone and with the nesting: how often a "said" or a "warned" the detector was
  // unsure of is a cue, and how often inside another claim's content (cross-validated cue F1
  // over seeds 0-2 +0.0013; joined with the kind and the source type as well, 0.7858 against
  // 0.7880 for the two kept).
  const uint32_t head = token_stem_hash(doc, shape.head, token_hash_lower(doc, shape.head));
  out[n++] = feature(24, head);
  out[n++] = feature(25, head, nesting);
  return n;
}

}  // namespace newsmark
