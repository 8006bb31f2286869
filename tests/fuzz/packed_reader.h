// Reads a packed result (core/src/result_packed.h) back into the JSON result format, as
// web/src/packed-result.mjs does into objects: the fuzzer and the doctest require it to equal
// to_json() of the same document, byte for byte, so every layout the writer produces is one a
// reader walks to its end.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "json_writer.h"
#include "result_packed.h"

namespace newsmark::testing {

inline std::string packed_to_json(const std::vector<int32_t>& w, const std::string& id_json) {
  size_t k = 0;
  auto next = [&]() -> int32_t {
    if (k >= w.size()) throw std::runtime_error("packed result: read past its end");
    return w[k++];
  };
  auto string_at = [&](size_t& at) {
    if (at >= w.size()) throw std::runtime_error("packed result: string past its end");
    const size_t n = static_cast<uint32_t>(w[at++]);
    if (at + (n + 1) / 2 > w.size()) throw std::runtime_error("packed result: string past its end");
    std::u16string s(n, u'\0');
    for (size_t i = 0; i < n; ++i) s[i] = static_cast<char16_t>(static_cast<uint32_t>(w[at + i / 2]) >> (i % 2 ? 16 : 0));
    at += (n + 1) / 2;
    return s;
  };
  if (next() != kPackedFormat) throw std::runtime_error("packed result: bad format word");
  std::string out;
  JsonWriter j(out);
  j.begin_object();
  j.key("schema").number(static_cast<int64_t>(next()));
  j.key("id");
  if (id_json.empty()) j.null();
  else j.raw(id_json);
  j.key("length").number(static_cast<int64_t>(next()));
  j.key("stats").begin_object();
  j.key("words").number(static_cast<int64_t>(next()));
  j.key("hedge_density").number(next() / 10000.0);
  j.end_object();
  size_t at = static_cast<uint32_t>(next());
  const size_t strings_at = at;
  std::vector<std::u16string> strings(static_cast<uint32_t>(w.at(at++)));
  for (auto& s : strings) s = string_at(at);
  if (at != w.size()) throw std::runtime_error("packed result: words after the strings");
  auto text = [&](int32_t i) -> const std::u16string& { return strings.at(static_cast<uint32_t>(i)); };
  auto span = [&]() {
    const int32_t s = next(), e = next();
    if (s < 0) j.null();
    else j.begin_array().number(static_cast<int64_t>(s)).number(static_cast<int64_t>(e)).end_array();
  };
  auto spans = [&]() {
    j.begin_array();
    for (int32_t n = next(); n > 0; --n) span();
    j.end_array();
  };

  j.key("sentences").begin_array();
  for (int32_t n = next(); n > 0; --n) {
    j.begin_object();
    j.key("span");
    span();
    j.key("checkworthy").number(next() / 10000.0);
    j.key("hedge").number(next() / 10000.0);
    j.end_object();
  }
  j.end_array();
  j.key("people").begin_array();
  const int32_t people = next();
  for (int32_t i = 0; i < people; ++i) {
    j.begin_object();
    j.key("id").number(static_cast<int64_t>(i));
    j.key("name").string(text(next()));
    j.key("mentions");
    spans();
    j.key("descriptors");
    spans();
    j.end_object();
  }
  j.end_array();
  j.key("claims").begin_array();
  for (int32_t n = next(); n > 0; --n) {
    j.begin_object();
    j.key("kind").string(text(next()));
    j.key("source");
    span();
    j.key("source_type").string(text(next()));
    j.key("person");
    const int32_t person = next();
    if (person < 0) j.null();
    else j.number(static_cast<int64_t>(person));
    j.key("cue");
    span();
    j.key("cue_class").string(text(next()));
    j.key("content");
    span();
    j.end_object();
  }
  j.end_array();
  j.key("hedges").begin_array();
  for (int32_t n = next(); n > 0; --n) {
    j.begin_object();
    j.key("span");
    span();
    j.key("type").string(text(next()));
    j.key("explanation").string(text(next()));
    j.end_object();
  }
  j.end_array();
  j.end_object();
  if (k != strings_at) throw std::runtime_error("packed result: items do not end where the strings start");
  return out;
}

}  // namespace newsmark::testing
