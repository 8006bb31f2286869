#include "stages/quote_finder.h"

#include <algorithm>

namespace newsmark {

namespace {

bool is_double_mark(char16_t c) {
  switch (c) {
    case u'"': case u'\u201C': case u'\u201D': case u'\u00AB': case u'\u00BB': case u'\u201E': case u'\u201F':
    case u'\u2033':
      return true;
    default:
      return false;
  }
}

bool opens(char16_t c, const Token& t) {
  if (c == u'\u201C' || c == u'\u00AB' || c == u'\u201E') return true;
  if (c == u'\u201D' || c == u'\u00BB') return false;
  return t.has(kOpenQuote) || !t.has(kCloseQuote);
}

bool is_apostrophe(char16_t c) { return c == u'\'' || c == u'\u2019'; }

}  // namespace

void find_quotes(const Document& doc, std::vector<Quote>& out) {
  out.clear();
  bool inside = false;
  Quote cur{};
  uint32_t last_paragraph = 0;  // read only while inside a quote, so set only then and at marks
  const std::u16string_view text(doc.text());
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    char16_t w = doc.token_unit(i);  // every mark is one unit
    bool mark = is_double_mark(w);
    // Two apostrophes written as a double mark (''like this'', the New York Times style).
    bool pair = false;
    if (!mark && is_apostrophe(w) && i + 1 < doc.tokens.size() && is_apostrophe(doc.token_unit(i + 1)) &&
        doc.tokens[i + 1].span.start == t.span.end) {
      pair = mark = true;
      const bool space_before = t.span.start == 0 || text[t.span.start - 1] == u' ' || text[t.span.start - 1] == u'\n' ||
                                text[t.span.start - 1] == u'(' || text[t.span.start - 1] == u'\u00A0';
      w = space_before ? u'\u201C' : u'\u201D';
    }
    if (!inside && !mark) continue;
    const uint32_t paragraph = doc.sentences.empty() ? 0 : doc.sentences[t.sentence].paragraph;
    if (inside && paragraph != last_paragraph) {
      // A new paragraph inside an open quote: it continues only if the paragraph opens with a mark.
      if (mark && opens(w, t)) {
        last_paragraph = paragraph;
        i += pair ? 1 : 0;
        continue;
      }
      cur.end_token = i;
      cur.span.end = doc.tokens[i - 1].span.end;
      cur.closed = false;
      out.push_back(cur);
      inside = false;
    }
    last_paragraph = paragraph;
    if (!mark) continue;
    if (!inside) {
      if (!opens(w, t) && !(t.has(kOpenQuote))) continue;  // a stray closing mark
      cur = Quote{{t.span.start, t.span.end}, i, i + 1, false};
      inside = true;
    } else {
      const uint32_t last = pair ? i + 1 : i;
      cur.end_token = last + 1;
      cur.span.end = doc.tokens[last].span.end;
      cur.closed = true;
      out.push_back(cur);
      inside = false;
    }
    i += pair ? 1 : 0;
  }
  if (inside && !doc.tokens.empty()) {
    cur.end_token = static_cast<uint32_t>(doc.tokens.size());
    cur.span.end = doc.tokens.back().span.end;
    cur.closed = false;
    out.push_back(cur);
  }
}

int quote_containing(const std::vector<Quote>& quotes, uint32_t t) {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), t,
                             [](uint32_t tok, const Quote& q) { return tok < q.first_token; });
  if (it == quotes.begin()) return -1;
  --it;
  return t < it->end_token ? static_cast<int>(it - quotes.begin()) : -1;
}

}  // namespace newsmark
