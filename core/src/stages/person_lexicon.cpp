#include "stages/person_lexicon.h"


#include <algorithm>
#include <stdexcept>
#include <string>

#include "utf.h"

extern "C" const unsigned char newsmark_person_names[];
extern "C" const unsigned long newsmark_person_names_size;
extern "C" const unsigned char newsmark_person_words[];
extern "C" const unsigned long newsmark_person_words_size;
extern "C" const unsigned char newsmark_common_lower_words[];
extern "C" const unsigned long newsmark_common_lower_words_size;
extern "C" const unsigned char newsmark_other_names[];
extern "C" const unsigned long newsmark_other_names_size;

namespace newsmark {

namespace {

// Calls fn(line, line_number) for each line of `text` without its line break.
template <class F>
void each_line(std::string_view text, F&& fn) {
  size_t number = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line, ++number);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

// hash_lower() of a UTF-8 word, without building its UTF-16 form (start-up parses 40,000 names).
uint64_t key_of(std::string_view utf8, const char* file, size_t line) {
  uint64_t h = 0xcbf29ce484222325ull;
  auto mix = [&h](char16_t unit) {
    h ^= lower_unit(unit);
    h *= 0x100000001b3ull;
  };
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      mix(c);
      ++i;
      continue;
    }
    std::u16string units;
    size_t len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
    size_t bad = 0;
    if (i + len > utf8.size() || !utf8_to_utf16(utf8.substr(i, len), units, &bad)) {
      throw std::runtime_error(std::string("person lexicon: invalid UTF-8 in ") + file + " line " + std::to_string(line));
    }
    for (char16_t u : units) mix(u);
    i += len;
  }
  return h;
}

}  // namespace

PersonLexicon::Table::Table() {
  entries_.assign(1 << 8, 0);
  mask_ = entries_.size() - 1;
  shift_ = 64 - 8;
}

void PersonLexicon::Table::add(uint64_t key, uint16_t bits) {
  if ((count_ + 1) * 4 > entries_.size() * 3) grow();
  const uint64_t tag = tag_of(key);
  size_t slot = (tag * 0x9E3779B97F4A7C15ull) >> shift_;
  while (entries_[slot] != 0 && (entries_[slot] & ~uint64_t(0xFFFF)) != tag) slot = (slot + 1) & mask_;
  if (entries_[slot] == 0) {
    entries_[slot] = tag;
    ++count_;
  }
  entries_[slot] |= bits;
}

void PersonLexicon::Table::reserve(size_t count) {
  while (count * 4 > entries_.size() * 3) grow();
}

void PersonLexicon::Table::grow() {
  std::vector<uint64_t> old = std::move(entries_);
  entries_.assign(old.size() * 2, 0);
  mask_ = entries_.size() - 1;
  --shift_;
  count_ = 0;
  for (uint64_t e : old) {
    if (e != 0) add(e & ~uint64_t(0xFFFF), static_cast<uint16_t>(e));  // the tag is its own key
  }
}

PersonLexicon::PersonLexicon(std::string_view names_tsv, std::string_view words_txt, std::string_view common_lower_txt,
                             std::string_view other_names_txt) {
  names_.reserve(static_cast<size_t>(std::count(names_tsv.begin(), names_tsv.end(), '\n')) + 1);
  each_line(names_tsv, [&](std::string_view line, size_t number) {
    if (line.empty()) return;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || t2 + 2 != line.size() || t2 != t1 + 2 || line[t1 + 1] < '0' ||
        line[t1 + 1] > '3' || line[t2 + 1] < '0' || line[t2 + 1] > '3') {
      throw std::runtime_error("person lexicon: person_names.tsv line " + std::to_string(number) +
                               " is not 'name<TAB>0-3<TAB>0-3'");
    }
    uint16_t bits = static_cast<uint16_t>(((line[t1 + 1] - '0') << kFirstNameShift) | ((line[t2 + 1] - '0') << kSurnameShift));
    uint64_t key = key_of(line.substr(0, t1), "person_names.tsv", number);
    names_.add(key, bits);
    uint64_t f = (key >> 7) & (kFilterBits - 1);
    filter_[f >> 6] |= uint64_t(1) << (f & 63);
  });
  uint16_t section = 0;
  each_line(words_txt, [&](std::string_view line, size_t number) {
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.empty()) return;
    if (line == "[titles]") section = kTitleWord;
    else if (line == "[particles]") section = kParticleWord;
    else if (line == "[non_person_heads]") section = kNonPersonHead;
    else if (line == "[function_words]") section = kFunctionWord;
    else if (line == "[honorifics]") section = kHonorific | kTitleWord;
    else if (line == "[initialisms]") section = kInitialism;
    else if (line == "[work_nouns]") section = kWorkNoun;
    else if (line == "[name_suffixes]") section = kNameSuffix;
    else if (line == "[determiners]") section = kDeterminer | kFunctionWord;
    else if (line == "[organisation_nouns]") section = kOrganisationSection;
    else if (line == "[trade_nouns]") section = kTradeSection;
    else if (line == "[firm_words]") section = kFirmSection;
    else if (line == "[sentence_adverbs]") section = kAdverbSection;
    else if (line.front() == '[' || section == 0) {
      throw std::runtime_error("person lexicon: person_words.txt line " + std::to_string(number) +
                               ": unknown section or word outside a section");
    } else if (section == kOrganisationSection) {
      organisation_nouns_.add(key_of(line, "person_words.txt", number), kOrganisationNoun);  // not a model feature
    } else if (section == kTradeSection) {
      organisation_nouns_.add(key_of(line, "person_words.txt", number), kTradeNoun);
    } else if (section == kFirmSection) {
      organisation_nouns_.add(key_of(line, "person_words.txt", number), kFirmWord);
    } else if (section == kAdverbSection) {
      derived_.add(key_of(line, "person_words.txt", number), kCommonLower);  // is_common_lower()
    } else {
      words_.add(key_of(line, "person_words.txt", number), section);
    }
  });
  auto add_derived = [&](std::string_view txt, const char* file, uint16_t bit) {
    each_line(txt, [&](std::string_view line, size_t number) {
      if (line.empty() || line.front() == '#') return;
      if (line.find_first_of(" \t") != std::string_view::npos) {
        throw std::runtime_error(std::string("person lexicon: ") + file + " line " + std::to_string(number) +
                                 " is not one word");
      }
      derived_.add(key_of(line, file, number), bit);
    });
  };
  derived_.reserve(static_cast<size_t>(std::count(common_lower_txt.begin(), common_lower_txt.end(), '\n') +
                                       std::count(other_names_txt.begin(), other_names_txt.end(), '\n')) +
                   1);
  add_derived(common_lower_txt, "common_lower_words.txt", kCommonLower);
  add_derived(other_names_txt, "other_names.txt", kOtherName);
}

const PersonLexicon& PersonLexicon::embedded() {
  static const PersonLexicon lexicon(
      std::string_view(reinterpret_cast<const char*>(newsmark_person_names), newsmark_person_names_size),
      std::string_view(reinterpret_cast<const char*>(newsmark_person_words), newsmark_person_words_size),
      std::string_view(reinterpret_cast<const char*>(newsmark_common_lower_words), newsmark_common_lower_words_size),
      std::string_view(reinterpret_cast<const char*>(newsmark_other_names), newsmark_other_names_size));
  return lexicon;
}

}  // namespace newsmark
