// One sentence of the hedge corpora in ../shared/corpora/hedges, for the trainer and the
// corpus test: {"id", "text", "cues": [[s, e], ...], "uncertain": bool, "doc_id"?}.
#pragma once

#include <string>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

struct HedgeSentence {
  std::u16string text;
  std::vector<Span> cues;  // gold cues, converted from code points to UTF-16 units
  bool uncertain = false;
  std::string doc_id;
};

// False when the line is not a corpus record (no string "text").
bool parse_hedge_sentence(const std::string& line, HedgeSentence* out);

// Documents fall into kHedgeFolds folds by the byte sum of their id (scripts/eval_tasks/hedges.py
// agrees): the cross-validation folds of factbank, and wikiweasel's held-out fold 0.
constexpr int kHedgeFolds = 5;
int fold_of(const std::string& doc_id);

}  // namespace newsmark
