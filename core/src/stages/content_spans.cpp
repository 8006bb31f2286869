#include "stages/content_spans.h"

#include <algorithm>

#include "stages/attribution_words.h"

namespace newsmark {

using namespace attribution_words;

long count_words(const TokenView& v, long a, long b) {
  long n = 0;
  for (long k = a; k < b; ++k) n += v.word(k) ? 1 : 0;
  return n;
}

Span span_of(const TokenView& v, long first, long end) {
  return {v.tok(first).span.start, v.tok(end - 1).span.end};
}

namespace {

// Trims trailing punctuation (but not closing quote marks) and leading commas/colons.
bool trim(const TokenView& v, long& a, long& b) {
  while (a < b && !v.word(a) && !v.open_quote(a)) ++a;
  while (b > a && !v.word(b - 1) && !v.close_quote(b - 1)) --b;
  return b > a;
}


ClaimKind kind_of(const TokenView& v, long a, long b) {
  const int q = quote_containing(v.quotes, static_cast<uint32_t>(a));
  if (q >= 0 && v.quotes[static_cast<size_t>(q)].first_token == static_cast<uint32_t>(a) &&
      v.quotes[static_cast<size_t>(q)].end_token >= static_cast<uint32_t>(b))
    return ClaimKind::Direct;
  for (long k = a; k < b; ++k)
    if (v.open_quote(k) || v.close_quote(k)) return ClaimKind::Mixed;
  return ClaimKind::Indirect;
}

Content whole_quote(const TokenView& v, int q) {
  const Quote& qt = v.quotes[static_cast<size_t>(q)];
  return {static_cast<long>(qt.first_token), static_cast<long>(qt.end_token), ClaimKind::Direct, true};
}

}  // namespace

// What follows the cue: "said (that) ...", "told CNN: "..."", "said: "..."" to the sentence end.
Content content_after(const TokenView& v, long j, long s_end, bool takes_object) {
  const long scan_end = std::min(s_end, j + (takes_object ? 7 : 4));
  bool strong = false;
  for (long k = j; k < scan_end; ++k) {
    if (v.is(k, u":")) {
      j = k + 1;
      strong = true;
      break;
    }
    if (v.open_quote(k) && (k == j || takes_object || v.is(k - 1, u":") || v.is(k - 1, u","))) {
      j = k;
      strong = true;
      break;
    }
    if (v.w(k) == kThatWord) {
      j = k + 1;
      strong = true;
      break;
    }
    if (v.is(k, u",") || v.is(k, u".")) break;
  }
  while (j < s_end && (v.is(j, u",") || v.is(j, u":"))) ++j;
  if (j < s_end && v.open_quote(j)) {
    const int q = quote_containing(v.quotes, static_cast<uint32_t>(j));
    if (q >= 0 && v.quotes[static_cast<size_t>(q)].end_token >= static_cast<uint32_t>(s_end) - 1) return whole_quote(v, q);
  }
  long a = j, b = s_end;
  if (!trim(v, a, b) || count_words(v, a, b) == 0) return {};
  return {a, b, kind_of(v, a, b), strong};
}

// What precedes the source or cue: '"...," he said' or '..., sources said'. `limit` is the
// first token of the source/cue group.
Content content_before(const TokenView& v, long limit, long s0) {
  long b = limit;
  while (b > s0 && (v.is(b - 1, u",") || v.is(b - 1, u"\u2014") || v.is(b - 1, u"-"))) --b;
  if (b > s0 && v.close_quote(b - 1)) {
    const int q = quote_containing(v.quotes, static_cast<uint32_t>(b - 1));
    if (q >= 0) {
      Content c = whole_quote(v, q);
      // A mixed quote: indirect speech before the quoted end of the sentence.
      if (c.first > s0 && count_words(v, s0, c.first) >= 3) return {s0, b, ClaimKind::Mixed, true};
      return c;
    }
  }
  long a = s0;
  // A sentence-initial connective is not part of what was said.
  if (!trim(v, a, b) || count_words(v, a, b) == 0) return {};
  return {a, b, kind_of(v, a, b), false};
}

// '"A," he said, "B."': a quote opening right after the speech tag continues the content.
void extend_to_next_quote(const TokenView& v, Content& content, long from, long s_end) {
  if (!content.ok()) return;
  for (long k = from; k < std::min(s_end, from + 3); ++k)
    if (v.open_quote(k)) {
      const int q = quote_containing(v.quotes, static_cast<uint32_t>(k));
      if (q >= 0) content.end = std::max<long>(content.end, v.quotes[static_cast<size_t>(q)].end_token);
      return;
    }
}

}  // namespace newsmark
