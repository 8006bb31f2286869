#include "stages/person_names.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "stages/linker_lexicons.h"
#include "stages/token_features.h"
#include "utf.h"

namespace newsmark {

namespace {

bool is_hyphen(char32_t c) { return c == u'-' || c == 0x2010 || c == 0x2011; }

// "J.", "J.K.", "K": at most one letter between periods.
bool is_initial(std::u16string_view word) {
  size_t letters_in_chunk = 0, letters = 0;
  for (size_t i = 0; i < word.size();) {
    size_t len;
    char32_t c = code_point_at(word, i, &len);
    i += len;
    if (c == u'.') {
      letters_in_chunk = 0;
    } else if (c < 0x80 ? ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') : u_isalpha(static_cast<UChar32>(c))) {
      ++letters;
      if (++letters_in_chunk > 1) return false;
    } else {
      return false;
    }
  }
  return letters > 0;
}

bool has_lower(std::u16string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] < 0x80) {  // ASCII without ICU: its lower-case letters are a-z
      if (s[i] >= u'a' && s[i] <= u'z') return true;
      ++i;
      continue;
    }
    size_t len;
    char32_t c = code_point_at(s, i, &len);
    i += len;
    if (u_isULowercase(static_cast<UChar32>(c))) return true;
  }
  return false;
}

// An ASCII unit as a name part keeps it: a letter lower-cased, a digit as it is, else 0.
char16_t ascii_name_unit(char16_t c) {
  if (c >= u'A' && c <= u'Z') return static_cast<char16_t>(c + 32);
  return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ? c : 0;
}

}  // namespace

std::u16string normalise_name_part(std::u16string_view part) {
  if (std::all_of(part.begin(), part.end(), [](char16_t c) { return c < 0x80; })) {  // no marks to strip
    std::u16string out;
    out.reserve(part.size());
    for (char16_t c : part) {
      if (char16_t u = ascii_name_unit(c)) out.push_back(u);
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString src(false, part.data(), static_cast<int32_t>(part.size()));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) decomposed = nfd->normalize(src, status);
  if (U_FAILURE(status)) decomposed = src;  // no normalisation data: compare as written
  decomposed.foldCase();
  std::u16string out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c)) {
      icu::UnicodeString one(c);
      out.append(reinterpret_cast<const char16_t*>(one.getBuffer()), static_cast<size_t>(one.length()));
    }
  }
  return out;
}

NameForm parse_name(std::u16string_view text) {
  NameForm form;
  form.all_caps = !has_lower(text);
  // The words, in a buffer kept per thread: this runs for every mention.
  thread_local std::vector<std::u16string_view> words;
  words.clear();
  size_t start = 0;
  for (size_t i = 0; i <= text.size();) {
    size_t len = 1;
    bool space = i == text.size() ||
                 (text[i] < 0x80 ? text[i] <= 0x20 || text[i] == 0x7F : is_space(code_point_at(text, i, &len)));
    if (space) {
      if (i > start) words.push_back(text.substr(start, i - start));
      start = i + len;
    }
    i += len;
  }
  form.words = words.size();
  if (words.size() > 1) {
    const FoldedWord folded(words.back());
    std::u16string_view last = folded;
    if (!last.empty() && last.back() == u',') last.remove_suffix(1);
    if (is_generational_suffix(last)) {
      form.suffix = std::u16string(last);
      words.pop_back();
    }
  }
  // form.lead (two words or more): normalise_name_part(the first word up to its first '-')[0],
  // or 0. An initial's is taken here; any other first word's from its parts as the loop below
  // normalises them: the first unit of the first non-empty part before that '-'.
  bool lead_from_parts = false;
  if (words.size() > 1) {
    form.lead_is_initial = is_initial(words.front());
    if (form.lead_is_initial) {  // (letters and periods: no '-')
      const std::u16string initial = normalise_name_part(words.front());
      form.lead = initial.empty() ? 0 : initial[0];
    } else {
      lead_from_parts = true;
    }
  }
  form.parts.reserve(words.size() + 1);  // (one more for a hyphenated word, the usual most)
  for (std::u16string_view w : words) {
    if (is_initial(w)) {
      ++form.initials;
      continue;
    }
    size_t part_start = 0;
    for (size_t i = 0; i <= w.size();) {
      size_t len = 1;
      if (i == w.size() || is_hyphen(code_point_at(w, i, &len))) {
        std::u16string part = normalise_name_part(w.substr(part_start, i - part_start));
        if (lead_from_parts) {
          if (!part.empty()) form.lead = part[0];
          // Split at every hyphen, the first word's parts hold its text up to its first '-' whole.
          lead_from_parts = part.empty() && i < w.size() && w[i] != u'-';
        }
        if (!part.empty()) form.parts.push_back(std::move(part));
        part_start = i + len;
      }
      i += len;
    }
  }
  return form;
}

bool contiguous_in(const std::vector<std::u16string>& small, const std::vector<std::u16string>& big) {
  if (small.empty() || small.size() > big.size()) return false;
  return std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
}

bool same_person_name(const NameForm& a, const NameForm& b) {
  if (a.suffix != b.suffix) return false;
  if ((a.lead_is_initial || b.lead_is_initial) && a.lead && b.lead && a.lead != b.lead) return false;
  if (contiguous_in(a.parts, b.parts) || contiguous_in(b.parts, a.parts)) return true;
  return a.parts.size() >= 2 && b.parts.size() >= 2 && a.parts.front() == b.parts.front() &&
         a.parts.back() == b.parts.back();
}

}  // namespace newsmark
