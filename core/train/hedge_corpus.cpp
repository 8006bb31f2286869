#include "hedge_corpus.h"

#include <algorithm>
#include <cstdlib>

#include "jsonl_record.h"

namespace newsmark {

namespace {

// The "cues": [[s, e], ...] array (code points). The corpora's own fixed format, so a small
// scan suffices; the text goes through the CLI's strict JSON reader.
std::vector<std::pair<long, long>> parse_cues(const std::string& line) {
  std::vector<std::pair<long, long>> out;
  size_t p = line.find("\"cues\":");
  if (p == std::string::npos) return out;
  p = line.find('[', p);
  int depth = 0;
  std::vector<long> nums;
  for (; p < line.size(); ++p) {
    const char c = line[p];
    if (c == '[') {
      ++depth;
      nums.clear();
    } else if (c == ']') {
      if (depth == 2 && nums.size() >= 2) out.emplace_back(nums[0], nums[1]);
      if (--depth == 0) break;
    } else if (c >= '0' && c <= '9') {
      char* end = nullptr;
      nums.push_back(std::strtol(line.c_str() + p, &end, 10));
      p = static_cast<size_t>(end - line.c_str()) - 1;
    }
  }
  return out;
}

std::string string_field(const std::string& line, const char* key) {
  const std::string pat = std::string("\"") + key + "\": \"";
  size_t p = line.find(pat);
  if (p == std::string::npos) return {};
  p += pat.size();
  return line.substr(p, line.find('"', p) - p);
}

}  // namespace

bool parse_hedge_sentence(const std::string& line, HedgeSentence* out) {
  JsonlRecord rec;
  std::string error;
  if (!parse_jsonl_record(line, &rec, &error)) return false;
  out->text = std::move(rec.text);
  out->uncertain = line.find("\"uncertain\": true") != std::string::npos;
  out->doc_id = string_field(line, "doc_id");
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
  for (auto [s, e] : parse_cues(line))
    out->cues.push_back({cp_to_u16[std::clamp(s, 0L, last)], cp_to_u16[std::clamp(e, 0L, last)]});
  return true;
}

int fold_of(const std::string& doc_id) {
  unsigned sum = 0;
  for (unsigned char c : doc_id) sum += c;
  return static_cast<int>(sum % kHedgeFolds);
}

}  // namespace newsmark
