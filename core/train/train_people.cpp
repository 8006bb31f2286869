// train_people: trains the person tagger's model (native only; run it through scripts/train-people).
//
//   train_people --train FILE.jsonl --out core/data/people.model [--dev FILE.jsonl]
//                [--epochs N] [--bits B] [--seed S]
//
// Input: one document a line, {"text": "...", "persons": [[start, end], ...]} with offsets in
// UTF-16 units (the CoNLL++ jsonl files in ../shared). Each text goes through the same
// Segmenter as at run time and the gold spans are mapped onto its tokens as BIO tags, so the
// model learns on the tokens it will see. Training is an averaged structured perceptron with
// both passes of the tagger: the first without document evidence, the second with the words
// the first pass found in names. The same input, epochs and seed give the same model bytes.
#include <chrono>
#include <cstdlib>
#include <cmath>
#include <cstdio>
#include <cctype>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "jsonl_fields.h"
#include "jsonl_record.h"
#include "stages/person_tagger.h"
#include "stages/segmenter.h"

using namespace newsmark;

namespace {

struct Example {
  Document doc;
  std::vector<Span> gold_spans;
  std::vector<uint8_t> gold;            // BIO tag per token
  std::vector<uint32_t> offsets;        // base features of token i: feats[offsets[i] .. offsets[i+1])
  std::vector<uint32_t> feats;
};

// Reads a list of spans, [[s, e], ...] or [[s, e, "TYPE"], ...], under `key` in a jsonl
// line (the corpus files are machine-written, so this small reader is enough).
bool parse_spans(const std::string& line, const char* key, std::vector<Span>* out, std::vector<std::string>* types) {
  size_t k = json_value_at(line, key);
  if (k == std::string::npos || k >= line.size() || line[k] != '[') return false;
  ++k;
  auto skip = [&] { while (k < line.size() && (line[k] == ' ' || line[k] == ',')) ++k; };
  auto number = [&](uint32_t* v) {
    skip();
    if (k >= line.size() || line[k] < '0' || line[k] > '9') return false;
    *v = 0;
    while (k < line.size() && line[k] >= '0' && line[k] <= '9') *v = *v * 10 + (line[k++] - '0');
    return true;
  };
  for (;;) {
    skip();
    if (k >= line.size()) return false;
    if (line[k] == ']') return true;
    if (line[k] != '[') return false;
    ++k;
    Span s;
    if (!number(&s.start) || !number(&s.end)) return false;
    skip();
    if (types && k < line.size() && line[k] == '"') {
      size_t end = line.find('"', k + 1);
      if (end == std::string::npos) return false;
      types->push_back(line.substr(k + 1, end - k - 1));
      k = end + 1;
      skip();
    }
    if (k >= line.size() || line[k] != ']') return false;
    ++k;
    out->push_back(s);
  }
}

// The text with its ALL CAPS lines in Title Case ("PARNEVIK TAKES LEAD" -> "Parnevik Takes
// Lead"), or "" when it has none. CoNLL's headlines are all capitals; today's news writes
// them in Title Case, so training sees both. ASCII only, so every offset stays put.
std::u16string title_case_headlines(const std::u16string& text) {
  static const char* const kSmall[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "as"};
  std::u16string out = text;
  bool changed = false;
  for (size_t start = 0; start < out.size();) {
    size_t end = out.find(u'\n', start);
    if (end == std::u16string::npos) end = out.size();
    size_t letters = 0;
    bool lower = false;
    for (size_t k = start; k < end; ++k) {
      char16_t c = out[k];
      letters += (c >= 'A' && c <= 'Z');
      lower = lower || (c >= 'a' && c <= 'z') || c >= 0x80;
    }
    if (!lower && letters >= 4) {
      for (size_t k = start; k < end;) {
        size_t w = k;
        while (w < end && out[w] != ' ') ++w;
        std::string word;
        for (size_t j = k; j < w; ++j) word.push_back(static_cast<char>(out[j] < 0x80 ? out[j] : '?'));
        bool dotted = word.find('.') != std::string::npos;
        bool small = false;
        for (const char* sw : kSmall) {
          std::string lw = word;
          for (char& c : lw) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          small = small || (k != start && lw == sw);
        }
        for (size_t j = k; j < w && !dotted; ++j) {
          char16_t& c = out[j];
          if (c >= 'A' && c <= 'Z' && (small || j > k)) c = static_cast<char16_t>(c + 32);
        }
        k = w + 1;
      }
      changed = true;
    }
    start = end + 1;
  }
  return changed ? out : std::u16string();
}

std::vector<Example> load(const std::string& path, Segmenter& segmenter, bool title_case_copies) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "train_people: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  std::vector<Example> out;
  std::string line;
  size_t number = 0, misaligned = 0, spans = 0, masked = 0, copies = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    JsonlRecord rec;
    std::string error;
    std::vector<Span> persons, entities;
    std::vector<std::string> types;
    if (!parse_jsonl_record(line, &rec, &error) || !parse_spans(line, "persons", &persons, nullptr)) {
      std::fprintf(stderr, "train_people: %s line %zu: %s\n", path.c_str(), number,
                   error.empty() ? "no \"persons\" list" : error.c_str());
      std::exit(2);
    }
    // Other names (ORG, LOC, MISC) when the file has them: the model learns them as such.
    if (!parse_spans(line, "entities", &entities, &types) || types.size() != entities.size()) entities.clear();
    auto build = [&](std::u16string text) {
    Example ex{Document(std::move(text)), persons, {}, {}, {}};
    segmenter.run(ex.doc);
    const auto& tokens = ex.doc.tokens;
    ex.gold.assign(tokens.size(), kTagOut);
    auto mark = [&](Span g, uint8_t begin) {
      size_t i = ex.doc.token_at_or_after(g.start);
      size_t first = i;
      for (; i < tokens.size() && tokens[i].span.start < g.end; ++i) ex.gold[i] = i == first ? begin : begin + 1;
      return i != first && tokens[first].span.start == g.start && tokens[i - 1].span.end == g.end;
    };
    for (size_t k = 0; k < entities.size(); ++k) {
      if (types[k] != "PER") mark(entities[k], kTagOtherBegin);
    }
    for (const Span& g : ex.gold_spans) {
      ++spans;
      misaligned += !mark(g, kTagBegin);
    }
    out.push_back(std::move(ex));
    };
    std::u16string title = title_case_headlines(rec.text);
    build(std::move(rec.text));
    if (title_case_copies && !title.empty()) {
      build(std::move(title));
      ++copies;
    }
  }
  // Tokens that cannot be in a name (not candidates) are O at run time; the training
  // sequence says so too, and a name they cut in two restarts with B.
  PersonFeatures features(PersonLexicon::embedded());
  for (Example& ex : out) {
    features.prepare(ex.doc);
    for (size_t i = 0; i < ex.gold.size(); ++i) {
      if (ex.gold[i] != kTagOut && !features.info()[i].candidate) {
        masked += ex.gold[i] == kTagBegin || ex.gold[i] == kTagInside;
        ex.gold[i] = kTagOut;
      }
      bool inside = ex.gold[i] == kTagInside || ex.gold[i] == kTagOtherInside;
      bool continues = i > ex.doc.sentences[ex.doc.tokens[i].sentence].first_token &&
                       (ex.gold[i - 1] == ex.gold[i] || ex.gold[i - 1] == ex.gold[i] - 1);
      if (inside && !continues) ex.gold[i] -= 1;
    }
  }
  std::fprintf(stderr, "train_people: %s: %zu documents (%zu Title Case copies), %zu person spans (%zu not on token boundaries, %zu name tokens not candidates)\n",
               path.c_str(), out.size(), copies, spans, misaligned, masked);
  return out;
}

// Averaged perceptron weights: w is the current vector, u accumulates step-weighted updates,
// and the average after c steps is w - u / c.
struct Weights {
  std::vector<float> w;
  std::vector<double> u;
  float tw[kTransitionRows][kPersonTags] = {};
  double tu[kTransitionRows][kPersonTags] = {};
  double c = 1;
  void add(uint32_t f, int tag, float d) {
    w[size_t(f) * kPersonTags + tag] += d;
    u[size_t(f) * kPersonTags + tag] += c * d;
  }
  void add_transition(int prev, int tag, float d) {
    tw[prev][tag] += d;
    tu[prev][tag] += c * d;
  }
};

// The averaged weights of a finished run, in floats.
struct Averaged {
  std::vector<float> w;
  float transitions[kTransitionRows][kPersonTags] = {};
};

Averaged average(const Weights& W) {
  Averaged a;
  a.w.resize(W.w.size());
  for (size_t i = 0; i < a.w.size(); ++i) a.w[i] = W.w[i] - static_cast<float>(W.u[i] / W.c);
  for (int p = 0; p < kTransitionRows; ++p) {
    for (int t = 0; t < kPersonTags; ++t) a.transitions[p][t] = W.tw[p][t] - static_cast<float>(W.tu[p][t] / W.c);
  }
  return a;
}

// int16 weights with one scale; weights below `prune` times the largest become 0, which
// halves the gzipped model at no cost on dev (1.5% of the largest: 0.944 F1 either way).
PersonModel quantize(const Averaged& a, unsigned bits, float prune) {
  PersonModel m;
  m.feature_version = kPersonFeatureVersion;
  m.bits = bits;
  float max_abs = 1e-6f;
  for (float v : a.w) max_abs = std::max(max_abs, std::fabs(v));
  m.scale = max_abs / 32767.0f;
  m.weights.resize(a.w.size());
  for (size_t i = 0; i < a.w.size(); ++i) {
    m.weights[i] = std::fabs(a.w[i]) < prune * max_abs ? 0 : static_cast<int16_t>(std::lround(a.w[i] / m.scale));
  }
  std::memcpy(m.transitions, a.transitions, sizeof m.transitions);
  return m;
}

PersonModel average_and_quantize(const Weights& W, unsigned bits) { return quantize(average(W), bits, 0.0f); }

struct Score {
  size_t gold = 0, found = 0, right = 0;
  double p() const { return found ? double(right) / found : 0; }
  double r() const { return gold ? double(right) / gold : 0; }
  double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
};

Score evaluate(const PersonModel& model, std::vector<Example>& dev) {
  PersonTagger tagger(model, PersonLexicon::embedded());
  Score s;
  for (Example& ex : dev) {
    tagger.run(ex.doc);
    s.gold += ex.gold_spans.size();
    s.found += ex.doc.people.size();
    for (const Person& p : ex.doc.people) {
      for (const Span& g : ex.gold_spans) s.right += p.mentions[0] == g;
    }
  }
  return s;
}

uint64_t next_random(uint64_t& state) {  // splitmix64: the same sequence on every platform
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}


struct Options {
  unsigned bits;
  uint64_t seed;
  double word_dropout;
  double context_dropout;
  int epochs;
};

enum Drop : uint8_t { kDropWord = 1, kDropContext = 2 };

// Base + evidence features of token i, less those dropped this time (Drop bits) of a prepared example.
void token_features(const Example& ex, const PersonFeatures& features, size_t i, const PersonEvidence* ev,
                    unsigned bits, uint8_t drop, std::vector<uint32_t>* out) {
  out->clear();
  for (uint32_t k = ex.offsets[i]; k < ex.offsets[i + 1]; ++k) {
    const uint32_t pos = k - ex.offsets[i];
    if ((drop & kDropWord) && pos < kPersonWordFeatures) continue;
    if ((drop & kDropContext) && pos >= kPersonContextFeatures.first && pos < kPersonContextFeatures.second) continue;
    out->push_back(ex.feats[k]);
  }
  if (ev && features.info()[i].candidate) {
    uint32_t buf[kMaxPersonFeatures];
    size_t m = features.evidence(ex.doc, i, bits, *ev, buf);
    out->insert(out->end(), buf, buf + m);
  }
}

// Viterbi tags of a prepared example under weights w (float, [bucket * tags + tag]).
std::vector<uint8_t> decode(const Example& ex, const PersonFeatures& features, const float* w,
                            const float (&transitions)[kTransitionRows][kPersonTags], const PersonEvidence* ev,
                            unsigned bits = 0, const std::vector<uint8_t>* dropped = nullptr) {
  const size_t n = ex.doc.tokens.size();
  std::vector<float> scores(n * kPersonTags, 0.0f);
  std::vector<uint32_t> f;
  for (size_t i = 0; i < n; ++i) {
    if (!features.info()[i].candidate) continue;
    token_features(ex, features, i, ev, bits, dropped ? (*dropped)[i] : 0, &f);
    for (uint32_t b : f) {
      const float* row = w + size_t(b) * kPersonTags;
      for (int t = 0; t < kPersonTags; ++t) scores[i * kPersonTags + t] += row[t];
    }
  }
  std::vector<uint8_t> pred(n, kTagOut);
  std::vector<float> scratch;
  std::vector<uint8_t> back;
  for (const Sentence& s : ex.doc.sentences) {
    decode_person_tags(features.info(), scores.data(), s.first_token, s.end_token, transitions, pred.data(), scratch, back);
  }
  return pred;
}

// Averaged structured perceptron over the documents `docs`. With two_pass, training follows
// the tagger's run: a first pass without document evidence, whose tags give the evidence,
// then a second pass with it, and only the second pass's errors update the weights. (Also
// updating on the first pass, or taking the evidence from models that did not see the
// document, both scored lower on dev: 0.916 and 0.899 against 0.934 F1.)
Weights train_model(std::vector<Example>& data, const std::vector<size_t>& docs, const Options& opt, bool two_pass,
                    PersonFeatures& features, std::vector<Example>* dev, std::chrono::steady_clock::time_point t0) {
  Weights W;
  W.w.assign((size_t(1) << opt.bits) * kPersonTags, 0.0f);
  W.u.assign(W.w.size(), 0.0);
  std::vector<size_t> order = docs;
  uint64_t rng = opt.seed;
  std::vector<uint32_t> f;
  std::vector<uint8_t> dropped;
  PersonEvidence own;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next_random(rng) % i]);
    size_t errors = 0, tokens = 0;
    for (size_t idx : order) {
      Example& ex = data[idx];
      features.prepare(ex.doc);
      const auto& info = features.info();
      const size_t n = ex.doc.tokens.size();
      // Word dropout: this epoch, some tokens are seen as if their word were unknown.
      uint64_t drop_state = opt.seed ^ (uint64_t(epoch) << 32) ^ (idx * 0x9E3779B97F4A7C15ull);
      dropped.assign(n, 0);
      for (size_t i = 0; i < n && (opt.word_dropout > 0 || opt.context_dropout > 0); ++i) {
        dropped[i] = ((next_random(drop_state) >> 11) * 0x1.0p-53 < opt.word_dropout ? kDropWord : 0) |
                     ((next_random(drop_state) >> 11) * 0x1.0p-53 < opt.context_dropout ? kDropContext : 0);
      }
      const PersonEvidence* ev = nullptr;
      for (int pass = 0; pass < (two_pass ? 2 : 1); ++pass) {
        std::vector<uint8_t> pred = decode(ex, features, W.w.data(), W.tw, ev, opt.bits, &dropped);
        // Structured perceptron update, sentence by sentence.
        for (const Sentence& s : ex.doc.sentences) {
          if (two_pass && pass == 0) break;  // see train_model()
          tokens += s.end_token - s.first_token;
          if (std::equal(pred.begin() + s.first_token, pred.begin() + s.end_token, ex.gold.begin() + s.first_token)) continue;
          for (size_t i = s.first_token; i < s.end_token; ++i) {
            int prev_g = i == s.first_token ? kPersonTags : ex.gold[i - 1];
            int prev_p = i == s.first_token ? kPersonTags : pred[i - 1];
            W.add_transition(prev_g, ex.gold[i], 1.0f);
            W.add_transition(prev_p, pred[i], -1.0f);
            if (ex.gold[i] == pred[i]) continue;
            ++errors;
            token_features(ex, features, i, ev, opt.bits, dropped[i], &f);
            for (uint32_t b : f) {
              W.add(b, ex.gold[i], 1.0f);
              W.add(b, pred[i], -1.0f);
            }
          }
        }
        W.c += 1;
        if (pass == 0 && two_pass) {
          relabel_other_names(info, pred);  // as the tagger does before collecting evidence
          collect_person_evidence(info, person_spans(pred), pred, &own);
          ev = &own;
        }
      }
    }
    if (t0 != std::chrono::steady_clock::time_point{}) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::fprintf(stderr, "epoch %2d: %zu token errors in %zu tokens (%.1f s)", epoch, errors, tokens, secs);
      if (dev) {
        Score s = evaluate(average_and_quantize(W, opt.bits), *dev);
        std::fprintf(stderr, "  dev P %.4f R %.4f F1 %.4f", s.p(), s.r(), s.f());
      }
      std::fprintf(stderr, "\n");
    }
  }
  return W;
}

}  // namespace

int main(int argc, char** argv) {
  std::string train_path, dev_path, out_path;
  int epochs = 12;
  unsigned bits = 17;
  uint64_t seed = 1;
  double word_dropout = 0.1;
  double context_dropout = 0.2;
  int runs = 8;
  float prune = 0.015f;
  bool title_case_copies = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) { std::fprintf(stderr, "train_people: %s needs a value\n", a.c_str()); std::exit(2); }
      return argv[++i];
    };
    if (a == "--train") train_path = value();
    else if (a == "--dev") dev_path = value();
    else if (a == "--out") out_path = value();
    else if (a == "--epochs") epochs = std::stoi(value());
    else if (a == "--bits") bits = static_cast<unsigned>(std::stoi(value()));
    else if (a == "--seed") seed = std::stoull(value());
    else if (a == "--word-dropout") word_dropout = std::stod(value());
    else if (a == "--context-dropout") context_dropout = std::stod(value());
    else if (a == "--runs") runs = std::max(1, std::stoi(value()));
    else if (a == "--prune") prune = std::stof(value());
    else if (a == "--title-case-copies") title_case_copies = std::stoi(value()) != 0;

    else { std::fprintf(stderr, "train_people: unknown argument %s\n", a.c_str()); return 2; }
  }
  if (train_path.empty() || out_path.empty() || bits < 8 || bits > 24) {
    std::fprintf(stderr, "usage: train_people --train FILE --out FILE [--dev FILE] [--epochs N] [--bits 8-24] [--seed S] [--word-dropout P] [--context-dropout P] [--runs K] [--prune F] [--title-case-copies 0|1]\n");
    return 2;
  }
  const auto t0 = std::chrono::steady_clock::now();
  Segmenter segmenter;
  std::vector<Example> train = load(train_path, segmenter, title_case_copies);
  std::vector<Example> dev;
  if (!dev_path.empty()) dev = load(dev_path, segmenter, false);

  // Base features never change: compute them once.
  PersonFeatures features(PersonLexicon::embedded());
  uint32_t buf[kMaxPersonFeatures];
  for (Example& ex : train) {
    features.prepare(ex.doc);
    ex.offsets.assign(ex.doc.tokens.size() + 1, 0);
    for (size_t i = 0; i < ex.doc.tokens.size(); ++i) {
      ex.offsets[i] = static_cast<uint32_t>(ex.feats.size());
      if (!features.info()[i].candidate) continue;
      size_t n = features.base(ex.doc, i, bits, buf);
      ex.feats.insert(ex.feats.end(), buf, buf + n);
    }
    ex.offsets.back() = static_cast<uint32_t>(ex.feats.size());
  }

  Options opt{bits, seed, word_dropout, context_dropout, epochs};
  const auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };

  std::vector<size_t> all(train.size());
  for (size_t d = 0; d < all.size(); ++d) all[d] = d;
  // Several runs over differently shuffled data, their averaged weights averaged again: one
  // linear model that depends less on the order of the documents.
  Averaged combined;
  for (int run = 0; run < runs; ++run) {
    Options o = opt;
    o.seed = seed + static_cast<uint64_t>(run) * 1000003u;
    Averaged a = average(train_model(train, all, o, /*two_pass=*/true, features, dev.empty() ? nullptr : &dev, t0));
    if (run == 0) combined = std::move(a);
    else {
      for (size_t i = 0; i < combined.w.size(); ++i) combined.w[i] += a.w[i];
      for (int p = 0; p < kTransitionRows; ++p) {
        for (int t = 0; t < kPersonTags; ++t) combined.transitions[p][t] += a.transitions[p][t];
      }
    }
  }
  for (float& v : combined.w) v /= static_cast<float>(runs);
  for (auto& row : combined.transitions) {
    for (float& v : row) v /= static_cast<float>(runs);
  }
  PersonModel model = quantize(combined, bits, prune);
  if (!dev.empty()) {
    Score s = evaluate(model, dev);
    std::fprintf(stderr, "%d runs combined, pruned: dev P %.4f R %.4f F1 %.4f\n", runs, s.p(), s.r(), s.f());
  }

  std::string bytes = serialize_person_model(model);
  std::ofstream out(out_path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::fprintf(stderr, "train_people: cannot write %s\n", out_path.c_str());
    return 2;
  }
  std::fprintf(stderr, "train_people: wrote %s (%zu bytes)\n", out_path.c_str(), bytes.size());
  return 0;
}
