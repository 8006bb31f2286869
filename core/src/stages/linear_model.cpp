#include "stages/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace newsmark {

namespace {
constexpr char kMagic[4] = {'N', 'M', 'L', 'M'};
constexpr size_t kHeader = 4 + 4 + 4 + 4 + 4;
}  // namespace

bool LinearModel::load(const unsigned char* data, size_t size) {
  weights_.clear();
  if (size < kHeader || std::memcmp(data, kMagic, 4) != 0) return false;
  uint32_t version, bits;
  std::memcpy(&version, data + 4, 4);
  std::memcpy(&bits, data + 8, 4);
  if (version != 1 || bits < 4 || bits > 24 || size != kHeader + (size_t{1} << bits)) return false;
  std::memcpy(&scale_, data + 12, 4);
  std::memcpy(&bias_, data + 16, 4);
  weights_.resize(size_t{1} << bits);
  std::memcpy(weights_.data(), data + kHeader, weights_.size());
  mask_ = (1u << bits) - 1;
  return true;
}

std::string LinearModel::serialize(const std::vector<float>& weights, float bias, uint32_t bits) {
  // The scale comes from the 99.9th percentile of the non-zero magnitudes, not the maximum:
  // a few outliers clipped cost less than most small weights rounding to zero.
  std::vector<float> mags;
  for (float w : weights)
    if (w != 0.0f) mags.push_back(std::fabs(w));
  float top = 0.0f;
  if (!mags.empty()) {
    size_t k = std::min(mags.size() - 1, static_cast<size_t>(static_cast<double>(mags.size()) * 0.999));
    std::nth_element(mags.begin(), mags.begin() + static_cast<long>(k), mags.end());
    top = mags[k];
  }
  const float scale = top > 0 ? top / 127.0f : 1.0f;
  std::string out(kMagic, 4);
  const uint32_t version = 1;
  out.append(reinterpret_cast<const char*>(&version), 4);
  out.append(reinterpret_cast<const char*>(&bits), 4);
  out.append(reinterpret_cast<const char*>(&scale), 4);
  out.append(reinterpret_cast<const char*>(&bias), 4);
  for (float w : weights) {
    long q = std::lround(w / scale);
    out.push_back(static_cast<char>(static_cast<int8_t>(std::clamp(q, -127L, 127L))));
  }
  return out;
}

}  // namespace newsmark
