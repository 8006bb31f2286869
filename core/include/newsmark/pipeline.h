// A pipeline is an ordered list of stages, each a Document -> Document step (as in spaCy).
// A stage declares what it needs from earlier stages and what it adds, so a pipeline that
// is put together in the wrong order fails when it is built, not with empty results later.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual const char* name() const = 0;
  // Layers this stage reads ("tokens", "sentences", "people", ...) and the ones it writes.
  virtual std::vector<std::string> requires_layers() const { return {}; }
  virtual std::vector<std::string> assigns_layers() const = 0;
  // Stages keep reusable state (ICU iterators, models), so run() is not const and a
  // pipeline must not be shared between threads.
  virtual void run(Document& doc) = 0;
};

class Pipeline {
 public:
  // Throws std::logic_error when the stage needs a layer no earlier stage assigns.
  void add(std::unique_ptr<Stage> stage);
  // on_stage, when given, is called before each stage (index, stage count, name) and once more
  // at the end with index == count: the JS API turns it into progress for long texts.
  using StageCallback = std::function<void(size_t index, size_t count, const char* name)>;
  void run(Document& doc, const StageCallback& on_stage = {});
  std::vector<std::string> stage_names() const;

  // The full Newsmark pipeline: segmentation, then the analysis stages.
  static Pipeline standard();

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
  std::vector<std::string> assigned_;
};

}  // namespace newsmark
