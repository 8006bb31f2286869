#include "stages/hedge_detector.h"

#include "scratch.h"

namespace newsmark {

HedgeDetector::HedgeDetector() : HedgeDetector(HedgeLexicon::builtin(), HedgeModel::builtin()) {}

HedgeDetector::HedgeDetector(const HedgeLexicon& lexicon, const HedgeModel& model)
    : lexicon_(lexicon), model_(model) {}

double HedgeDetector::salience(HedgeType t) {
  switch (t) {
    case HedgeType::Unverified: return 0.9;
    case HedgeType::AnonymousSource: return 0.8;
    case HedgeType::Modal:
    case HedgeType::Evidential: return 0.7;
    case HedgeType::Distancing:
    case HedgeType::Speculative: return 0.6;
    case HedgeType::NoComment: return 0.5;
    case HedgeType::Vague:
    case HedgeType::Limiting: return 0.4;
    case HedgeType::Conditional: return 0.25;
  }
  return 0.5;
}

// Quotation state for the whole document, once (token hashes are the segmenter's
// Token::lower, read in place).
void HedgeDetector::prepare(const Document& doc) {
  const size_t n = doc.tokens.size();
  in_quote_.resize(n);
  bool inside = false;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.has(kParagraphStart)) inside = false;
    if (t.has(kOpenQuote)) inside = true;
    in_quote_[i] = inside;
    if (t.has(kCloseQuote)) inside = false;
  }
}

template <typename Visit>
void HedgeDetector::match_sentence(const SentenceTokens& s, Visit&& visit) {
  size_t i = s.begin;
  while (i < s.end) {
    const auto [starts, count] = lexicon_.starts(s.lower(i));
    size_t next = i + 1;
    if (count) {
      const uint64_t second = i + 1 < s.end ? s.lower(i + 1) : 0;
      for (size_t c = 0; c < count; ++c) {
        const size_t len = starts[c].length;
        if (i + len > s.end || (len > 1 && starts[c].second != second)) continue;
        const HedgeCue& cue = lexicon_.cue(starts[c].index);
        bool same = true;
        for (size_t k = 2; k < len && same; ++k) same = s.lower(i + k) == cue.words[k];
        if (!same) continue;
        CueMatch m{i, i + len, cue.type, &cue};
        if (!apply_context_rule(s, m)) continue;
        if (m.last > s.end) m.last = s.end;
        if (visit(m)) {
          next = m.last;
          break;
        }
      }
    }
    i = next;
  }
}

void HedgeDetector::candidates(const Document& doc,
                               const std::function<void(const SentenceTokens&, const CueMatch&)>& visit) {
  prepare(doc);
  SentenceTokens s{&doc, in_quote_.data(), 0, 0};
  for (const Sentence& sent : doc.sentences) {
    s.begin = sent.first_token;
    s.end = sent.end_token;
    match_sentence(s, [&](const CueMatch& m) {
      visit(s, m);
      return true;
    });
  }
}

void HedgeDetector::run(Document& doc) {
  doc.hedges.clear();
  prepare(doc);
  SentenceTokens s{&doc, in_quote_.data(), 0, 0};
  for (Sentence& sent : doc.sentences) {
    s.begin = sent.first_token;
    s.end = sent.end_token;
    double certain = 1.0;  // probability that no hedge in the sentence matters
    match_sentence(s, [&](const CueMatch& m) {
      double p = 1.0;
      if (model_judges(m) && model_.judges(s.lower(m.first))) {
        cue_features(s, m, features_);
        p = model_.probability(features_);
        if (p < model_.threshold()) return false;  // not a hedge here: try a shorter cue
      }
      Hedge h;
      h.span = {doc.tokens[m.first].span.start, doc.tokens[m.last - 1].span.end};
      h.type = to_string(m.type);
      h.explanation = m.cue->explanation;
      doc.hedges.push_back(std::move(h));
      certain *= 1.0 - salience(m.type) * p;
      return true;
    });
    sent.hedge = 1.0 - certain;
  }
  release_if_large(in_quote_);
}

}  // namespace newsmark
