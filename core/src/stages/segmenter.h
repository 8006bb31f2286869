// Stage 1: sentences and tokens by ICU's break rules (word_breaks.h, sentence_breaks.h: fast
// scanners that give ICU's boundaries), with the fixes news text needs.
//
// ICU's word iterator splits "Jong-un" and keeps "Trump's" whole, and its sentence iterator
// breaks after "Mr." before a capital. News needs the opposite, so the raw segments are
// refined: possessive clitics split off, hyphenated words and abbreviations with their
// periods joined, and sentence breaks after titles, initials and "U.S."-style initialisms
// dropped when the next word shows the sentence goes on.
#pragma once

#include <vector>

#include "newsmark/pipeline.h"
#include "stages/sentence_breaks.h"
#include "stages/word_breaks.h"

namespace newsmark {

class Segmenter : public Stage {
 public:
  Segmenter();
  ~Segmenter() override;
  const char* name() const override { return "segmenter"; }
  std::vector<std::string> assigns_layers() const override { return {"tokens", "sentences"}; }
  void run(Document& doc) override;

 private:
  void tokenize(Document& doc);
  void split_sentences(Document& doc);
  WordBreaks words_;
  std::vector<Span> segments_;  // reused across documents
  std::vector<Span> raw_;
  SentenceBreaks sentences_;
  std::vector<uint32_t> bounds_;  // reused across documents: the sentence boundaries, then the kept ones
};

}  // namespace newsmark
