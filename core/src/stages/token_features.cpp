#include "stages/token_features.h"

#include <unicode/uchar.h>

#include "newsmark/document.h"
#include "utf.h"

namespace newsmark {

bool is_space(char32_t c) {
  if (c < 0x80) return c <= 0x20 || c == 0x7F;  // ASCII white space and control characters
  if (u_isUWhiteSpace(c)) return true;
  int8_t t = u_charType(c);
  // ZWJ (U+200D) and variation selectors glue emoji sequences; they never stand alone in a
  // token from the word iterator, so a segment made only of them is treated as space.
  return t == U_CONTROL_CHAR || t == U_FORMAT_CHAR;
}

uint32_t text_flags(std::u16string_view tok) {
  uint32_t flags = 0;
  size_t letters = 0, uppers = 0, lowers = 0, digits = 0, others = 0;
  bool first_letter_upper = false;
  bool seen_letter = false;
  for (size_t i = 0; i < tok.size();) {
    // ASCII answered without ICU's property tables or decoding: most news tokens are ASCII,
    // and this function runs for every token.
    if (tok[i] < 0x80) {
      const char16_t c = tok[i];
      const bool ascii_upper = c >= 'A' && c <= 'Z', ascii_lower = c >= 'a' && c <= 'z';
      if (ascii_upper || ascii_lower) {
        ++letters;
        uppers += ascii_upper;
        lowers += ascii_lower;
        if (!seen_letter) first_letter_upper = ascii_upper;
        seen_letter = true;
      } else if (c >= '0' && c <= '9') {
        ++digits;
      } else if (!(i > 0 && (c == '.' || ((c == '-' || c == '\'' || c == ',') && i + 1 < tok.size())))) {
        ++others;  // not a joiner inside a word (see below)
      }
      ++i;
      continue;
    }
    size_t len;
    char32_t c = code_point_at(tok, i, &len);
    if (u_isalpha(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) {
      ++letters;
      bool up = u_isupper(c) || u_istitle(c);
      if (up) ++uppers;
      if (u_islower(c)) ++lowers;
      if (!seen_letter) first_letter_upper = up;
      seen_letter = true;
    } else if (u_isdigit(c)) {
      ++digits;
    } else if (u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK) {
      // combining marks belong to the letter before them
    } else if (i > 0 && ((c == 0x2010 || c == 0x2019) && i + len < tok.size())) {
      // joiners inside a word ("Jong-un", "O'Brien", "3,400.50") or an abbreviation's
      // periods ("U.S.", "Mr.") keep it a word
    } else {
      ++others;
    }
    i += len;
  }
  if (letters || digits) flags |= kWord;
  if (letters && !digits && !others) flags |= kAlpha;
  if (digits) flags |= kDigit;
  if (digits && !letters && !others) flags |= kAllDigits;
  if (letters && uppers == letters && uppers > 0) flags |= kUpper;
  if (letters && lowers == letters) flags |= kLower;
  if (letters && first_letter_upper && !(uppers == letters && letters > 1)) flags |= kTitle;
  if (!letters && !digits) {
    flags |= kPunct;
    if (tok.size() == 1) {
      char16_t c = tok[0];
      if (c == '(' || c == '[' || c == '{') flags |= kOpenBracket;
      if (c == ')' || c == ']' || c == '}') flags |= kCloseBracket;
      if (c == u'\u201C' || c == u'\u2018' || c == u'\u00AB' || c == u'\u201E' || c == u'\u201A') flags |= kOpenQuote;
      if (c == u'\u201D' || c == u'\u00BB') flags |= kCloseQuote;
    }
  }
  return flags;
}

uint32_t quote_direction(std::u16string_view text, size_t pos) {
  char16_t c = text[pos];
  if (!is_two_way_quote(c)) return 0;  // fixed-direction marks: see text_flags
  bool space_before = pos == 0;
  if (pos > 0) {
    size_t len;
    size_t j = pos - 1;
    if (j > 0 && text[j] >= 0xDC00 && text[j] <= 0xDFFF) --j;
    char32_t prev = code_point_at(text, j, &len);
    space_before = is_space(prev) || prev == '(' || prev == '[' || prev == '{' || prev == 0x2014 || prev == 0x2013 ||
                   prev == u'\u201C' || prev == u'\u2018';
  }
  bool space_after = pos + 1 >= text.size();
  if (!space_after) {
    size_t len;
    char32_t next = code_point_at(text, pos + 1, &len);
    space_after = is_space(next) || u_ispunct(next);
  }
  if (space_before && !space_after) return kOpenQuote;
  if (!space_before) return kCloseQuote;
  return kOpenQuote;  // between two spaces: treat as opening (rare)
}

std::string word_shape(std::u16string_view tok) {
  std::string shape;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < tok.size();) {
    size_t len;
    char32_t c = code_point_at(tok, i, &len);
    char s;
    if (u_isupper(c) || u_istitle(c)) s = 'X';
    else if (u_isalpha(c)) s = 'x';
    else if (u_isdigit(c)) s = 'd';
    else if (c < 0x80) s = static_cast<char>(c);
    else s = '*';
    run = (s == last) ? run + 1 : 1;
    last = s;
    if (run <= 4) shape.push_back(s);
    i += len;
  }
  return shape;
}

}  // namespace newsmark
