// The attribution cue lexicon: reporting verbs in all their forms, multi-word cues
// ("according to", "pointed out", "in a statement") and noun cues ("the allegation"), each
// with the class the reader is shown. Loaded once from core/data/cue_lexicon.tsv, which is
// compiled into the core (and read by scripts/eval_tasks/claims.py for per-class recall).
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "newsmark/document.h"

namespace newsmark {

enum class CueClass : uint8_t { None, Neutral, Distancing, Denial, Confirmation, Belief, Characterisation, AccordingTo };
const char* to_string(CueClass c);

class CueLexicon {
 public:
  struct Match {
    uint32_t tokens = 0;  // how many tokens the cue covers (0: no cue starts here)
    CueClass cls = CueClass::None;
    uint32_t lemma = 0;   // hash of the lemma (first form of its entry), for features
  };
  // The lexicon compiled into the core.
  static const CueLexicon& instance();
  // Builds a lexicon from TSV text (see the data file for the format).
  explicit CueLexicon(std::string_view tsv);

  // The longest cue starting at token i, not running past token `end`.
  Match match(const Document& doc, size_t i, size_t end) const;

 private:
  struct Entry {
    CueClass cls;
    uint32_t lemma;
  };
  std::unordered_map<uint32_t, Entry> entries_;  // hash of the words joined by ' '
  uint32_t max_words_ = 1;
};

}  // namespace newsmark
