// Trains the check-worthiness model (core/data/checkworthy.model): logistic regression by
// SGD over checkworthy_features, on ClaimBuster sentences prepared by
// scripts/train-checkworthy as jsonl lines {"id": 1|0, "text"} (1: check-worthy factual
// statement). The decision threshold that maximises F1 on the dev file is folded into the
// bias, so the stage's 0.5 is that threshold.
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
  std::vector<float> w(size, 0.0f);
  float bias = 0.0f;
  const double l2 = std::getenv("CW_L2") ? std::atof(std::getenv("CW_L2")) : 1e-5;
  const double lr0 = std::getenv("CW_LR") ? std::atof(std::getenv("CW_LR")) : 0.1;
  std::mt19937 rng(7);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::string bytes;
  LinearModel lm;
  for (int ep = 0; ep < epochs; ++ep) {
    std::shuffle(order.begin(), order.end(), rng);
    const double lr = lr0 / (1.0 + ep);
    for (size_t i : order) {
      const Example& e = train[i];
      double s = bias;
      for (uint32_t f : e.feats) s += w[f & mask];
      const double p = 1.0 / (1.0 + std::exp(-s));
      const double g = e.label - p;
      for (uint32_t f : e.feats) w[f & mask] += static_cast<float>(lr * (g - l2 * w[f & mask]));
      bias += static_cast<float>(lr * g);
    }
    bytes = LinearModel::serialize(w, bias, kBits);
    lm.load(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::fprintf(stderr, "epoch %d: dev F1 %.3f at 0.5\n", ep + 1, f1_at(dev, lm, 0.0f));
  }
  float best_t = 0, best_f = -1;
  for (float t = -3.0f; t <= 3.0f; t += 0.05f) {
    const double f = f1_at(dev, lm, t);
    if (f > best_f) best_f = static_cast<float>(f), best_t = t;
  }
  bytes = LinearModel::serialize(w, bias - best_t, kBits);
  lm.load(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  double p, r;
  const double f = f1_at(dev, lm, 0.0f, &p, &r);
  std::fprintf(stderr, "dev: P %.3f R %.3f F1 %.3f (threshold %.2f in logit units, folded into the bias)\n", p, r, f, best_t);
  std::ofstream out(argv[3], std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return out ? 0 : 1;
}
