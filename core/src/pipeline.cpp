#include "newsmark/pipeline.h"

#include <algorithm>
#include <stdexcept>

namespace newsmark {

void Pipeline::add(std::unique_ptr<Stage> stage) {
  for (const std::string& need : stage->requires_layers()) {
    if (std::find(assigned_.begin(), assigned_.end(), need) == assigned_.end()) {
      throw std::logic_error(std::string("pipeline: stage '") + stage->name() + "' needs layer '" + need +
                             "', which no earlier stage assigns");
    }
  }
  for (const std::string& layer : stage->assigns_layers()) assigned_.push_back(layer);
  stages_.push_back(std::move(stage));
}

void Pipeline::run(Document& doc, const StageCallback& on_stage) {
  for (size_t i = 0; i < stages_.size(); ++i) {
    if (on_stage) on_stage(i, stages_.size(), stages_[i]->name());
    stages_[i]->run(doc);
  }
  if (on_stage) on_stage(stages_.size(), stages_.size(), "done");
}

std::vector<std::string> Pipeline::stage_names() const {
  std::vector<std::string> names;
  for (const auto& stage : stages_) names.emplace_back(stage->name());
  return names;
}

}  // namespace newsmark
