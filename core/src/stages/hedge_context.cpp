#include "stages/hedge_context.h"

#include "stages/hedge_conditions.h"

#include <algorithm>

namespace newsmark {

namespace {

constexpr uint64_t H(std::string_view w) { return word_hash(w); }

// Words between a modal and its verb that do not change what the verb is.
bool is_adverb_between(uint64_t w) {
  return word_in(w, {H("not"), H("only"), H("barely"), H("hardly"), H("easily"), H("still"), H("never"),
                     H("always"), H("even"), H("just"), H("also"), H("no"), H("longer"), H("scarcely")});
}

bool is_be_form(uint64_t w) {
  return word_in(w, {H("is"), H("are"), H("was"), H("were"), H("be"), H("been"), H("being"), H("'s"), H("'re")});
}

// "May 2020", "in May", "on May 6", "Theresa May": the month or the name, not the modal.
bool may_rule(const SentenceTokens& s, const CueMatch& m) {
  const size_t i = m.first;
  const Token& t = s.token(i);
  if (t.has(kLower)) return true;
  if (t.has(kUpper) && s.doc->view(t.span).size() > 1) return true;  // "MAY" in a headline
  if (is_number_at(s, static_cast<ptrdiff_t>(i) + 1)) return false;   // "May 6", "May 2020"
  const uint64_t prev = s.word(static_cast<ptrdiff_t>(i) - 1);
  if (word_in(prev, {H("in"), H("on"), H("since"), H("of"), H("by"), H("until"), H("till"), H("last"), H("next"),
                     H("early"), H("late"), H("mid"), H("through"), H("from"), H("between"), H("during"),
                     H("before"), H("after"), H("this"), H("and"), H("to"), H("-")}))
    return false;
  if (s.has(static_cast<ptrdiff_t>(i) - 1, kTitle) && !t.has(kSentenceStart)) return false;  // "Theresa May"
  // Capitalized inside a sentence and not after a title-case word: a name or a month.
  return t.has(kSentenceStart) || s.in_quote[i];
}

// "the might of", "military might", "with all his might": the noun.
bool might_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  const uint64_t prev = s.word(i - 1), next = s.word(i + 1);
  if (is_determiner(prev) || s.has(i - 1, kPossessive)) return false;
  if (word_in(prev, {H("military"), H("economic"), H("naval"), H("industrial"), H("financial"), H("full"),
                     H("sheer"), H("great"), H("mighty"), H("of"), H("nuclear"), H("air")}))
    return false;
  if (next == H("of") || next == H("and") || is_punct_at(s, i + 1)) return false;
  return true;
}

// "couldn't have come at a worse time", "could not be happier", "couldn't agree more": the
// negated modal of emphasis, as certain as it gets.
bool emphatic_negation(const SentenceTokens& s, const CueMatch& m) {
  bool negated = s.word(static_cast<ptrdiff_t>(m.first)) == H("couldn't");
  const ptrdiff_t end = static_cast<ptrdiff_t>(m.last) + 6;
  for (ptrdiff_t k = static_cast<ptrdiff_t>(m.first) + 1; k < end && !is_punct_at(s, k); ++k) {
    const uint64_t w = s.word(k);
    if (w == H("not") || w == H("n't")) negated = true;
    else if (negated && word_in(w, {H("better"), H("worse"), H("worst"), H("happier"), H("prouder"), H("more"),
                                    H("less")}))
      return true;
  }
  return false;
}

// "could" of past ability ("she could swim", "he could not attend", "as fast as he could")
// against "could" of possibility ("the deal could collapse", "it could have been worse").
bool could_rule(const SentenceTokens& s, const CueMatch& m) {
  ptrdiff_t i = static_cast<ptrdiff_t>(m.last);
  if (emphatic_negation(s, m)) return false;
  const bool negated_inside = s.word(static_cast<ptrdiff_t>(m.first)) == H("couldn't");
  bool negated = negated_inside;
  if (is_punct_at(s, i)) return false;  // "as much as they could."
  while (s.valid(i) && (is_adverb_between(s.word(i)) || s.word(i) == H("n't"))) {
    if (s.word(i) == H("not") || s.word(i) == H("never") || s.word(i) == H("n't")) negated = true;
    ++i;
  }
  const uint64_t verb = s.word(i);
  if (word_in(verb, {H("see"), H("hear"), H("feel"), H("smell"), H("taste"), H("remember"), H("recall"),
                     H("understand"), H("afford"), H("speak"), H("read"), H("swim"), H("walk"), H("sleep"),
                     H("breathe"), H("believe"), H("imagine"), H("tell")}))
    return false;
  // "could be seen trudging", "could be heard from miles away": perception, an ability.
  if (verb == H("be") && word_in(s.word(i + 1), {H("seen"), H("heard")}) && !is_punct_at(s, i + 2) &&
      s.word(i + 2) != H("as") && s.has(i + 2, kLower)) {
    const std::u16string_view next = s.doc->view(s.token(static_cast<size_t>(i + 2)).span);
    if (next.size() > 4 && next.substr(next.size() - 3) == u"ing") return false;
    if (word_in(s.word(i + 2), {H("from"), H("across"), H("through"), H("on"), H("in"), H("at")})) return false;
  }
  // "so that he could be held": a purpose, not a possibility.
  for (ptrdiff_t k = static_cast<ptrdiff_t>(m.first) - 1; k >= static_cast<ptrdiff_t>(m.first) - 5 && s.valid(k); --k) {
    if (s.word(k) == H("that") && s.word(k - 1) == H("so")) return false;
    if (is_punct_at(s, k)) break;
  }
  // Negated past ability in narrative: "he could not attend"; but "could not be"/"have" stay.
  if (negated && verb != H("be") && verb != H("have") && verb != H("possibly")) return false;
  return true;
}

// "would like", "would rather": a wish, not a possibility. "would" as the past of "will"
// is plain future like "will": in reported speech ("the company said it would close the
// plant", with no condition in the sentence) and in narrative ("she would later become").
bool would_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.last);
  const uint64_t next = s.word(i);
  if (word_in(next, {H("like"), H("love"), H("rather"), H("prefer"), H("you")})) return false;
  if (next == H("have") && word_in(s.word(i + 1), {H("liked"), H("loved"), H("preferred")})) return false;
  if (is_punct_at(s, i)) return false;
  if (word_in(next, {H("later"), H("eventually"), H("go"), H("become"), H("soon")})) return false;
  bool reported = false;
  // A window around the cue keeps a pathological sentence (thousands of "would") linear.
  const size_t from = window_from(s, m), to = window_to(s, m);
  for (size_t k = from; k < to; ++k) {
    const uint64_t w = s.lower(k);
    if (w == H("if") || w == H("unless") || w == H("whether")) return true;  // a condition: hypothetical
    if (k < m.first && word_in(w, {H("said"), H("says"), H("told"), H("announced"), H("promised"), H("agreed"),
                                   H("pledged"), H("vowed"), H("added"), H("stated"), H("confirmed"),
                                   H("decided"), H("declared")}))
      reported = true;
  }
  return !reported;
}

// "believe him", "nobody believes this any more": trusting someone's word, not a belief
// about the world; "who will they believe?" likewise.
bool believe_trusts(const SentenceTokens& s, ptrdiff_t i) {
  const uint64_t next = s.word(i + 1);
  if (next == H("?")) return true;
  if (word_in(next, {H("him"), H("them"), H("me"), H("us"), H("anyone"), H("anybody"), H("anything"),
                     H("everything"), H("nothing"), H("everyone")}))
    return true;
  return word_in(next, {H("this"), H("it"), H("that"), H("her"), H("you")}) &&
         (is_punct_at(s, i + 2) || word_in(s.word(i + 2), {H("any"), H("anymore"), H("either"), H("now")}));
}

// "believe in God" is conviction; "I believe ..." inside a quote is the speaker's conviction
// too ("We believe in this country", "I believe we will win" said by the speaker).
bool believe_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  if (s.word(i + 1) == H("in")) return false;
  if (believe_trusts(s, i)) return false;
  const uint64_t prev = s.word(i - 1);
  bool first_person = is_first_person(prev) ||
                      (word_in(prev, {H("firmly"), H("strongly"), H("truly"), H("really"), H("do"), H("still")}) &&
                       is_first_person(s.word(i - 2)));
  if (first_person && s.in_quote[i]) return false;
  return true;
}

// "think tank", "think about"; "a thought" and "school of thought" are nouns.
bool think_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  const uint64_t prev = s.word(i - 1), next = s.word(i + 1);
  if (word_in(next, {H("tank"), H("tanks"), H("about"), H("of"), H("twice"), H("again"), H("back"), H("through"),
                     H("big")}))
    return false;
  if (s.word(i) == H("thought")) {
    if (is_determiner(prev) || s.has(i - 1, kPossessive) || prev == H("of") || prev == H("second")) return false;
    if (is_punct_at(s, i + 1)) return false;
  }
  return true;
}

// "appeared in a film", "appear on television", "appear before the court": showing up.
bool appear_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.last);
  const uint64_t next = s.word(i);
  if (is_punct_at(s, i)) return false;
  if (word_in(next, {H("in"), H("on"), H("at"), H("before"), H("as"), H("with"), H("for"), H("alongside"),
                     H("during"), H("together"), H("onstage"), H("live"), H("opposite"), H("inside"), H("outside"),
                     H("briefly"), H("publicly"), H("here"), H("there"), H("once"), H("twice"), H("first"),
                     H("again"), H("regularly"), H("frequently"), H("only"), H("and"), H("or"), H("under"),
                     H("throughout"), H("from"), H("after"), H("near"), H("within")}))
    return false;
  return true;
}

// "the reported friendship": the adjective, spanning its noun; "police reported" is not a hedge.
bool reported_adj_rule(const SentenceTokens& s, CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  const bool after_det = is_determiner(s.word(i - 1)) || s.has(i - 1, kPossessive);
  if (!after_det || !s.has(i + 1, kAlpha) || !s.has(i + 1, kLower)) return false;
  m.last = m.first + 2;
  return true;
}

// "the alleged attack" reports an accusation (evidential); "she alleged that" keeps the
// accusation at arm's length (distancing).
bool alleged_rule(const SentenceTokens& s, CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  const uint64_t prev = s.word(i - 1), next = s.word(i + 1);
  const bool adjective = is_determiner(prev) || s.has(i - 1, kPossessive) || (s.has(i + 1, kLower) && next != H("that") &&
                                                                             next != H("to") && next != H("in") &&
                                                                             next != H("by") && next != H("on"));
  if (!adjective) m.type = HedgeType::Distancing;
  return true;
}

// "claims" the noun ("Trump's claims", "the claim", "claims of fraud") is not a hedge; the
// verb ("Trump claims", "claimed that") is.
bool claim_verb_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  const uint64_t prev = s.word(i - 1), next = s.word(i + 1);
  if (is_determiner(prev) || s.has(i - 1, kPossessive)) return false;
  if (word_in(prev, {H("of"), H("on"), H("about"), H("over"), H("against"), H("with"), H("for"), H("false"),
                     H("such"), H("unfounded"), H("unsubstantiated"), H("baseless"), H("these"), H("those"),
                     H("insurance"), H("territorial"), H("many"), H("similar"), H("new"), H("earlier"), H("and"),
                     H("to"), H("responsibility"), H("dubious"), H("fraud"), H("those")}))
    return false;
  if (next == H("of") || next == H("by") || next == H("are") || next == H("were") || next == H("was") ||
      next == H("is") || next == H("have") || next == H("had") || next == H("and"))
    return false;
  if (s.word(i) == H("claiming") && next == H("responsibility")) return false;
  if (s.word(i) == H("claimed") && word_in(next, {H("the"), H("a"), H("his"), H("her"), H("their"), H("its"),
                                                  H("victory"), H("responsibility"), H("lives"), H("life"), H("title")}))
    return false;  // "claimed the title", "claimed lives": took, not asserted
  return true;
}

// "no doubt", "without doubt", "beyond doubt", "little doubt": certainty, negated doubt.
bool negated_certainty_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  const uint64_t prev = s.word(i - 1);
  if (word_in(prev, {H("no"), H("without"), H("beyond"), H("little"), H("undoubtedly")})) return false;
  if (prev == H("a") && s.word(i - 2) == H("without")) return false;  // "without a doubt"
  if (prev == H("any") && s.word(i - 2) == H("beyond")) return false;
  return true;
}

// "is widely considered", "was seen as": an opinion reported as held; "he considered the
// offer" is thinking about it.
bool passive_belief_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  ptrdiff_t j = i - 1;
  while (s.valid(j) && word_in(s.word(j), {H("widely"), H("generally"), H("often"), H("usually"), H("commonly"),
                                           H("largely"), H("long"), H("also"), H("still"), H("now"), H("not"),
                                           H("once"), H("sometimes"), H("increasingly"), H("traditionally")}))
    --j;
  if (is_be_form(s.word(j)) || s.word(j) == H("and") || s.word(j) == H("who")) return true;
  if (s.has(j, kPunct) || !s.valid(j)) return true;  // ", considered the best"
  return s.word(i) != H("considered") && s.word(i) != H("seen");
}

// "kind of sad" is vague; "a kind of fish", "this sort of thing" name a type.
bool kind_of_rule(const SentenceTokens& s, const CueMatch& m) {
  const uint64_t prev = s.word(static_cast<ptrdiff_t>(m.first) - 1);
  if (is_determiner(prev) || word_in(prev, {H("what"), H("any"), H("every"), H("each"), H("which"), H("another"),
                                            H("one"), H("same"), H("right"), H("wrong")}))
    return false;
  return true;
}

// "about 40", "nearly $5 million", "some 300 people": approximate numbers only.
bool quantity_rule(const SentenceTokens& s, const CueMatch& m) {
  return is_number_at(s, static_cast<ptrdiff_t>(m.last));
}

bool after_number_rule(const SentenceTokens& s, const CueMatch& m) {
  return is_number_at(s, static_cast<ptrdiff_t>(m.first) - 1) ||
         (s.valid(static_cast<ptrdiff_t>(m.first) - 1) &&
          s.has(static_cast<ptrdiff_t>(m.first) - 1, kAlpha) && is_number_at(s, static_cast<ptrdiff_t>(m.first) - 2));
}

// "as expected", "faster than expected": measured against an expectation, not one.
bool expect_rule(const SentenceTokens& s, const CueMatch& m) {
  const uint64_t prev = s.word(static_cast<ptrdiff_t>(m.first) - 1);
  return prev != H("than") && prev != H("as");
}

// "the fastest possible", "as soon as possible", "every possible": the most there can be,
// not a possibility.
bool possible_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  if (s.word(i) != H("possible")) return true;
  const uint64_t prev = s.word(i - 1);
  if (word_in(prev, {H("best"), H("worst"), H("most"), H("least"), H("every"), H("all"), H("whenever"),
                     H("wherever"), H("if")}))
    return false;
  if (s.word(i - 2) == H("as") || s.word(i - 3) == H("as")) return false;  // "as soon as possible"
  if (s.valid(i - 1) && !s.has(i - 1, kPunct)) {
    const std::u16string_view w = s.doc->view(s.token(static_cast<size_t>(i - 1)).span);
    if (w.size() > 4 && w.substr(w.size() - 3) == u"est") return false;  // "the earliest possible"
  }
  return true;
}

// The verb "estimated that ..." hedges; the noun ("earnings estimates", "the estimates
// are", "an estimated 5,000") states a figure.
bool verb_use_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.first);
  const uint64_t prev = s.word(i - 1), next = s.word(static_cast<ptrdiff_t>(m.last));
  if (is_determiner(prev) || s.has(i - 1, kPossessive) || s.has(i - 1, kDigit)) return false;
  if (word_in(prev, {H("earnings"), H("profit"), H("sales"), H("revenue"), H("budget"), H("official"),
                     H("government"), H("population"), H("cost"), H("conservative"), H("rough"), H("some"),
                     H("to"), H("by"), H("of"), H("on"), H("these"), H("those"), H("other"), H("analysts'")}))
    return prev == H("to") && !s.has(i - 2, kPunct) && s.word(i - 2) != H("according");  // "to estimate"
  if (word_in(next, {H("of"), H("for"), H("by"), H("are"), H("were"), H("is"), H("was"), H("range"),
                     H("vary"), H("show"), H("suggest")}))
    return false;
  return !s.valid(static_cast<ptrdiff_t>(m.last)) || !s.has(static_cast<ptrdiff_t>(m.last), kPunct);
}

// "assume that ..." supposes; "assume $22 million of debt", "assume the duties",
// "assumed control" take something on.
bool assume_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t i = static_cast<ptrdiff_t>(m.last);
  const uint64_t next = s.word(i);
  if (is_determiner(next) && next != H("that")) return false;
  if (is_number_at(s, i) || s.has(i, kPossessive) || s.has(i + 1, kPossessive)) return false;
  if (word_in(next, {H("control"), H("responsibility"), H("office"), H("power"), H("command"), H("duties"),
                     H("leadership"), H("debt"), H("role"), H("liability"), H("liabilities"), H("charge"),
                     H("ownership"), H("management"), H("risk"), H("risks"), H("obligations"), H("the")}))
    return false;
  return true;
}

// "sees alliances as the way back", "views the plan as a threat": a point of view. Only with
// an "as" close after it ("as well as", "as soon as" are not that "as").
bool views_as_rule(const SentenceTokens& s, const CueMatch& m) {
  const ptrdiff_t start = static_cast<ptrdiff_t>(m.last);
  if (is_determiner(s.word(static_cast<ptrdiff_t>(m.first) - 1))) return false;  // "the view"
  for (ptrdiff_t k = start + 1; k < start + 6 && !is_punct_at(s, k); ++k) {
    if (s.word(k) != H("as")) continue;
    if (s.word(k - 1) == H("such")) return false;  // "see progress on topics such as trade"
    const uint64_t after = s.word(k + 1);
    return !word_in(after, {H("well"), H("soon"), H("much"), H("many"), H("long"), H("far"), H("early"),
                            H("late"), H("it"), H("they"), H("he"), H("she"), H("we"), H("i"), H("you")});
  }
  return false;
}

}  // namespace

bool is_determiner(uint64_t w) {
  return word_in(w, {H("the"), H("a"), H("an"), H("his"), H("her"), H("its"), H("their"), H("our"), H("my"),
                     H("your"), H("this"), H("that"), H("these"), H("those")});
}

bool is_first_person(uint64_t w) { return w == H("i") || w == H("we"); }

namespace {

// A digit token or a number word: "40", "3,400", "dozen", "million", "half".
bool is_plain_number_at(const SentenceTokens& s, ptrdiff_t i) {
  if (!s.valid(i)) return false;
  if (s.has(i, kDigit)) return true;
  return word_in(s.word(i), {H("one"), H("two"), H("three"), H("four"), H("five"), H("six"), H("seven"), H("eight"),
                             H("nine"), H("ten"), H("eleven"), H("twelve"), H("fifteen"), H("twenty"), H("thirty"),
                             H("forty"), H("fifty"), H("sixty"), H("seventy"), H("eighty"), H("ninety"), H("hundred"),
                             H("hundreds"), H("thousand"), H("thousands"), H("million"), H("millions"), H("billion"),
                             H("billions"), H("trillion"), H("dozen"), H("dozens"), H("half"), H("third"),
                             H("quarter"), H("twice"), H("double"), H("triple"), H("percent")});
}

// Words that may stand before the number: "$5", "US$5", "a dozen", "over 40", "more than 40".
bool is_number_prefix_at(const SentenceTokens& s, ptrdiff_t i) {
  if (!s.valid(i)) return false;
  const uint64_t w = s.word(i);
  const std::u16string_view text = s.doc->view(s.token(static_cast<size_t>(i)).span);
  return text == u"$" || text == u"\u00A3" || text == u"\u20AC" ||
         word_in(w, {H("us$"), H("a"), H("an"), H("over"), H("more"), H("than")});
}

}  // namespace

// Looks at most two prefix words ahead, so a long run of "a a a" costs nothing.
bool is_number_at(const SentenceTokens& s, ptrdiff_t i) {
  if (is_plain_number_at(s, i)) return true;
  if (!is_number_prefix_at(s, i)) return false;
  if (is_plain_number_at(s, i + 1)) return true;
  return s.word(i) == H("more") && s.word(i + 1) == H("than") && is_plain_number_at(s, i + 2);
}

bool apply_context_rule(const SentenceTokens& s, CueMatch& m) {
  switch (m.cue->rule) {
    case HedgeRule::None: return true;
    case HedgeRule::May: return may_rule(s, m);
    case HedgeRule::Might: return might_rule(s, m);
    case HedgeRule::Could: return could_rule(s, m);
    case HedgeRule::Would: return would_rule(s, m);
    case HedgeRule::Believe: return believe_rule(s, m);
    case HedgeRule::Think: return think_rule(s, m);
    case HedgeRule::Appear: return appear_rule(s, m);
    case HedgeRule::ReportedAdj: return reported_adj_rule(s, m);
    case HedgeRule::Alleged: return alleged_rule(s, m);
    case HedgeRule::ClaimVerb: return claim_verb_rule(s, m);
    case HedgeRule::NegatedCertainty: return negated_certainty_rule(s, m);
    case HedgeRule::PassiveBelief: return passive_belief_rule(s, m);
    case HedgeRule::KindOf: return kind_of_rule(s, m);
    case HedgeRule::Quantity: return quantity_rule(s, m);
    case HedgeRule::AfterNumber: return after_number_rule(s, m);
    case HedgeRule::UntilClause: return until_is_condition(s, m);
    case HedgeRule::ConditionConsequent: return will_is_consequence(s, m);
    case HedgeRule::InvertedCondition: return should_is_inverted_condition(s, m);
    case HedgeRule::Expect: return expect_rule(s, m);
    case HedgeRule::Possible: return possible_rule(s, m);
    case HedgeRule::VerbUse: return verb_use_rule(s, m);
    case HedgeRule::Assume: return assume_rule(s, m);
    case HedgeRule::ViewsAs: return views_as_rule(s, m);
    case HedgeRule::CouldHave: return !emphatic_negation(s, m);
  }
  return true;
}

}  // namespace newsmark
