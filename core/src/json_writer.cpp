#include "json_writer.h"

#include <algorithm>
#include <cmath>

#include "utf.h"

namespace newsmark {

static void escape_ascii(std::string& out, char16_t c) {
  static const char* hex = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    default: break;
  }
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += hex[(c >> shift) & 0xF];
}

JsonWriter& JsonWriter::key(std::string_view k) {
  char buf[64];
  if (k.size() + 4 <= sizeof buf) {
    char* p = comma(buf);
    *p++ = '"';
    for (char c : k) *p++ = c;
    *p++ = '"';
    *p++ = ':';
    out_.append(buf, static_cast<size_t>(p - buf));
  } else {
    comma();
    out_ += '"';
    out_ += k;
    out_ += "\":";
  }
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::u16string_view s) {
  comma();
  out_ += '"';
  for (size_t i = 0; i < s.size();) {
    char16_t c = s[i];
    if (c < 0x20 || c == '"' || c == '\\') {
      escape_ascii(out_, c);
      ++i;
    } else if (c < 0x80) {
      out_ += static_cast<char>(c);
      ++i;
    } else {
      size_t len;
      char32_t cp = code_point_at(s, i, &len);
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        escape_ascii(out_, c);  // lone surrogate: keep the code unit, escaped
      } else {
        out_ += utf16_to_utf8(s.substr(i, len));
      }
      i += len;
    }
  }
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view utf8) {
  comma();
  out_ += '"';
  // Runs that need no escaping (all of them, for the fixed words and explanations written
  // here) are appended whole.
  size_t run = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x20 || c == '"' || c == '\\') {
      out_.append(utf8.data() + run, i - run);
      escape_ascii(out_, c);
      run = i + 1;
    }
  }
  out_.append(utf8.data() + run, utf8.size() - run);
  out_ += '"';
  return *this;
}

// Decimal digits of v written backwards so that they end at `end`; returns where they start.
// No std::to_string allocation for each of the many offsets a result holds.
static char* integer_before(char* end, int64_t v) {
  char* p = end;
  uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  do {
    *--p = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--p = '-';
  return p;
}

JsonWriter& JsonWriter::number(int64_t v) {
  char buf[32];  // the comma, then the digits at the end
  char* end = buf + sizeof buf;
  char* start = integer_before(end, v);
  if (!first_ && !after_key_) *--start = ',';
  first_ = after_key_ = false;
  out_.append(start, static_cast<size_t>(end - start));
  return *this;
}

JsonWriter& JsonWriter::number(double v) {
  // Fixed point by integer arithmetic: the same digits natively and in wasm, and no printf
  // on the hot path (every sentence writes two scores).
  long long scaled = fixed_point_e4(v);
  const bool negative = scaled < 0;
  if (negative) scaled = -scaled;
  char buf[40];  // [,][-]digits[.dddd], built from the end
  char* end = buf + sizeof buf;
  char* p = end;
  int frac = static_cast<int>(scaled % 10000);
  if (frac) {
    int n = 4;
    while (frac % 10 == 0) frac /= 10, --n;
    for (int k = 0; k < n; ++k, frac /= 10) *--p = static_cast<char>('0' + frac % 10);
    *--p = '.';
  }
  p = integer_before(p, scaled / 10000);
  if (negative) *--p = '-';
  if (!first_ && !after_key_) *--p = ',';
  first_ = after_key_ = false;
  out_.append(p, static_cast<size_t>(end - p));
  return *this;
}

JsonWriter& JsonWriter::null() {
  char buf[5] = {',', 'n', 'u', 'l', 'l'};
  const char* p = comma(buf) == buf ? buf + 1 : buf;
  out_.append(p, static_cast<size_t>(buf + sizeof buf - p));
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  comma();
  out_ += json;
  return *this;
}

}  // namespace newsmark
