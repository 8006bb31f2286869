// The stages of the full Newsmark pipeline, in order. Each analysis issue adds its stage here.
#include "newsmark/pipeline.h"
#include "stages/hedge_detector.h"
#include "stages/person_linker.h"
#include "stages/person_tagger.h"
#include "stages/attribution.h"
#include "stages/checkworthy.h"
#include "stages/segmenter.h"

namespace newsmark {

Pipeline Pipeline::standard() {
  Pipeline p;
  p.add(std::make_unique<Segmenter>());
  p.add(std::make_unique<PersonTagger>());
  p.add(std::make_unique<PersonLinker>());
  p.add(std::make_unique<HedgeDetector>());
  p.add(std::make_unique<Attribution>());
  p.add(std::make_unique<Checkworthy>());
  return p;
}

}  // namespace newsmark
