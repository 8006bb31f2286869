#include "stages/person_tagger.h"

#include <algorithm>
#include <limits>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

#include "scratch.h"
#include "stages/linker_lexicons.h"

namespace newsmark {

namespace {

constexpr float kNever = -std::numeric_limits<float>::infinity();

// "Mar-a-Lago", "Stratford-upon-Avon": a hyphenated capitalized word with a lower-case
// part in the middle names a place. "Jong-un" and "al-Turabi" have theirs at an end.
bool lower_middle_part(std::u16string_view w) {
  size_t first_hyphen = w.find(u'-');
  size_t last_hyphen = w.rfind(u'-');
  if (first_hyphen == std::u16string_view::npos || first_hyphen == last_hyphen) return false;
  std::u16string_view middle = w.substr(first_hyphen + 1, last_hyphen - first_hyphen - 1);
  for (char16_t c : middle) {
    if (c != u'-' && lower_unit(c) != c) return false;
  }
  return true;
}

// The loops that read only names take a list of the tokens whose tag may be other than O, in
// order: the stage passes its candidates (about one token in six; the others are O throughout),
// the functions called from outside the tokens they find tagged.
using TokenList = std::vector<uint32_t>;

TokenList tagged_tokens(const std::vector<uint8_t>& tags) {
  TokenList out;
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i] != kTagOut) out.push_back(static_cast<uint32_t>(i));
  }
  return out;
}

// Viterbi over tokens [first, end), all candidates. `from` is the transition row before the
// run (the sentence start, or O); `into_out` adds the step into a following O. `allowed`
// holds the transitions with the impossible ones (O -> I) at -infinity, so the loops have no
// branches. `delta` and `back` have room for (end - first) * kPersonTags values.
// The Viterbi start: the scores of a run's first token `s` after the transition row `from`; a
// run cannot open inside a name.
inline void first_step(const float* s, const float* from, float* delta) {
  for (int t = 0; t < kPersonTags; ++t) {
    const bool inside = t == kTagInside || t == kTagOtherInside;
    delta[t] = inside ? kNever : from[t] + s[t] - s[kTagOut];
  }
}

// The Viterbi end: the best tag of a run's last token, whose scores are `last`; `into_out` adds
// the step into a following O.
inline uint8_t last_tag(const float* last, bool into_out, const float (&allowed)[kTransitionRows][kPersonTags]) {
  uint8_t t = 0;
  float best = kNever;
  for (int k = 0; k < kPersonTags; ++k) {
    const float v = last[k] + (into_out ? allowed[k][kTagOut] : 0.0f);
    if (v > best) best = v, t = static_cast<uint8_t>(k);
  }
  return t;
}

void decode_run(const float* scores, size_t first, size_t end, const float* from, bool into_out,
                const float (&allowed)[kTransitionRows][kPersonTags], uint8_t* tags, float* delta, uint8_t* back) {
  const size_t n = end - first;
  first_step(scores + first * kPersonTags, from, delta);
  for (int t = 0; t < kPersonTags; ++t) back[t] = 0;
  for (size_t j = 1; j < n; ++j) {
    const float* s = scores + (first + j) * kPersonTags;
    const float* prev = &delta[(j - 1) * kPersonTags];
#ifdef __wasm_simd128__
    // In wasm, the first four tags at once (a lane each; the same additions and comparisons in
    // the same order as the loop below, so the same values and ties), the fifth apart.
    static_assert(kPersonTags == 5, "four tags in a vector and the fifth apart");
    {
      v128_t best = wasm_f32x4_add(wasm_f32x4_splat(prev[0]), wasm_v128_load(allowed[0]));
      v128_t arg = wasm_i32x4_splat(0);
      for (int p = 1; p < kPersonTags; ++p) {
        const v128_t v = wasm_f32x4_add(wasm_f32x4_splat(prev[p]), wasm_v128_load(allowed[p]));
        const v128_t better = wasm_f32x4_gt(v, best);
        best = wasm_v128_bitselect(v, best, better);
        arg = wasm_v128_bitselect(wasm_i32x4_splat(p), arg, better);
      }
      const v128_t out = wasm_f32x4_sub(wasm_f32x4_add(best, wasm_v128_load(s)), wasm_f32x4_splat(s[kTagOut]));
      wasm_v128_store(&delta[j * kPersonTags], out);
      uint8_t* b = &back[j * kPersonTags];
      b[0] = static_cast<uint8_t>(wasm_i32x4_extract_lane(arg, 0));
      b[1] = static_cast<uint8_t>(wasm_i32x4_extract_lane(arg, 1));
      b[2] = static_cast<uint8_t>(wasm_i32x4_extract_lane(arg, 2));
      b[3] = static_cast<uint8_t>(wasm_i32x4_extract_lane(arg, 3));
    }
    for (int t = 4; t < kPersonTags; ++t) {
#else
    for (int t = 0; t < kPersonTags; ++t) {
#endif
      float best = prev[0] + allowed[0][t];
      uint8_t arg = 0;
      for (int p = 1; p < kPersonTags; ++p) {
        float v = prev[p] + allowed[p][t];
        if (v > best) best = v, arg = static_cast<uint8_t>(p);
      }
      delta[j * kPersonTags + t] = best + s[t] - s[kTagOut];
      back[j * kPersonTags + t] = arg;
    }
  }
  uint8_t t = last_tag(&delta[(n - 1) * kPersonTags], into_out, allowed);
  for (size_t j = n; j-- > 0;) {
    tags[first + j] = t;
    t = back[j * kPersonTags + t];
  }
}

// decode_run() with its lattice on the stack for the usual run (a name of a word or two), in
// the vectors for a longer one.
void decode_candidate_run(const float* scores, size_t first, size_t end, const float* from, bool into_out,
                          const float (&allowed)[kTransitionRows][kPersonTags], uint8_t* tags,
                          std::vector<float>& delta, std::vector<uint8_t>& back) {
  constexpr size_t kShortRun = 16;
  const size_t n = end - first;
  if (n == 1) {
    // A lone candidate (two runs in three: a capitalised word between lower-case ones):
    // decode_run's first step and its choice of the last tag, without the lattice.
    float start[kPersonTags];
    first_step(scores + first * kPersonTags, from, start);
    tags[first] = last_tag(start, into_out, allowed);
    return;
  }
  float short_delta[kShortRun * kPersonTags];
  uint8_t short_back[kShortRun * kPersonTags];
  if (n <= kShortRun) {
    decode_run(scores, first, end, from, into_out, allowed, tags, short_delta, short_back);
    return;
  }
  delta.resize(n * kPersonTags);
  back.resize(n * kPersonTags);
  decode_run(scores, first, end, from, into_out, allowed, tags, delta.data(), back.data());
}

// The transitions with the impossible ones (O -> I) at -infinity: I only after its B or I.
void allowed_transitions(const float (&transitions)[kTransitionRows][kPersonTags],
                         float (&allowed)[kTransitionRows][kPersonTags]) {
  for (int p = 0; p < kTransitionRows; ++p) {
    for (int t = 0; t < kPersonTags; ++t) {
      const bool inside = t == kTagInside || t == kTagOtherInside;
      allowed[p][t] = inside && p != t && p != t - 1 ? kNever : transitions[p][t];
    }
  }
}

// decode_person_tags() for the stage, whose non-candidates are O already: only the runs of the
// candidates in `cands` from *at on that fall in [first, end) are decoded; *at moves past them.
void decode_candidates(const float* scores, size_t first, size_t end, const TokenList& cands, size_t* at,
                       const float (&transitions)[kTransitionRows][kPersonTags],
                       const float (&allowed)[kTransitionRows][kPersonTags], uint8_t* tags, std::vector<float>& delta,
                       std::vector<uint8_t>& back) {
  size_t c = *at;
  while (c < cands.size() && cands[c] < first) ++c;  // (outside any sentence, or in one not decoded)
  while (c < cands.size() && cands[c] < end) {
    const size_t i = cands[c];
    size_t run_end = i + 1;
    while (++c < cands.size() && cands[c] == run_end && run_end < end) ++run_end;
    decode_candidate_run(scores, i, run_end, i == first ? transitions[kPersonTags] : transitions[kTagOut],
                         run_end < end, allowed, tags, delta, back);
  }
  *at = c;
}

}  // namespace

void decode_person_tags(const std::vector<PersonTokenInfo>& info, const float* scores, size_t first, size_t end,
                        const float (&transitions)[kTransitionRows][kPersonTags], uint8_t* tags,
                        std::vector<float>& delta, std::vector<uint8_t>& back) {
  float allowed[kTransitionRows][kPersonTags];
  allowed_transitions(transitions, allowed);
  // Tokens that are not candidates are O, which cuts the sentence into independent runs of
  // candidates: each is decoded alone, so the work follows the capitals, not the text.
  for (size_t i = first; i < end;) {
    if (!info[i].candidate) {
      tags[i++] = kTagOut;
      continue;
    }
    size_t run_end = i + 1;
    while (run_end < end && info[run_end].candidate) ++run_end;
    const float* from = i == first ? transitions[kPersonTags] : transitions[kTagOut];
    decode_candidate_run(scores, i, run_end, from, run_end < end, allowed, tags, delta, back);
    i = run_end;
  }
}

namespace {

void relabel_other_names_at(const std::vector<PersonTokenInfo>& info, std::vector<uint8_t>& tags, const TokenList& may_tag) {
  const size_t n = tags.size();
  size_t settled = 0;  // tokens before this are done
  for (size_t i : may_tag) {
    if (i < settled || tags[i] != kTagOtherBegin) continue;
    size_t end = i + 1;
    while (end < n && tags[end] == kTagOtherInside) ++end;
    size_t first = i;
    if (info[i].lex & kHonorific) {
      tags[i] = kTagOut;
      first = i + 1;
    } else if (i > 0 && (info[i - 1].lex & kHonorific) && tags[i - 1] == kTagOut) {
      first = i;
    } else if (!info[i].initials || end == i + 1) {
      settled = end;
      continue;
    }
    for (size_t k = first; k < end; ++k) tags[k] = k == first ? kTagBegin : kTagInside;
    settled = end;
  }
}

std::vector<TokenRange> person_spans_at(const std::vector<uint8_t>& tags, const TokenList& may_tag) {
  std::vector<TokenRange> spans;
  for (size_t i : may_tag) {
    if (tags[i] == kTagBegin || (tags[i] == kTagInside && (i == 0 || (tags[i - 1] != kTagBegin && tags[i - 1] != kTagInside)))) {
      spans.push_back({i, i + 1});
    } else if (tags[i] == kTagInside) {
      spans.back().end = i + 1;
    }
  }
  return spans;
}

void collect_person_evidence_at(const std::vector<PersonTokenInfo>& info, const std::vector<TokenRange>& spans,
                                const std::vector<uint8_t>& tags, const TokenList& may_tag, PersonEvidence* ev) {
  ev->clear();
  for (const TokenRange& r : spans) {
    for (size_t i = r.first; i < r.end; ++i) {
      if (info[i].kind != kKindLower && !(info[i].lex & kTitleWord)) ev->add(info[i].word);
    }
  }
  for (size_t i : may_tag) {
    if (tags[i] == kTagOtherBegin || tags[i] == kTagOtherInside) ev->add_other(info[i].word);
  }
}

// `cands`: the candidates (surnames are found among them), a superset of the tagged tokens.
// `surnames`: a table for the surnames found (the stage keeps its own from document to document).
void propagate_surnames_at(const std::vector<PersonTokenInfo>& info, std::vector<uint8_t>& tags, const TokenList& cands,
                           WordCounts& surnames) {
  surnames.clear();
  for (const TokenRange& r : person_spans_at(tags, cands)) {
    if (r.end - r.first >= 2 && info[r.end - 1].kind != kKindLower) surnames.add(info[r.end - 1].word);
  }
  if (surnames.empty()) return;
  const size_t n = tags.size();
  for (size_t i : cands) {
    const PersonTokenInfo& x = info[i];
    if ((x.kind != kKindTitle && x.kind != kKindUpper) || (x.lex & kTitleWord)) continue;
    bool alone = tags[i] == kTagOut || (tags[i] == kTagOtherBegin && (i + 1 == n || tags[i + 1] != kTagOtherInside));
    if (alone && surnames.count(x.word) != 0) tags[i] = kTagBegin;
  }
}

// `in_person`, `in_other`: tables for how often each word is in a person's name and in another
// name (the stage keeps its own from document to document).
std::vector<TokenRange> vote_by_document_at(const std::vector<PersonTokenInfo>& info, const std::vector<uint8_t>& tags,
                                            std::vector<TokenRange> spans, const TokenList& may_tag,
                                            WordCounts& in_person, WordCounts& in_other) {
  in_person.clear();
  in_other.clear();
  for (size_t i : may_tag) {
    if (tags[i] != kTagOut) (tags[i] >= kTagOtherBegin ? in_other : in_person).add(info[i].word);
  }
  auto count = [&](uint64_t word, uint8_t other) { return (other ? in_other : in_person).count(word); };
  std::vector<TokenRange> kept;
  kept.reserve(spans.size());
  for (const TokenRange& r : spans) {
    bool person = false;
    for (size_t i = r.first; i < r.end && !person; ++i) {
      person = info[i].kind == kKindLower || count(info[i].word, 1) <= count(info[i].word, 0);
    }
    if (person) kept.push_back(r);
  }
  return kept;
}

}  // namespace

void relabel_other_names(const std::vector<PersonTokenInfo>& info, std::vector<uint8_t>& tags) {
  relabel_other_names_at(info, tags, tagged_tokens(tags));
}

std::vector<TokenRange> person_spans(const std::vector<uint8_t>& tags) { return person_spans_at(tags, tagged_tokens(tags)); }

void collect_person_evidence(const std::vector<PersonTokenInfo>& info, const std::vector<TokenRange>& spans,
                             const std::vector<uint8_t>& tags, PersonEvidence* ev) {
  collect_person_evidence_at(info, spans, tags, tagged_tokens(tags), ev);
}

void propagate_surnames(const std::vector<PersonTokenInfo>& info, std::vector<uint8_t>& tags) {
  TokenList cands;
  for (size_t i = 0; i < info.size(); ++i) {
    if (info[i].candidate) cands.push_back(static_cast<uint32_t>(i));
  }
  WordCounts surnames;
  propagate_surnames_at(info, tags, cands, surnames);
}

std::vector<TokenRange> vote_by_document(const std::vector<PersonTokenInfo>& info, const std::vector<uint8_t>& tags,
                                         std::vector<TokenRange> spans) {
  WordCounts in_person, in_other;
  return vote_by_document_at(info, tags, std::move(spans), tagged_tokens(tags), in_person, in_other);
}

std::vector<TokenRange> apply_person_rules(const Document& doc, const std::vector<PersonTokenInfo>& info,
                                           std::vector<TokenRange> spans) {
  std::vector<TokenRange> kept;
  kept.reserve(spans.size());
  for (TokenRange r : spans) {
    while (r.end - r.first > 1 && (info[r.first].lex & kTitleWord)) ++r.first;
    while (r.end - r.first > 1 && info[r.end - 1].kind == kKindLower) --r.end;
    if (r.end - r.first == 1 && (info[r.first].lex & kTitleWord) && (info[r.first].lex & 0x0F) == 0) continue;
    size_t head = r.end;  // "Martin Luther King Jr. Memorial": look past "Jr."
    while (head < doc.tokens.size() && (info[head].lex & kNameSuffix) && head - r.end < 2) ++head;
    if (head < doc.tokens.size() && doc.tokens[head].sentence == doc.tokens[r.first].sentence &&
        (info[head].lex & kNonPersonHead) && info[head].kind != kKindOther) {
      continue;
    }
    if (r.end - r.first == 1 && lower_middle_part(doc.token_text(r.first))) continue;
    // "an Oscar nominee", "the Mac": a lone name right after a determiner names a thing.
    if (r.end - r.first == 1 && r.first > 0 && (info[r.first - 1].lex & kDeterminer) &&
        info[r.first - 1].kind == kKindLower) {
      continue;
    }
    // "his book, Confidence Man," / "the film “Ali”": a title, not a person.
    size_t before = r.first;
    while (before > 0 && r.first - before < 2 && info[before - 1].kind == kKindOther &&
           doc.tokens[before - 1].sentence == doc.tokens[r.first].sentence) {
      --before;
    }
    // Past a comma or quote the title must close the same way ("the show, Smith said" keeps Smith).
    bool closed = before == r.first || (r.end < doc.tokens.size() && info[r.end].kind == kKindOther);
    if (before > 0 && closed && (info[before - 1].lex & kWorkNoun) && info[before - 1].kind == kKindLower) continue;
    kept.push_back(r);
  }
  return kept;
}

namespace {

// The spans not marked doubtful, and the doubtful ones whose first word `vouched` holds (the
// document gave it a person's sign elsewhere), in order; filtered in place.
std::vector<TokenRange> keep_vouched(const std::vector<PersonTokenInfo>& info, std::vector<TokenRange> spans,
                                     const std::vector<uint8_t>& doubtful, const WordCounts& vouched) {
  size_t out = 0;
  for (size_t k = 0; k < spans.size(); ++k) {
    if (!doubtful[k] || vouched.count(info[spans[k].first].word) != 0) spans[out++] = spans[k];
  }
  spans.resize(out);
  return spans;
}

// Whether token i's capital says nothing: a headline's word, or its sentence's first word
// after any punctuation ("- This", the quote in "\"Good").
bool capital_says_nothing(const Document& doc, const std::vector<PersonTokenInfo>& info, size_t i) {
  if (info[i].mode != kModeNormal) return true;
  for (size_t k = doc.sentences[doc.tokens[i].sentence].first_token; k < i; ++k) {
    if (info[k].kind != kKindOther) return false;
  }
  return true;
}

// A lone word where its capital says nothing (a sentence's first word after any quote or dash,
// or a Title Case / ALL CAPS headline) that is usually written in lower case
// (PersonLexicon::is_common_lower: "Good rains", "Eventually, he") is dropped, unless the
// document gives the same word as a person somewhere its capital does say something: in a
// longer name, or alone inside a sentence ("Mr Good").
// `doubtful`, `evidence`: scratch (the stage keeps its own from document to document).
std::vector<TokenRange> drop_lone_common_words_at(const Document& doc, const std::vector<PersonTokenInfo>& info,
                                                  const PersonLexicon& lexicon, std::vector<TokenRange> spans,
                                                  std::vector<uint8_t>& doubtful, WordCounts& evidence) {
  doubtful.resize(spans.size());
  bool any = false;
  for (size_t k = 0; k < spans.size(); ++k) {
    const TokenRange& r = spans[k];
    doubtful[k] = r.end - r.first == 1 && lexicon.is_common_lower(info[r.first].word) &&
                  capital_says_nothing(doc, info, r.first);
    any = any || doubtful[k];
  }
  if (!any) return spans;  // the common case: no table, no second loop
  evidence.clear();
  for (size_t k = 0; k < spans.size(); ++k) {
    if (doubtful[k]) continue;
    for (size_t i = spans[k].first; i < spans[k].end; ++i) evidence.add(info[i].word);
  }
  return keep_vouched(info, std::move(spans), doubtful, evidence);
}

// `thing`, `person`: scratch tables (the stage keeps its own from document to document).
std::vector<TokenRange> drop_lone_names_of_things_at(const std::vector<PersonTokenInfo>& info,
                                                     const std::vector<TokenRange>& found, std::vector<TokenRange> kept,
                                                     WordCounts& thing, WordCounts& person) {
  if (kept.size() == found.size()) return kept;  // no span refused: no evidence of things
  // The words of the one-word names the rules refused; kept is an ordered subsequence of found
  // (the rules only narrow spans or drop them).
  thing.clear();
  size_t k = 0;
  for (const TokenRange& r : found) {
    while (k < kept.size() && kept[k].end <= r.first) ++k;
    bool refused = k == kept.size() || kept[k].first >= r.end;
    if (refused && r.end - r.first == 1 && !(info[r.first].lex & kTitleWord)) thing.add(info[r.first].word);
  }
  if (thing.empty()) return kept;
  person.clear();  // words the document gives as a person's: in a longer name, after a title
  for (const TokenRange& r : kept) {
    bool titled = r.first > 0 && (info[r.first - 1].lex & kTitleWord);
    if (r.end - r.first >= 2 || titled) {
      for (size_t i = r.first; i < r.end; ++i) person.add(info[i].word);
    }
  }
  std::vector<TokenRange> out;
  out.reserve(kept.size());
  for (const TokenRange& r : kept) {
    uint64_t w = info[r.first].word;
    if (r.end - r.first == 1 && thing.count(w) != 0 && person.count(w) == 0) continue;
    out.push_back(r);
  }
  return out;
}

// Whether the lower-case word at token k (a role noun or title) is a verb here: "will captain
// Wales", "to coach Chelsea", after "to" or a modal.
bool used_as_verb(const Document& doc, const std::vector<PersonTokenInfo>& info, size_t k) {
  static constexpr std::u16string_view kVerbBefore[] = {u"to", u"will", u"would", u"could", u"can", u"may",
                                                         u"might", u"should", u"must", u"shall"};
  if (k < 1 || info[k].kind != kKindLower || info[k - 1].kind != kKindLower ||
      doc.tokens[k - 1].sentence != doc.tokens[k].sentence) {
    return false;
  }
  const std::u16string_view before = doc.token_text(k - 1);
  for (std::u16string_view v : kVerbBefore) {
    if (before == v) return true;
  }
  return false;
}

// Whether a role noun stands right before token i, or before a comma right before it, in its
// sentence: "striker Ronaldo", "Reagan's wife, Nancy".
bool after_role_noun(const Document& doc, const std::vector<PersonTokenInfo>& info, size_t i) {
  size_t k = i;
  if (k > 0 && doc.token_text(k - 1) == u",") --k;
  if (k == 0 || doc.tokens[k - 1].sentence != doc.tokens[i].sentence || info[k - 1].kind != kKindLower) return false;
  return is_role_noun(FoldedWord(doc.token_text(k - 1))) && !used_as_verb(doc, info, k - 1);
}

// Whether token i is a possessive ending split off a name ("'s", "’s": the segmenter's
// kPossessive, or a lone apostrophe).
bool possessive_token(const Document& doc, size_t i) {
  if (doc.tokens[i].has(kPossessive)) return true;
  const std::u16string_view t = doc.token_text(i);
  return t == u"'" || t == u"\u2019";
}

// Whether the firm word at token k, right after a name, is a verb: followed by a determiner,
// a pronoun or a capitalised word in its sentence ("Blair shares the view", "shares his",
// "shares Brown's"); a firm's "shares rose", "profits fell" go on with no such word.
bool firm_word_is_verb(const Document& doc, const std::vector<PersonTokenInfo>& info, size_t k) {
  static const uint64_t kPronouns[] = {hash_lower(u"his"), hash_lower(u"her"), hash_lower(u"their"),
                                       hash_lower(u"its"), hash_lower(u"my"),  hash_lower(u"our"),
                                       hash_lower(u"your"), hash_lower(u"him"), hash_lower(u"them"),
                                       hash_lower(u"us"),  hash_lower(u"me"),  hash_lower(u"it")};
  const size_t next = k + 1;
  if (next >= doc.tokens.size() || doc.tokens[next].sentence != doc.tokens[k].sentence) return false;
  if (info[next].kind == kKindTitle || info[next].kind == kKindUpper) return true;
  if (info[next].kind != kKindLower) return false;
  if (info[next].lex & kDeterminer) return true;
  for (uint64_t w : kPronouns) {
    if (info[next].word == w) return true;
  }
  return false;
}

// Whether the document tells the one-word name at token i a firm's by a firm word after it or
// its possessive ("Google shares", "Wimpey's profits") or before "in"/"of" ("shares in Vodafone").
bool firm_word_by(const Document& doc, const std::vector<PersonTokenInfo>& info, const PersonLexicon& lexicon,
                  size_t i) {
  // Read for every capitalised word: the cheap tests (case kinds, hashes) come first.
  static const uint64_t kIn = hash_lower(u"in"), kOf = hash_lower(u"of");
  const size_t n = doc.tokens.size();
  const uint32_t sentence = doc.tokens[i].sentence;
  size_t after = i + 1;
  const bool possessive = after < n && possessive_token(doc, after);
  if (possessive) ++after;
  if (after < n && info[after].kind == kKindLower && doc.tokens[after].sentence == sentence &&
      lexicon.is_firm_word(info[after].word) && (possessive || !firm_word_is_verb(doc, info, after))) {
    return true;
  }
  if (i < 2 || info[i - 1].kind != kKindLower || info[i - 2].kind != kKindLower) return false;
  const uint64_t join = info[i - 1].word;
  return (join == kIn || join == kOf) && doc.tokens[i - 2].sentence == sentence &&
         lexicon.is_firm_word(info[i - 2].word);
}

// Whether the title word at token k is an honorific that only ever takes a name ("Mr", "Dr"):
// the honorifics carry kTitleWord too, but "Mr King", "Ms Prince" name people. "Lord", "Lady",
// "Sir" and "Dame" also take offices ("Lord Chancellor", "Lady Mayoress").
bool name_only_honorific(const std::vector<PersonTokenInfo>& info, size_t k) {
  static const uint64_t kOfficeTakers[] = {hash_lower(u"lord"), hash_lower(u"lady"), hash_lower(u"sir"),
                                           hash_lower(u"dame")};
  if (!(info[k].lex & kHonorific)) return false;
  for (uint64_t w : kOfficeTakers) {
    if (info[k].word == w) return false;
  }
  return true;
}

// Whether an organisation noun right before the capitalised token i names it an organisation's
// ("carmaker DaimlerChrysler"; a trade noun only before a name that is no surname: "car maker
// Peugeot", not "film maker Moore"). Not after "the" with a lower-case word after the name: the
// noun then stands before a clause's subject ("the club Ferguson built").
bool organisation_noun_before(const Document& doc, const std::vector<PersonTokenInfo>& info,
                              const PersonLexicon& lexicon, size_t i) {
  static const uint64_t kThe = hash_lower(u"the");
  if (i == 0 || info[i - 1].kind != kKindLower) return false;
  const uint32_t sentence = doc.tokens[i].sentence;
  if (doc.tokens[i - 1].sentence != sentence) return false;
  const uint64_t noun = info[i - 1].word;
  if (!lexicon.is_organisation_noun(noun) &&
      !(lexicon.is_trade_noun(noun) && (info[i].lex >> kSurnameShift & 3) == 0)) {
    return false;
  }
  // "the firm Hitachi said": a reporting verb after the name makes the noun phrase the
  // speaker (an apposition), not a clause's subject after its noun ("the club Ferguson built").
  static const uint64_t kSaid = hash_lower(u"said"), kSays = hash_lower(u"says"), kTold = hash_lower(u"told");
  const bool clause = i >= 2 && info[i - 2].kind == kKindLower && info[i - 2].word == kThe &&
                      doc.tokens[i - 2].sentence == sentence && i + 1 < doc.tokens.size() &&
                      info[i + 1].kind == kKindLower && doc.tokens[i + 1].sentence == sentence &&
                      info[i + 1].word != kSaid && info[i + 1].word != kSays && info[i + 1].word != kTold;
  return !clause;
}

// Whether the one-word span at r is a title right after another ("Lord [Chancellor]", "Vice
// [President]"): an office, unless the document gives the word in a longer name ("John Major").
bool office_after_title(const Document& doc, const std::vector<PersonTokenInfo>& info, const TokenRange& r) {
  return r.end - r.first == 1 && (info[r.first].lex & kTitleWord) && r.first > 0 &&
         (info[r.first - 1].lex & kTitleWord) && doc.tokens[r.first - 1].sentence == doc.tokens[r.first].sentence &&
         !name_only_honorific(info, r.first - 1);
}

// A lone word that mostly names an organisation, a place or a thing (PersonLexicon::is_other_name,
// derived from CoNLL++ train: "Chelsea", "Reuters", "Ireland"), or that the document puts right
// after an organisation noun somewhere ("carmaker DaimlerChrysler ... DaimlerChrysler said") or
// next to a firm word ("Google shares", "Wimpey's profits", "shares in Vodafone"), or a title
// right after another ("Lord [Chancellor]"), is dropped unless the document gives the same word a
// person's sign: in a longer name ("Chelsea Clinton"; not an other name at the end of one whose
// first word is no first name, "Athletics Kenya"), after a title or honorific ("Mr Houston",
// "Lord Hamilton") or right after a role noun ("his wife, Nancy"), neither used as a verb
// ("will captain Wales", "to miss Ireland").
// `cands`: the capitalised tokens, in order (names right after an organisation noun are found
// among them). `doubtful`, `person`, `organisation`: scratch (the stage keeps its own from
// document to document).
std::vector<TokenRange> drop_lone_other_names_at(const Document& doc, const std::vector<PersonTokenInfo>& info,
                                                 const PersonLexicon& lexicon, std::vector<TokenRange> spans,
                                                 const TokenList& cands, std::vector<uint8_t>& doubtful,
                                                 WordCounts& person, WordCounts& organisation) {
  if (spans.empty()) return spans;
  // Words the document puts right after an organisation noun ("carmaker DaimlerChrysler") or
  // gives a firm word ("Google shares", "shares in Vodafone").
  organisation.clear();
  // Firm words next to every capital, not only next to the lone names kept: where the model
  // tagged "shares in Vodafone" as another name, a lone "Vodafone" elsewhere is still dropped.
  // (Next to the kept names only: the same people on BBC and 0.3% more instructions in the stage
  // than main instead of 3.6%, callgrind over 600 BBC articles, but the doctests' Vodafone stays.)
  for (size_t i : cands) {
    if (organisation_noun_before(doc, info, lexicon, i) || firm_word_by(doc, info, lexicon, i)) {
      organisation.add(info[i].word);
    }
  }
  doubtful.resize(spans.size());
  bool any = false;
  for (size_t k = 0; k < spans.size(); ++k) {
    const TokenRange& r = spans[k];
    const uint64_t w = info[r.first].word;
    doubtful[k] = r.end - r.first == 1 && (lexicon.is_other_name(w) ||
                                           (!organisation.empty() && organisation.count(w) != 0) ||
                                           office_after_title(doc, info, r));
    any = any || doubtful[k];
  }
  if (!any) return spans;  // the common case: no second table, no second loop
  person.clear();  // words the document gives as a person's: in a longer name, after a title or role
  for (const TokenRange& r : spans) {
    if (office_after_title(doc, info, r)) continue;  // its title is no person's sign
    const bool titled = r.first > 0 && (info[r.first - 1].lex & kTitleWord) &&
                        doc.tokens[r.first - 1].sentence == doc.tokens[r.first].sentence &&
                        !used_as_verb(doc, info, r.first - 1);
    if (r.end - r.first >= 2 || titled || after_role_noun(doc, info, r.first)) {
      // "Aero India", "Athletics Kenya": a longer name whose first word is no first name
      // vouches for none of its other names' words at its end ("Abraham Lincoln" does).
      size_t end = r.end;
      if (r.end - r.first >= 2 && !titled && (info[r.first].lex >> kFirstNameShift & 3) == 0 &&
          lexicon.is_other_name(info[r.end - 1].word)) {
        --end;
      }
      for (size_t i = r.first; i < end; ++i) person.add(info[i].word);
    }
  }
  return keep_vouched(info, std::move(spans), doubtful, person);
}

}  // namespace

std::vector<TokenRange> drop_lone_names_of_things(const std::vector<PersonTokenInfo>& info,
                                                  const std::vector<TokenRange>& found, std::vector<TokenRange> kept) {
  WordCounts thing, person;
  return drop_lone_names_of_things_at(info, found, std::move(kept), thing, person);
}

PersonTagger::PersonTagger() : PersonTagger(embedded_person_model(), PersonLexicon::embedded()) {}

PersonTagger::PersonTagger(const PersonModel& model, const PersonLexicon& lexicon)
    : model_(model), features_(lexicon) {}

void PersonTagger::score(size_t i, const uint32_t* features, size_t count, bool add) {
  static_assert(kPersonTags == 5, "the SIMD sum takes four tags in a vector and the fifth apart");
  int32_t sum[kPersonTags] = {};
  const int16_t* w = model_.weights.data();
#ifdef __wasm_simd128__
  // A row's first four weights as one vector (an 8-byte load, widened), the fifth apart.
  v128_t four = wasm_i32x4_splat(0);
  for (size_t k = 0; k < count; ++k) {
    const int16_t* row = w + size_t(features[k]) * kPersonTags;
    four = wasm_i32x4_add(four, wasm_i32x4_load16x4(row));
    sum[4] += row[4];
  }
  sum[0] += wasm_i32x4_extract_lane(four, 0);
  sum[1] += wasm_i32x4_extract_lane(four, 1);
  sum[2] += wasm_i32x4_extract_lane(four, 2);
  sum[3] += wasm_i32x4_extract_lane(four, 3);
#else
  for (size_t k = 0; k < count; ++k) {
    const int16_t* row = w + size_t(features[k]) * kPersonTags;
    for (int t = 0; t < kPersonTags; ++t) sum[t] += row[t];
  }
#endif
  float* out = &scores_[i * kPersonTags];
  for (int t = 0; t < kPersonTags; ++t) out[t] = (add ? out[t] : 0.0f) + static_cast<float>(sum[t]) * model_.scale;
}

void PersonTagger::run(Document& doc) {
  doc.people.clear();
  const size_t n = doc.tokens.size();
  if (n == 0) return;
  features_.prepare(doc);
  const std::vector<PersonTokenInfo>& info = features_.info();
  // Only candidates' scores are ever read, and the first pass sets each of theirs: no clearing.
  // Grown, never shrunk here: a resize back up would zero the new part first.
  if (scores_.size() < n * kPersonTags) scores_.resize(n * kPersonTags);
  tags_.assign(n, kTagOut);
  uint32_t feats[kMaxPersonFeatures];
  float allowed[kTransitionRows][kPersonTags];
  allowed_transitions(model_.transitions, allowed);
  // Only candidates are scored and decoded; every other token stays O.
  const std::vector<uint32_t>& candidates = features_.candidates();  // (none: every loop below is empty)
  for (size_t i : candidates) score(i, feats, features_.base(doc, i, model_.bits, feats), false);
  size_t at = 0;
  for (const Sentence& s : doc.sentences) {
    decode_candidates(scores_.data(), s.first_token, s.end_token, candidates, &at, model_.transitions, allowed,
                      tags_.data(), scratch_, back_);
  }
  relabel_other_names_at(info, tags_, candidates);
  std::vector<TokenRange> spans = person_spans_at(tags_, candidates);
  // Second pass: sentences with a word the first pass found in a name are decoded again.
  collect_person_evidence_at(info, spans, tags_, candidates, &evidence_);
  if (!evidence_.empty()) {
    dirty_.assign(doc.sentences.size(), 0);
    for (size_t i : candidates) {
      size_t count = features_.evidence(doc, i, model_.bits, evidence_, feats);
      if (count == 0) continue;
      score(i, feats, count, true);
      dirty_[doc.tokens[i].sentence] = 1;
    }
    at = 0;
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sent = doc.sentences[s];
      if (!dirty_[s]) continue;  // (decode_candidates passes over its candidates)
      decode_candidates(scores_.data(), sent.first_token, sent.end_token, candidates, &at, model_.transitions, allowed,
                        tags_.data(), scratch_, back_);
    }
    relabel_other_names_at(info, tags_, candidates);
    propagate_surnames_at(info, tags_, candidates, surnames_);
    spans = vote_by_document_at(info, tags_, person_spans_at(tags_, candidates), candidates, in_person_, in_other_);
  }
  std::vector<TokenRange> kept = apply_person_rules(doc, info, spans);
  // (vote_by_document_at is done with in_person_ and in_other_: the two reuse them)
  kept = drop_lone_names_of_things_at(info, spans, std::move(kept), in_other_, in_person_);
  kept = drop_lone_common_words_at(doc, info, features_.lexicon(), std::move(kept), doubtful_, in_person_);
  kept = drop_lone_other_names_at(doc, info, features_.lexicon(), std::move(kept), candidates, doubtful_, in_person_,
                                  in_other_);
  doc.people.reserve(kept.size());  // (growing moved every Person so far: strings and vectors)
  for (const TokenRange& r : kept) {
    Span span{doc.tokens[r.first].span.start, doc.tokens[r.end - 1].span.end};
    Person p;
    p.name = std::u16string(doc.view(span));
    p.mentions.push_back(span);
    doc.people.push_back(std::move(p));
  }
  features_.release_if_large();
  evidence_.release_if_large();
  in_person_.release_if_large();
  in_other_.release_if_large();
  surnames_.release_if_large();
  release_if_large(scores_);
  release_if_large(tags_);
  release_if_large(dirty_);
  release_if_large(doubtful_);
  release_if_large(scratch_);
  release_if_large(back_);
}

}  // namespace newsmark
