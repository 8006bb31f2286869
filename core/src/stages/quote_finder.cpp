#include "stages/quote_finder.h"

#include <algorithm>

namespace newsmark {

namespace {

bool is_double_mark(std::u16string_view w) {
  return w == u"\"" || w == u"\u201C" || w == u"\u201D" || w == u"\u00AB" || w == u"\u00BB" || w == u"\u201E" ||
         w == u"\u201F" || w == u"\u2033";
}

bool opens(std::u16string_view w, const Token& t) {
  if (w == u"\u201C" || w == u"\u00AB" || w == u"\u201E") return true;
  if (w == u"\u201D" || w == u"\u00BB") return false;
  return t.has(kOpenQuote) || !t.has(kCloseQuote);
}

bool is_apostrophe(std::u16string_view w) { return w == u"'" || w == u"\u2019"; }

}  // namespace

void find_quotes(const Document& doc, std::vector<Quote>& out) {
  out.clear();
  bool inside = false;
  Quote cur{};
  uint32_t last_paragraph = 0;
  const std::u16string_view text(doc.text());
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    const uint32_t paragraph = doc.sentences.empty() ? 0 : doc.sentences[t.sentence].paragraph;
    std::u16string_view w = doc.token_text(i);
    bool mark = is_double_mark(w);
    // Two apostrophes written as a double mark (''like this'', the New York Times style).
    bool pair = false;
    if (!mark && is_apostrophe(w) && i + 1 < doc.tokens.size() && is_apostrophe(doc.token_text(i + 1)) &&
        doc.tokens[i + 1].span.start == t.span.end) {
      pair = mark = true;
      const bool space_before = t.span.start == 0 || text[t.span.start - 1] == u' ' || text[t.span.start - 1] == u'\n' ||
                                text[t.span.start - 1] == u'(' || text[t.span.start - 1] == u'\u00A0';
      w = space_before ? u"\u201C" : u"\u201D";
    }
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
