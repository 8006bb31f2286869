#include "stages/claim_review.h"

#include "stages/feature_hash.h"

namespace newsmark {

namespace {

// Word tokens in a span, at most `cap`.
uint32_t words_in(const Document& doc, Span s, uint32_t cap) {
  uint32_t n = 0;
  for (size_t k = doc.token_at_or_after(s.start); k < doc.tokens.size() && doc.tokens[k].span.end <= s.end && n < cap; ++k)
    n += doc.tokens[k].has(kWord) ? 1 : 0;
  return n;
}

}  // namespace

void claim_neighbourhood(const Document& doc, const std::vector<float>& scores, std::vector<uint8_t>& out) {
  const std::vector<Claim>& claims = doc.claims;
  out.assign(claims.size(), 0);
  auto sentence_of = [&](size_t c) { return doc.tokens[doc.token_at_or_after(claims[c].cue->start)].sentence; };
  for (size_t a = 0; a < claims.size();) {
    const uint32_t s = sentence_of(a);
    size_t b = a + 1;
    while (b < claims.size() && sentence_of(b) == s) ++b;
    size_t top = a;
    for (size_t c = a; c < b; ++c)
      if (scores[c] > scores[top]) top = c;
    const uint8_t count = b - a == 1 ? 0 : b - a == 2 ? 1 : 2;
    for (size_t c = a; c < b; ++c) out[c] = static_cast<uint8_t>(count * 2 + (c == top ? 1 : 0));
    a = b;
  }
}

size_t claim_review_features(const Document& doc, const Claim& claim, float cue_score, uint8_t nesting,
                             uint8_t neighbourhood, uint32_t* out) {
  size_t n = 0;
  out[n++] = feature(1, 0);  // a bias of its own
  if (cue_score >= 1e8f) {  // a rule's cue
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
  out[n++] = feature(6, hash_ascii(claim.cue_class));
  out[n++] = feature(7, source, kind);
  const uint32_t content_words = claim.content ? words_in(doc, *claim.content, 30) : 0;
  out[n++] = feature(8, claim.content ? 1 + content_words / 5 : 0);
  out[n++] = feature(9, claim.cue ? words_in(doc, *claim.cue, 4) : 0);
  // Where the cue stands in its sentence, and its first word.
  const size_t t = doc.token_at_or_after(claim.cue->start);
  const Sentence& s = doc.sentences[doc.tokens[t].sentence];
  const uint32_t before = static_cast<uint32_t>(t - s.first_token);
  const uint32_t where = before == 0 ? 0 : before < 4 ? 1 : 2;
  size_t e = t;
  while (e < s.end_token && doc.tokens[e].span.start < claim.cue->end) ++e;
  const uint32_t last = e >= s.end_token || !doc.tokens[e].has(kWord) ? 1 : 0;
  out[n++] = feature(10, where, last);
  out[n++] = feature(11, token_hash_lower(doc, t));
  out[n++] = feature(12, hash_ascii(claim.cue_class), source);
  out[n++] = feature(13, claim.source ? words_in(doc, *claim.source, 6) : 0);
  out[n++] = feature(16, neighbourhood);
  out[n++] = feature(17, neighbourhood, kind);
  out[n++] = feature(18, nesting);
  out[n++] = feature(19, nesting, kind);
  return n;
}

}  // namespace newsmark
