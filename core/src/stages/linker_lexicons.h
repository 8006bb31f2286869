// Small word lists the person linker and its descriptor chunker lean on: honorifics (with the
// gender they imply), role nouns and their modifiers, heads of phrases named after a person
// that are not a person ("Trump administration", "Logan Act"), and first names with a clear
// gender (core/data/first_name_genders.tsv, derived from the shared gazetteers).
// Lookups take a case-folded word (fold_word) unless they say otherwise.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

enum class Gender { Unknown, Male, Female };

// ASCII-and-beyond case fold of one word with a trailing period dropped ("Mr." -> "mr").
std::u16string fold_word(std::u16string_view word);

// fold_word() held in place: an ASCII word of up to kInline units (nearly every word) is folded
// into the object itself, so the many lookups per token allocate nothing (in wasm, a
// std::u16string of more than 5 units is a call into malloc). Longer or other words go
// through fold_word(). Converts to the folded view; keep the object alive while it is used.
// The lookups below that take a FoldedWord find the word in the lists once, however many
// lists they ask about.
class FoldedWord {
 public:
  explicit FoldedWord(std::u16string_view word);
  std::u16string_view view() const { return long_.empty() ? std::u16string_view(buf_, size_) : long_; }
  operator std::u16string_view() const { return view(); }
  // Which of the word lists below hold the word (bits), looked up on first use.
  uint32_t lists() const;

 private:
  static constexpr size_t kInline = 32;
  char16_t buf_[kInline];
  size_t size_ = 0;
  std::u16string long_;
  mutable uint32_t lists_ = 0;
  mutable bool lists_known_ = false;
};

// Honorifics that stand before a name and are not part of it ("Mr", "Mrs.", "Dr").
bool is_honorific(const FoldedWord& w);
Gender honorific_gender(const FoldedWord& w);

// Nouns that name a role a person holds ("president", "leader", "correspondent"), and
// words that modify one ("former", "acting", "deputy").
bool is_role_noun(std::u16string_view folded);
bool is_role_noun(const FoldedWord& w);
bool is_role_modifier(const FoldedWord& w);

// Function words: never part of a descriptor even when capitalised at a sentence start.
bool is_closed_class(std::u16string_view folded);
bool is_closed_class(const FoldedWord& w);

// A word that, right after a name, makes the phrase something other than the person:
// "Trump administration", "Trump Tower", "Logan Act". Case-sensitive for capitalised heads
// ("Act") and any case for lower-case ones ("administration").
bool is_non_person_head(std::u16string_view word);

// Nouns for works and things that get proper names ("book", "film", "ship"): a name set off
// right after one ("her book, Confidence Man, ...") names the work, not a person.
bool is_work_noun(const FoldedWord& w);

// Generational suffixes that tell a father from a son ("Jr", "III").
bool is_generational_suffix(std::u16string_view folded);
bool is_generational_suffix(const FoldedWord& w);

// False only when token `t` is surely neither a role noun nor a role modifier, told by its
// Token::lower against the lists' hashes: an ASCII word without a final period, whose fold is
// its lower case (hash collisions and other words answer true: ask the lists).
bool may_be_role_word(const Document& doc, size_t t);
// The role nouns and the role modifiers as listed (lower case), in place, for the test that
// checks may_be_role_word against every one. (A span: the core is C++17.)
struct ListedWords {
  const std::u16string_view* first;
  const std::u16string_view* last;
  const std::u16string_view* begin() const { return first; }
  const std::u16string_view* end() const { return last; }
  size_t size() const { return static_cast<size_t>(last - first); }
};
ListedWords listed_role_nouns();
ListedWords listed_role_modifiers();

// A word with a capital that is not a number: a name, a title, or a sentence's first word.
inline bool is_capitalised_word(const Token& t) { return t.has(kWord) && t.has(kTitle | kUpper) && !t.has(kAllDigits); }

// "45th", "1st": ordinals in roles ("the 45th President").
bool is_ordinal(std::u16string_view folded);

// Gender of a first name as written ("Melania"), Unknown when unlisted or unclear. `certain`
// (when given) says whether at least 99% of its bearers have it ("Michael", not "Ashley").
Gender first_name_gender(std::u16string_view name, bool* certain = nullptr);

}  // namespace newsmark
