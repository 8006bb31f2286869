// Stage 1: sentences and tokens from ICU's break iterators, with the fixes news text needs.
//
// ICU's word iterator splits "Jong-un" and keeps "Trump's" whole, and its sentence iterator
// breaks after "Mr." before a capital. News needs the opposite, so the raw segments are
// refined: possessive clitics split off, hyphenated words and abbreviations with their
// periods joined, and sentence breaks after titles, initials and "U.S."-style initialisms
// dropped when the next word shows the sentence goes on.
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <vector>

#include "newsmark/pipeline.h"
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
  std::unique_ptr<icu::BreakIterator> sentences_;
};

}  // namespace newsmark
