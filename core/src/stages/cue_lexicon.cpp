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

// Hash of a form whose words are joined by '_' in the file, as the tokens will hash.
uint32_t hash_form(std::string_view form, uint32_t* words) {
  uint32_t h = kFnvOffset;
  *words = 1;
  for (char c : form) {
    if (c == '_') {
      c = ' ';
      ++*words;
    }
    const char16_t u = static_cast<char16_t>(static_cast<unsigned char>(c));
    h = (h ^ (u & 0xFF)) * kFnvPrime;
    h = (h ^ (u >> 8)) * kFnvPrime;
  }
  return h;
}

}  // namespace

const char* to_string(CueClass c) {
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
      size_t sp = forms.find(' ');
      std::string_view form = forms.substr(0, sp);
      forms = sp == std::string_view::npos ? std::string_view() : forms.substr(sp + 1);
      if (form.empty()) continue;
      uint32_t words;
      const uint32_t h = hash_form(form, &words);
      if (lemma == 0) lemma = h;
      entries_.emplace(h, Entry{cls, lemma});  // the first entry for a form wins
      if (words > max_words_) max_words_ = words;
    }
  }
}

CueLexicon::Match CueLexicon::match(const Document& doc, size_t i, size_t end) const {
  Match best;
  uint32_t h = kFnvOffset;
  for (uint32_t n = 0; n < max_words_ && i + n < end; ++n) {
    if (n > 0) {
      h = (h ^ ' ') * kFnvPrime;
      h = (h ^ 0) * kFnvPrime;
    }
    h = hash_lower(doc.token_text(i + n), h);
    auto it = entries_.find(h);
    if (it != entries_.end()) best = Match{n + 1, it->second.cls, it->second.lemma};
  }
  return best;
}

}  // namespace newsmark
