// Whether a capitalised word is only capitalised because it opens its sentence, and is usually
// written in lower case ("• Urgent warning for iPhone users"): the claims' source walk asks, so
// that such a word is not read as a speaker's name. The list is the person tagger's
// (core/data/common_lower_words.txt, scripts/build-common-lower-words, and person_words.txt's
// [sentence_adverbs]). The tagger's own test (capital_says_nothing in person_tagger.cpp) also
// takes every word of a headline-mode line; this one only a sentence's first word. This file keeps its
// 64-bit word hash out of the stages that use the 32-bit one (feature_hash.h).
#pragma once

#include <cstddef>

#include "newsmark/document.h"

namespace newsmark {

// Token `i` is a Title Case word, only non-words stand before it in its sentence, and
// PersonLexicon::is_common_lower knows it.
bool common_word_opening_sentence(const Document& doc, size_t i);

}  // namespace newsmark
