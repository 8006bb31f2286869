// How the person linker compares names: each mention is reduced to a list of normalised
// parts, so that "Kim Jong-un", "Kim Jong Un" and "KIM JONG-UN" all become kim|jong|un and
// "José Álvarez" matches "Jose Alvarez". Initials ("J.", "J.K.") are left out of the parts
// and a generational suffix ("Jr") is kept apart, so "Donald J. Trump" matches "Donald Trump"
// but "Donald Trump Jr." does not.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsmark {

struct NameForm {
  std::vector<std::u16string> parts;  // case-folded, diacritics and punctuation removed
  std::u16string suffix;              // "jr", "iii", ... or empty
  size_t words = 0;                   // white-space separated words, initials included
  size_t initials = 0;                // "J.", "J.K."
  char16_t lead = 0;                  // first letter of a name of two or more words ("S Jones": s)
  bool lead_is_initial = false;       // ... and whether that first word is an initial
  bool all_caps = false;              // "TRUMP": a headline form, never the display name
};

NameForm parse_name(std::u16string_view text);

// How full a form is: its parts and initials ("Donald J. Trump" 3, "Kim Jong Un" 3, "Trump" 1).
inline size_t fullness(const NameForm& f) { return f.parts.size() + f.initials; }

// Two full names that could be one person's: one a run of the other's parts ("Kim Jong Un" /
// "Jong Un"), or the same first and last parts around a middle name ("Donald John Trump" /
// "Donald Trump"); never when an initial contradicts a first name ("S Jones" / "Max Jones").
bool same_person_name(const NameForm& a, const NameForm& b);

// One part: NFD, combining marks dropped, case-folded, letters and digits only.
std::u16string normalise_name_part(std::u16string_view part);

// True when `small` occurs in `big` as a contiguous run of parts (and is not empty).
bool contiguous_in(const std::vector<std::u16string>& small, const std::vector<std::u16string>& big);

}  // namespace newsmark
