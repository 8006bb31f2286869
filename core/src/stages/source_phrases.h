// The noun phrases that name a source, found by walking the tokens around a cue: the subject
// before it, the phrase after an inverted verb or "according to", the antecedent of "who",
// and the subject that opens the sentence.
#pragma once

#include "stages/token_view.h"

namespace newsmark {

// The noun phrase ending at token e, walking left: names, nouns, determiners, possessives,
// "of"/"for" joins, "who" clauses; stops at clause words, punctuation and other cues.
Phrase left_np(const TokenView& v, long e, long s0, int depth = 0);
// The noun phrase starting at token b, walking right (after an inverted "said" or
// "according to"); a "who" clause is kept whole.
Phrase right_np(const TokenView& v, long b, long s_end);
// The subject at the start of the sentence, after an opening adverbial or quotation.
Phrase sentence_subject(const TokenView& v, long s0, long limit);

}  // namespace newsmark
