// Features of a sentence for check-worthiness: the signs of a factual claim a fact-checker
// would want to verify (numbers, percentages, money, comparisons, superlatives, named
// actors, past-tense events) and of what is not one (questions, first and second person
// opinion, hedges), plus hashed words and word pairs.
#pragma once

#include <cstdint>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

// Appends the features of tokens [first, end) to out (cleared first).
void checkworthy_features(const Document& doc, uint32_t first, uint32_t end, std::vector<uint32_t>& out);

}  // namespace newsmark
