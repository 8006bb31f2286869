#include "stages/checkworthy_features.h"

#include <algorithm>
#include <array>

#include "stages/feature_hash.h"
#include "stages/flat_hash.h"
#include <initializer_list>
#include <string_view>
#include <utility>

namespace newsmark {

namespace {

using WordList = std::initializer_list<std::u16string_view>;

const WordList kFirstPerson{u"i", u"me", u"my", u"we", u"us", u"our", u"i'm", u"we're", u"i've", u"we've", u"i'll", u"we'll"};
const WordList kSecondPerson{u"you", u"your", u"you're", u"you've"};
const WordList kComparative{u"more", u"less", u"fewer", u"than", u"higher", u"lower", u"larger", u"smaller",
                           u"bigger", u"greater", u"increase", u"increased", u"decrease", u"decreased", u"doubled",
                           u"tripled", u"cut", u"cuts", u"rose", u"fell", u"grew", u"dropped", u"raised", u"reduced"};
const WordList kSuperlative{u"most", u"least", u"highest", u"lowest", u"largest", u"biggest", u"best", u"worst",
                           u"first", u"only", u"record", u"ever", u"never"};
const WordList kQuantity{u"percent", u"%", u"million", u"billion", u"trillion", u"thousand", u"hundred", u"dollars",
                        u"$", u"half", u"twice", u"times", u"jobs", u"tax", u"taxes", u"deficit", u"debt",
                        u"budget", u"unemployment", u"rate", u"number", u"average", u"years", u"year"};
const WordList kOpinion{u"think", u"believe", u"feel", u"hope", u"want", u"should", u"must", u"need", u"going",
                       u"will", u"would", u"can", u"let", u"thank", u"please", u"agree", u"question", u"answer",
                       u"good", u"great", u"wonderful", u"right", u"wrong", u"maybe", u"perhaps", u"may", u"might"};
const WordList kPast{u"was", u"were", u"had", u"did", u"voted", u"passed", u"signed", u"said", u"went", u"created",
                    u"lost", u"spent", u"came", u"made", u"took", u"gave", u"has", u"have", u"been"};

// The byte lanes of a sentence's counts (checkworthy_features), and one lookup per token
// giving each word's lists as bits: bit k counts into lane k.
enum Lane : int { kLaneFirst, kLaneSecond, kLaneComp, kLaneSup, kLaneQuant, kLaneOpinion, kLanePast, kLaneEd };
enum : uint32_t {
  kFirst = 1u << kLaneFirst, kSecond = 1u << kLaneSecond, kComp = 1u << kLaneComp, kSup = 1u << kLaneSup,
  kQuant = 1u << kLaneQuant, kOpin = 1u << kLaneOpinion, kPastW = 1u << kLanePast, kEd = 1u << kLaneEd,
};
enum OtherLane : int { kLaneDigits, kLaneYears, kLaneTitles, kLaneQuestion };

// Bit k of a byte spread to the lowest bit of byte k of a word.
constexpr std::array<uint64_t, 256> spread_bits() {
  std::array<uint64_t, 256> t{};
  for (uint32_t m = 0; m < 256; ++m)
    for (int k = 0; k < 8; ++k)
      if (m >> k & 1) t[m] |= uint64_t{1} << (8 * k);
  return t;
}
constexpr std::array<uint64_t, 256> kSpread = spread_bits();

// packed + inc, byte by byte, each byte held at 4 at most (a byte holds 0 .. 4 and gains 0 or 1:
// a 5 is the only byte with its bits 0 and 2 both set).
inline uint64_t add_saturating(uint64_t packed, uint64_t inc) {
  const uint64_t sum = packed + inc;
  return sum - (sum & sum >> 2 & 0x0101010101010101ull);
}
const FlatHashMap& word_classes() {
  static const FlatHashMap table = [] {
    FlatHashMap t;
    const std::pair<const WordList*, uint32_t> lists[] = {{&kFirstPerson, kFirst}, {&kSecondPerson, kSecond},
                                                          {&kComparative, kComp},  {&kSuperlative, kSup},
                                                          {&kQuantity, kQuant},    {&kOpinion, kOpin},
                                                          {&kPast, kPastW}};
    for (const auto& [list, bit] : lists)
      for (std::u16string_view w : *list) {
        const uint32_t h = hash_lower(w);
        const uint32_t* old = t.find(h);
        t.insert(h, (old ? *old : 0) | bit, true);
      }
    return t;
  }();
  return table;
}

const uint32_t kYearWord = hash_lower(u"<year>");
const uint32_t kNumberWord = hash_lower(u"<number>");
constexpr uint32_t kBos = 0x2545F491u, kEos = 0x1B873593u;

// Whether w (at least two units) ends in a then b: the suffix tests, without building views.
bool ends_with(std::u16string_view w, char16_t a, char16_t b) { return w[w.size() - 2] == a && w.back() == b; }

uint32_t bucket(uint32_t n) { return n == 0 ? 0 : n == 1 ? 1 : n <= 3 ? 2 : 3; }

// The most features one token adds (101-104), and the sentence's own after them.
constexpr size_t kFeaturesPerToken = 4;
constexpr size_t kSentenceFeatures = 17;

}  // namespace

void checkworthy_features(const Document& doc, uint32_t first, uint32_t end, std::vector<uint32_t>& out) {
  // Written through a pointer into room made once, not pushed one by one.
  out.resize(size_t{end - first} * kFeaturesPerToken + kSentenceFeatures);
  uint32_t* const o = out.data();
  size_t n = 0;
  // The sentence's counts (each read only as bucket(), which is the same from 4 up) as bytes
  // saturating at 4, eight to a word (Lanes): two adds a word token instead of a dozen
  // counters, which the wasm engine kept on the stack.
  uint64_t lanes = 0;  // kLaneFirst .. kLaneEd: the word classes and endings
  uint64_t other = 0;  // kLaneDigits .. kLaneQuestion
  uint32_t words = 0;
  uint32_t prev = kBos;
  const FlatHashMap& classes = word_classes();
  const std::u16string_view text(doc.text());  // (Document::span_text)
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    const std::u16string_view w = Document::span_text(text, t.span);
    // Numbers by kind, not value: "1990" and "2016" are the same feature, as are "3.5" and "12".
    const uint32_t h = t.has(kDigit) ? (w.size() == 4 && !t.has(kPunct) ? kYearWord : kNumberWord) : t.lower;
    const bool one = w.size() == 1;
    if (one && w[0] == u'?') other = add_saturating(other, uint64_t{1} << (8 * kLaneQuestion));
    if (!t.has(kWord) && !(one && (w[0] == u'%' || w[0] == u'$'))) continue;
    ++words;
    o[n++] = feature(101, h);
    o[n++] = feature(102, prev, h);
    if (w.size() > 4) o[n++] = feature(103, hash_lower(w.substr(w.size() - 3)));
    // Word classes instead of the words: a number, a name.
    const uint32_t cls = t.has(kDigit) ? 1u : (t.has(kTitle) && i != first) ? 2u : 0u;
    if (cls != 0) o[n++] = feature(104, prev, cls);
    prev = h;
    uint32_t counted = 0;  // a bit a count of `other`
    if (t.has(kDigit)) {
      counted |= 1u << kLaneDigits;
      if (w.size() == 4 && (w[0] == u'1' || w[0] == u'2')) counted |= 1u << kLaneYears;
    }
    if (t.has(kTitle) && !t.has(kSentenceStart) && i != first) counted |= 1u << kLaneTitles;
    const uint32_t* found = classes.find(h);
    uint32_t bits = found ? *found : 0;  // the word-list bits are the first lanes (see the enum)
    if (w.size() > 4 && ends_with(w, u'e', u'r')) bits |= kComp;
    if (w.size() > 5 && w[w.size() - 3] == u'e' && ends_with(w, u's', u't')) bits |= kSup;
    if (w.size() > 4 && ends_with(w, u'e', u'd')) bits |= kEd;
    lanes = add_saturating(lanes, kSpread[bits & 0xFF]);
    other = add_saturating(other, kSpread[counted]);
  }
  auto count = [](uint64_t packed, int lane) { return static_cast<uint32_t>((packed >> (8 * lane)) & 0xFF); };
  const uint32_t digits = count(other, kLaneDigits), titles = count(other, kLaneTitles), years = count(other, kLaneYears);
  const uint32_t first_p = count(lanes, kLaneFirst), second_p = count(lanes, kLaneSecond), comp = count(lanes, kLaneComp),
                 sup = count(lanes, kLaneSup), quant = count(lanes, kLaneQuant), opinion = count(lanes, kLaneOpinion),
                 past = count(lanes, kLanePast), ed = count(lanes, kLaneEd), question = count(other, kLaneQuestion);
  o[n++] = feature(102, prev, kEos);
  o[n++] = feature(110, bucket(digits));
  o[n++] = feature(111, bucket(titles));
  o[n++] = feature(112, bucket(first_p));
  o[n++] = feature(113, bucket(second_p));
  o[n++] = feature(114, bucket(comp));
  o[n++] = feature(115, bucket(sup));
  o[n++] = feature(116, bucket(quant));
  o[n++] = feature(117, bucket(opinion));
  o[n++] = feature(118, bucket(past));
  o[n++] = feature(119, bucket(ed));
  o[n++] = feature(120, question > 0);
  o[n++] = feature(121, bucket(years));
  o[n++] = feature(122, words < 6 ? 0 : words < 12 ? 1 : words < 25 ? 2 : words < 40 ? 3 : 4);
  o[n++] = feature(123, bucket(digits), bucket(quant));
  o[n++] = feature(124, bucket(first_p), bucket(opinion));
  o[n++] = feature(125, bucket(titles), bucket(past));
  out.resize(n);
}

}  // namespace newsmark
