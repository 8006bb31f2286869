// Direct quotations: spans from an opening double quote mark to its closing mark, curly or
// straight. A quote left open at a paragraph's end continues when the next paragraph opens
// with a quote mark (the newspaper convention for quotes running over several paragraphs);
// otherwise it ends with its paragraph. Single marks inside a quote are nested quotes and
// stay part of it.
#pragma once

#include <cstdint>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

struct Quote {
  Span span;              // the marks included
  uint32_t first_token;   // the opening mark's token
  uint32_t end_token;     // one past the closing mark's token (or the last quoted token)
  bool closed;            // false when the quote ran to its paragraph's (or the text's) end
};

// Quotes in text order; `out` is cleared and reused.
void find_quotes(const Document& doc, std::vector<Quote>& out);

// Index into `quotes` of the quote containing token t, or -1.
int quote_containing(const std::vector<Quote>& quotes, uint32_t t);

}  // namespace newsmark
