#include "result_packed.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "json_writer.h"
#include "newsmark/newsmark.h"
#include "scratch.h"
#include "utf.h"

namespace newsmark {

namespace {

// The JSON writer's fixed point: scores are within [0, 1] and the hedge density within
// [0, a few hundred], so the scaled value fits an int32.
int32_t scaled(double v) { return static_cast<int32_t>(fixed_point_e4(v)); }

// The strings of one result, each written once and referred to by index. The core's own
// labels (kinds, source types, cue classes, hedge types and explanations: a few dozen in all)
// are found again by a slot chosen by their length and three of their bytes (then compared
// whole), or by a linear search when another label holds the slot; names are written as they
// come (each person's once).
class Strings {
 public:
  // Empties the table for the next result, keeping its memory (its arrays grew for every result).
  void clear() {
    labels_.clear();
    std::fill(std::begin(by_key_), std::end(by_key_), uint16_t{0});
    words_.clear();
    release_if_large(words_);  // (a huge text's names: scratch.h)
    count_ = 0;
  }
  uint32_t label(std::string_view utf8) {
    uint16_t& slot = by_key_[(quick_key(utf8) * 0x9E3779B1u) >> (32 - kSlotBits)];
    if (slot && same(labels_[slot - 1].first, utf8)) return labels_[slot - 1].second;
    for (const auto& [text, index] : labels_) {
      if (same(text, utf8)) return index;
    }
    if (!slot && labels_.size() < UINT16_MAX) slot = static_cast<uint16_t>(labels_.size() + 1);  // (the first label in a slot keeps it)
    labels_.emplace_back(utf8, count_);
    if (const uint32_t index = append_ascii(utf8); index != kNotAscii) return index;
    units_.clear();
    size_t bad = 0;
    utf8_to_utf16(utf8, units_, &bad);  // the core's own strings: valid UTF-8
    return append(units_.data(), units_.size());
  }
  uint32_t name(std::u16string_view utf16) { return append(utf16.data(), utf16.size()); }
  uint32_t count() const { return count_; }
  const std::vector<int32_t>& words() const { return words_; }

 private:
  // A string's length, then its UTF-16 units two to a word; Unit is char16_t, or char for ASCII.
  template <typename Unit>
  uint32_t append(const Unit* s, size_t n) {
    using U = std::make_unsigned_t<Unit>;
    words_.push_back(static_cast<int32_t>(n));
    for (size_t i = 0; i < n; i += 2) {
      const uint32_t lo = static_cast<U>(s[i]), hi = i + 1 < n ? static_cast<U>(s[i + 1]) : 0;
      words_.push_back(static_cast<int32_t>(lo | hi << 16));
    }
    return count_++;
  }
  // append() of an ASCII label straight from its bytes (nearly all are: kinds, types, classes,
  // explanations), without decoding it into units first; kNotAscii, with nothing written, for
  // any other.
  static constexpr uint32_t kNotAscii = UINT32_MAX;
  uint32_t append_ascii(std::string_view s) {
    for (char c : s)
      if (static_cast<unsigned char>(c) >= 0x80) return kNotAscii;
    return append(s.data(), s.size());
  }
  // a == b, eight bytes a step (wasm's memcmp, under string_view's ==, goes byte by byte; an
  // explanation is some eighty bytes), and at once for the same bytes (the enum labels, which
  // are views of the same literals; a hedge's type and explanation are copies in each hedge,
  // so they are compared whole).
  static bool same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    if (a.data() == b.data()) return true;
    size_t i = 0;
    for (; i + 8 <= a.size(); i += 8) {
      uint64_t x, y;
      std::memcpy(&x, a.data() + i, 8);
      std::memcpy(&y, b.data() + i, 8);
      if (x != y) return false;
    }
    for (; i < a.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  static uint32_t quick_key(std::string_view s) {
    if (s.empty()) return 1;
    const auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<uint8_t>(s[i])); };
    return static_cast<uint32_t>(s.size()) * 0x9E3779B1u ^ byte(0) << 16 ^ byte(s.size() / 2) << 8 ^ byte(s.size() - 1);
  }
  std::vector<std::pair<std::string_view, uint32_t>> labels_;
  static constexpr unsigned kSlotBits = 6;
  uint16_t by_key_[1u << kSlotBits] = {};  // a slot by quick_key -> position + 1 in labels_, 0 for none
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
  out.reserve(8 + doc.sentences.size() * 4 + doc.claims.size() * 10 + doc.hedges.size() * 4 + doc.people.size() * 8);
  out.push_back(kPackedFormat);
  out.push_back(kSchemaVersion);
  out.push_back(static_cast<int32_t>(doc.length()));
  out.push_back(static_cast<int32_t>(doc.word_count()));
  out.push_back(scaled(hedge_density(doc)));
  const size_t strings_at = out.size();
  out.push_back(0);  // where the strings start, once known
  static thread_local Strings strings;  // (kept from result to result: see clear())
  strings.clear();  // (already empty unless an exception cut the last result short)

  out.push_back(static_cast<int32_t>(doc.sentences.size()));
  for (const Sentence& s : doc.sentences) {
    put_span(out, s.span);
    out.push_back(scaled(s.checkworthy));
    out.push_back(scaled(s.hedge));
  }

  out.push_back(static_cast<int32_t>(doc.people.size()));
  for (const Person& p : doc.people) {
    out.push_back(static_cast<int32_t>(strings.name(std::u16string_view(p.name))));
    out.push_back(static_cast<int32_t>(p.mentions.size()));
    for (const Span& s : p.mentions) put_span(out, s);
    out.push_back(static_cast<int32_t>(p.descriptors.size()));
    for (const Span& s : p.descriptors) put_span(out, s);
  }

  out.push_back(static_cast<int32_t>(doc.claims.size()));
  for (const Claim& c : doc.claims) {
    out.push_back(static_cast<int32_t>(strings.label(to_string(c.kind))));
    put_optional_span(out, c.source);
    out.push_back(static_cast<int32_t>(strings.label(to_string(c.source_type))));
    out.push_back(c.person >= 0 ? c.person : -1);
    put_optional_span(out, c.cue);
    out.push_back(static_cast<int32_t>(strings.label(c.cue_class)));
    put_optional_span(out, c.content);
  }

  out.push_back(static_cast<int32_t>(doc.hedges.size()));
  for (const Hedge& h : doc.hedges) {
    put_span(out, h.span);
    out.push_back(static_cast<int32_t>(strings.label(h.type)));
    out.push_back(static_cast<int32_t>(strings.label(h.explanation)));
  }

  out[strings_at] = static_cast<int32_t>(out.size());
  out.push_back(static_cast<int32_t>(strings.count()));
  out.insert(out.end(), strings.words().begin(), strings.words().end());
  // Emptied now as well: a huge text's table is not kept through the next analysis, and no
  // label is left pointing into a document that is gone.
  strings.clear();
}

}  // namespace newsmark
