#include "stages/hedge_lexicon.h"


#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "stages/feature_hash.h"
#include "utf.h"

extern "C" const unsigned char newsmark_hedge_lexicon[];
extern "C" const unsigned long newsmark_hedge_lexicon_size;

namespace newsmark {

namespace {

struct TypeInfo {
  HedgeType type;
  const char* name;
  const char* explanation;
};

constexpr TypeInfo kTypes[kHedgeTypeCount] = {
    {HedgeType::Modal, "modal", "A modal verb: the writer presents this as a possibility, not a fact."},
    {HedgeType::Unverified, "unverified", "The article says this has not been confirmed."},
    {HedgeType::Evidential, "evidential", "Second-hand information: reported by others, not established by the writer."},
    {HedgeType::Distancing, "distancing", "The writer attributes this claim to its source without vouching for it."},
    {HedgeType::Speculative, "speculative", "Belief, expectation or inference rather than an established fact."},
    {HedgeType::Vague, "vague", "Vague wording: the exact amount or nature is not stated."},
    {HedgeType::AnonymousSource, "anonymous-source", "The source is not named, so the reader cannot judge it."},
    {HedgeType::Conditional, "conditional", "A condition: what follows holds only if it is met."},
    {HedgeType::Limiting, "limiting", "This limits the statement to some cases or to some extent."},
    {HedgeType::NoComment, "no-comment", "The party concerned has not answered, so their side is missing."},
};

struct RuleName {
  HedgeRule rule;
  const char* name;
};

constexpr RuleName kRules[] = {
    {HedgeRule::None, "-"}, {HedgeRule::May, "may"}, {HedgeRule::Might, "might"},
    {HedgeRule::Could, "could"}, {HedgeRule::Would, "would"}, {HedgeRule::Believe, "believe"},
    {HedgeRule::Think, "think"}, {HedgeRule::Appear, "appear"}, {HedgeRule::ReportedAdj, "reported_adj"},
    {HedgeRule::Alleged, "alleged"}, {HedgeRule::ClaimVerb, "claim_verb"},
    {HedgeRule::NegatedCertainty, "negated_certainty"}, {HedgeRule::PassiveBelief, "passive_belief"},
    {HedgeRule::KindOf, "kind_of"}, {HedgeRule::Quantity, "quantity"}, {HedgeRule::AfterNumber, "after_number"},
    {HedgeRule::UntilClause, "until_clause"}, {HedgeRule::ConditionConsequent, "condition_consequent"},
    {HedgeRule::InvertedCondition, "inverted_condition"}, {HedgeRule::Expect, "expect"},
    {HedgeRule::Possible, "possible"}, {HedgeRule::VerbUse, "verb_use"}, {HedgeRule::Assume, "assume"},
    {HedgeRule::ViewsAs, "views_as"}, {HedgeRule::CouldHave, "could_have"},
};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

uint64_t hash_utf8_word(std::string_view w) {
  std::u16string u;
  size_t bad = 0;
  utf8_to_utf16(w, u, &bad);
  return lower_hash(u);
}

// One phrase position: the alternative words and whether the position may be left out.
struct Slot {
  std::vector<std::string_view> words;
  bool optional = false;
};

// Every word sequence a phrase pattern allows ("could|can not? be verified" -> 4 phrases).
void expand(const std::vector<Slot>& slots, size_t i, std::vector<std::string_view>& cur,
            std::vector<std::vector<std::string_view>>& out) {
  if (i == slots.size()) {
    if (!cur.empty()) out.push_back(cur);
    return;
  }
  if (slots[i].optional) expand(slots, i + 1, cur, out);
  for (std::string_view w : slots[i].words) {
    cur.push_back(w);
    expand(slots, i + 1, cur, out);
    cur.pop_back();
  }
}

}  // namespace

const char* to_string(HedgeType t) { return kTypes[static_cast<int>(t)].name; }
const char* default_explanation(HedgeType t) { return kTypes[static_cast<int>(t)].explanation; }

bool parse_hedge_type(std::string_view s, HedgeType* out) {
  for (const TypeInfo& t : kTypes)
    if (s == t.name) { *out = t.type; return true; }
  return false;
}

bool parse_hedge_rule(std::string_view s, HedgeRule* out) {
  for (const RuleName& r : kRules)
    if (s == r.name) { *out = r.rule; return true; }
  return false;
}

uint64_t lower_hash(std::u16string_view token) { return hash_lower(token); }

HedgeLexicon::HedgeLexicon(std::string_view tsv) {
  auto lines = split(tsv, '\n');
  explanations_.reserve(lines.size());
  size_t line_no = 0;
  for (std::string_view line : lines) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto fields = split(line, '\t');
    auto fail = [&](const std::string& why) {
      throw std::runtime_error("hedge lexicon line " + std::to_string(line_no) + ": " + why);
    };
    if (fields.size() < 3) fail("expected phrase, type and rule separated by tabs");
    HedgeType type;
    HedgeRule rule;
    if (!parse_hedge_type(fields[1], &type)) fail("unknown type '" + std::string(fields[1]) + "'");
    if (!parse_hedge_rule(fields[2], &rule)) fail("unknown rule '" + std::string(fields[2]) + "'");
    std::string_view explanation = default_explanation(type);
    if (fields.size() > 3 && !fields[3].empty()) {
      explanations_.emplace_back(fields[3]);
      explanation = explanations_.back();
    }
    std::vector<Slot> slots;
    for (std::string_view w : split(fields[0], ' ')) {
      if (w.empty()) continue;
      Slot slot;
      if (w.back() == '?') {
        slot.optional = true;
        w.remove_suffix(1);
      }
      slot.words = split(w, '|');
      slots.push_back(slot);
    }
    if (slots.empty()) fail("empty phrase");
    std::vector<std::vector<std::string_view>> phrases;
    std::vector<std::string_view> cur;
    expand(slots, 0, cur, phrases);
    for (const auto& words : phrases) {
      HedgeCue cue;
      cue.type = type;
      cue.rule = rule;
      cue.explanation = explanation;
      for (std::string_view w : words) {
        cue.words.push_back(hash_utf8_word(w));
        if (!cue.phrase.empty()) cue.phrase += ' ';
        cue.phrase += w;
      }
      cues_.push_back(std::move(cue));
    }
  }
  std::unordered_map<uint64_t, std::vector<CueStart>> by_first;
  for (uint32_t i = 0; i < cues_.size(); ++i) {
    const std::vector<uint64_t>& words = cues_[i].words;
    by_first[words[0]].push_back({words.size() > 1 ? words[1] : 0, static_cast<uint32_t>(words.size()), i});
    first_filter_.set(words[0] & (kFilterBits - 1));
  }
  for (auto& [first, list] : by_first) {
    // Longest first, so "could not be verified" wins over "could"; stable for equal lengths.
    std::stable_sort(list.begin(), list.end(), [](const CueStart& a, const CueStart& b) { return a.length > b.length; });
    if (list.size() > 0xFF) throw std::runtime_error("hedge lexicon: more than 255 cues start with '" + cues_[list[0].index].phrase + "'");
    start_index_.insert(static_cast<uint32_t>(first), static_cast<uint32_t>(start_list_.size() << 8 | list.size()));
    start_list_.insert(start_list_.end(), list.begin(), list.end());
  }
}

const HedgeLexicon& HedgeLexicon::builtin() {
  static const HedgeLexicon lexicon(std::string_view(reinterpret_cast<const char*>(newsmark_hedge_lexicon),
                                                     newsmark_hedge_lexicon_size));
  return lexicon;
}

}  // namespace newsmark
