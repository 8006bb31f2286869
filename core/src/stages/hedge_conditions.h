// Context rules for the conditional cues beyond "if", "unless" and "whether": "until" before
// an open clause, "will" governed by a condition, and the inverted "should he survive". A
// condition is what the corpora mark most often after the modals, and what "will" of plain
// future (not a hedge) must be told from. Called by apply_context_rule (hedge_context.h).
#pragma once

#include "stages/hedge_context.h"

namespace newsmark {

// "until the inspectors certify ...", "until an offer is made": a condition still open;
// "until 1994", "until now", "until the end of the year", "until they were beaten": a time.
bool until_is_condition(const SentenceTokens& s, const CueMatch& m);

// "will" (or "won't", "'ll") in a sentence with a condition ("if talks fail, prices will rise").
bool will_is_consequence(const SentenceTokens& s, const CueMatch& m);

// "should he survive", "should peace efforts fail": "should" before a subject, not a verb.
bool should_is_inverted_condition(const SentenceTokens& s, const CueMatch& m);

}  // namespace newsmark
