#include "stages/cue_lexicon.h"

#include "stages/feature_hash.h"

extern "C" const unsigned char newsmark_cue_lexicon[];
extern "C" const unsigned long newsmark_cue_lexicon_size;

namespace newsmark {

namespace {

CueClass class_named(std::string_view s) {
  if (s == "neutral") return CueClass::Neutral;
  if (s == "distancing") return CueClass::Distancing;
  if (s == "denial") return CueClass::Denial;
  if (s == "confirmation") return CueClass::Confirmation;
  if (s == "belief") return CueClass::Belief;
  if (s == "characterisation") return CueClass::Characterisation;
  if (s == "according-to") return CueClass::AccordingTo;
  return CueClass::None;
}

}  // namespace

std::string_view to_string(CueClass c) {
  switch (c) {
    case CueClass::Neutral: return "neutral";
    case CueClass::Distancing: return "distancing";
    case CueClass::Denial: return "denial";
    case CueClass::Confirmation: return "confirmation";
    case CueClass::Belief: return "belief";
    case CueClass::Characterisation: return "characterisation";
    case CueClass::AccordingTo: return "according-to";
    case CueClass::None: break;
  }
  return "";
}

const CueLexicon& CueLexicon::instance() {
  static const CueLexicon lexicon(std::string_view(reinterpret_cast<const char*>(newsmark_cue_lexicon),
                                                   newsmark_cue_lexicon_size));
  return lexicon;
}

CueLexicon::CueLexicon(std::string_view tsv) {
  size_t pos = 0;
  std::u16string word;
  while (pos < tsv.size()) {
    size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const CueClass cls = class_named(line.substr(0, tab));
    if (cls == CueClass::None) continue;
    std::string_view forms = line.substr(tab + 1);
    uint32_t lemma = 0;
    while (!forms.empty()) {
      const size_t sp = forms.find(' ');
      std::string_view form = forms.substr(0, sp);
      forms = sp == std::string_view::npos ? std::string_view() : forms.substr(sp + 1);
      if (form.empty()) continue;
      // "pointed_out": the words' hashes combined, as match() combines the tokens'.
      uint32_t key = 0, first = 0, words = 0;
      while (!form.empty()) {
        const size_t us = form.find('_');
        const std::string_view part = form.substr(0, us);
        form = us == std::string_view::npos ? std::string_view() : form.substr(us + 1);
        word.assign(part.begin(), part.end());
        const uint32_t h = hash_lower(word);
        key = words == 0 ? h : combine(key, h);
        if (words == 0) first = h;
        ++words;
      }
      if (lemma == 0) lemma = key;
      if (!entries_.contains(key)) {  // the first entry for a form wins
        entries_.insert(key, static_cast<uint32_t>(lemmas_.size()));
        lemmas_.push_back(lemma);
        classes_.push_back(cls);
      }
      const uint32_t* longest = first_words_.find(first);
      if (!longest || *longest < words) first_words_.insert(first, words, true);
      first_filter_[(first & (kFilterBits - 1)) / 64] |= uint64_t{1} << (first & 63);
    }
  }
}

CueLexicon::Match CueLexicon::match(const Document& doc, size_t i, size_t end) const {
  uint32_t words[8];
  size_t n = 0;
  for (; n < 8 && i + n < end; ++n)
    words[n] = token_hash_lower(doc, i + n);
  return match(words, n);
}

CueLexicon::Match CueLexicon::match(const uint32_t* words, size_t n) const {
  Match best;
  if (n == 0) return best;
  if (!may_start(words[0])) return best;
  const uint32_t* longest = first_words_.find(words[0]);
  if (!longest) return best;
  uint32_t key = 0;
  for (uint32_t k = 0; k < *longest && k < n; ++k) {
    key = k == 0 ? words[0] : combine(key, words[k]);
    if (const uint32_t* e = entries_.find(key)) best = Match{k + 1, classes_[*e], lemmas_[*e]};
  }
  return best;
}

}  // namespace newsmark
