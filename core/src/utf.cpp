#include "utf.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>

namespace newsmark {

bool utf8_to_utf16(std::string_view in, std::u16string& out, size_t* error_offset) {
  // A UTF-8 byte never gives more than one UTF-16 unit, so the room is made once and the
  // units are written through a pointer (no capacity check a unit); the rest is cut at the end.
  const size_t start = out.size();
  out.resize(start + in.size());
  char16_t* q = out.data() + start;
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t i = 0;
  auto fail = [&](size_t at) {
    *error_offset = at;
    out.resize(static_cast<size_t>(q - out.data()));
    return false;
  };
  while (i < n) {
    // Eight ASCII bytes at a time: most of a news text.
    while (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      if (v & 0x8080808080808080ull) break;
      for (int k = 0; k < 8; ++k) q[k] = static_cast<char16_t>(p[i + k]);
      q += 8;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {  // ASCII fast path
      *q++ = static_cast<char16_t>(c);
      ++i;
      continue;
    }
    char32_t cp;
    size_t len;
    char32_t min;
    if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; len = 2; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; len = 3; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { cp = c & 0x07; len = 4; min = 0x10000; }
    else return fail(i);
    if (i + len > n) return fail(i);
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return fail(i);
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return fail(i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      *q++ = static_cast<char16_t>(0xD800 + (cp >> 10));
      *q++ = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      *q++ = static_cast<char16_t>(cp);
    }
    i += len;
  }
  out.resize(static_cast<size_t>(q - out.data()));
  return true;
}

char32_t code_point_at(std::u16string_view s, size_t i, size_t* len) {
  char16_t c = s[i];
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
    *len = 2;
    return 0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (s[i + 1] - 0xDC00);
  }
  *len = 1;
  return c;
}

static void append_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string utf16_to_utf8(std::u16string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    size_t len;
    char32_t cp = code_point_at(in, i, &len);
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    append_code_point(out, cp);
    i += len;
  }
  return out;
}

char16_t lower_unit_slow(char16_t c) {
  if (c >= 0xD800 && c <= 0xDFFF) return c;
  return static_cast<char16_t>(u_tolower(c));
}

}  // namespace newsmark
