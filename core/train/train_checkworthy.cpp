// Trains the check-worthiness model (core/data/checkworthy.model): logistic regression by
// SGD over checkworthy_features, on ClaimBuster sentences prepared by
// scripts/train-checkworthy as jsonl lines {"id": 1|0, "text"} (1: check-worthy factual
// statement). The decision threshold that maximises F1 over five-fold cross-validation on the
// training file is folded into the bias, so the stage's 0.5 is that threshold; the dev file
// only measures.
//
//   newsmark_train_checkworthy TRAIN.jsonl DEV.jsonl OUT.model [epochs]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "jsonl_record.h"
#include "stages/checkworthy_features.h"
#include "stages/linear_model.h"
#include "stages/segmenter.h"

using namespace newsmark;

namespace {

constexpr uint32_t kBits = 17;

struct Example {
  std::vector<uint32_t> feats;
  int label;
  float score = 0;  // out-of-fold score, for choosing the threshold
};

std::vector<Example> read(const char* path, Segmenter& seg) {
  std::vector<Example> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    JsonlRecord rec;
    std::string err;
    if (!parse_jsonl_record(line, &rec, &err)) continue;
    Document doc(std::move(rec.text));
    seg.run(doc);
    Example e;
    checkworthy_features(doc, 0, static_cast<uint32_t>(doc.tokens.size()), e.feats);
    e.label = rec.id_json == "1" ? 1 : 0;
    out.push_back(std::move(e));
  }
  return out;
}

double f1_at(const std::vector<Example>& dev, const LinearModel& m, float t, double* p_out = nullptr,
             double* r_out = nullptr) {
  size_t tp = 0, fp = 0, fn = 0;
  for (const Example& e : dev) {
    const bool pred = m.score(e.feats.data(), e.feats.size()) > t;
    tp += pred && e.label;
    fp += pred && !e.label;
    fn += !pred && e.label;
  }
  const double p = tp + fp ? double(tp) / (tp + fp) : 0, r = tp + fn ? double(tp) / (tp + fn) : 0;
  if (p_out) *p_out = p;
  if (r_out) *r_out = r;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: newsmark_train_checkworthy TRAIN.jsonl DEV.jsonl OUT.model [epochs]\n");
    return 2;
  }
  const int epochs = argc > 4 ? std::atoi(argv[4]) : 15;
  Segmenter seg;
  std::vector<Example> train = read(argv[1], seg), dev = read(argv[2], seg);
  std::fprintf(stderr, "%zu training, %zu dev sentences\n", train.size(), dev.size());
  const size_t size = size_t{1} << kBits;
  const uint32_t mask = static_cast<uint32_t>(size - 1);
  const double l2 = std::getenv("CW_L2") ? std::atof(std::getenv("CW_L2")) : 1e-5;
  const double lr0 = std::getenv("CW_LR") ? std::atof(std::getenv("CW_LR")) : 0.05;
  // Logistic regression by SGD on the examples `ids` of `train`.
  auto fit = [&](std::vector<size_t> ids, std::vector<float>& w, float& bias) {
    w.assign(size, 0.0f);
    bias = 0.0f;
    std::mt19937 rng(7);
    for (int ep = 0; ep < epochs; ++ep) {
      std::shuffle(ids.begin(), ids.end(), rng);
      const double lr = lr0 / (1.0 + ep);
      for (size_t i : ids) {
        const Example& e = train[i];
        double s = bias;
        for (uint32_t f : e.feats) s += w[f & mask];
        const double g = e.label - 1.0 / (1.0 + std::exp(-s));
        for (uint32_t f : e.feats) w[f & mask] += static_cast<float>(lr * (g - l2 * w[f & mask]));
        bias += static_cast<float>(lr * g);
      }
    }
  };
  // The threshold comes from five-fold cross-validation on the training sentences (their
  // out-of-fold scores), so the dev fifth only measures.
  std::vector<float> w;
  float bias;
  std::string bytes;
  LinearModel lm;
  std::vector<Example> out_of_fold;
  for (int fold = 0; fold < 5; ++fold) {
    std::vector<size_t> ids;
    for (size_t i = 0; i < train.size(); ++i)
      if (static_cast<int>(i % 5) != fold) ids.push_back(i);
    fit(ids, w, bias);
    bytes = LinearModel::serialize(w, bias, kBits);
    lm.load(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    for (size_t i = static_cast<size_t>(fold); i < train.size(); i += 5) {
      // Scored through the quantized model, as the stage will score.
      Example e = train[i];
      const float sc = lm.score(e.feats.data(), e.feats.size());
      e.feats.assign(1, 0);  // replaced by its score below
      e.label = train[i].label;
      out_of_fold.push_back(e);
      out_of_fold.back().score = sc;
    }
  }
  // F1 at each threshold, then its top smoothed over +-0.1 (the curve is flat and noisy there).
  std::vector<double> curve;
  for (int k = -60; k <= 60; ++k) {
    const float t = k * 0.05f;
    size_t tp = 0, fp = 0, fn = 0;
    for (const Example& e : out_of_fold) {
      const bool pred = e.score > t;
      tp += pred && e.label;
      fp += pred && !e.label;
      fn += !pred && e.label;
    }
    curve.push_back(tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0);
  }
  float best_t = 0;
  double best_f = -1;
  for (size_t k = 2; k + 2 < curve.size(); ++k) {
    const double f = (curve[k - 2] + curve[k - 1] + curve[k] + curve[k + 1] + curve[k + 2]) / 5;
    if (f > best_f) best_f = f, best_t = (static_cast<int>(k) - 60) * 0.05f;
  }
  std::fprintf(stderr, "cross-validated threshold %.2f (out-of-fold F1 %.3f)\n", best_t, best_f);
  std::vector<size_t> all(train.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  fit(all, w, bias);
  bytes = LinearModel::serialize(w, bias - best_t, kBits);
  lm.load(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  double p, r;
  const double f = f1_at(dev, lm, 0.0f, &p, &r);
  std::fprintf(stderr, "dev: P %.3f R %.3f F1 %.3f\n", p, r, f);
  std::ofstream out(argv[3], std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return out ? 0 : 1;
}
