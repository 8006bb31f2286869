#include "stages/person_model.h"

#include <cstring>
#include <stdexcept>

#include "stages/person_features.h"

extern "C" const unsigned char newsmark_people_model[];
extern "C" const unsigned long newsmark_people_model_size;

namespace newsmark {

namespace {

constexpr char kMagic[8] = {'N', 'M', 'P', 'E', 'O', 'P', 'L', 'E'};
constexpr size_t kHeaderSize = 8 + 4 * 4 + 4 * kTransitionRows * kPersonTags;

uint32_t read_u32(const unsigned char* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}
float read_f32(const unsigned char* p) {
  uint32_t u = read_u32(p);
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}
void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void put_f32(std::string& out, float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  put_u32(out, u);
}

}  // namespace

std::string parse_person_model(const unsigned char* data, size_t size, PersonModel* out) {
  if (size == 0) return "the person model is empty (no core/data/people.model was built in; run scripts/train-people)";
  if (size < kHeaderSize || std::memcmp(data, kMagic, 8) != 0) {
    return "not a Newsmark person model (bad magic or truncated header)";
  }
  uint32_t format = read_u32(data + 8);
  if (format != kPersonModelFormat) {
    return "person model format " + std::to_string(format) + " is not the supported " + std::to_string(kPersonModelFormat);
  }
  PersonModel m;
  m.feature_version = read_u32(data + 12);
  if (m.feature_version != kPersonFeatureVersion) {
    return "person model was trained on feature set " + std::to_string(m.feature_version) + ", this core computes set " +
           std::to_string(kPersonFeatureVersion) + " (run scripts/train-people)";
  }
  m.bits = read_u32(data + 16);
  if (m.bits < 8 || m.bits > 24) return "person model has an implausible bucket count 2^" + std::to_string(m.bits);
  m.scale = read_f32(data + 20);
  if (!(m.scale > 0.0f) || m.scale > 1e6f) return "person model has an invalid weight scale";
  const unsigned char* p = data + 24;
  for (auto& row : m.transitions) {
    for (float& t : row) {
      t = read_f32(p);
      p += 4;
      if (!(t > -1e9f && t < 1e9f)) return "person model has an invalid transition weight";
    }
  }
  size_t count = (size_t(1) << m.bits) * kPersonTags;
  if (size != kHeaderSize + count * 2) {
    return "person model size " + std::to_string(size) + " bytes does not match its header (expected " +
           std::to_string(kHeaderSize + count * 2) + ")";
  }
  m.weights.resize(count);
  std::memcpy(m.weights.data(), p, count * 2);
  const uint16_t probe = 1;
  if (*reinterpret_cast<const unsigned char*>(&probe) != 1) {  // big-endian host: swap
    for (int16_t& w : m.weights) w = static_cast<int16_t>(uint16_t(uint16_t(w) << 8 | uint16_t(w) >> 8));
  }
  *out = std::move(m);
  return "";
}

std::string serialize_person_model(const PersonModel& model) {
  std::string out(kMagic, 8);
  put_u32(out, kPersonModelFormat);
  put_u32(out, model.feature_version);
  put_u32(out, model.bits);
  put_f32(out, model.scale);
  for (const auto& row : model.transitions) {
    for (float t : row) put_f32(out, t);
  }
  out.reserve(out.size() + model.weights.size() * 2);
  for (int16_t w : model.weights) {
    out.push_back(static_cast<char>(uint16_t(w) & 0xFF));
    out.push_back(static_cast<char>(uint16_t(w) >> 8));
  }
  return out;
}

const PersonModel& embedded_person_model() {
  static const PersonModel model = [] {
    PersonModel m;
    std::string error = parse_person_model(newsmark_people_model, newsmark_people_model_size, &m);
    if (!error.empty()) throw std::runtime_error("person tagger: " + error);
    return m;
  }();
  return model;
}

}  // namespace newsmark
