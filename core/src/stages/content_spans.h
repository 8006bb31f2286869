// What a source said: the clause after the cue, the text before the source, or a
// quotation (with its marks), as a token range and a kind (direct, mixed, indirect).
#pragma once

#include "stages/token_view.h"

namespace newsmark {

struct Content {
  long first = -1, end = -1;
  ClaimKind kind = ClaimKind::Indirect;
  bool strong = false;  // introduced by "that", a colon or a quote mark
  bool ok() const { return first >= 0 && end > first; }
};

long count_words(const TokenView& v, long a, long b);
Span span_of(const TokenView& v, long first, long end);
// What follows the cue: "said (that) ...", "told CNN: "..."", "said: "..."" to the sentence end.
Content content_after(const TokenView& v, long j, long s_end, bool takes_object);
// What precedes the source or cue: '"...," he said' or '..., sources said'. `limit` is the
// first token of the source/cue group.
Content content_before(const TokenView& v, long limit, long s0);
// '"A," he said, "B."': a quote opening right after the speech tag continues the content.
void extend_to_next_quote(const TokenView& v, Content& content, long from, long s_end);

}  // namespace newsmark
