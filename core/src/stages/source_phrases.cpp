#include "stages/source_phrases.h"

#include "stages/attribution_words.h"
#include "stages/source_types.h"

namespace newsmark {

using namespace attribution_words;

namespace {

// The antecedent of "who"/"which" at r: the phrase before it (across one comma).
Phrase antecedent(const TokenView& v, long r, long s0, int depth) {
  long k = r - 1;
  if (k >= s0 && v.is(k, u",")) --k;
  if (k < s0 || !v.word(k) || depth > 2) return {};
  return left_np(v, k, s0, depth + 1);
}

}  // namespace

// The noun phrase ending at token e, walking left: names, nouns, determiners, possessives,
// "of"/"for" joins; stops at clause words, punctuation and other cues.
Phrase left_np(const TokenView& v, long e, long s0, int depth) {
  if (e < s0 || !v.word(e)) return {};
  if (is_personal_pronoun(v.w(e))) return {e, e + 1};
  if (kRelative.contains(v.w(e))) {
    Phrase a = antecedent(v, e, s0, depth);
    return a.ok() ? Phrase{a.first, e + 1} : Phrase{e, e + 1};
  }
  long start = e;
  int count = 0;
  for (long k = e; k >= s0 && count < 10; --k, ++count) {
    if (!v.word(k)) {
      if (v.joins_np(k) && k > s0 && v.word(k - 1)) continue;
      break;
    }
    const uint32_t w = v.w(k);
    if (k != e && (kClauseWords.contains(w) || v.positive[static_cast<size_t>(k)])) break;
    if (kNpJoiners.contains(w)) {
      // Only a name or a source noun takes a complement here ("President of the United
      // States", "a spokesman for the campaign"); otherwise the join is a verb's ("made in").
      if (k == e || k == s0 || !v.word(k - 1) ||
          !(v.tok(k - 1).has(kTitle) || v.tok(k - 1).has(kUpper) || is_source_head(v.w(k - 1))))
        break;
      continue;
    }
    start = k;
    if (kDeterminers.contains(w)) {
      // A determiner opens the phrase, unless "of"/"for" joins it to a head before it.
      if (k - 1 > s0 && kNpJoiners.contains(v.w(k - 1)) && v.word(k - 2) && !kClauseWords.contains(v.w(k - 2))) continue;
      break;
    }
  }
  // "two people who are familiar with the matter said": the subject is the head before "who".
  for (long k = start - 1, n = 0; k > s0 && n < 12; --k, ++n) {
    if (!v.word(k) && !v.joins_np(k)) break;
    if (v.w(k) == kWho) {
      Phrase a = antecedent(v, k, s0, depth);
      if (a.ok()) start = a.first;
      break;
    }
    if (v.positive[static_cast<size_t>(k)]) break;
  }
  // "Haberman's book, Confidence Man, which": a name in apposition to a document or a role.
  bool all_title = true;
  for (long k = start; k <= e; ++k)
    if (v.word(k) && !v.tok(k).has(kTitle) && !v.tok(k).has(kUpper)) all_title = false;
  if (all_title && depth < 2 && start - 2 >= s0 && v.is(start - 1, u",") && v.word(start - 2)) {
    Phrase before = left_np(v, start - 2, s0, depth + 1);
    if (before.ok() && is_source_head(v.w(start - 2)) && !is_anonymous_head(v.w(start - 2))) start = before.first;
  }
  return {start, e + 1};
}

// The noun phrase starting at token b, walking right (after an inverted "said" or
// "according to"); a "who" clause is kept whole ("a senior official who spoke on condition
// of anonymity").
Phrase right_np(const TokenView& v, long b, long s_end) {
  long k = b;
  bool relative = false;
  for (int count = 0; k < s_end && count < 14; ++k, ++count) {
    if (!v.word(k)) {
      if (v.joins_np(k) && k > b) continue;
      break;
    }
    const uint32_t w = v.w(k);
    if (w == kWho && k > b) relative = true;
    if (!relative && kRightStops.contains(w) && !(k > b && kNpJoiners.contains(w) && w != kTo && k + 1 < s_end &&
                                                   v.tok(k + 1).has(kTitle))) {
      if (k == b) return {};
      break;
    }
    if (!relative && k > b && v.positive[static_cast<size_t>(k)]) break;
  }
  return {b, k};
}

// The subject at the start of the sentence, after an opening adverbial: for a participle or
// a second verb whose subject is not repeated ("Davis lashed out, telling Trump that ...").
Phrase sentence_subject(const TokenView& v, long s0, long limit) {
  long b = s0;
  // A sentence that opens with a quotation: the subject comes after it.
  if (b < limit && v.open_quote(b)) {
    const int q = quote_containing(v.quotes, static_cast<uint32_t>(b));
    if (q >= 0 && v.quotes[static_cast<size_t>(q)].end_token < static_cast<uint32_t>(limit))
      b = v.quotes[static_cast<size_t>(q)].end_token;
  }
  while (b < limit && !v.word(b)) ++b;
  for (int clauses = 0; clauses < 3 && b < limit && (kOpeners.contains(v.w(b)) || (clauses == 0 && v.tok(b).has(kLower)));
       ++clauses) {
    long k = b;
    while (k < limit && !v.is(k, u",")) ++k;
    if (k >= limit || k - b > 12) return {};
    b = k + 1;
  }
  if (b < limit && is_personal_pronoun(v.w(b))) return {b, b + 1};
  // Up to the first clause word or punctuation, then back to the last name or source noun
  // ("former Secretary of State Hillary Clinton drew ..." -> "... Hillary Clinton").
  long e = b, last = -1;
  for (int n = 0; e < limit && n < 10; ++e, ++n) {
    if (!v.word(e)) {
      if (v.joins_np(e)) continue;
      break;
    }
    const uint32_t w = v.w(e);
    const Token& t = v.tok(e);
    if (kClauseWords.contains(w) || v.positive[static_cast<size_t>(e)]) break;
    if ((t.has(kTitle) || t.has(kUpper) || is_source_head(w)) && !kDeterminers.contains(w)) last = e;
    else if (last >= 0 && !kNpJoiners.contains(w) && !kDeterminers.contains(w)) break;
  }
  if (last < b) return {};
  return {b, last + 1};
}

}  // namespace newsmark
