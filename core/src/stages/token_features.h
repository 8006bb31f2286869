// Features of one token, computed from its text (and, for straight quotes, its neighbours).
// They feed the later stages: the person tagger's feature templates, the claim and hedge rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsmark {

// Context-free flags of a token's text: kWord, kAlpha, kDigit, kAllDigits, kUpper, kLower,
// kTitle, kPunct, kOpenBracket, kCloseBracket, kOpenQuote / kCloseQuote for the marks whose
// direction is fixed (“ ” ‘ « » „); straight quotes get their direction from quote_direction().
uint32_t text_flags(std::u16string_view token);

// The marks whose direction quote_direction() reads from their surroundings (straight and
// right single quotes); every other mark's is fixed (see text_flags).
inline bool is_two_way_quote(char16_t c) { return c == u'"' || c == u'\'' || c == u'\u2019'; }

// kOpenQuote or kCloseQuote for a straight quote (" or ') at text[pos], or for ’ that
// opens (rare, after a space); 0 when it is not a quote mark.
uint32_t quote_direction(std::u16string_view text, size_t pos);

// Word shape as in spaCy: X for upper case, x for lower, d for digits, other characters
// kept; runs longer than 4 are cut to 4 ("Trump" -> "Xxxxx", "1977's" -> "dddd'x").
std::string word_shape(std::u16string_view token);

bool is_space(char32_t c);  // white space, or a control or format character standing alone

}  // namespace newsmark
