#include "stages/hedge_conditions.h"

#include <algorithm>

namespace newsmark {

namespace {

constexpr uint64_t H(std::string_view w) { return word_hash(w); }

// Words that make "until" a point in time rather than a condition: "until now", "until
// Thursday", "until the end of March", "until 1994", "until later this year".
bool is_time_word(uint64_t w) {
  return word_in(w, {H("now"), H("then"), H("recently"), H("later"), H("today"), H("tomorrow"), H("yesterday"),
                     H("tonight"), H("last"), H("next"), H("this"), H("early"), H("late"), H("mid"), H("after"),
                     H("further"), H("monday"), H("tuesday"), H("wednesday"), H("thursday"), H("friday"),
                     H("saturday"), H("sunday"), H("january"), H("february"), H("march"), H("april"), H("may"),
                     H("june"), H("july"), H("august"), H("september"), H("october"), H("november"),
                     H("december"), H("jan"), H("feb"), H("mar"), H("apr"), H("jun"), H("jul"), H("aug"),
                     H("sept"), H("sep"), H("oct"), H("nov"), H("dec"), H("recent"), H("very"), H("shortly"),
                     H("midnight"), H("noon"), H("dawn"), H("death"), H("retirement"), H("around"), H("about"),
                     H("at"), H("as"), H("mid-"), H("earlier")});
}

}  // namespace

// "until the inspectors certify ...": a condition; "until 1994", "until now", "until the end
// of the year": a time.
bool until_is_condition(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.last);
  if (is_punct_at(s, i) || is_number_at(s, i) || is_time_word(s.word(i))) return false;
  if (s.word(static_cast<ptrdiff_t>(m.first) - 1) == H("up")) return false;  // "up until"
  if (s.word(i) == H("the") && word_in(s.word(i + 1), {H("end"), H("middle"), H("start"), H("beginning"),
                                                       H("close"), H("day"), H("week"), H("month"), H("year"),
                                                       H("spring"), H("summer"), H("autumn"), H("fall"),
                                                       H("winter"), H("time"), H("weekend"), H("evening"),
                                                       H("morning"), H("afternoon"), H("late"), H("early")}))
    return false;
  if (is_number_at(s, i + 1) || is_time_word(s.word(i + 1))) return false;
  // A condition still open: the clause's verb is in the present ("until Iraq complies",
  // "until an offer is made"); narrative in the past ("until they were beaten") or a plain
  // noun phrase ("until the introduction of ...") is a time.
  for (ptrdiff_t k = i; k < i + 10 && !is_punct_at(s, k); ++k) {
    const uint64_t w = s.word(k);
    if (word_in(w, {H("was"), H("were"), H("had"), H("did"), H("could"), H("would"), H("began"), H("came")}))
      return false;
    if (word_in(w, {H("is"), H("are"), H("has"), H("have"), H("'re"), H("'s"), H("does"), H("do"), H("can"),
                    H("gets"), H("get"), H("they're"), H("we're"), H("you're"), H("it's"), H("he's"), H("she's")}))
      return true;
    if (k > i && s.has(k, kLower) && !is_determiner(s.word(k - 1)) &&
        !word_in(s.word(k - 1), {H("several"), H("many"), H("few"), H("some"), H("all"), H("other"), H("two"),
                                 H("three")})) {
      const std::u16string_view t = s.doc->view(s.token(static_cast<size_t>(k)).span);
      if (t.size() > 3 && t.back() == u's' && t[t.size() - 2] != u's' && t[t.size() - 2] != u'u') return true;
    }
  }
  return false;
}

// "will" of plain future is not a hedge; "will" as the consequence of a condition in the
// same sentence ("if the talks fail, prices will rise", "will remain until Iraq complies") is.
bool will_is_consequence(const SentenceTokens& s, const CueMatch& m) {
  const size_t from = window_from(s, m), to = window_to(s, m);
  for (size_t k = from; k < to; ++k) {
    const uint64_t w = s.lower(k);
    if (w == H("if") || w == H("unless")) return true;
    if (w == H("until")) {
      CueMatch until{k, k + 1, HedgeType::Conditional, nullptr};
      if (until_is_condition(s, until)) return true;
    }
  }
  return false;
}

// "should he survive", "should peace efforts fail": an inverted condition. The modal
// "should" is followed by its verb; the inverted one by the condition's subject.
bool should_is_inverted_condition(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.last);
  if (s.has(static_cast<ptrdiff_t>(m.first), kSentenceStart) || s.word(static_cast<ptrdiff_t>(s.end) - 1) == H("?"))
    return false;
  const uint64_t next = s.word(i);
  if (word_in(next, {H("he"), H("she"), H("it"), H("they"), H("we"), H("you"), H("i"), H("the"), H("a"), H("an"),
                     H("any"), H("this"), H("these"), H("those"), H("there"), H("his"), H("her"), H("their"),
                     H("its"), H("our")}))
    return true;
  return s.has(i, kTitle) && s.word(static_cast<ptrdiff_t>(m.first) - 1) != H("we");
}

}  // namespace newsmark
