#include "result_packed.h"

#include <cmath>
#include <string_view>
#include <unordered_map>

#include "newsmark/newsmark.h"
#include "utf.h"

namespace newsmark {

namespace {

// The JSON writer's fixed point (json_writer.cpp): scores are within [0, 1] and the hedge
// density within [0, a few hundred], so the scaled value fits an int32.
int32_t scaled(double v) {
  if (!std::isfinite(v) || std::fabs(v) > 9e14) v = 0.0;
  return static_cast<int32_t>(std::llround(v * 10000.0));
}

// The distinct strings of one result, each written once; items refer to them by index.
class Strings {
 public:
  uint32_t index(std::string_view utf8) {
    auto [it, added] = utf8_.try_emplace(utf8, count_);
    if (added) {
      units_.clear();
      size_t bad = 0;
      utf8_to_utf16(utf8, units_, &bad);  // the core's own strings: valid UTF-8
      append(units_);
    }
    return it->second;
  }
  uint32_t index(std::u16string_view utf16) {
    auto [it, added] = utf16_.try_emplace(utf16, count_);
    if (added) append(utf16);
    return it->second;
  }
  uint32_t count() const { return count_; }
  const std::vector<int32_t>& words() const { return words_; }

 private:
  void append(std::u16string_view s) {
    words_.push_back(static_cast<int32_t>(s.size()));
    for (size_t i = 0; i < s.size(); i += 2) {
      const uint32_t lo = s[i], hi = i + 1 < s.size() ? s[i + 1] : 0;
      words_.push_back(static_cast<int32_t>(lo | hi << 16));
    }
    ++count_;
  }
  std::unordered_map<std::string_view, uint32_t> utf8_;
  std::unordered_map<std::u16string_view, uint32_t> utf16_;
  std::u16string units_;
  std::vector<int32_t> words_;
  uint32_t count_ = 0;
};

void put_span(std::vector<int32_t>& out, Span s) {
  out.push_back(static_cast<int32_t>(s.start));
  out.push_back(static_cast<int32_t>(s.end));
}

void put_optional_span(std::vector<int32_t>& out, const std::optional<Span>& s) {
  if (s) put_span(out, *s);
  else out.insert(out.end(), {-1, -1});
}

}  // namespace

void to_packed(const Document& doc, std::vector<int32_t>& out) {
  out.clear();
  // Strings first: every item below refers to one, and JavaScript decodes them once.
  Strings strings;
  std::vector<int32_t> items;
  items.reserve(2 + doc.sentences.size() * 4 + doc.claims.size() * 10 + doc.hedges.size() * 4 + doc.people.size() * 8);

  items.push_back(static_cast<int32_t>(doc.sentences.size()));
  for (const Sentence& s : doc.sentences) {
    put_span(items, s.span);
    items.push_back(scaled(s.checkworthy));
    items.push_back(scaled(s.hedge));
  }

  items.push_back(static_cast<int32_t>(doc.people.size()));
  for (const Person& p : doc.people) {
    items.push_back(static_cast<int32_t>(strings.index(std::u16string_view(p.name))));
    items.push_back(static_cast<int32_t>(p.mentions.size()));
    for (const Span& s : p.mentions) put_span(items, s);
    items.push_back(static_cast<int32_t>(p.descriptors.size()));
    for (const Span& s : p.descriptors) put_span(items, s);
  }

  items.push_back(static_cast<int32_t>(doc.claims.size()));
  for (const Claim& c : doc.claims) {
    items.push_back(static_cast<int32_t>(strings.index(std::string_view(to_string(c.kind)))));
    put_optional_span(items, c.source);
    items.push_back(static_cast<int32_t>(strings.index(std::string_view(to_string(c.source_type)))));
    items.push_back(c.person >= 0 ? c.person : -1);
    put_optional_span(items, c.cue);
    items.push_back(static_cast<int32_t>(strings.index(std::string_view(c.cue_class))));
    put_optional_span(items, c.content);
  }

  items.push_back(static_cast<int32_t>(doc.hedges.size()));
  for (const Hedge& h : doc.hedges) {
    put_span(items, h.span);
    items.push_back(static_cast<int32_t>(strings.index(std::string_view(h.type))));
    items.push_back(static_cast<int32_t>(strings.index(std::string_view(h.explanation))));
  }

  out.reserve(6 + strings.words().size() + items.size());
  out.push_back(kPackedFormat);
  out.push_back(kSchemaVersion);
  out.push_back(static_cast<int32_t>(doc.length()));
  out.push_back(static_cast<int32_t>(doc.word_count()));
  out.push_back(scaled(hedge_density(doc)));
  out.push_back(static_cast<int32_t>(strings.count()));
  out.insert(out.end(), strings.words().begin(), strings.words().end());
  out.insert(out.end(), items.begin(), items.end());
}

}  // namespace newsmark
