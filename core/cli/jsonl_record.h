// One line of the CLI's jsonl input: {"id": ..., "text": "..."}; other fields are ignored.
// A strict JSON reader (RFC 8259), so a truncated or malformed line gets a precise error.
#pragma once

#include <string>
#include <string_view>

namespace newsmark {

struct JsonlRecord {
  std::string id_json;   // the id value as JSON, ready to echo; empty when the line has none
  std::u16string text;   // "text" decoded to UTF-16 (\uD83D\uDE00 escapes give the pair)
};

// Parses one line. Returns false and sets *error (a short phrase with the column) when
// the line is not a JSON object with a string "text".
bool parse_jsonl_record(std::string_view line, JsonlRecord* record, std::string* error);

}  // namespace newsmark
