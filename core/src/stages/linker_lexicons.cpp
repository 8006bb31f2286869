#include "stages/linker_lexicons.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>
#include <mutex>
#include <vector>

#include "stages/feature_hash.h"
#include "stages/flat_string_map.h"
#include "stages/word_set.h"
#include "utf.h"

extern "C" const unsigned char newsmark_first_name_genders[];
extern "C" const unsigned long newsmark_first_name_genders_size;

namespace newsmark {

namespace {

using std::u16string_view;

// Every list below in one table, each word with the bits of the lists that hold it: a lookup
// ("is it an honorific?", of three lists) is one probe (flat_string_map.h).
enum ListBit : uint32_t {
  kInMaleHonorifics = 1u << 0, kInFemaleHonorifics = 1u << 1, kInOtherHonorifics = 1u << 2, kInRoleNouns = 1u << 3,
  kInRoleModifiers = 1u << 4, kInClosedClass = 1u << 5, kInCapitalisedHeads = 1u << 6, kInLowerHeads = 1u << 7,
  kInGenerational = 1u << 8, kInWorkNouns = 1u << 9,
};

constexpr u16string_view kMaleHonorifics[] = {u"mr", u"sir", u"lord", u"messrs", u"monsieur", u"herr"};
constexpr u16string_view kFemaleHonorifics[] = {u"mrs", u"ms", u"miss", u"lady", u"dame", u"madam",
                                                             u"mme", u"mlle", u"madame"};
constexpr u16string_view kOtherHonorifics[] = {u"dr", u"mx", u"prof"};

// Roles news gives people. Titles such as "President" double as honorific-like pre-modifiers
// ("President Biden") and count as descriptors, unlike "Mr".
constexpr u16string_view kRoleNouns[] = {
    u"president", u"leader", u"minister", u"spokesman", u"spokeswoman", u"spokesperson", u"correspondent",
    u"chief", u"dictator", u"despot", u"king", u"queen", u"prince", u"princess", u"senator", u"sen",
    u"representative", u"rep", u"congressman", u"congresswoman", u"governor", u"gov", u"mayor", u"secretary",
    u"chairman", u"chairwoman", u"chair", u"director", u"ceo", u"founder", u"co-founder", u"executive",
    u"officer", u"official", u"ambassador", u"envoy", u"diplomat", u"general", u"gen", u"admiral",
    u"colonel", u"col", u"captain", u"lieutenant", u"commander", u"sergeant", u"judge", u"justice",
    u"attorney", u"lawyer", u"prosecutor", u"counsel", u"adviser", u"advisor", u"aide", u"reporter",
    u"journalist", u"editor", u"columnist", u"author", u"writer", u"historian", u"professor", u"prof",
    u"economist", u"analyst", u"scientist", u"researcher", u"doctor", u"surgeon", u"coach", u"manager",
    u"player", u"striker", u"goalkeeper", u"captain", u"actor", u"actress", u"singer", u"artist",
    u"star", u"chancellor", u"premier", u"pope", u"cardinal", u"bishop", u"archbishop", u"rabbi",
    u"imam", u"pastor", u"candidate", u"nominee", u"activist", u"campaigner", u"commissioner", u"head",
    u"boss", u"owner", u"partner", u"wife", u"husband", u"son", u"daughter", u"brother", u"sister",
    u"father", u"mother", u"niece", u"nephew", u"speaker", u"whip", u"mp", u"lawmaker", u"legislator",
    u"strongman", u"ruler", u"monarch", u"emperor", u"sheikh", u"emir", u"sultan", u"tycoon",
    u"billionaire", u"businessman", u"businesswoman", u"entrepreneur"};

constexpr u16string_view kRoleModifiers[] = {
    u"former", u"acting", u"deputy", u"vice", u"senior", u"top", u"interim", u"incoming",
    u"outgoing", u"late", u"current", u"new", u"veteran", u"longtime", u"assistant", u"associate",
    u"chief", u"supreme", u"prime", u"foreign", u"general", u"shadow", u"junior"};

constexpr u16string_view kClosedClass[] = {
    u"a", u"an", u"the", u"and", u"or", u"but", u"if", u"when", u"while", u"as", u"after", u"before",
    u"since", u"because", u"although", u"though", u"despite", u"even", u"so", u"yet", u"then", u"now",
    u"he", u"she", u"it", u"they", u"we", u"i", u"you", u"his", u"her", u"their", u"its", u"our",
    u"my", u"this", u"that", u"these", u"those", u"there", u"here", u"what", u"who", u"why", u"how",
    u"where", u"in", u"on", u"at", u"by", u"with", u"from", u"to", u"for", u"of", u"about", u"said",
    u"says", u"told", u"asked", u"is", u"was", u"has", u"had", u"earlier", u"later", u"meanwhile",
    u"however", u"also", u"yesterday", u"today", u"tomorrow", u"separately", u"instead", u"still",
    u"last", u"next", u"first", u"finally", u"indeed", u"already", u"recently", u"previously", u"like",
    u"unlike", u"under", u"over", u"against", u"between", u"during", u"including", u"into", u"than",
    u"not", u"no", u"yes", u"both", u"all", u"some", u"many", u"most", u"other", u"another"};

// Heads of phrases named after people that are not the person. Words that are also common
// names ("Bill", "Law", "Hall", "Park", "Street", "Bridge") are left out: "Stuart Law" and
// "Wayne Bridge" are people.
constexpr u16string_view kCapitalisedHeads[] = {
    u"Act", u"Acts", u"Amendment", u"Doctrine", u"Tower", u"Towers",
    u"Organization", u"Organisation", u"Foundation", u"Institute", u"Center", u"Centre", u"University",
    u"College", u"School", u"Library", u"Museum", u"Hotel", u"Hotels", u"Stadium", u"Airport",
    u"Avenue", u"Road", u"Prize", u"Award", u"Trophy", u"Cup", u"Group",
    u"Corporation", u"Corp", u"Inc", u"Company", u"Administration", u"Plan", u"Report", u"Era", u"Presidency",
    u"Show", u"Theater", u"Theatre", u"Awards", u"Festival", u"Trust", u"Fund", u"Memorial", u"Square",
    u"Building", u"Arena", u"Lecture", u"Gallery", u"Hospital", u"Station", u"Syndrome", u"Disease"};
constexpr u16string_view kLowerHeads[] = {
    u"administration", u"administrations", u"campaign", u"era", u"presidency", u"doctrine", u"organization",
    u"organisation", u"foundation", u"tower", u"hotel", u"brand", u"regime", u"government", u"cabinet",
    u"dynasty", u"stock", u"shares"};

constexpr u16string_view kWorkNouns[] = {
    u"book", u"novel", u"memoir", u"memoirs", u"biography", u"autobiography", u"film", u"movie",
    u"documentary", u"album", u"song", u"single", u"play", u"musical", u"opera", u"series", u"show",
    u"programme", u"program", u"podcast", u"poem", u"painting", u"magazine", u"newspaper", u"essay",
    u"title", u"ship", u"yacht", u"vessel", u"horse", u"hurricane", u"storm", u"operation", u"company",
    u"firm", u"hotel", u"restaurant", u"band", u"app", u"carrier", u"carriers", u"warship", u"submarine",
    u"ships", u"films", u"books", u"novels", u"albums", u"songs"};
constexpr u16string_view kGenerational[] = {u"jr", u"sr", u"ii", u"iii", u"iv", u"junior",
                                                        u"senior", u"v"};

// Each listed word with the bits of its lists ("chief" is a role noun and a role modifier).
const FlatStringMap<uint32_t, u16string_view>& word_lists() {
  static const FlatStringMap<uint32_t, u16string_view> lists = [] {
    FlatStringMap<uint32_t, u16string_view> t;
    auto add_all = [&t](const auto& list, uint32_t bit) {
      for (u16string_view w : list) t.add(w, 0) |= bit;
    };
    add_all(kMaleHonorifics, kInMaleHonorifics);
    add_all(kFemaleHonorifics, kInFemaleHonorifics);
    add_all(kOtherHonorifics, kInOtherHonorifics);
    add_all(kRoleNouns, kInRoleNouns);
    add_all(kRoleModifiers, kInRoleModifiers);
    add_all(kClosedClass, kInClosedClass);
    add_all(kCapitalisedHeads, kInCapitalisedHeads);
    add_all(kLowerHeads, kInLowerHeads);
    add_all(kGenerational, kInGenerational);
    add_all(kWorkNouns, kInWorkNouns);
    return t;
  }();
  return lists;
}

uint32_t lists_of(u16string_view w) {
  const uint32_t* bits = word_lists().find(w);
  return bits ? *bits : 0;
}

bool in(u16string_view w, uint32_t bits) { return (lists_of(w) & bits) != 0; }

struct NameGender {
  Gender gender;
  bool certain;
};

// Keyed by views of one buffer that lives as long as the table, so a lookup builds no string.
const FlatStringMap<NameGender, u16string_view>& gender_table() {
  static FlatStringMap<NameGender, u16string_view> table;
  static std::u16string names;
  static std::once_flag once;
  std::call_once(once, [] {
    std::string_view data(reinterpret_cast<const char*>(newsmark_first_name_genders),
                          newsmark_first_name_genders_size);
    std::vector<std::pair<size_t, NameGender>> ends;  // where each name ends in `names`
    size_t pos = 0;
    while (pos < data.size()) {
      size_t eol = data.find('\n', pos);
      if (eol == std::string_view::npos) eol = data.size();
      std::string_view line = data.substr(pos, eol - pos);
      pos = eol + 1;
      size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos || tab + 1 >= line.size()) continue;
      const size_t before = names.size();
      size_t bad = 0;
      if (!utf8_to_utf16(line.substr(0, tab), names, &bad)) {
        names.resize(before);
        continue;
      }
      char g = line[tab + 1];
      ends.push_back({names.size(), NameGender{g == 'F' || g == 'f' ? Gender::Female : Gender::Male, g == 'F' || g == 'M'}});
    }
    size_t start = 0;
    for (const auto& [end, gender] : ends) {
      table.add(u16string_view(names).substr(start, end - start), gender);  // (the first line of a name wins)
      start = end;
    }
  });
  return table;
}

}  // namespace

std::u16string fold_word(u16string_view word) {
  if (!word.empty() && word.back() == u'.') word.remove_suffix(1);
  std::u16string out;
  out.reserve(word.size());
  if (std::all_of(word.begin(), word.end(), [](char16_t c) { return c < 0x80; })) {  // the common case
    for (char16_t c : word) out.push_back(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c);
    return out;
  }
  for (size_t i = 0; i < word.size();) {
    size_t len;
    char32_t c = code_point_at(word, i, &len);
    i += len;
    UChar32 f = u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT);
    if (f > 0xFFFF) {
      out.push_back(static_cast<char16_t>(0xD7C0 + (f >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 | (f & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(f == u'\u2019' ? u'\'' : f));
    }
  }
  return out;
}

FoldedWord::FoldedWord(u16string_view word) {
  if (!word.empty() && word.back() == u'.') word.remove_suffix(1);
  if (word.size() <= kInline) {
    // Folded as it is checked, in one pass; a unit beyond ASCII sends the word to fold_word().
    for (char16_t c : word) {
      if (c >= 0x80) break;
      buf_[size_++] = c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c;
    }
    if (size_ == word.size()) return;
    size_ = 0;
  }
  long_ = fold_word(word);  // (a word that folds to nothing reads as the empty buf_)
}

uint32_t FoldedWord::lists() const {
  if (!lists_known_) {
    lists_ = lists_of(view());
    lists_known_ = true;
  }
  return lists_;
}

namespace {

constexpr uint32_t kInHonorifics = kInMaleHonorifics | kInFemaleHonorifics | kInOtherHonorifics;

}  // namespace

bool is_honorific(const FoldedWord& w) { return (w.lists() & kInHonorifics) != 0; }
Gender honorific_gender(const FoldedWord& w) {
  const uint32_t lists = w.lists();
  if (lists & kInMaleHonorifics) return Gender::Male;
  if (lists & kInFemaleHonorifics) return Gender::Female;
  return Gender::Unknown;
}
bool is_role_noun(u16string_view w) { return in(w, kInRoleNouns); }
bool is_role_noun(const FoldedWord& w) { return (w.lists() & kInRoleNouns) != 0; }
bool is_role_modifier(const FoldedWord& w) { return (w.lists() & kInRoleModifiers) != 0; }
bool is_closed_class(u16string_view w) { return in(w, kInClosedClass); }
bool is_closed_class(const FoldedWord& w) { return (w.lists() & kInClosedClass) != 0; }
bool is_generational_suffix(u16string_view w) { return in(w, kInGenerational); }
bool is_generational_suffix(const FoldedWord& w) { return (w.lists() & kInGenerational) != 0; }
bool is_work_noun(const FoldedWord& w) { return (w.lists() & kInWorkNouns) != 0; }

bool is_non_person_head(u16string_view word) {
  return in(word, kInCapitalisedHeads | kInLowerHeads);
}

bool may_be_role_word(const Document& doc, size_t t) {
  static const WordSet role_words(kRoleNouns, kRoleModifiers);
  const u16string_view w = doc.token_text(t);
  if (w.empty() || w.back() == u'.' || !std::all_of(w.begin(), w.end(), [](char16_t c) { return c < 0x80; })) return true;
  return role_words.contains(token_hash_lower(doc, t));
}

ListedWords listed_role_nouns() { return {std::begin(kRoleNouns), std::end(kRoleNouns)}; }
ListedWords listed_role_modifiers() { return {std::begin(kRoleModifiers), std::end(kRoleModifiers)}; }

bool is_ordinal(u16string_view w) {
  if (w.size() < 3 || !(w[0] >= u'0' && w[0] <= u'9')) return false;
  u16string_view end = w.substr(w.size() - 2);
  return end == u"st" || end == u"nd" || end == u"rd" || end == u"th";
}

Gender first_name_gender(u16string_view name, bool* certain) {
  const NameGender* found = gender_table().find(name);
  if (certain) *certain = found && found->certain;
  return found ? found->gender : Gender::Unknown;
}

}  // namespace newsmark
