#include "stages/role_descriptors.h"

#include "stages/linker_lexicons.h"

namespace newsmark {

namespace {

constexpr size_t kMaxPhraseTokens = 16;

bool is_connector(std::u16string_view w) { return w == u"of" || w == u"for" || w == u"and" || w == u"&"; }
bool is_determiner(std::u16string_view w) { return w == u"the" || w == u"a" || w == u"an"; }
bool is_possessive_pronoun(std::u16string_view w) {
  return w == u"his" || w == u"her" || w == u"their" || w == u"its" || w == u"our";
}

// "then-president", "co-founder": a hyphenated role counts by its last part.
bool is_role(const FoldedWord& folded) {
  if (is_role_noun(folded)) return true;
  const std::u16string_view w = folded;
  size_t dash = w.rfind(u'-');
  return dash != std::u16string_view::npos && is_role_noun(w.substr(dash + 1));
}

struct Chunk {
  size_t first = 0, end = 0;  // tokens [first, end)
  bool has_role = false;
};

// Walks left from token `end` (exclusive) over a pre-modifying role phrase.
Chunk chunk_left(const Document& doc, size_t end, size_t floor, const std::vector<int>& owner) {
  Chunk c{end, end, false};
  bool possessor_allowed = false;  // just passed "'s": a name may stand before it
  int possessor = -1;
  int unknown = 0;                 // plain lower-case words taken
  while (c.first > floor && end - c.first < kMaxPhraseTokens) {
    size_t j = c.first - 1;
    const Token& t = doc.tokens[j];
    const FoldedWord folded(doc.token_text(j));
    const std::u16string_view w = folded;
    bool take = false;
    if (owner[j] >= 0) {
      take = possessor_allowed && (possessor < 0 || possessor == owner[j]);
      possessor = owner[j];
    } else if (t.has(kPossessive)) {
      take = true;
      possessor_allowed = true;
      possessor = -1;
      c.first = j;
      continue;
    } else if (is_role(folded)) {
      take = true;
      c.has_role = true;
    } else if (is_connector(w)) {
      // Inside a title ("President of the United States", "Secretary for Health and Social
      // Care"), not between two phrases ("an associate of former Yukos boss [Khodorkovsky]").
      bool title_before = j > floor && (is_capitalised_word(doc.tokens[j - 1]) || is_role(FoldedWord(doc.token_text(j - 1))));
      bool title_after = j + 1 < end && is_capitalised_word(doc.tokens[j + 1]);
      take = (w == u"of" || w == u"for") ? title_before : (title_before && title_after);
    } else if (is_role_modifier(folded) || is_determiner(w) || is_ordinal(w)) {
      take = true;
    } else if (is_capitalised_word(t) && !is_closed_class(folded) && !is_honorific(folded)) {
      take = true;
    } else if (c.has_role && unknown < 2 && t.has(kLower) && t.has(kAlpha) && !is_closed_class(folded) && j > floor) {
      // A plain word qualifying the role ("Labour's election chief", "shadow home secretary")
      // when what stands before it opens or continues such a phrase.
      const Token& before = doc.tokens[j - 1];
      const FoldedWord folded_before(doc.token_text(j - 1));
      const std::u16string_view b = folded_before;
      take = before.has(kPossessive) || is_determiner(b) || is_role_modifier(folded_before) ||
             (is_capitalised_word(before) && !is_closed_class(folded_before) && owner[j - 1] < 0);
      unknown += take;
    }
    if (!take) break;
    if (owner[j] < 0) possessor_allowed = false;
    c.first = j;
    if (w == u"a" || w == u"an") break;  // an indefinite article opens the phrase
  }
  // The phrase cannot open with a connector or a bare possessive clitic.
  while (c.first < end) {
    const FoldedWord folded(doc.token_text(c.first));
    const std::u16string_view w = folded;
    if (is_connector(w) || doc.tokens[c.first].has(kPossessive)) {
      ++c.first;
    } else {
      break;
    }
  }
  return c;
}

bool is_boundary(const Token& t, std::u16string_view folded) {
  if (t.has(kPunct)) return true;
  return folded == u"who" || folded == u"which" || folded == u"that" || folded == u"whose" || folded == u"said" ||
         folded == u"says" || folded == u"told" || folded == u"and" || folded == u"but";
}

// Reads an apposition that starts at token `start` (right after the comma).
bool chunk_apposition(const Document& doc, size_t start, size_t limit, const std::vector<int>& owner, Chunk* out) {
  bool head = false, opened_by_determiner = false;
  size_t unknown_before_head = 0;
  size_t k = start;
  for (; k < limit && k - start < kMaxPhraseTokens; ++k) {
    const Token& t = doc.tokens[k];
    const FoldedWord folded(doc.token_text(k));
    const std::u16string_view w = folded;
    if (head) {
      if (is_boundary(t, w)) break;
      continue;
    }
    if (is_role(folded)) {
      head = true;
    } else if (owner[k] >= 0) {
      if (k + 1 >= limit || !doc.tokens[k + 1].has(kPossessive)) return false;  // a list of names
    } else if (t.has(kPossessive) || is_role_modifier(folded) || is_ordinal(w)) {
    } else if (k == start && (is_determiner(w) || is_possessive_pronoun(w))) {
      opened_by_determiner = true;
    } else if (is_capitalised_word(t) && !is_closed_class(folded)) {
    } else if (w == u"of" || w == u"the") {
    } else if (opened_by_determiner && t.has(kLower) && !is_closed_class(folded) && ++unknown_before_head <= 2) {
    } else {
      return false;
    }
  }
  if (!head) return false;
  if (k - start >= kMaxPhraseTokens) return false;
  out->first = start;
  out->end = k;
  out->has_role = true;
  return true;
}

Span span_of(const Document& doc, const Chunk& c) {
  return Span{doc.tokens[c.first].span.start, doc.tokens[c.end - 1].span.end};
}

}  // namespace

std::vector<Span> role_descriptors(const Document& doc, size_t first, size_t end, const std::vector<int>& owner) {
  std::vector<Span> out;
  if (first >= end || end > doc.tokens.size()) return out;
  const Sentence& sentence = doc.sentences[doc.tokens[first].sentence];
  size_t floor = sentence.first_token;
  size_t limit = sentence.end_token;

  // Pre-modifier, past an honorific ("North Korean leader [Kim]", "President [Joe Biden]").
  size_t left = first;
  if (left > floor && is_honorific(FoldedWord(doc.token_text(left - 1))) && owner[left - 1] < 0) --left;
  Chunk pre = chunk_left(doc, left, floor, owner);
  if (pre.has_role && pre.first < left) out.push_back(span_of(doc, pre));

  // Apposition after the name: "[Haberman], a correspondent for The New York Times, said".
  if (end < limit && doc.token_text(end) == u",") {
    Chunk app;
    if (chunk_apposition(doc, end + 1, limit, owner, &app)) out.push_back(span_of(doc, app));
  }

  // Fronted apposition: "The North Korean leader, [Kim Jong-un], said".
  if (left == first && first > floor + 1 && doc.token_text(first - 1) == u"," &&
      (end >= limit || doc.token_text(end) == u"," || doc.tokens[end].has(kPunct))) {
    Chunk fronted = chunk_left(doc, first - 1, floor, owner);
    bool opens_clause = fronted.first == floor || doc.token_text(fronted.first - 1) == u",";
    if (fronted.has_role && fronted.first < first - 1 && opens_clause) out.push_back(span_of(doc, fronted));
  }
  return out;
}

}  // namespace newsmark
