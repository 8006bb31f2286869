#include "hedge_corpus.h"

#include <algorithm>

#include "jsonl_fields.h"
#include "jsonl_record.h"

namespace newsmark {

bool parse_hedge_sentence(const std::string& line, HedgeSentence* out) {
  JsonlRecord rec;
  std::string error;
  if (!parse_jsonl_record(line, &rec, &error)) return false;
  out->text = std::move(rec.text);
  out->uncertain = line.find("\"uncertain\": true") != std::string::npos;
  out->doc_id = json_string_field(line, "doc_id");
  // Code point i starts at UTF-16 unit cp_to_u16[i].
  std::vector<uint32_t> cp_to_u16;
  const std::u16string& t = out->text;
  for (uint32_t u = 0; u < t.size(); ++u) {
    if (u > 0 && (t[u] & 0xFC00) == 0xDC00 && (t[u - 1] & 0xFC00) == 0xD800) continue;
    cp_to_u16.push_back(u);
  }
  cp_to_u16.push_back(static_cast<uint32_t>(t.size()));
  out->cues.clear();
  const long last = static_cast<long>(cp_to_u16.size()) - 1;
  // The "cues": [[s, e], ...] array, in code points (the text goes through the CLI's strict
  // JSON reader).
  for (const Span& c : json_span_list(line, "cues")) {
    out->cues.push_back({cp_to_u16[std::clamp(static_cast<long>(c.start), 0L, last)],
                         cp_to_u16[std::clamp(static_cast<long>(c.end), 0L, last)]});
  }
  return true;
}

int fold_of(const std::string& doc_id) {
  unsigned sum = 0;
  for (unsigned char c : doc_id) sum += c;
  return static_cast<int>(sum % kHedgeFolds);
}

}  // namespace newsmark
