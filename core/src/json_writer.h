// A small streaming JSON writer for the result format. Strings come in as UTF-16 and go
// out as UTF-8; a lone surrogate (legal in a JavaScript string, not in UTF-8) is written as
// a \uXXXX escape so that JSON.parse gives back exactly the code units it was given.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsmark {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { comma(); out_ += '{'; first_ = true; return *this; }
  JsonWriter& end_object() { out_ += '}'; first_ = false; return *this; }
  JsonWriter& begin_array() { comma(); out_ += '['; first_ = true; return *this; }
  JsonWriter& end_array() { out_ += ']'; first_ = false; return *this; }
  JsonWriter& key(std::string_view k);
  JsonWriter& string(std::u16string_view s);
  JsonWriter& string(std::string_view ascii_or_utf8);
  JsonWriter& number(int64_t v);
  // Fixed to 4 decimals with trailing zeros dropped: the same text natively and in wasm.
  JsonWriter& number(double v);
  JsonWriter& null();
  JsonWriter& raw(std::string_view json);  // an already serialized value

 private:
  void comma() {
    if (!first_ && !after_key_) out_ += ',';
    first_ = false;
    after_key_ = false;
  }
  std::string& out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace newsmark
