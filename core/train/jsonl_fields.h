// Readers of single fields in the trainers' jsonl lines besides "text" (which goes through the
// CLI's strict reader, jsonl_record.h): the lines are written by the project's scripts, so a
// scan for the key suffices, in whatever order the keys come.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

// Where the value of "key" starts in an object's JSON (past the colon and spaces), or npos.
inline size_t json_value_at(std::string_view json, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  for (size_t p = json.find(quoted); p != std::string_view::npos; p = json.find(quoted, p + 1)) {
    size_t k = p + quoted.size();
    while (k < json.size() && json[k] == ' ') ++k;
    if (k >= json.size() || json[k] != ':') continue;  // the key's text as a value, not the key
    ++k;
    while (k < json.size() && json[k] == ' ') ++k;
    return k;
  }
  return std::string_view::npos;
}

// The [[start, end], ...] spans of the list under "key", or of `json` itself when it is a bare
// list; none when there is no such list.
inline std::vector<Span> json_span_list(std::string_view json, std::string_view key) {
  std::vector<Span> out;
  size_t p = !json.empty() && json[0] == '[' ? 0 : json_value_at(json, key);
  if (p == std::string_view::npos || p >= json.size() || json[p] != '[') return out;
  int depth = 0;
  uint32_t nums[2] = {0, 0};
  size_t count = 0;
  for (; p < json.size(); ++p) {
    const char c = json[p];
    if (c == '[') {
      ++depth;
      count = 0;
    } else if (c == ']') {
      if (depth == 2 && count >= 2) out.push_back({nums[0], nums[1]});
      if (--depth == 0) break;
    } else if (c >= '0' && c <= '9') {
      uint32_t v = 0;
      while (p < json.size() && json[p] >= '0' && json[p] <= '9') v = v * 10 + static_cast<uint32_t>(json[p++] - '0');
      --p;
      if (count < 2) nums[count] = v;
      ++count;
    }
  }
  return out;
}

// The string under "key" as written (escapes are not decoded: the fields read this way are
// ids), or "" when there is none.
inline std::string json_string_field(std::string_view json, std::string_view key) {
  const size_t p = json_value_at(json, key);
  if (p == std::string_view::npos || p >= json.size() || json[p] != '"') return {};
  size_t e = p + 1;
  while (e < json.size() && json[e] != '"') e += json[e] == '\\' ? 2 : 1;
  return std::string(json.substr(p + 1, std::min(e, json.size()) - p - 1));
}

}  // namespace newsmark
