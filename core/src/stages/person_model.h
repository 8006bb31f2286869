// The person tagger's trained weights and the file they ship in (core/data/people.model,
// written by core/train/train_people.cpp, embedded in the core).
//
// Features are hashed into 2^bits buckets (no feature strings are stored); each bucket holds
// one int16 weight per tag, times a common scale. The file is little-endian:
//   "NMPEOPLE" | u32 format version | u32 feature version | u32 bits | f32 scale
//   | f32 transitions[6][5] | i16 weights[2^bits * 5]
// The feature version must match the feature extractor compiled into the core, so a model
// trained on other features is refused instead of tagging nonsense.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace newsmark {

// BIO tags for persons and for other names (organizations, places, events...): learning
// "Red Star" and "Pirelli" as names of something else sharpens what a person name is.
enum PersonTag : uint8_t { kTagOut = 0, kTagBegin = 1, kTagInside = 2, kTagOtherBegin = 3, kTagOtherInside = 4 };
constexpr int kPersonTags = 5;
constexpr int kTransitionRows = kPersonTags + 1;  // the previous tag, or the last row at a sentence start
constexpr uint32_t kPersonModelFormat = 2;

struct PersonModel {
  uint32_t feature_version = 0;
  uint32_t bits = 0;                          // 2^bits feature buckets
  float scale = 1.0f;                         // a weight is weights[i] * scale
  float transitions[kTransitionRows][kPersonTags] = {};
  std::vector<int16_t> weights;               // [bucket * kPersonTags + tag]
};

// Reads a model from its file bytes. Returns "" on success, else one line saying what is
// wrong (empty, bad magic, unknown version, wrong size, ...); *out is then unchanged.
std::string parse_person_model(const unsigned char* data, size_t size, PersonModel* out);

// The file bytes of `model`.
std::string serialize_person_model(const PersonModel& model);

// The model compiled into the core. Throws std::runtime_error with a clear message when the
// build embedded no model or a broken one.
const PersonModel& embedded_person_model();

}  // namespace newsmark
