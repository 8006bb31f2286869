// newsmark_train_hedges: trains the hedge disambiguation model (core/src/stages/hedge_model.h).
//
//   newsmark_train_hedges --out core/data/hedge_model.txt CORPUS.jsonl...
//
// Each corpus line is {"text", "cues": [[s, e], ...], "doc_id"?} (../shared/corpora/hedges).
// Every one-word cue of a corpus-annotated type that the lexicon and the context rules propose
// is an example, positive when a gold cue overlaps it. The cue words that are hedges in under
// --judge-below (0.85) of their occurrences (and seen --min-count times) become the words the
// model judges, and it learns from their examples only. The same segmenter, lexicon and
// feature code as the core, so training and run time see the same features. wikiweasel
// documents of the held-out fold (byte sum of doc_id % 5 == 0, as in
// scripts/eval_tasks/hedges.py) are skipped so that fold stays a fair test. Logistic
// regression, SGD with L2, weights averaged; deterministic (fixed seed, sorted output).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "hedge_corpus.h"
#include "stages/hedge_detector.h"
#include "stages/segmenter.h"

using namespace newsmark;

namespace {

struct Example {
  std::vector<uint32_t> features;  // dense indices
  uint64_t word = 0;               // the cue word's hash
  bool positive = false;
};

}  // namespace

int main(int argc, char** argv) {
  std::string out_path;
  std::vector<std::string> files;
  int epochs = 12;
  double l2 = 1e-5, rate = 0.2, threshold = 0.5, judge_below = 0.85;
  uint32_t min_count = 8;
  std::vector<uint64_t> leave_to_rules;  // cue words the context rules decide alone
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) out_path = argv[++i];
    else if (a == "--epochs" && i + 1 < argc) epochs = std::atoi(argv[++i]);
    else if (a == "--l2" && i + 1 < argc) l2 = std::atof(argv[++i]);
    else if (a == "--min-count" && i + 1 < argc) min_count = static_cast<uint32_t>(std::atoi(argv[++i]));
    else if (a == "--threshold" && i + 1 < argc) threshold = std::atof(argv[++i]);
    else if (a == "--judge-below" && i + 1 < argc) judge_below = std::atof(argv[++i]);
    else if (a == "--leave-to-rules" && i + 1 < argc) leave_to_rules.push_back(word_hash(argv[++i]));
    else files.push_back(a);
  }
  if (out_path.empty() || files.empty()) {
    std::fprintf(stderr, "usage: newsmark_train_hedges --out FILE [--epochs N] [--l2 X] [--threshold P] [--judge-below RATE] [--min-count N] [--leave-to-rules WORD]... CORPUS.jsonl...\n");
    return 2;
  }

  Segmenter segmenter;
  HedgeModel no_model;
  HedgeDetector detector(HedgeLexicon::builtin(), no_model);
  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<uint64_t> ids;
  std::vector<uint32_t> counts;
  std::vector<Example> examples;
  std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> per_word;  // cue word -> (hedges, all)
  std::vector<uint64_t> feats;
  std::string summary;

  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "train_hedges: cannot read %s\n", path.c_str());
      return 2;
    }
    const bool wiki = path.find("wikiweasel") != std::string::npos;
    std::string line;
    HedgeSentence rec;
    size_t n_lines = 0, n_pos = 0, n_ex = 0;
    while (std::getline(in, line)) {
      if (!parse_hedge_sentence(line, &rec)) continue;
      if (wiki && heldout_fold(rec.doc_id)) continue;
      ++n_lines;
      const std::vector<Span>& gold = rec.cues;
      Document doc(std::move(rec.text));
      segmenter.run(doc);
      detector.candidates(doc, [&](const SentenceTokens& s, const CueMatch& m) {
        if (!model_judges(m)) return;
        const uint32_t start = doc.tokens[m.first].span.start, end = doc.tokens[m.last - 1].span.end;
        Example ex;
        for (const Span& g : gold) ex.positive |= g.start < end && start < g.end;
        cue_features(s, m, feats);
        for (uint64_t f : feats) {
          auto [it, added] = index.emplace(f, static_cast<uint32_t>(ids.size()));
          if (added) {
            ids.push_back(f);
            counts.push_back(0);
          }
          ex.features.push_back(it->second);
        }
        ex.word = s.word(static_cast<ptrdiff_t>(m.first));
        auto& pw = per_word[ex.word];
        pw.first += ex.positive;
        pw.second += 1;
        n_pos += ex.positive;
        ++n_ex;
        examples.push_back(std::move(ex));
      });
    }
    std::string name = path.substr(path.find_last_of('/') + 1);
    summary += "# " + name + (wiki ? " (without the held-out fold)" : "") + ": " + std::to_string(n_lines) +
               " sentences, " + std::to_string(n_ex) + " candidate cues, " + std::to_string(n_pos) + " hedges\n";
    std::fprintf(stderr, "%s: %zu sentences, %zu candidates, %zu positive\n", name.c_str(), n_lines, n_ex, n_pos);
  }

  // Words that are hedges in nearly every occurrence, or too rare to learn from, are left to
  // the lexicon; the model judges the rest and learns from their occurrences only.
  std::vector<uint64_t> judged;
  for (const auto& [word, c] : per_word) {
    if (std::find(leave_to_rules.begin(), leave_to_rules.end(), word) != leave_to_rules.end()) continue;
    if (c.second >= min_count && c.first < judge_below * c.second) judged.push_back(word);
  }
  std::sort(judged.begin(), judged.end());
  const size_t dim = ids.size();
  counts.assign(dim, 0);
  std::vector<size_t> order;
  for (size_t i = 0; i < examples.size(); ++i) {
    if (!std::binary_search(judged.begin(), judged.end(), examples[i].word)) continue;
    order.push_back(i);
    for (uint32_t f : examples[i].features) ++counts[f];
  }
  std::fprintf(stderr, "%zu cue words judged, %zu training examples\n", judged.size(), order.size());

  // SGD over shuffled examples; the averaged weights generalise better than the last ones.
  std::vector<double> w(dim, 0.0), wsum(dim, 0.0);
  std::mt19937 rng(7);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const double lr = rate / (1.0 + epoch);
    double loss = 0;
    for (size_t k : order) {
      const Example& ex = examples[k];
      double z = 0;
      for (uint32_t f : ex.features) z += w[f];
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double g = (ex.positive ? 1.0 : 0.0) - p;
      loss -= std::log(ex.positive ? std::max(p, 1e-12) : std::max(1 - p, 1e-12));
      for (uint32_t f : ex.features) w[f] += lr * (g - l2 * w[f]);
      for (uint32_t f : ex.features) wsum[f] += w[f];
    }
    std::fprintf(stderr, "epoch %d: mean loss %.4f\n", epoch + 1, loss / order.size());
  }
  // Average over the number of updates each feature saw (a lazy approximation of the average).
  char buf[64];
  std::ofstream out(out_path);
  out << "# Hedge disambiguation model: logistic regression over cue-in-context features\n"
         "# (core/src/stages/hedge_model.cpp). Generated by scripts/train-hedges; do not edit.\n"
      << summary << "threshold " << threshold << "\n";
  for (uint64_t word : judged) {
    std::snprintf(buf, sizeof buf, "judge %llx\n", static_cast<unsigned long long>(word));
    out << buf;
  }
  size_t kept = 0;
  for (size_t f = 0; f < dim; ++f) {
    if (counts[f] < 2) continue;  // seen once: noise
    const double avg = wsum[f] / counts[f] / epochs;
    if (std::fabs(avg) < 1e-3) continue;
    std::snprintf(buf, sizeof buf, "%llx %.4f\n", static_cast<unsigned long long>(ids[f]), avg);
    out << buf;
    ++kept;
  }
  std::fprintf(stderr, "%zu examples, %zu features, %zu kept -> %s\n", order.size(), dim, kept, out_path.c_str());
  return 0;
}
