// A small rule-based chunker for the role phrases an article ties to a named person:
//   pre-modifier   "Former President of the United States [Donald Trump]", "North Korean leader [Kim]"
//   apposition     "[Maggie Haberman], a White House correspondent for The New York Times, said"
//   fronted        "The North Korean leader, [Kim Jong-un], said"
// A phrase counts only when it holds a role noun (president, leader, correspondent, ...);
// capitalised words, role modifiers ("former") and "of/the/for" may surround it.
#pragma once

#include <vector>

#include "newsmark/document.h"

namespace newsmark {

// Descriptors of the mention covering tokens [first, end). `owner[t]` is the index of the
// mention that token t belongs to, or -1; the chunker does not run through another person's
// name except as a possessor ("Trump's lawyer [Michael Cohen]").
std::vector<Span> role_descriptors(const Document& doc, size_t first, size_t end, const std::vector<int>& owner);

}  // namespace newsmark
