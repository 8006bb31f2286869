#include "stages/attribution.h"

#include <algorithm>

#include "scratch.h"
#include "stages/attribution_words.h"
#include "stages/claim_review.h"
#include "stages/content_spans.h"
#include "stages/headline_words.h"
#include "stages/linker_lexicons.h"
#include "stages/source_phrases.h"
#include "stages/source_types.h"
#include "stages/token_view.h"

extern "C" const unsigned char newsmark_cues_model[];
extern "C" const unsigned long newsmark_cues_model_size;
extern "C" const unsigned char newsmark_claim_review_model[];
extern "C" const unsigned long newsmark_claim_review_model_size;

namespace newsmark {

using namespace attribution_words;

namespace {

// Whether word `w`, longer than `min_size` units, ends in `suffix` ("ly", "ed", "ing"): the
// stage's cheap tests for an adverb, a past participle or a present one.
bool has_suffix(std::u16string_view w, std::u16string_view suffix, size_t min_size) {
  return w.size() > min_size && w.substr(w.size() - suffix.size()) == suffix;
}

}  // namespace

Attribution::Attribution()
    : Attribution(newsmark_cues_model, newsmark_cues_model_size, newsmark_claim_review_model,
                  newsmark_claim_review_model_size) {}

Attribution::Attribution(const unsigned char* model, size_t size, const unsigned char* review, size_t review_size)
    : lexicon_(CueLexicon::instance()) {
  model_.load(model, size);
  if (review) review_.load(review, review_size);
}

bool Attribution::looks_like_cue_without_model(const Document& doc, uint32_t i) const {
  // Without a trained detector: lexicon verbs, not after a determiner, not inside a quote.
  if (ctx_.cls[i] == 0 || ctx_.quote[i] >= 0) return false;
  if (i > 0 && doc.tokens[i].sentence == doc.tokens[i - 1].sentence && kDeterminers.contains(ctx_.word[i - 1]))
    return false;
  return true;
}

bool Attribution::is_look_alike(const Document& doc, const Cue& c) const {
  const Sentence& s = doc.sentences[doc.tokens[c.first].sentence];
  const uint32_t w = ctx_.word[c.first];
  bool only_aux = true;
  for (uint32_t k = c.first; k < c.end; ++k) only_aux = only_aux && kAux.contains(ctx_.word[k]);
  if (only_aux) return true;
  // "the said document", "the alleged crime": a participle used as an adjective.
  if (c.first > s.first_token && kDeterminers.contains(ctx_.word[c.first - 1]) && kAdjectivalVerbs.contains(w) &&
      c.end - c.first == 1)
    return true;
  // "he says nothing", "she said little".
  if (c.end < s.end_token && kEmptyObjects.contains(ctx_.word[c.end]) &&
      (c.end + 1 >= s.end_token || !doc.tokens[c.end + 1].has(kWord) || kAboutWords.contains(ctx_.word[c.end + 1])))
    return true;
  // "according to plan": what follows is not a source.
  for (uint32_t a = c.first; a < c.end; ++a) {
    if (ctx_.word[a] != kAccording || a + 2 >= s.end_token) continue;
    const uint32_t b = a + 2;  // after "according to"
    if (kNotSources.contains(ctx_.word[b]) && doc.tokens[b].has(kLower)) return true;
    if (b + 1 < s.end_token && kNotSources.contains(ctx_.word[b + 1]) &&
        (ctx_.word[b] == hash_lower(u"the") || ctx_.word[b] == hash_lower(u"a")))
      return true;
  }
  return false;
}

void Attribution::detect_cues(const Document& doc) {
  const size_t n = doc.tokens.size();
  positive_.assign(n, 0);
  score_.assign(n, kRuleScore);
  uint32_t feats[kMaxCueFeatures];
  for (uint32_t i = 0; i < n; ++i) {
    if (!cue_candidate(doc, ctx_, i)) continue;
    if (model_.empty()) {
      positive_[i] = looks_like_cue_without_model(doc, i) ? 1 : 0;
    } else {
      const size_t k = cue_features(doc, ctx_, i, feats);
      score_[i] = model_.score(feats, k);
      positive_[i] = score_[i] > 0.0f ? 1 : 0;
    }
  }
  // Punctuation cues: "John McCain: Republican anger ..." (a short name, a colon, then what
  // they said) and an embedded quote signed with a dash ('"..." ― Sonya Herridge').
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      // The colon and the dashes are one unit: longer tokens are passed over unread.
      const char16_t t = doc.token_unit(i);
      if (!t) continue;
      if (t == u':' && i > s.first_token && i - s.first_token <= 8 && i + 2 < s.end_token && ctx_.quote[i] < 0) {
        // Names, with "on X" / "to X" / "at X" ("Clinton to Planned Parenthood: ...").
        bool name = doc.tokens[s.first_token].has(kTitle) || doc.tokens[s.first_token].has(kUpper);
        for (uint32_t k = s.first_token; k < i && name; ++k)
          name = doc.tokens[k].has(kTitle) || doc.tokens[k].has(kUpper) || doc.tokens[k].has(kPossessive) ||
                 doc.token_text(k) == u"-" || kHeadlineJoins.contains(ctx_.word[k]);
        // "Breaking:", "The Latest:", "Contributing:": labels, not speakers.
        if (kHeadlineLabels.contains(ctx_.word[i - 1]) &&
            (i - s.first_token == 1 || (i - s.first_token == 2 && ctx_.word[s.first_token] == hash_lower(u"the"))))
          name = false;
        // "Clinton: 547.": a tally, not a quotation.
        if (doc.tokens[i + 1].has(kDigit)) name = false;
        if (name && doc.tokens[s.first_token].has(kParagraphStart)) positive_[i] = 1;
      } else if ((t == u'\u2015' || t == u'\u2014') && i > 0 && i + 1 < n && doc.tokens[i - 1].has(kCloseQuote) &&
                 doc.tokens[i + 1].has(kTitle)) {
        positive_[i] = 1;
      }
    }
  }
  // "the said document", "the alleged crime": a participle used as an adjective.
  for (uint32_t i = 1; i < n; ++i) {
    if (!positive_[i] || !kAdjectivalVerbs.contains(ctx_.word[i])) continue;
    uint32_t k = i - 1;  // "the previously announced absence": past the adverbs
    while (k > 0 && doc.tokens[k].has(kLower) && has_suffix(doc.token_text(k), u"ly", 4))
      --k;
    if (kDeterminers.contains(ctx_.word[k]) && doc.tokens[i].sentence == doc.tokens[k].sentence) positive_[i] = 0;
  }
  // "according to", "in the words of": unambiguous multi-word cues need no detector.
  for (uint32_t i = 0; i < n; ++i)
    if (ctx_.lex_first[i] && ctx_.cls[i] == static_cast<uint8_t>(CueClass::AccordingTo) &&
        i + 1 < n && ctx_.cls[i + 1] == ctx_.cls[i] && ctx_.lemma[i + 1] == ctx_.lemma[i]) {
      positive_[i] = 1;
      score_[i] = kRuleScore;
    }
  // "according to": both words or neither. What follows it is its source ("according to
  // reports", "according to a statement"), not a cue: a cue word there would join the
  // "according to" cue (two words apart at most) and make it a verb's, its subject the source.
  // A participle with "to" after it describes the source ("according to officials said to be
  // close to the talks"): no cue either.
  auto describes_source = [&](uint32_t k) {
    return k + 1 < n && ctx_.word[k + 1] == kTo && kAdjectivalVerbs.contains(ctx_.word[k]);
  };
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (ctx_.word[i] != kAccording || ctx_.word[i + 1] != kTo || !(positive_[i] || positive_[i + 1])) continue;
    positive_[i] = positive_[i + 1] = 1, score_[i] = score_[i + 1] = kRuleScore;
    const uint32_t sentence = doc.tokens[i].sentence;
    for (uint32_t k = i + 2; k < n && k < i + 5 && doc.tokens[k].sentence == sentence && doc.tokens[k].has(kWord) &&
                             (!kClauseWords.contains(ctx_.word[k]) || describes_source(k));
         ++k)
      positive_[k] = 0;
  }

  cues_.clear();
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (!positive_[i]) continue;
      uint32_t e = i + 1;
      while (e < s.end_token && positive_[e]) ++e;
      // A multi-word lexicon cue stays whole ("pointed out", "in the words of").
      for (uint32_t k = i; k < e; ++k)
        if (ctx_.lex_first[k]) {
          uint32_t m = k;
          while (m < s.end_token && ctx_.cls[m] == ctx_.cls[k] && ctx_.lemma[m] == ctx_.lemma[k]) ++m;
          e = std::max(e, m);
        }
      float best = -kRuleScore;  // the detector's surest word of the cue
      for (uint32_t k = i; k < e; ++k) best = std::max(best, score_[k]);
      // Adjacent cue words with at most two words between ("said in a statement") are one cue.
      // "According to CNN Trump said": the phrase after "according to" is its source, so a cue
      // word there starts a cue of its own.
      if (!cues_.empty() && cues_.back().end + 2 >= i && doc.tokens[cues_.back().end].sentence == doc.tokens[i].sentence &&
          cues_.back().cls != CueClass::AccordingTo) {
        // A clause word between starts another attribution: "said when asked",
        // "backs Trump and denounces".
        if (same_clause(doc, cues_.back().end, i)) {
          cues_.back().end = e;
          cues_.back().score = std::max(cues_.back().score, best);
          i = e - 1;
          continue;
        }
      }
      // A second cue word further along the same clause ("released a statement Wednesday
      // evening accusing") is a cue of its own, marked as nested for the claim review, which
      // also sees how many claims the sentence has and which scored highest (a rule that kept
      // only the surer one did no better in cross-validation on train once the review had the
      // marks).
      cues_.push_back(make_cue(i, e, best));
      i = e - 1;
    }
  }
}

bool Attribution::same_clause(const Document& doc, uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to; ++k)
    if (!doc.tokens[k].has(kWord) || kCueSeparators.contains(ctx_.word[k])) return false;
  return true;
}

bool Attribution::no_mark_between(const Document& doc, uint32_t from, uint32_t to) const {
  for (size_t k = doc.token_at_or_after(from); k < doc.tokens.size() && doc.tokens[k].span.end <= to; ++k)
    if (!doc.tokens[k].has(kWord)) return false;
  return true;
}

// "blasted Congress and said", "and has also said": a second verb of the same subject.
bool Attribution::coordinated(const Document& doc, uint32_t cue_start) const {
  size_t k = doc.token_at_or_after(cue_start);
  while (k > 0 && kAux.contains(ctx_.word[k - 1])) --k;
  return k > 0 && (ctx_.word[k - 1] == kAndWord || ctx_.word[k - 1] == kButWord);
}

Attribution::Cue Attribution::make_cue(uint32_t first, uint32_t end, float score) const {
  CueClass cls = CueClass::None;
  for (uint32_t k = first; k < end && cls == CueClass::None; ++k) cls = static_cast<CueClass>(ctx_.cls[k]);
  return {first, end, cls == CueClass::None ? CueClass::Neutral : cls, score};
}

void Attribution::attribute(Document& doc, const Cue& cue, const Sentence& s) {
  const TokenView v{doc, ctx_, positive_, quotes_};
  // A window around the cue: real sentences fit, and a run-on "sentence" of a megabyte
  // (a text without stops) costs linear time, not quadratic.
  const long s0 = std::max<long>(s.first_token, static_cast<long>(cue.first) - kWindowBefore);
  const long s_end = std::min<long>(s.end_token, static_cast<long>(cue.end) + kWindowAfter);
  long c0 = cue.first;
  const long c1 = cue.end;
  // Auxiliaries and adverbs between subject and verb belong to the cue: "has also claimed".
  auto adverb = [&](long k) {
    const std::u16string_view t = v.text(k);
    return v.tok(k).has(kLower) && has_suffix(t, u"ly", 4);
  };
  while (c0 > s0 && v.word(c0 - 1) && (kAux.contains(v.w(c0 - 1)) || adverb(c0 - 1))) --c0;

  Claim claim;
  claim.cue_class = to_string(cue.cls);
  Phrase src;
  Content content;
  // "according to X", "in the words of X": the source follows the cue.
  const bool according = ctx_.cls[cue.first] == static_cast<uint8_t>(CueClass::AccordingTo) &&
                         ctx_.cls[cue.end - 1] == ctx_.cls[cue.first] && c1 - cue.first >= 2;
  const std::u16string_view first_text = v.text(cue.first);
  if (first_text == u"\u2015" || first_text == u"\u2014") {
    src = right_np(v, c1, s_end);
    content = content_before(v, c0, s0);
  } else if (first_text == u":") {
    long e = s0;
    while (e < c0 && (v.tok(e).has(kTitle) || v.tok(e).has(kUpper) || v.joins_np(e))) ++e;
    src = e > s0 ? Phrase{s0, e} : left_np(v, c0 - 1, s0);
    content = content_after(v, c1, s_end, false);
  } else if (according) {
    claim.cue_class = to_string(CueClass::AccordingTo);
    src = right_np(v, c1, s_end);
    // "According to X, ..." opens the sentence; "..., according to X." closes it.
    if (count_words(v, s0, c0) <= 1) {
      long j = src.ok() ? src.end : c1;
      content = content_after(v, j, s_end, false);
    } else {
      content = content_before(v, c0, s0);
      if (content.ok() && content.end > c0) content.end = c0;
    }
    if (content.ok() && content.kind != ClaimKind::Direct) content.kind = ClaimKind::AccordingTo;
    else if (content.ok() && content.kind == ClaimKind::Direct) content.kind = ClaimKind::Direct;
  } else {
    // The cue's verb: the first word the lexicon knows, else the first word.
    long head = cue.first;
    for (long k = cue.first; k < c1; ++k)
      if (ctx_.cls[static_cast<size_t>(k)] != 0) {
        head = k;
        break;
      }
    const uint32_t lemma = ctx_.lemma[static_cast<size_t>(head)] ? ctx_.lemma[static_cast<size_t>(head)] : v.w(head);
    const std::u16string_view head_text = v.text(head);
    const bool participle = has_suffix(head_text, u"ing", 4);
    bool passive = false;
    for (long k = c0; k < head; ++k) passive = passive || kBeForms.contains(v.w(k));
    // "were likely to say" is not passive; "are concerned" is, but its subject holds the view.
    passive = passive && (has_suffix(head_text, u"ed", 3) ||
                          kIrregularParticiples.contains(v.w(head))) &&
              !kPsychParticiples.contains(v.w(head));
    const bool by_agent = c1 < s_end && v.w(c1) == kBy && has_suffix(head_text, u"ed", 3);
    const bool progressive = participle && passive;  // "is saying", "was telling"
    passive = (passive || by_agent) && !participle;
    const bool takes_object = kObjectTakers.contains(lemma);
    // "Beck last week said": the time phrase sits between subject and verb.
    long L = c0 - 1;
    {
      long k = L;
      while (k >= s0 && v.word(k) && (kTimeWords.contains(v.w(k)) || kAux.contains(v.w(k)) || adverb(k))) --k;
      if (k < L && k >= s0 && v.w(k) == hash_lower(u"on")) --k;
      while (k >= s0 && k < L && v.word(k) && kAux.contains(v.w(k))) --k;
      if (k < L && k >= s0 && ((v.word(k) && !kClauseWords.contains(v.w(k))) || v.is(k, u","))) L = k;
    }
    if (L > s0 && v.is(L, u")")) {
      long k = L - 1;
      while (k > s0 && !v.is(k, u"(") && L - k < 8) --k;
      if (v.is(k, u"(") && k > s0 && v.word(k - 1)) L = k - 1;
    }
    const Claim* previous = (!doc.claims.empty() && doc.claims.back().cue &&
                             doc.claims.back().cue->start >= v.tok(s0).span.start && doc.claims.back().source)
                                ? &doc.claims.back()
                                : nullptr;
    const bool left_is_word = L >= s0 && v.word(L) && !kClauseWords.contains(v.w(L)) && !kDeterminers.contains(v.w(L));
    const bool left_is_relative = L >= s0 && kRelative.contains(v.w(L));
    // "Some have urged", "many would prefer": a quantifier standing alone is the subject.
    const bool left_is_quantifier = L >= s0 && kQuantifiers.contains(v.w(L)) &&
                                    (L == s0 || !v.word(L - 1) || kOpeners.contains(v.w(L - 1)));
    const bool coordinated = L >= s0 && (v.w(L) == hash_lower(u"and") || v.w(L) == hash_lower(u"but"));
    if (passive) {
      // "was reported by Western Journalism": the agent is the source; without one, none.
      if (c1 < s_end && v.w(c1) == kBy) {
        src = right_np(v, c1 + 1, s_end);
        content = content_after(v, src.ok() ? src.end : c1 + 1, s_end, false);
      } else {
        content = content_after(v, c1, s_end, false);
      }
    } else if (participle && (L < s0 || (v.word(s0) && kOpeners.contains(v.w(s0)) && L == s0))) {
      // "Noting that ..., Trump said", "In describing Trump, Cuban said": the subject follows
      // the participle's clause.
      long k = c1;
      while (k < s_end && !v.is(k, u",")) ++k;
      if (k + 1 < s_end) src = sentence_subject(v, k + 1, s_end);
      content = content_after(v, c1, k, false);
    } else if ((participle && !progressive &&
                !(left_is_word && (is_personal_pronoun(v.w(L)) || v.tok(L).has(kTitle) || v.tok(L).has(kUpper))) &&
                !left_is_relative) ||
               coordinated) {
      // "..., telling Trump that ...", "fired back a response saying", "... and said": the
      // subject of the sentence speaks.
      // "..., telling Trump that ...", "... and said": the subject of the sentence speaks.
      if (previous) {
        const size_t t = doc.token_at_or_after(previous->source->start);
        const size_t e = doc.token_at_or_after(previous->source->end);
        src = {static_cast<long>(t), static_cast<long>(e)};
      } else {
        src = sentence_subject(v, s0, c0);
      }
      content = content_after(v, c1, s_end, takes_object);
    } else if (left_is_word || left_is_relative) {
      src = left_np(v, L, s0);
      if (src.ok() && src.end - src.first == 1 && v.w(src.first) == kIt && kNoSubjectLemmas.contains(lemma)) src = {};
      Content after = content_after(v, c1, s_end, takes_object);
      const long before_limit = src.ok() ? src.first : c0;
      const bool before_possible = before_limit > s0 &&
                                   (v.is(before_limit - 1, u",") || v.close_quote(before_limit - 1) ||
                                    v.is(before_limit - 1, u"\u2014")) &&
                                   (count_words(v, s0, before_limit) >= 3 || v.close_quote(before_limit - 1));
      const long after_words = after.ok() ? count_words(v, after.first, after.end) : 0;
      const bool quote_before = before_limit > s0 && v.close_quote(before_limit - 1);
      if (before_possible && (quote_before || !(after.ok() && (after.strong || after_words >= 5)))) {
        content = content_before(v, before_limit, s0);
        extend_to_next_quote(v, content, c1, s_end);
      } else {
        content = after;
      }
    } else if (L - 2 >= s0 && kDeterminers.contains(v.w(L)) && v.word(L - 1) && !kClauseWords.contains(v.w(L - 1)) &&
               !v.tok(L - 1).has(kTitle) && (v.word(L - 2) || v.is(L - 2, u","))) {
      // "Trump issued a statement": the subject of the verb before the noun cue.
      long k = L - 2;
      while (k > s0 && v.word(k) && (kAux.contains(v.w(k)) || adverb(k))) --k;
      if (v.word(k) && !kClauseWords.contains(v.w(k))) src = left_np(v, k, s0);
      content = content_after(v, c1, s_end, false);
    } else if (left_is_quantifier) {
      src = {L, L + 1};
      content = content_after(v, c1, s_end, takes_object);
    } else if (L >= s0 && kDeterminers.contains(v.w(L))) {
      // A noun cue ("the claim", "the allegation"): its source, if any, is not a subject.
      content = {};
    } else if (L < s0 || v.is(L, u",") || v.close_quote(L) || v.is(L, u"\u2014")) {
      // Inverted ('"...," said Trump') or an apposition ("Trump, 76, said ...").
      // "Simon Rosenberg, a Clinton supporter, told the New Yorker": an earlier comma after a
      // sentence-initial name makes the comma before the verb close an apposition.
      // The comma before the verb closes an apposition when an earlier comma (up to three back)
      // follows a name or a source noun.
      long appos_comma = -1;
      if (L > s0 && v.is(L, u",") && !v.close_quote(L - 1)) {
        long k = L - 1;
        for (int commas = 0; commas < 3 && k > s0; ++commas, --k) {
          while (k > s0 && !v.is(k, u",") && !v.close_quote(k)) --k;
          if (k <= s0 || !v.is(k, u",")) break;
          bool name_between = L - k - 1 >= 1 && L - k - 1 <= 4;
          for (long m = k + 1; m < L && name_between; ++m)
            name_between = v.tok(m).has(kTitle) || v.tok(m).has(kUpper) || v.joins_np(m);
          if (v.word(k - 1) &&
              (name_between || v.tok(k - 1).has(kTitle) || v.tok(k - 1).has(kUpper) || is_source_head(v.w(k - 1))) &&
              !(v.word(s0) && kOpeners.contains(v.w(s0)) && count_words(v, s0, k) <= 3)) {
            appos_comma = k;
            break;
          }
        }
      }
      const bool apposition = appos_comma >= 0;
      const bool after_quote = L >= s0 && (v.close_quote(L) || (v.is(L, u",") && L > s0 && v.close_quote(L - 1)));
      Phrase right = c1 < s_end && !apposition && (after_quote || kInvertingLemmas.contains(lemma))
                         ? right_np(v, c1, s_end)
                         : Phrase{};
      if (right.ok() && right.end - right.first > 1 && is_personal_pronoun(v.w(right.first))) right = {};
      const bool right_ends = right.ok() && (right.end >= s_end || !v.word(right.end) ||
                                             kRightStops.contains(v.w(right.end)));
      if (right.ok() && right_ends && L >= s0 && v.w(c1) != kThatWord) {
        src = right;
        content = content_before(v, c0, s0);
        extend_to_next_quote(v, content, right.end, s_end);
      } else if (L >= s0 && v.is(L, u",")) {
        if (apposition) {
          // "The head of the Super PAC, Mike Murphy, praised": a name between the commas is the
          // source; otherwise the phrase before them ("Trump, 76, said").
          bool name_between = L - appos_comma - 1 >= 1 && L - appos_comma - 1 <= 4;
          for (long k = appos_comma + 1; k < L && name_between; ++k)
            name_between = v.tok(k).has(kTitle) || v.tok(k).has(kUpper) || v.joins_np(k);
          src = name_between ? Phrase{appos_comma + 1, L} : left_np(v, appos_comma - 1, s0);
        }
        if (!src.ok()) src = sentence_subject(v, s0, c0);
        content = content_after(v, c1, s_end, takes_object);
        // '"...," the assailant, John McGraw, told the program': the quotation is the content.
        long before = src.ok() ? src.first : c0;
        if (appos_comma >= 0) {
          const Phrase lead = left_np(v, appos_comma - 1, s0);
          before = std::min(before, lead.ok() ? lead.first : appos_comma);
        }
        long q = before - 1;
        while (q > s0 && !v.word(q) && !v.close_quote(q)) --q;
        if (q >= s0 && v.close_quote(q) && !(content.ok() && content.strong)) {
          long a = q + 1;
          while (a < before && !v.word(a)) ++a;
          if (count_words(v, a, before) <= 4) {
            content = content_before(v, q + 1, s0);
            extend_to_next_quote(v, content, c1, s_end);
          }
        }
      } else {
        content = content_after(v, c1, s_end, takes_object);
      }
    } else {
      content = content_after(v, c1, s_end, takes_object);
    }
  }

  // "• Urgent warning for iPhone users": a bare participle right after its source (no auxiliary
  // taken in front of it: "Officials having warned" is a claim), a lone word capitalised only
  // because it opens its sentence, that no person bears and that is usually written in lower
  // case, is no speaker ("I reflecting on" stays: a pronoun speaks). An
  // open-class word ("Urgent", "Legislation") makes the pair a headline's noun phrase: no claim.
  // After a function word ("By offering ..., Trump hopes") the cue may be one whose speaker
  // comes later: only the source goes.
  if (src.ok() && src.end - src.first == 1 && c0 == src.end && c0 == static_cast<long>(cue.first) &&
      has_suffix(first_text, u"ing", 4) && !is_personal_pronoun(v.w(src.first)) &&
      mentions_.person_overlapping(span_of(v, src.first, src.end)) < 0 &&
      common_word_opening_sentence(doc, static_cast<size_t>(src.first))) {
    if (!is_closed_class(FoldedWord(v.text(src.first)))) return;
    src = {};
  }
  claim.cue = span_of(v, c0, c1);
  if (src.ok()) {
    claim.source = span_of(v, src.first, src.end);
    const SourceInfo info = classify_source(doc, ctx_.word, mentions_, static_cast<uint32_t>(src.first), static_cast<uint32_t>(src.end));
    claim.source_type = info.type;
    claim.person = info.person;
  }
  if (content.ok()) {
    claim.content = span_of(v, content.first, content.end);
    claim.kind = according && content.kind != ClaimKind::Direct ? ClaimKind::AccordingTo : content.kind;
  } else {
    claim.kind = according ? ClaimKind::AccordingTo : ClaimKind::Indirect;
  }
  doc.claims.push_back(std::move(claim));
  claim_scores_.push_back(cue.score);
  ClaimShape shape;
  shape.cue_first = static_cast<uint32_t>(c0);
  shape.cue_end = static_cast<uint32_t>(c1);
  shape.head = cue.first;
  auto words = [&](const Phrase& p, long cap) {
    long n = 0;
    for (long k = p.first; k < p.end && n < cap; ++k) n += v.word(k) ? 1 : 0;
    return static_cast<uint8_t>(n);
  };
  shape.cue_words = words(Phrase{c0, c1}, 4);
  if (src.ok()) shape.source_words = words(src, 6);
  if (content.ok()) shape.content_words = words(Phrase{content.first, content.end}, 30);
  claim_shapes_.push_back(shape);
}

// Anonymous sourcing is also a hedge, unless an earlier stage's hedge covers the source.
void Attribution::add_anonymous_source_hedges(Document& doc) const {
  for (const Claim& claim : doc.claims) {
    if (claim.source_type != SourceType::Anonymous) continue;
    const Span sp = *claim.source;
    // Hedges of the earlier stages, sorted by start in run(): the one starting last before
    // the source's end may overlap it (a bounded look-back suffices for real text).
    auto it = std::lower_bound(prior_hedges_.begin(), prior_hedges_.end(), sp.end,
                               [](const Span& h, uint32_t at) { return h.start < at; });
    bool covered = false;
    for (int n = 0; it != prior_hedges_.begin() && n < 8 && !covered; ++n) {
      --it;
      covered = it->start < sp.end && sp.start < it->end;
    }
    if (!covered)
      doc.hedges.push_back({sp, "anonymous-source", "The source is not named, so the reader cannot judge how they know."});
  }
}

// PolNeAR hardly ever nests attributions (0.7% of the cues in train lie inside another
// attribution's content), and two patterns of nested cues were mostly unmarked in train:
// - a verb inside the sentence "according to" attributes ("Trump's advisers expressed
//   indignation ..., according to people close to the campaign"; 17% marked);
// - a verb in the reported clause right after a cue, with no mark between ("Trump said he
//   wants to build a wall"; dropping them raised the cross-validated cue F1 on train), unless
//   it is a second verb of the same subject ("blasted Congress and said").
// Other cues inside a content the stage found are right more often than not (the content often
// runs on past what was reported), but less often than cues outside any; their mark tells the
// review so.
// Marks each claim's Nesting in nested_ and drops the claims review_step() drops: without a
// review model the first two kinds; with one, only kInAccording, and the review judges the
// others with their mark.
void Attribution::find_nested_cues(Document& doc) {
  nested_.assign(doc.claims.size(), kNotNested);
  for (size_t o = 0; o < doc.claims.size(); ++o) {
    const Claim& outer = doc.claims[o];
    if (!outer.content) continue;
    const bool according = outer.cue_class == to_string(CueClass::AccordingTo);
    const bool after = outer.content->start >= outer.cue->end;
    const bool clause_after = (outer.kind == ClaimKind::Indirect || outer.kind == ClaimKind::Mixed) && after;
    const Nesting wide = !after ? kInContentAround : outer.kind == ClaimKind::Direct ? kInQuotationAfter : kInContentAfter;
    const Span content = *outer.content;
    auto mark = [&](size_t c) {
      const Span cue = *doc.claims[c].cue;
      if (cue.start < content.start || cue.end > content.end) return;
      if (according) nested_[c] = kInAccording;
      else if (clause_after && no_mark_between(doc, outer.cue->end, cue.start) && !coordinated(doc, cue.start) &&
               (nested_[c] == kNotNested || nested_[c] > kInClauseAfter))
        nested_[c] = kInClauseAfter;
      else if (nested_[c] == kNotNested) nested_[c] = wide;
    };
    // Claims are in text order: the ones inside this content are its neighbours on either side,
    // as far as their cues still start within it (a quotation over several paragraphs may hold
    // many).
    for (size_t c = o; c-- > 0 && doc.claims[c].cue->start >= content.start;) mark(c);
    for (size_t c = o + 1; c < doc.claims.size() && doc.claims[c].cue->start < content.end; ++c) mark(c);
  }
  const bool reviewing = !review_.empty() || keep_for_review_;
  drop_.resize(nested_.size());
  for (size_t c = 0; c < nested_.size(); ++c)
    drop_[c] = review_step(claim_scores_[c], nested_[c], reviewing) == ReviewStep::kDrop;
  keep_claims(doc, drop_);
}

Attribution::ReviewStep Attribution::review_step(float score, uint8_t nesting, bool reviewing) {
  if (nesting == kInAccording) return ReviewStep::kDrop;
  if (!reviewing) return nesting == kInClauseAfter ? ReviewStep::kDrop : ReviewStep::kKeep;
  return score >= kSureScore && nesting == kNotNested ? ReviewStep::kKeep : ReviewStep::kReview;
}

void Attribution::keep_claims(Document& doc, const std::vector<uint8_t>& drop) {
  size_t kept = 0;
  for (size_t c = 0; c < doc.claims.size(); ++c)
    if (!drop[c]) {
      if (kept != c) {
        doc.claims[kept] = std::move(doc.claims[c]);
        claim_scores_[kept] = claim_scores_[c];
        claim_shapes_[kept] = claim_shapes_[c];
        nested_[kept] = nested_[c];
      }
      ++kept;
    }
  doc.claims.resize(kept);
  claim_scores_.resize(kept);
  claim_shapes_.resize(kept);
  nested_.resize(kept);
}

// The detector ran with a low threshold; the review model keeps the claims whose score and
// shape together make them likely (see claim_review.h).
void Attribution::review_claims(Document& doc) {
  if (review_.empty() || keep_for_review_) return;
  drop_.assign(doc.claims.size(), 0);
  claim_neighbourhood(doc, claim_shapes_, claim_scores_, neighbourhood_);
  uint32_t feats[kMaxClaimReviewFeatures];
  for (size_t c = 0; c < doc.claims.size(); ++c) {
    if (review_step(claim_scores_[c], nested_[c], true) != ReviewStep::kReview) continue;  // past any doubt
    const size_t k = claim_review_features(doc, doc.claims[c], claim_shapes_[c], claim_scores_[c], nested_[c], neighbourhood_[c], feats);
    drop_[c] = review_.score(feats, k) > 0.0f ? 0 : 1;
  }
  keep_claims(doc, drop_);
}

// "Biden called Kim a "thug" but the president has called for talks": when a later claim's
// source follows "but"/"and"/";" inside an earlier claim's content, the earlier content ends
// there (a nested "said that X believes" stays whole).
void Attribution::split_coordinated_contents(Document& doc) const {
  for (size_t a = 0; a + 1 < doc.claims.size(); ++a) {
    Claim& first = doc.claims[a];
    const Claim& next = doc.claims[a + 1];
    if (!first.content || !next.cue) continue;
    const Span start = next.source ? *next.source : *next.cue;
    if (start.start <= first.content->start || start.start >= first.content->end) continue;
    size_t t = doc.token_at_or_after(start.start);
    if (t == 0 || t >= doc.tokens.size()) continue;
    size_t k = t - 1;
    if (ctx_.word[k] != kButWord && ctx_.word[k] != kAndWord && doc.token_text(k) != u";") continue;
    while (k > 0 && (!doc.tokens[k - 1].has(kWord) && !doc.tokens[k - 1].has(kCloseQuote))) --k;
    if (k > 0 && doc.tokens[k - 1].span.end > first.content->start) first.content->end = doc.tokens[k - 1].span.end;
  }
}

void Attribution::run(Document& doc) {
  doc.claims.clear();
  claim_scores_.clear();
  claim_shapes_.clear();
  nested_.clear();  // claim_nesting() stays parallel to the (no) claims of an empty document
  if (doc.tokens.empty()) return;
  find_quotes(doc, quotes_);
  prepare_cue_context(doc, quotes_, lexicon_, ctx_);
  // The cue detector (the stage's hot loop: every candidate word's features and score) and
  // the claim builder are called through pointers so that each stays a wasm function of its
  // own (binaryen inlines a function with one caller whatever [[gnu::noinline]] says): all in
  // one, a small rule in attribute() made the stage 19% slower in V8, through its wasm loop
  // unrolling (README, "The stem key and the attribution stage's code shape").
  static void (Attribution::*volatile detect)(const Document&) = &Attribution::detect_cues;
  static void (Attribution::*volatile attribute_cue)(Document&, const Cue&, const Sentence&) = &Attribution::attribute;
  (this->*detect)(doc);
  mentions_.build(doc, ctx_.word);
  prior_hedges_.clear();
  for (const Hedge& h : doc.hedges) prior_hedges_.push_back(h.span);
  std::sort(prior_hedges_.begin(), prior_hedges_.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  for (const Cue& c : cues_) {
    if (is_look_alike(doc, c)) continue;
    (this->*attribute_cue)(doc, c, doc.sentences[doc.tokens[c.first].sentence]);
  }
  find_nested_cues(doc);
  review_claims(doc);
  split_coordinated_contents(doc);
  add_anonymous_source_hedges(doc);
  std::sort(doc.hedges.begin(), doc.hedges.end(),
            [](const Hedge& a, const Hedge& b) { return a.span.start < b.span.start; });
  release_if_large(ctx_.word);
  release_if_large(ctx_.shape);
  release_if_large(ctx_.cls);
  release_if_large(ctx_.lemma);
  release_if_large(ctx_.lex_first);
  release_if_large(ctx_.quote);
  release_if_large(score_);
  release_if_large(positive_);
}

}  // namespace newsmark
