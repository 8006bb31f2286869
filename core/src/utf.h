// UTF-8 <-> UTF-16 conversion at the edges of the core. Input is validated strictly (no
// overlong forms, no encoded surrogates, nothing above U+10FFFF) so that a bad byte is
// reported with its offset instead of silently shifting every offset after it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsmark {

// Appends the UTF-16 form of `in` to `out`. Returns false on invalid UTF-8 and sets
// *error_offset to the offset of the first bad byte (relative to `in`).
bool utf8_to_utf16(std::string_view in, std::u16string& out, size_t* error_offset);

// UTF-16 to UTF-8; a lone surrogate becomes U+FFFD (the JSON writer escapes them instead).
std::string utf16_to_utf8(std::u16string_view in);

// Decodes the code point at s[i] (a surrogate pair counts as one); sets *len to 1 or 2.
char32_t code_point_at(std::u16string_view s, size_t i, size_t* len);

// Lower case of one UTF-16 unit by ICU's simple case mapping, with an ASCII fast path;
// surrogates are returned unchanged. The word lexicons (people, hedges) key on it.
char16_t lower_unit_slow(char16_t c);
inline char16_t lower_unit(char16_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? static_cast<char16_t>(c + 32) : c;
  return lower_unit_slow(c);
}

}  // namespace newsmark
