// A binary linear classifier over hashed features, as the trained stages use it (the cue
// detector, check-worthiness). Weights live in a dense table of 2^bits int8 values with one
// scale, so a model is a few hundred kilobytes at most and loads from embedded bytes with
// no parsing. File format (little-endian): "NMLM" u32 version=1, u32 bits, f32 scale,
// f32 bias, then 2^bits int8 weights.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace newsmark {

class LinearModel {
 public:
  // Returns false (and leaves the model empty) when the bytes are not a model.
  bool load(const unsigned char* data, size_t size);
  bool empty() const { return weights_.empty(); }

  // Raw score: bias + sum of the weights of the features (each hashed into the table).
  float score(const uint32_t* features, size_t n) const {
    if (weights_.empty()) return 0.0f;
    int32_t sum = 0;
    for (size_t i = 0; i < n; ++i) sum += weights_[features[i] & mask_];
    return bias_ + scale_ * static_cast<float>(sum);
  }

  // Serializes float weights (length 2^bits) into the file format, quantizing to int8.
  static std::string serialize(const std::vector<float>& weights, float bias, uint32_t bits);

 private:
  std::vector<int8_t> weights_;
  uint32_t mask_ = 0;
  float scale_ = 0.0f;
  float bias_ = 0.0f;
};

}  // namespace newsmark
