// What must hold for every result, whatever the input: the fuzzers abort when it does not.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "newsmark/document.h"

namespace newsmark::fuzz {

inline bool is_low_surrogate(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }
inline bool is_high_surrogate(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

// A span is inside the text, not empty, and does not cut a surrogate pair at either end.
inline void check_span(const Document& doc, Span s, const char* what) {
  const std::u16string& t = doc.text();
  require(s.start < s.end && s.end <= t.size(), what);
  require(!(s.start > 0 && is_low_surrogate(t[s.start]) && is_high_surrogate(t[s.start - 1])), what);
  require(!(s.end < t.size() && is_low_surrogate(t[s.end]) && is_high_surrogate(t[s.end - 1])), what);
}

inline void check_document(const Document& doc) {
  uint32_t last_end = 0;
  for (const Token& tok : doc.tokens) {
    check_span(doc, tok.span, "token span");
    require(tok.span.start >= last_end, "tokens overlap or are out of order");
    last_end = tok.span.end;
    require(tok.sentence < doc.sentences.size(), "token sentence index");
  }
  last_end = 0;
  for (const Sentence& s : doc.sentences) {
    check_span(doc, s.span, "sentence span");
    require(s.span.start >= last_end, "sentences overlap or are out of order");
    last_end = s.span.end;
    require(s.first_token < s.end_token && s.end_token <= doc.tokens.size(), "sentence token range");
    require(s.checkworthy >= 0 && s.checkworthy <= 1 && s.hedge >= 0 && s.hedge <= 1, "sentence scores in [0,1]");
  }
  for (const Person& p : doc.people) {
    require(!p.mentions.empty(), "a person without mentions");
    for (Span m : p.mentions) check_span(doc, m, "person mention");
    for (Span d : p.descriptors) check_span(doc, d, "person descriptor");
  }
  for (const Claim& c : doc.claims) {
    if (c.source) check_span(doc, *c.source, "claim source");
    if (c.cue) check_span(doc, *c.cue, "claim cue");
    if (c.content) check_span(doc, *c.content, "claim content");
    require(c.person < static_cast<int>(doc.people.size()), "claim person index");
  }
  for (const Hedge& h : doc.hedges) check_span(doc, h.span, "hedge span");
}

}  // namespace newsmark::fuzz
