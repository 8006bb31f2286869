// What the person tagger knows about words before it reads them: first names and surnames
// with frequency classes (core/data/person_names.tsv, compiled from gazetteers by
// scripts/build-people-lexicon) and short hand-made lists of titles, name particles and
// heads that turn a name into something else (core/data/person_words.txt). Both files are
// embedded in the core; lookups go by a hash of the lower-cased word, so the hot path never
// builds a string.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "utf.h"

namespace newsmark {

// 64-bit FNV-1a over the lower-cased UTF-16 units of `s`: the key of every word lookup.
inline uint64_t hash_lower(std::u16string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char16_t c : s) {
    h ^= lower_unit(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

// Bits of PersonLexicon::lookup(): two 2-bit frequency classes (0 absent, 1 rare .. 3 very
// common) and list memberships.
enum PersonLexiconBits : uint16_t {
  kFirstNameShift = 0,   // (bits >> kFirstNameShift) & 3
  kSurnameShift = 2,     // (bits >> kSurnameShift) & 3
  kTitleWord = 1u << 4,      // "mr", "president", "dr": stands before a name, not part of it
  kParticleWord = 1u << 5,   // "van", "de", "al", "bin": lower case inside a name
  kNonPersonHead = 1u << 6,  // "act", "administration", "foundation": name + head is no person
  kFunctionWord = 1u << 7,   // "the", "he", "in": capitalized only at a sentence start
  kHonorific = 1u << 8,      // "mr", "ms", "dr": always followed by a person's name
  kInitialism = 1u << 9,     // "u.s", "u.n": dotted capitals that are not a person's initials
  kWorkNoun = 1u << 10,      // "book", "film": the name right after one is a title
  kNameSuffix = 1u << 11,    // "jr", "iii": after a name, not part of the mention
  kDeterminer = 1u << 12,    // "the", "an": "an Oscar", "the Mac" name things, not people
};

class PersonLexicon {
 public:
  // Parses the files; throws std::runtime_error naming the line of malformed data.
  // `common_lower_txt`: core/data/common_lower_words.txt (derived by
  // scripts/build-common-lower-words), `other_names_txt`: core/data/other_names.txt (derived by
  // scripts/build-other-names); one word a line, "#" comments.
  PersonLexicon(std::string_view names_tsv, std::string_view words_txt, std::string_view common_lower_txt = {},
                std::string_view other_names_txt = {});
  // The lexicon compiled into the core.
  static const PersonLexicon& embedded();

  // PersonLexiconBits of the word whose hash_lower() is `key` (0 when unknown).
  uint16_t lookup(uint64_t key) const {
    // Most words are in no name list: a 64 KB bit filter answers them without touching the
    // large table.
    uint64_t f = (key >> 7) & (kFilterBits - 1);
    uint16_t name = (filter_[f >> 6] >> (f & 63) & 1) ? names_.find(key) : 0;
    return name | words_.find(key);
  }
  // Only the word-list bits (titles, particles, heads...): the small table, for lower-case
  // words, which are never looked up as names.
  uint16_t lookup_words(uint64_t key) const { return words_.find(key); }
  // Whether the word is usually written in lower case and never a person's name in CoNLL++
  // train ("good", "eventually"), or a sentence adverb of person_words.txt's hand list
  // ("furthermore"): kept apart from lookup()'s bits, which are model features.
  bool is_common_lower(uint64_t key) const { return (derived_.find(key) & kCommonLower) != 0; }
  // Whether CoNLL++ train gives the word alone mostly as the name of an organisation, a place
  // or a thing, hardly ever a person's ("chelsea", "reuters"): for the rules, like the above.
  bool is_other_name(uint64_t key) const { return (derived_.find(key) & kOtherName) != 0; }
  // Whether a name right after the word names an organisation ("firm", "carmaker", "label":
  // person_words.txt's [organisation_nouns]), kept apart from lookup()'s bits too.
  // A table of its own: read for every capitalised word after a lower-case one, it stays small
  // (2 KB) and in cache.
  bool is_organisation_noun(uint64_t key) const { return (organisation_nouns_.find(key) & kOrganisationNoun) != 0; }
  // Whether a name right after the word names an organisation unless it is a surname too
  // ("car maker Peugeot", "film maker Moore": person_words.txt's [trade_nouns]).
  bool is_trade_noun(uint64_t key) const { return (organisation_nouns_.find(key) & kTradeNoun) != 0; }
  // Whether the word, right after a one-word name or its possessive ("Google shares",
  // "Wimpey's profits") or before "in"/"of" and the name ("shares in Vodafone"), tells a firm's
  // name (person_words.txt's [firm_words]); in the organisation nouns' table, not a model feature.
  bool is_firm_word(uint64_t key) const { return (organisation_nouns_.find(key) & kFirmWord) != 0; }

 private:
  // Open addressing from word hash to bits, one 64-bit entry a word: the hash's top 48 bits
  // and the 16 bits of the word (half the memory of separate arrays: fewer cache misses).
  class Table {
   public:
    Table();
    void add(uint64_t key, uint16_t bits);  // ORs bits into the word's entry
    void reserve(size_t count);             // room for `count` words without growing
    uint16_t find(uint64_t key) const {
      const uint64_t tag = tag_of(key);
      for (size_t slot = (tag * 0x9E3779B97F4A7C15ull) >> shift_;; slot = (slot + 1) & mask_) {
        const uint64_t e = entries_[slot];
        if ((e & ~uint64_t(0xFFFF)) == tag) return static_cast<uint16_t>(e);
        if (e == 0) return 0;
      }
    }
    size_t size() const { return count_; }

   private:
    // The entry's key part; never 0, which marks an empty slot.
    static uint64_t tag_of(uint64_t key) {
      uint64_t tag = key & ~uint64_t(0xFFFF);
      return tag ? tag : uint64_t(1) << 16;
    }
    void grow();
    std::vector<uint64_t> entries_;
    size_t mask_ = 0;
    unsigned shift_ = 64;
    size_t count_ = 0;
  };
  static constexpr uint64_t kFilterBits = uint64_t(1) << 19;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64, 0);
  Table names_;
  Table words_;
  // The lists that are not model features: the derived ones (one table, a bit each; the hand
  // list of sentence adverbs joins the common lower-case words) and the organisation nouns, trade
  // nouns and firm words. kOrganisationSection, kTradeSection, kFirmSection and kAdverbSection
  // mark those sections while person_words.txt is read.
  static constexpr uint16_t kCommonLower = 1, kOtherName = 2;
  static constexpr uint16_t kOrganisationSection = 0x8000, kFirmSection = 0x4000, kAdverbSection = 0x2000,
                            kTradeSection = 0x1000;
  static constexpr uint16_t kOrganisationNoun = 1, kFirmWord = 2, kTradeNoun = 4;  // organisation_nouns_'s bits
  Table derived_;
  Table organisation_nouns_;
};

}  // namespace newsmark
