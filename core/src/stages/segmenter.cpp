#include "stages/segmenter.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "stages/feature_hash.h"
#include "scratch.h"
#include "stages/token_features.h"
#include "utf.h"

namespace newsmark {

namespace {

using std::u16string_view;

// Abbreviations whose period never ends a sentence: they always precede a name or a number.
constexpr std::array<u16string_view, 36> kTitles = {
    u"Mr", u"Mrs", u"Ms", u"Dr", u"Prof", u"Gen", u"Sen", u"Rep", u"Gov", u"Lt", u"Col", u"Maj",
    u"Capt", u"Sgt", u"Rev", u"St", u"Hon", u"Mt", u"Messrs", u"Fr", u"Pres", u"Adm", u"Supt", u"Det",
    u"Insp", u"Cpl", u"Pvt", u"Cmdr", u"Brig", u"Rt", u"Sr", u"Jr", u"vs", u"Atty", u"Gens", u"Reps"};
// Abbreviations that end a sentence unless a number follows ("Jan. 6", "No. 10").
constexpr std::array<u16string_view, 20> kBeforeNumbers = {
    u"Jan", u"Feb", u"Mar", u"Apr", u"Jun", u"Jul", u"Aug", u"Sep", u"Sept", u"Oct",
    u"Nov", u"Dec", u"No", u"Nos", u"Fig", u"p", u"pp", u"Vol", u"Art", u"approx"};
// Capitalized words that usually start a new sentence; after "U.S." or an initial they
// mean the sentence did end there.
constexpr std::array<u16string_view, 64> kSentenceStarters = {
    u"The", u"A", u"An", u"He", u"She", u"It", u"They", u"We", u"I", u"You", u"But", u"And",
    u"In", u"On", u"At", u"This", u"That", u"These", u"Those", u"There", u"His", u"Her", u"Their",
    u"Its", u"Our", u"My", u"When", u"While", u"After", u"Before", u"If", u"As", u"So", u"Yet",
    u"Meanwhile", u"However", u"Still", u"Now", u"Then", u"Some", u"Many", u"Most", u"All", u"No",
    u"Not", u"For", u"With", u"What", u"Who", u"Why", u"How", u"Where", u"Since", u"Although",
    u"Despite", u"Even", u"Last", u"Next", u"Earlier", u"Later", u"One", u"Two", u"Officials", u"Both"};

// The lists above hold words of at most this many units: longer words need no search.
constexpr size_t kLongestListed = 9;
template <size_t N>
constexpr bool all_short(const std::array<u16string_view, N>& list) {
  for (u16string_view w : list)
    if (w.size() > kLongestListed) return false;
  return true;
}
static_assert(all_short(kTitles) && all_short(kBeforeNumbers) && all_short(kSentenceStarters));

// The ASCII units the words of a list start with, as a 128-bit set: a sentence's last word is
// looked up at every period, and is almost never listed.
template <size_t N>
constexpr std::array<uint64_t, 2> first_units(const std::array<u16string_view, N>& list) {
  std::array<uint64_t, 2> set{};
  for (u16string_view w : list) set[(w[0] >> 6) & 1] |= uint64_t{1} << (w[0] & 63);
  return set;
}

template <const auto& kList>
bool in(u16string_view w) {
  static constexpr std::array<uint64_t, 2> kFirsts = first_units(kList);
  return !w.empty() && w.size() <= kLongestListed && w[0] < 0x80 && ((kFirsts[w[0] >> 6] >> (w[0] & 63)) & 1) &&
         std::find(kList.begin(), kList.end(), w) != kList.end();
}

bool all_space(u16string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] < 0x80) {  // ASCII without a call: white space and control characters
      if (s[i] > 0x20 && s[i] != 0x7F) return false;
      ++i;
      continue;
    }
    size_t len;
    if (!is_space(code_point_at(s, i, &len))) return false;
    i += len;
  }
  return true;
}

bool ends_with_ci(u16string_view w, u16string_view suffix) {
  if (w.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char16_t a = w[w.size() - suffix.size() + i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char16_t>(a - 'A' + 'a');
    if (a != suffix[i]) return false;
  }
  return true;
}

bool is_hyphen(u16string_view s) { return s.size() == 1 && (s[0] == u'-' || s[0] == u'\u2010'); }
bool is_period(u16string_view s) { return s.size() == 1 && s[0] == u'.'; }

// is_space() for the character before a token, answering ASCII without a call.
bool space_at(u16string_view text, size_t i) {
  const char16_t c = text[i];
  return c < 0x80 ? (c <= 0x20 || c == 0x7F) : is_space(c);
}

// text_flags() and hash_lower() of a token made only of ASCII letters (most tokens), in one
// pass, and kAsciiLetters, which saves stem_hash() the same check; false, with nothing set, for
// any other token.
bool ascii_word_features(u16string_view w, uint32_t* flags, uint32_t* lower) {
  if (w.empty()) return false;
  uint32_t h = kFnvOffset;
  uint32_t uppers = 0;
  bool letters = true;
  // Without a branch a unit: c | 0x20 is the lower case of a letter (the hash of anything else
  // is thrown away), and whether the unit was a letter is gathered for the end. The branches on
  // the case mispredicted at every capital.
  for (char16_t c : w) {
    const uint32_t folded = c | 0x20u;
    letters &= folded - u'a' < 26u;
    uppers += c < u'a';
    h = (h ^ folded) * (kFnvPrime * kFnvPrime);  // hash_lower's two steps; the high byte is 0
  }
  if (!letters) return false;
  const size_t n = w.size();
  const bool first_upper = w[0] <= u'Z';
  uint32_t f = kWord | kAlpha | kAsciiLetters;  // the one flag text_flags() has not: the letters known
  if (uppers == n) f |= kUpper;
  if (uppers == 0) f |= kLower;
  if (first_upper && !(uppers == n && n > 1)) f |= kTitle;
  *flags |= f;
  *lower = h;
  return true;
}

// text_flags() of each ASCII character alone: the one-unit tokens ascii_word_features() does not
// take (punctuation and digits, a sixth of all tokens) without its general loop.
const std::array<uint32_t, 128>& single_ascii_flags() {
  static const std::array<uint32_t, 128> table = [] {
    std::array<uint32_t, 128> t{};
    for (char16_t c = 0; c < 128; ++c) t[c] = text_flags(u16string_view(&c, 1));
    return t;
  }();
  return table;
}

// Words ICU keeps whole that the later stages want apart: "Trump's" -> "Trump" "'s".
void split_possessive(std::vector<Span>& out, u16string_view text, Span s) {
  u16string_view w = Document::span_text(text, s);
  if (w.size() > 2 && (w.back() == u's' || w.back() == u'S') && (ends_with_ci(w, u"'s") || ends_with_ci(w, u"\u2019s"))) {
    out.push_back({s.start, s.end - 2});
    out.push_back({s.end - 2, s.end});
    return;
  }
  out.push_back(s);
}

}  // namespace

Segmenter::Segmenter() = default;

Segmenter::~Segmenter() = default;

void Segmenter::run(Document& doc) {
  doc.tokens.clear();
  doc.sentences.clear();
  if (doc.text().empty()) return;
  tokenize(doc);
  split_sentences(doc);
}

void Segmenter::tokenize(Document& doc) {
  const u16string_view text(doc.text());
  segments_.clear();
  words_.segments(text, segments_, /*skip_space=*/true);

  std::vector<Span>& raw = raw_;
  raw.clear();
  raw.reserve(segments_.size());
  for (Span s : segments_) {
    if (!all_space(Document::span_text(text, s))) split_possessive(raw, text, s);
  }
  release_if_large(segments_);

  // Join what belongs together, left to right: "Jong" "-" "un" -> "Jong-un";
  // "Mr" "." -> "Mr."; "U.S" "." -> "U.S."; "J" "." -> "J.".
  std::vector<Token>& tokens = doc.tokens;
  tokens.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    Span s = raw[i];
    uint32_t extra = 0;
    if (s.size() == 2 && i > 0 && raw[i - 1].end == s.start && (text[s.start] == '\'' || text[s.start] == u'\u2019') &&
        (text[s.start + 1] == 's' || text[s.start + 1] == 'S') && !tokens.empty()) {
      extra |= kPossessive;
    }
    if (!tokens.empty() && is_hyphen(Document::span_text(text, s)) && i + 1 < raw.size() &&
        tokens.back().span.end == s.start && raw[i + 1].start == s.end &&
        (text_flags(doc.view(tokens.back().span)) & kWord) && (text_flags(doc.view(raw[i + 1])) & kWord)) {
      tokens.back().span.end = raw[i + 1].end;
      tokens.back().flags |= kHyphenated;
      ++i;
      continue;
    }
    if (!tokens.empty() && is_period(Document::span_text(text, s)) && tokens.back().span.end == s.start &&
        !tokens.back().has(kAbbreviation)) {
      u16string_view w = doc.view(tokens.back().span);
      uint32_t f = 0, unused_hash;
      if (!ascii_word_features(w, &f, &unused_hash)) f = text_flags(w);  // the same flags, cheaper
      bool initial = w.size() == 1 && (f & kUpper);
      bool dotted = (f & kAlpha) && w.find(u'.') != u16string_view::npos;  // "U.S", "e.g"
      if (initial || dotted || in<kTitles>(w) || in<kBeforeNumbers>(w)) {
        tokens.back().span.end = s.end;
        tokens.back().flags |= kAbbreviation;
        continue;
      }
    }
    // Filled in place: a Token built on the stack and copied in as one 16-byte load stalled
    // on its separate field stores (a fifth of this loop's time).
    Token& t = tokens.emplace_back();
    t.span = s;
    t.flags = extra;
  }
  release_if_large(raw_);

  // Flags from the token's own text and from its surroundings.
  const std::array<uint32_t, 128>& single_ascii = single_ascii_flags();
  // The bounds read once: the stores into the tokens would have them read (and the count
  // divided by the token's size) again every step.
  for (Token *t_at = tokens.data(), *t_end = t_at + tokens.size(); t_at != t_end; ++t_at) {
    Token& t = *t_at;
    const u16string_view w = Document::span_text(text, t.span);
    if (!ascii_word_features(w, &t.flags, &t.lower)) {
      t.flags |= w.size() == 1 && w[0] < 0x80 ? single_ascii[w[0]] : text_flags(w);
      t.lower = hash_lower(w);
    }
    if (t.span.size() == 1 && is_two_way_quote(text[t.span.start])) t.flags |= quote_direction(text, t.span.start);
    if (t.span.start == 0 || space_at(text, t.span.start - 1)) t.flags |= kSpaceBefore;
  }
}

void Segmenter::split_sentences(Document& doc) {
  const u16string_view text(doc.text());
  const std::vector<Token>& tokens = doc.tokens;
  std::vector<uint32_t>& bounds = bounds_;
  bounds.clear();
  sentences_.boundaries(text, bounds);

  // Keep a boundary unless it falls inside a token or right after an abbreviation that
  // the next word shows does not end the sentence. The kept ones are written over the read
  // ones (the write position never passes the read position).
  size_t kept = 0;
  size_t next = 0;  // the first token ending after the boundary: the boundaries ascend, so it only moves on
  for (size_t r = 0; r < bounds.size(); ++r) {
    const uint32_t b = bounds[r];
    if (b == 0 || b >= text.size()) continue;
    while (next < tokens.size() && tokens[next].span.end <= b) ++next;
    if (next < tokens.size() && tokens[next].span.start < b) continue;  // inside a token
    if (next == 0 || next >= tokens.size()) { bounds[kept++] = b; continue; }
    const Token& prev = tokens[next - 1];
    const Token& following = tokens[next];
    bool gap_has_newline = false;
    for (uint32_t k = prev.span.end; k < following.span.start; ++k) {
      if (text[k] == '\n' || text[k] == '\r' || text[k] == u'\u2029') gap_has_newline = true;
    }
    bool suppress = false;
    if (prev.has(kAbbreviation) && !gap_has_newline) {
      u16string_view w = doc.view(prev.span);
      w.remove_suffix(1);
      u16string_view nw = doc.view(following.span);
      bool next_lower_or_digit = following.has(kLower) || following.has(kDigit);
      bool next_starts_sentence = in<kSentenceStarters>(nw) || following.has(kOpenQuote);
      if (in<kTitles>(w)) suppress = true;
      else if (in<kBeforeNumbers>(w)) suppress = following.has(kDigit);
      else suppress = next_lower_or_digit || (following.has(kWord) && !next_starts_sentence);
    }
    // '"Why the airlines?" said Ulrich': a quote that ends in ? or ! and is followed by a
    // lower-case word is the speech tag's sentence, not a sentence of its own.
    if (!gap_has_newline && prev.has(kCloseQuote) && following.has(kLower)) suppress = true;
    if (!suppress) bounds[kept++] = b;
  }
  bounds.resize(kept);
  bounds.push_back(static_cast<uint32_t>(text.size()));
  doc.sentences.reserve(bounds.size());

  // Sentences: trimmed spans holding their tokens; paragraphs split at line breaks.
  size_t tok = 0;
  uint32_t paragraph = 0;
  uint32_t prev_end = 0;
  for (uint32_t end : bounds) {
    size_t first = tok;
    while (tok < tokens.size() && tokens[tok].span.start < end) ++tok;
    if (tok > first) {
      Sentence s;
      s.span = {tokens[first].span.start, tokens[tok - 1].span.end};
      s.first_token = static_cast<uint32_t>(first);
      s.end_token = static_cast<uint32_t>(tok);
      bool new_paragraph = doc.sentences.empty();
      for (uint32_t k = prev_end; k < s.span.start; ++k) {
        if (text[k] == '\n' || text[k] == '\r' || text[k] == u'\u2029') new_paragraph = true;
      }
      if (new_paragraph && !doc.sentences.empty()) ++paragraph;
      s.paragraph = paragraph;
      uint32_t index = static_cast<uint32_t>(doc.sentences.size());
      for (size_t k = first; k < tok; ++k) doc.tokens[k].sentence = index;
      doc.tokens[first].flags |= kSentenceStart;
      if (new_paragraph) doc.tokens[first].flags |= kParagraphStart;
      prev_end = s.span.end;
      doc.sentences.push_back(s);
    }
  }
  release_if_large(bounds);
}

}  // namespace newsmark
