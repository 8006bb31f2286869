// Stage: check-worthiness. Each sentence gets a score in [0, 1]: how much it reads as an
// unattributed factual assertion a fact-checker would want to verify. A logistic model over
// checkworthy_features, trained on ClaimBuster (core/train/train_checkworthy.cpp) and
// calibrated so that 0.5 is the decision threshold. Sentences at 0.5 or above that hold no
// attribution become claims of kind `checkworthy`.
#pragma once

#include <vector>

#include "newsmark/pipeline.h"
#include "stages/linear_model.h"

namespace newsmark {

class Checkworthy : public Stage {
 public:
  Checkworthy();
  Checkworthy(const unsigned char* model, size_t size);
  const char* name() const override { return "checkworthy"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences", "claims"}; }
  std::vector<std::string> assigns_layers() const override { return {"checkworthy"}; }
  void run(Document& doc) override;

  bool has_model() const { return !model_.empty(); }
  // The score of tokens [first, end) as one sentence.
  double score(const Document& doc, uint32_t first, uint32_t end);

 private:
  LinearModel model_;
  std::vector<uint32_t> features_;
  std::vector<uint8_t> attributed_;
};

}  // namespace newsmark
