// A small streaming JSON writer for the result format. Strings come in as UTF-16 and go
// out as UTF-8; a lone surrogate (legal in a JavaScript string, not in UTF-8) is written as
// a \uXXXX escape so that JSON.parse gives back exactly the code units it was given.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsmark {

// The fixed point number(double) writes: v * 10^4 rounded, 0 for a non-finite or huge v. The
// packed result (result_packed.cpp) carries the same integer, so both give the same numbers.
inline long long fixed_point_e4(double v) {
  if (!std::isfinite(v) || std::fabs(v) > 9e14) v = 0.0;
  return std::llround(v * 10000.0);
}

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view k);
  JsonWriter& string(std::u16string_view s);
  JsonWriter& string(std::string_view ascii_or_utf8);
  JsonWriter& number(int64_t v);
  // Fixed to 4 decimals with trailing zeros dropped: the same text natively and in wasm.
  JsonWriter& number(double v);
  JsonWriter& null();
  JsonWriter& raw(std::string_view json);  // an already serialized value

 private:
  // Each value goes into out_ with one append, its comma included: in wasm every std::string
  // append or push_back is a call, and a result holds tens of thousands of small values.
  // comma(p) writes the comma a value needs (if any) at p and returns the position after it.
  char* comma(char* p) {
    if (!first_ && !after_key_) *p++ = ',';
    first_ = false;
    after_key_ = false;
    return p;
  }
  void comma() {
    char c;
    if (comma(&c) != &c) out_.append(&c, 1);
  }
  JsonWriter& open(char bracket) {
    char buf[2];
    char* p = comma(buf);
    *p++ = bracket;
    out_.append(buf, static_cast<size_t>(p - buf));
    first_ = true;
    return *this;
  }
  JsonWriter& close(char bracket) {
    out_.append(&bracket, 1);
    first_ = false;
    return *this;
  }
  std::string& out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace newsmark
