// A read-only view of a document's tokens for the attribution rules: words, hashes, shapes
// and quote marks as the quote finder paired them; and a phrase as a token range.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsmark/document.h"
#include "stages/cue_features.h"
#include "stages/quote_finder.h"

namespace newsmark {

struct TokenView {
  const Document& doc;
  const CueContext& ctx;
  const std::vector<uint8_t>& positive;
  const std::vector<Quote>& quotes;

  bool word(long i) const { return doc.tokens[static_cast<size_t>(i)].has(kWord); }
  uint32_t w(long i) const { return ctx.word[static_cast<size_t>(i)]; }
  std::u16string_view text(long i) const { return doc.token_text(static_cast<size_t>(i)); }
  const Token& tok(long i) const { return doc.tokens[static_cast<size_t>(i)]; }
  bool is(long i, std::u16string_view s) const { return text(i) == s; }
  // Quote marks as the quote finder paired them (so '' and straight marks count too).
  bool close_quote(long i) const {
    const int q = ctx.quote[static_cast<size_t>(i)];
    return q >= 0 && quotes[static_cast<size_t>(q)].closed &&
           quotes[static_cast<size_t>(q)].end_token == static_cast<uint32_t>(i + 1);
  }
  bool open_quote(long i) const {
    const int q = ctx.quote[static_cast<size_t>(i)];
    const uint32_t u = static_cast<uint32_t>(i);
    return q >= 0 && (quotes[static_cast<size_t>(q)].first_token == u ||
                      (quotes[static_cast<size_t>(q)].first_token + 1 == u && !word(i - 1) && !word(i) &&
                       text(i - 1) == text(i)));
  }
  bool joins_np(long i) const { return tok(i).has(kPossessive) || is(i, u"-") || is(i, u"&"); }
};

struct Phrase {
  long first = -1, end = -1;  // tokens; first < 0: none
  bool ok() const { return first >= 0 && end > first; }
};

}  // namespace newsmark
