#include "stages/checkworthy.h"

#include <cmath>

#include "scratch.h"

#include "stages/checkworthy_features.h"

extern "C" const unsigned char newsmark_checkworthy_model[];
extern "C" const unsigned long newsmark_checkworthy_model_size;

namespace newsmark {

Checkworthy::Checkworthy() : Checkworthy(newsmark_checkworthy_model, newsmark_checkworthy_model_size) {}

Checkworthy::Checkworthy(const unsigned char* model, size_t size) { model_.load(model, size); }

double Checkworthy::score(const Document& doc, uint32_t first, uint32_t end) {
  if (model_.empty() || first >= end) return 0.0;
  checkworthy_features(doc, first, end, features_);
  const float s = model_.score(features_.data(), features_.size());
  return 1.0 / (1.0 + std::exp(-static_cast<double>(s)));
}

void Checkworthy::run(Document& doc) {
  attributed_.assign(doc.sentences.size(), 0);
  for (const Claim& c : doc.claims) {
    if (!c.cue) continue;
    const size_t t = doc.token_at_or_after(c.cue->start);
    if (t < doc.tokens.size()) attributed_[doc.tokens[t].sentence] = 1;
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    Sentence& s = doc.sentences[i];
    s.checkworthy = score(doc, s.first_token, s.end_token);
    if (s.checkworthy >= 0.5 && !attributed_[i]) {
      Claim c;
      c.kind = ClaimKind::Checkworthy;
      c.content = s.span;
      doc.claims.push_back(c);
    }
  }
  release_if_large(attributed_);
}

}  // namespace newsmark
