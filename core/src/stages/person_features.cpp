#include "stages/person_features.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "scratch.h"

namespace newsmark {

namespace {

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;

inline uint64_t combine(uint64_t h, uint64_t v) {
  h = (h << 23 | h >> 41) ^ v;
  return h * kMul;
}

// Template ids: one per feature kind, so equal values in different templates differ.
enum Template : uint64_t {
  kBias = 1, kWordT, kWordPrev, kWordNext, kWordPrev2, kWordNext2, kShape,
  kShapePrevCur, kShapeCurNext, kShapeTri, kBigramPrev, kBigramNext, kPrefix, kSuffix,
  kStartShape, kStartWord, kModeShape, kModeKinds, kLex, kLexPrev, kLexNext, kLexPrev2, kLexPair,
  kLexKindMode, kInitials, kFirstThenCap, kAfterFirst, kPossessiveNext, kKindTri,
  kEvWord, kEvWordStart, kEvPrev, kEvNext, kEvOther,
};

// Sentinel hashes for positions outside the sentence.
constexpr uint64_t kBefore[3] = {0, 0x5bd1e9955bd1e995ull, 0x27d4eb2f165667c5ull};
constexpr uint64_t kAfter[3] = {0, 0x165667b19e3779f9ull, 0x85ebca77c2b2ae63ull};

bool is_upper(char16_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : (c < 0xD800 || c > 0xDFFF) && u_isupper(c); }
bool is_lower(char16_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : (c < 0xD800 || c > 0xDFFF) && u_islower(c); }
bool is_digit(char16_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : (c < 0xD800 || c > 0xDFFF) && u_isdigit(c); }

// spaCy-style shape: X x d, other units kept, runs cut at 4.
uint64_t shape_hash(std::u16string_view w) {
  uint64_t h = 0xcbf29ce484222325ull;
  char16_t last = 0;
  int run = 0;
  for (char16_t c : w) {
    char16_t s = is_upper(c) ? u'X' : is_lower(c) ? u'x' : is_digit(c) ? u'd' : c;
    if (c >= 0xD800 && c <= 0xDFFF) s = u'x';  // letters outside the BMP: rare in names
    run = (s == last) ? run + 1 : 1;
    last = s;
    if (run > 4) continue;
    h ^= s;
    h *= 0x100000001b3ull;
  }
  return h;
}

// hash_lower() and shape_hash() of a token made only of ASCII letters (most words near a
// name), in one pass; false, with nothing set, for any other token.
bool ascii_word_hashes(std::u16string_view w, uint64_t* word, uint64_t* shape) {
  if (w.empty()) return false;
  uint64_t h = 0xcbf29ce484222325ull, sh = 0xcbf29ce484222325ull;
  char16_t last = 0;
  int run = 0;
  for (char16_t c : w) {
    char16_t s;
    if (static_cast<char16_t>(c - u'a') < 26) {
      s = u'x';
      h = (h ^ c) * 0x100000001b3ull;
    } else if (static_cast<char16_t>(c - u'A') < 26) {
      s = u'X';
      h = (h ^ (c + 32u)) * 0x100000001b3ull;
    } else {
      return false;
    }
    run = (s == last) ? run + 1 : 1;
    last = s;
    if (run <= 4) sh = (sh ^ s) * 0x100000001b3ull;
  }
  *word = h;
  *shape = sh;
  return true;
}

// The kinds that are capitalised words, as a bit per kind.
constexpr uint32_t kCapitalKinds = 1u << kKindTitle | 1u << kKindUpper | 1u << kKindInitial | 1u << kKindMixed;

uint8_t kind_of(const Token& t, std::u16string_view w) {
  if (!t.has(kWord)) return kKindOther;
  if (t.has(kDigit)) return kKindDigit;
  if (t.has(kLower)) return kKindLower;
  if (t.has(kUpper)) return (w.size() == 1 || w.back() == '.') ? kKindInitial : kKindUpper;
  if (t.has(kTitle)) return kKindTitle;
  return kKindMixed;
}

}  // namespace

void PersonFeatures::release_if_large() {
  newsmark::release_if_large(info_);
  newsmark::release_if_large(candidates_);
}

void PersonFeatures::prepare(const Document& doc) {
  const size_t n = doc.tokens.size();
  info_.assign(n, PersonTokenInfo{});
  candidates_.clear();
  // Pass 1: the case class of every token, and each sentence's case mode.
  const std::u16string_view text(doc.text());  // (Document::span_text)
  for (const Sentence& s : doc.sentences) {
    size_t words = 0, upper = 0, lower = 0, short_lower = 0;
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = doc.tokens[i];
      uint8_t k = info_[i].kind = kind_of(t, Document::span_text(text, t.span));
      if (k == kKindOther || k == kKindDigit) continue;
      ++words;
      upper += k == kKindUpper || k == kKindInitial;
      if (k == kKindLower) {
        ++lower;
        short_lower += t.span.size() <= 3;
      }
    }
    uint8_t mode = kModeNormal;
    if (words >= 2 && upper == words) mode = kModeAllCaps;
    else if (words >= 3 && lower == short_lower && lower * 3 <= words) mode = kModeTitleCase;
    if (mode != kModeNormal) {
      for (size_t i = s.first_token; i < s.end_token; ++i) info_[i].mode = mode;
    }
  }
  // Pass 2: words, shapes and lexicon classes only where features will read them, capitalized
  // words and the two words either side (most of a text is never looked at).
  // Which of tokens i-2 .. i+2 are capitals, as five bits (i+2 the lowest), slid along: one
  // table bit per token instead of five branches.
  auto capital_bit = [&](size_t j) -> uint32_t { return j < n ? (kCapitalKinds >> info_[j].kind) & 1 : 0; };
  uint32_t window = capital_bit(0) << 2 | capital_bit(1) << 1 | capital_bit(2);
  for (size_t i = 0; i < n; window = (window << 1 | capital_bit(i + 3)) & 31, ++i) {
    PersonTokenInfo& x = info_[i];
    if (!window) continue;  // no capital within two tokens
    // "Mr." and "Mr", "Jr." and "Jr" are one word to the model; the shape keeps the period.
    std::u16string_view w = Document::span_text(text, doc.tokens[i].span);
    if (!ascii_word_hashes(w, &x.word, &x.shape)) {
      x.word = hash_lower(w.size() > 1 && w.back() == '.' ? w.substr(0, w.size() - 1) : w);
      if (x.kind == kKindOther || x.kind == kKindDigit) continue;
      x.shape = shape_hash(w);
    }
    x.lex = x.kind == kKindLower ? lexicon_.lookup_words(x.word) : lexicon_.lookup(x.word);
    if (w.back() == '.') x.lex &= ~kFunctionWord;  // "A." is an initial
    x.candidate = (x.kind != kKindLower || (x.lex & kParticleWord)) && !(x.lex & kFunctionWord);
    if (x.candidate) candidates_.push_back(static_cast<uint32_t>(i));
    if (x.kind == kKindInitial && !(x.lex & kInitialism) && w.size() % 2 == 0) {
      x.initials = true;
      for (size_t k = 0; k < w.size(); k += 2) x.initials = x.initials && is_upper(w[k]) && w[k + 1] == '.';
    }
  }
}

size_t PersonFeatures::base(const Document& doc, size_t i, unsigned bits, uint32_t* out) const {
  const Sentence& sent = doc.sentences[doc.tokens[i].sentence];
  const size_t first = sent.first_token, end = sent.end_token;
  const PersonTokenInfo& x = info_[i];
  const unsigned shift = 64 - bits;
  size_t n = 0;
  auto emit = [&](uint64_t tid, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    uint64_t h = combine(combine(combine(tid * kMul, a), b), c);
    out[n++] = static_cast<uint32_t>(h >> shift);
  };
  // The neighbours' values at offsets -2 .. 2 (index k + 2), each read once: the features'
  // stores to `out` would otherwise have them read again for every feature that names them.
  // Outside the sentence: sentinel words and shapes, kind 15, lexicon bits 0xFFFF.
  const PersonTokenInfo* around[5];
  uint64_t words[5], shapes[5], kinds[5], lexes[5];
  for (long k = -2; k <= 2; ++k) {
    const long j = static_cast<long>(i) + k;
    const PersonTokenInfo* p = j >= static_cast<long>(first) && j < static_cast<long>(end) ? &info_[j] : nullptr;
    const uint64_t outside = k < 0 ? kBefore[-k] : kAfter[k];
    around[k + 2] = p;
    words[k + 2] = p ? p->word : outside;
    shapes[k + 2] = p ? (p->shape ? p->shape : p->word) : outside;  // punctuation: the mark itself
    kinds[k + 2] = p ? p->kind : 15;
    lexes[k + 2] = p ? p->lex : 0xFFFF;
  }
  auto word = [&](long k) { return words[k + 2]; };
  auto shape = [&](long k) { return shapes[k + 2]; };
  auto kind = [&](long k) { return kinds[k + 2]; };
  auto lex = [&](long k) { return lexes[k + 2]; };

  const bool start = i == first;
  // The features that name the word itself come first (see kPersonWordFeatures).
  emit(kWordT, x.word);
  emit(kBigramPrev, word(-1), x.word);
  emit(kBigramNext, x.word, word(1));
  emit(kBias, 0);
  emit(kWordPrev, word(-1));
  emit(kWordNext, word(1));
  emit(kWordPrev2, word(-2));
  emit(kWordNext2, word(2));
  emit(kShape, x.shape);
  emit(kShapePrevCur, shape(-1), x.shape);
  emit(kShapeCurNext, x.shape, shape(1));
  emit(kShapeTri, shape(-1), x.shape, shape(1));
  // Affixes of the lower-cased text: "-ov", "-sson", "Mc-". Prefixes stop at two letters:
  // longer ones learn club names ("Bar-celona", "Bar-nsley") and then refuse "Barack".
  std::u16string_view w = doc.token_text(i);
  uint64_t h = 0xcbf29ce484222325ull;
  for (size_t k = 0; k < 2 && k < w.size(); ++k) {
    h = (h ^ lower_unit(w[k])) * 0x100000001b3ull;
    emit(kPrefix, h, k);
  }
  h = 0xcbf29ce484222325ull;
  for (size_t k = 0; k < 4 && k < w.size(); ++k) {
    h = (h ^ lower_unit(w[w.size() - 1 - k])) * 0x100000001b3ull;
    emit(kSuffix, h, k);
  }
  emit(kStartShape, start, x.shape);
  if (start) emit(kStartWord, x.word);
  emit(kModeShape, x.mode, x.shape);
  emit(kModeKinds, x.mode, kind(-1) << 8 | kind(0) << 4 | kind(1));
  emit(kKindTri, kind(-2) << 12 | kind(-1) << 8 | kind(0) << 4 | kind(1), kind(2));
  emit(kLex, x.lex);
  emit(kLexPrev, lex(-1), kind(-1));
  emit(kLexNext, lex(1), kind(1));
  emit(kLexPrev2, lex(-2));
  emit(kLexPair, lex(-1) << 32 | uint64_t(x.lex) << 16 | lex(1));
  emit(kLexKindMode, x.lex, x.kind, x.mode);
  if (x.initials) emit(kInitials, kind(1), lex(1));
  // First name + capitalized word, the plainest pattern of a full name ("Barack Obama").
  auto first_class = [&](long k) -> uint64_t { return around[k + 2] ? (lexes[k + 2] >> kFirstNameShift) & 3 : 4; };
  auto surname_class = [&](long k) -> uint64_t { return around[k + 2] ? (lexes[k + 2] >> kSurnameShift) & 3 : 4; };
  emit(kFirstThenCap, first_class(0) << 8 | kind(1) << 4 | surname_class(1), x.kind, x.mode);
  emit(kAfterFirst, first_class(-1) << 8 | kind(-1) << 4 | surname_class(0), x.kind, x.mode);
  if (around[3] && doc.tokens[i + 1].has(kPossessive)) emit(kPossessiveNext, x.kind);
  return n;
}

size_t PersonFeatures::evidence(const Document& doc, size_t i, unsigned bits, const PersonEvidence& ev,
                                uint32_t* out) const {
  if (ev.empty()) return 0;
  const PersonTokenInfo& x = info_[i];
  // Most tokens meet no evidence at all: settle that before touching the sentence.
  const bool here = ev.has(x.word);
  const bool other = ev.has_other(x.word);
  bool prev = i > 0 && info_[i - 1].candidate && ev.has(info_[i - 1].word);
  bool next = i + 1 < info_.size() && info_[i + 1].candidate && ev.has(info_[i + 1].word);
  if (!here && !other && !prev && !next) return 0;
  const Sentence& sent = doc.sentences[doc.tokens[i].sentence];
  prev = prev && i > sent.first_token;
  next = next && i + 1 < sent.end_token;
  const unsigned shift = 64 - bits;
  size_t n = 0;
  auto emit = [&](uint64_t tid, uint64_t a, uint64_t b = 0) {
    uint64_t h = combine(combine(tid * kMul, a), b);
    out[n++] = static_cast<uint32_t>(h >> shift);
  };
  if (here) {
    emit(kEvWord, x.kind, x.mode);
    emit(kEvWordStart, i == sent.first_token);
  }
  if (prev) emit(kEvPrev, here, x.kind);
  if (next) emit(kEvNext, here, x.kind);
  if (other) emit(kEvOther, here, x.kind);
  return n;
}

}  // namespace newsmark
