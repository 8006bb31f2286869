#include "stages/role_anaphora.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <string>

#include "stages/feature_hash.h"
#include "stages/linker_lexicons.h"

namespace newsmark {

namespace {

// "the", "The", "THE" without folding: this runs on every token of the article.
bool is_the(std::u16string_view w) {
  return w.size() == 3 && (w[0] | 0x20) == u't' && (w[1] | 0x20) == u'h' && (w[2] | 0x20) == u'e';
}

// Modifiers that make another role of the same head noun ("deputy prime minister").
constexpr std::u16string_view kRanks[] = {u"deputy", u"vice", u"assistant", u"associate", u"acting", u"shadow", u"junior", u"interim"};

// Modifiers that date a role without making it another one.
constexpr std::u16string_view kTemporal[] = {u"former", u"late", u"then", u"new", u"current", u"outgoing", u"incoming",
                                             u"veteran", u"longtime", u"top", u"senior", u"interim"};

// Which of kRanks `has` says are there, as bits.
template <typename Has>
uint32_t ranks_among(Has&& has) {
  uint32_t bits = 0;
  for (size_t r = 0; r < std::size(kRanks); ++r) {
    if (has(kRanks[r])) bits |= 1u << r;
  }
  return bits;
}

// The folded words of a person's descriptors, sorted and each once (a sorted vector: one
// allocation, where a std::set made a node per word); looked up by view, building no string.
class WordsOfPerson {
 public:
  void add(std::u16string_view w) { words_.emplace_back(w); }
  void finish() {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
    ranks_ = ranks_among([this](std::u16string_view r) { return count(r) > 0; });
  }
  bool empty() const { return words_.empty(); }
  size_t count(std::u16string_view w) const {
    return std::binary_search(words_.begin(), words_.end(), w, std::less<>()) ? 1 : 0;
  }
  // The first word not less than `w`, or null.
  const std::u16string* lower_bound(std::u16string_view w) const {
    auto it = std::lower_bound(words_.begin(), words_.end(), w, std::less<>());
    return it == words_.end() ? nullptr : &*it;
  }
  uint32_t ranks() const { return ranks_; }  // ranks_among() the words, known once finish()ed

 private:
  std::vector<std::u16string> words_;
  uint32_t ranks_ = 0;
};

struct RolePhrase {
  size_t first = 0, end = 0;           // tokens
  std::u16string head;                 // folded role noun
  std::vector<std::u16string> capitalised, other;  // folded modifiers
  std::vector<std::u16string> complement;           // "of North Korea": folded capitalised words
};

// "[the] (former|45th|North|Korean)* role-noun+" starting at token k; false when no role noun.
bool read_phrase(const Document& doc, size_t k, size_t limit, bool determiner, RolePhrase* out) {
  // First the shape, by token (it runs after every "the", and most phrases end at their first
  // word): the words are folded into strings only for a phrase with a role noun.
  constexpr size_t kLongest = 8;
  const size_t first = k;
  size_t head = SIZE_MAX;
  size_t other[kLongest], capitalised[kLongest];
  size_t others = 0, capitals = 0;
  if (determiner) ++k;
  for (; k < limit && k - first < kLongest; ++k) {
    const Token& t = doc.tokens[k];
    const FoldedWord folded(doc.token_text(k));
    if (is_role_noun(folded)) {
      head = k;
      continue;
    }
    if (head != SIZE_MAX) break;
    if (is_role_modifier(folded) || is_ordinal(folded)) {
      other[others++] = k;
    } else if (is_capitalised_word(t) && !is_closed_class(folded) && !is_honorific(folded)) {
      capitalised[capitals++] = k;
    } else {
      break;
    }
  }
  if (head == SIZE_MAX) return false;
  RolePhrase p;
  p.first = first;
  p.head = FoldedWord(doc.token_text(head)).view();
  for (size_t i = 0; i < others; ++i) p.other.emplace_back(FoldedWord(doc.token_text(other[i])).view());
  for (size_t i = 0; i < capitals; ++i) p.capitalised.emplace_back(FoldedWord(doc.token_text(capitalised[i])).view());
  p.end = k;
  // "the leader of North Korea": a capitalised complement belongs to the phrase.
  if (k + 1 < limit && (doc.token_text(k) == u"of" || doc.token_text(k) == u"for")) {
    size_t c = k + 1;
    if (c < limit && FoldedWord(doc.token_text(c)).view() == u"the") ++c;
    std::vector<std::u16string> words;
    for (; c < limit && words.size() < 5 && is_capitalised_word(doc.tokens[c]); ++c) {
      words.push_back(fold_word(doc.token_text(c)));
    }
    if (!words.empty()) {
      p.end = c;
      p.complement = std::move(words);
    }
  }
  *out = std::move(p);
  return true;
}

// "Korea" in the phrase, "Korean" among the person's words: the same place, near enough.
bool near_word(const WordsOfPerson& words, const std::u16string& w) {
  size_t n = std::min<size_t>(w.size(), 5);
  const std::u16string* it = words.lower_bound(std::u16string_view(w).substr(0, n));  // the first word sharing the first n letters, if any
  return it && it->compare(0, n, w, 0, n) == 0;
}

WordsOfPerson descriptor_words(const Document& doc, const Person& person) {
  WordsOfPerson words;
  for (Span d : person.descriptors) {
    for (size_t t = doc.token_at_or_after(d.start); t < doc.tokens.size() && doc.tokens[t].span.end <= d.end; ++t) {
      words.add(FoldedWord(doc.token_text(t)));
    }
  }
  words.finish();
  return words;
}

// The person this phrase points back to, or -1.
int resolve(const Document& doc, const RolePhrase& p, const std::vector<Person>& people,
            const std::vector<WordsOfPerson>& evidence) {
  uint32_t at = doc.tokens[p.first].span.start;
  int best = -1;
  size_t best_score = 0;
  uint32_t best_last = 0;
  // "the prime minister" is not the deputy prime minister, nor "the deputy" the minister: the
  // ranks in the phrase must be the person's (as bits: the phrase's found once).
  const uint32_t phrase_ranks =
      ranks_among([&](std::u16string_view r) { return std::find(p.other.begin(), p.other.end(), r) != p.other.end(); });
  for (size_t i = 0; i < people.size(); ++i) {
    const auto& words = evidence[i];
    if (words.empty()) continue;
    size_t cap_hits = 0;
    for (const auto& w : p.capitalised) cap_hits += words.count(w);
    if (cap_hits != p.capitalised.size()) continue;
    if (phrase_ranks != words.ranks()) continue;
    // "the prime minister" is not just any minister: a modifier that makes the role ("prime",
    // "chief") must be among the person's words; one that only dates it ("former") need not.
    bool modifiers_fit = std::all_of(p.other.begin(), p.other.end(), [&](const std::u16string& m) {
      return words.count(m) > 0 || is_ordinal(m) ||
             std::find(std::begin(kTemporal), std::end(kTemporal), m) != std::end(kTemporal);
    });
    if (!modifiers_fit) continue;
    // "the president of France" is nobody here unless a person's own words say France.
    bool complement_fits = std::all_of(p.complement.begin(), p.complement.end(),
                                       [&](const std::u16string& w) { return near_word(words, w); });
    if (!complement_fits) continue;
    bool head = words.count(p.head) > 0;
    if (!head && cap_hits == 0) continue;
    size_t score = cap_hits + head;
    for (const auto& w : p.other) score += words.count(w);
    uint32_t last = 0;
    bool before = false;
    for (Span m : people[i].mentions) {
      if (m.start < at) {
        last = m.start;
        before = true;
      }
    }
    if (!before) continue;
    if (best < 0 || score > best_score || (score == best_score && last > best_last)) {
      best = static_cast<int>(i);
      best_score = score;
      best_last = last;
    }
  }
  return best;
}

// The first "the" from token k on that no descriptor covers and no mention owns. A function of
// its own, not inlined: the scan over every token then keeps its values in registers (inlined
// into the linker's one large function, the wasm engine kept them on the stack).
__attribute__((noinline)) size_t next_free_the(const Document& doc, const std::vector<uint8_t>& covered,
                                               const std::vector<int>& owner, size_t k) {
  static const uint32_t the = hash_lower(u"the");
  for (const size_t n = doc.tokens.size(); k < n; ++k) {
    // The token's hash first: one load turns away nearly every token.
    if (token_hash_lower(doc, k) == the && !covered[k] && owner[k] < 0 && is_the(doc.token_text(k))) return k;
  }
  return doc.tokens.size();
}

}  // namespace

void add_definite_role_descriptors(const Document& doc, const std::vector<int>& owner, std::vector<Person>& people) {
  bool any_evidence = std::any_of(people.begin(), people.end(), [](const Person& p) { return !p.descriptors.empty(); });
  if (!any_evidence) return;
  std::vector<WordsOfPerson> evidence;
  std::vector<uint8_t> covered(doc.tokens.size(), 0);  // bytes, not bits: read for every token
  for (const Person& p : people) {
    evidence.push_back(descriptor_words(doc, p));
    for (Span d : p.descriptors) {
      for (size_t t = doc.token_at_or_after(d.start); t < doc.tokens.size() && doc.tokens[t].span.start < d.end; ++t) {
        covered[t] = true;
      }
    }
  }
  std::vector<std::pair<int, Span>> found;
  for (size_t k = next_free_the(doc, covered, owner, 0); k < doc.tokens.size(); k = next_free_the(doc, covered, owner, k + 1)) {
    size_t limit = doc.sentences[doc.tokens[k].sentence].end_token;
    // Most "the" open no role phrase, and their next word shows it at once: not a role word,
    // not capitalised, not an ordinal ("45th"). read_phrase() would stop there.
    if (k + 1 >= limit) continue;
    const Token& next = doc.tokens[k + 1];
    const bool could_open = may_be_role_word(doc, k + 1) || is_capitalised_word(next) ||
                            (doc.token_text(k + 1)[0] >= u'0' && doc.token_text(k + 1)[0] <= u'9');
    if (!could_open) continue;
    RolePhrase p;
    if (!read_phrase(doc, k, limit, true, &p)) continue;
    bool free = std::none_of(covered.begin() + p.first, covered.begin() + p.end, [](bool c) { return c; });
    // Followed by a name, it is that name's pre-modifier, not a reference back.
    bool before_name = p.end < limit && (owner[p.end] >= 0 || is_capitalised_word(doc.tokens[p.end]));
    if (!free || before_name) continue;
    std::vector<RolePhrase> phrases{p};
    // "the former president and North Korean dictator": two people sharing one article.
    if (p.end + 1 < limit && doc.token_text(p.end) == u"and") {
      RolePhrase second;
      if (read_phrase(doc, p.end + 1, limit, false, &second) &&
          !(second.end < limit && (owner[second.end] >= 0 || is_capitalised_word(doc.tokens[second.end])))) {
        phrases.push_back(second);
      }
    }
    for (const RolePhrase& r : phrases) {
      int who = resolve(doc, r, people, evidence);
      if (who >= 0) found.push_back({who, Span{doc.tokens[r.first].span.start, doc.tokens[r.end - 1].span.end}});
    }
    k = phrases.back().end - 1;
  }
  for (const auto& [who, span] : found) {
    auto& d = people[who].descriptors;
    d.insert(std::upper_bound(d.begin(), d.end(), span,
                              [](Span a, Span b) { return a.start != b.start ? a.start < b.start : a.end < b.end; }),
             span);
  }
}

}  // namespace newsmark
