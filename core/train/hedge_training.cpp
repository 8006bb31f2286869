#include "hedge_training.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <unordered_map>

#include "stages/hedge_detector.h"
#include "stages/segmenter.h"

namespace newsmark {

namespace {

struct Example {
  std::vector<uint64_t> features;
  uint64_t word = 0;  // the cue word's hash
  bool positive = false;
  bool news = false;
  int fold = 0;
  size_t corpus = 0;
};

std::vector<Example> collect_examples(const std::vector<HedgeCorpus>& corpora) {
  HedgeModel no_model;
  HedgeDetector detector(HedgeLexicon::builtin(), no_model);
  std::vector<Example> examples;
  for (size_t c = 0; c < corpora.size(); ++c) {
    for (const CorpusSentence& s : corpora[c].sentences) {
      detector.candidates(s.doc, [&](const SentenceTokens& st, const CueMatch& m) {
        if (!model_judges(m)) return;
        const uint32_t start = s.doc.tokens[m.first].span.start, end = s.doc.tokens[m.last - 1].span.end;
        Example ex;
        for (const Span& g : s.gold) ex.positive |= g.start < end && start < g.end;
        cue_features(st, m, ex.features);
        ex.word = st.word(static_cast<ptrdiff_t>(m.first));
        ex.news = corpora[c].news;
        ex.fold = s.fold;
        ex.corpus = c;
        examples.push_back(std::move(ex));
      });
    }
  }
  return examples;
}

bool trains_on(const HedgeCorpus& corpus, int fold, int left_out) {
  if (corpus.skip_fold0 && fold == 0) return false;
  if (corpus.news && fold == left_out) return false;
  return true;
}

std::string train_examples(const std::vector<HedgeCorpus>& corpora, const std::vector<Example>& examples,
                           const HedgeTrainOptions& opt, int left_out, std::string* summary) {
  // Which cue words the model judges: those the training examples found ambiguous.
  std::unordered_map<uint64_t, std::pair<double, double>> per_word;  // word -> (hedges, all)
  std::vector<size_t> n_sent(corpora.size(), 0), n_ex(corpora.size(), 0), n_pos(corpora.size(), 0);
  std::vector<size_t> train;
  for (size_t i = 0; i < examples.size(); ++i) {
    const Example& ex = examples[i];
    if (!trains_on(corpora[ex.corpus], ex.fold, left_out)) continue;
    train.push_back(i);
    auto& pw = per_word[ex.word];
    pw.first += ex.positive;
    pw.second += 1;
    ++n_ex[ex.corpus];
    n_pos[ex.corpus] += ex.positive;
  }
  std::vector<uint64_t> rules_only;
  for (const std::string& w : opt.leave_to_rules) rules_only.push_back(word_hash(w));
  std::vector<uint64_t> judged;
  for (const auto& [word, c] : per_word) {
    if (std::find(rules_only.begin(), rules_only.end(), word) != rules_only.end()) continue;
    if (c.second >= opt.min_count && c.first < opt.judge_below * c.second) judged.push_back(word);
  }
  std::sort(judged.begin(), judged.end());

  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<uint64_t> ids;
  std::vector<std::vector<uint32_t>> dense(examples.size());
  std::vector<size_t> order;
  for (size_t i : train) {
    if (!std::binary_search(judged.begin(), judged.end(), examples[i].word)) continue;
    order.push_back(i);
    for (uint64_t f : examples[i].features) {
      auto [it, added] = index.emplace(f, static_cast<uint32_t>(ids.size()));
      if (added) ids.push_back(f);
      dense[i].push_back(it->second);
    }
  }
  const size_t dim = ids.size();
  std::vector<uint32_t> counts(dim, 0);
  for (size_t i : order)
    for (uint32_t f : dense[i]) ++counts[f];

  // SGD over shuffled examples; the averaged weights generalise better than the last ones.
  std::vector<double> w(dim, 0.0), wsum(dim, 0.0);
  std::mt19937 rng(7);
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    const double lr = opt.rate / (1.0 + epoch);
    for (size_t k : order) {
      const Example& ex = examples[k];
      double z = 0;
      for (uint32_t f : dense[k]) z += w[f];
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double g = ((ex.positive ? 1.0 : 0.0) - p) * (ex.news ? opt.news_weight : 1.0);
      for (uint32_t f : dense[k]) w[f] += lr * (g - opt.l2 * w[f]);
      for (uint32_t f : dense[k]) wsum[f] += w[f];
    }
  }

  if (summary) {
    for (size_t c = 0; c < corpora.size(); ++c) {
      for (const CorpusSentence& s : corpora[c].sentences)
        n_sent[c] += trains_on(corpora[c], s.fold, left_out);
      *summary += "# " + corpora[c].name + (corpora[c].skip_fold0 ? " (without its held-out fold)" : "") + ": " +
                  std::to_string(n_sent[c]) + " sentences, " + std::to_string(n_ex[c]) + " candidate cues, " +
                  std::to_string(n_pos[c]) + " hedges\n";
    }
  }
  std::string out;
  char buf[64];
  std::snprintf(buf, sizeof buf, "threshold %g\n", opt.threshold);
  out += buf;
  for (uint64_t word : judged) {
    std::snprintf(buf, sizeof buf, "judge %llx\n", static_cast<unsigned long long>(word));
    out += buf;
  }
  for (size_t f = 0; f < dim; ++f) {
    if (counts[f] < 2) continue;  // seen once: noise
    // Average over the updates each feature saw (a lazy approximation of the average).
    const double avg = wsum[f] / counts[f] / opt.epochs;
    if (std::fabs(avg) < 1e-3) continue;
    std::snprintf(buf, sizeof buf, "%llx %.4f\n", static_cast<unsigned long long>(ids[f]), avg);
    out += buf;
  }
  return out;
}

}  // namespace

bool load_hedge_corpus(const std::string& path, HedgeCorpus* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string name = path.substr(path.find_last_of('/') + 1);
  if (name.size() > 6 && name.substr(name.size() - 6) == ".jsonl") name.resize(name.size() - 6);
  out->name = name;
  out->news = name.find("factbank") != std::string::npos;
  out->skip_fold0 = name.find("wikiweasel") != std::string::npos;
  out->sentences.clear();
  Segmenter segmenter;
  std::string line;
  HedgeSentence rec;
  while (std::getline(in, line)) {
    if (!parse_hedge_sentence(line, &rec)) continue;
    CorpusSentence s{Document(std::move(rec.text)), std::move(rec.cues), rec.uncertain, fold_of(rec.doc_id)};
    segmenter.run(s.doc);
    out->sentences.push_back(std::move(s));
  }
  return true;
}

std::string train_hedge_model(const std::vector<HedgeCorpus>& corpora, const HedgeTrainOptions& opt, int left_out,
                              std::string* summary) {
  return train_examples(corpora, collect_examples(corpora), opt, left_out, summary);
}

std::vector<std::vector<Hedge>> cross_validate_hedges(const std::vector<HedgeCorpus>& corpora, size_t news_index,
                                                      const HedgeTrainOptions& opt) {
  const std::vector<Example> examples = collect_examples(corpora);
  const HedgeCorpus& news = corpora[news_index];
  std::vector<std::vector<Hedge>> out(news.sentences.size());
  for (int fold = 0; fold < kHedgeFolds; ++fold) {
    const HedgeModel model(train_examples(corpora, examples, opt, fold, nullptr));
    HedgeDetector detector(HedgeLexicon::builtin(), model);
    for (size_t i = 0; i < news.sentences.size(); ++i) {
      if (news.sentences[i].fold != fold) continue;
      Document doc(news.sentences[i].doc.text());
      doc.tokens = news.sentences[i].doc.tokens;
      doc.sentences = news.sentences[i].doc.sentences;
      detector.run(doc);
      out[i] = std::move(doc.hedges);
    }
  }
  return out;
}

}  // namespace newsmark
