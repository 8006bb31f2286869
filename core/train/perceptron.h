// Averaged perceptron over hashed features, for the native trainers (core/train/). The
// averaged weights generalise much better than the last ones and need no learning rate.
#pragma once

#include <cstdint>
#include <vector>

namespace newsmark {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(uint32_t bits) : mask_((1u << bits) - 1), w_(size_t{1} << bits), u_(size_t{1} << bits) {}

  double score(const uint32_t* f, size_t n) const {
    double s = bias_;
    for (size_t i = 0; i < n; ++i) s += w_[f[i] & mask_];
    return s;
  }
  // One example: label +1 / -1. `weight` > 1 counts the example more (class balance).
  void learn(const uint32_t* f, size_t n, int label, double weight = 1.0) {
    ++c_;
    if (label * score(f, n) > 0) return;
    const double d = label * weight;
    for (size_t i = 0; i < n; ++i) {
      w_[f[i] & mask_] += d;
      u_[f[i] & mask_] += c_ * d;
    }
    bias_ += d;
    ubias_ += c_ * d;
  }
  // The averaged weights (w - u / c) as floats, and the averaged bias.
  std::vector<float> averaged(float* bias) const {
    std::vector<float> out(w_.size());
    for (size_t i = 0; i < w_.size(); ++i) out[i] = static_cast<float>(w_[i] - u_[i] / c_);
    *bias = static_cast<float>(bias_ - ubias_ / c_);
    return out;
  }

 private:
  uint32_t mask_;
  std::vector<double> w_, u_;
  double bias_ = 0, ubias_ = 0;
  double c_ = 1;
};

}  // namespace newsmark
