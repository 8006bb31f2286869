#include "stages/person_linker.h"

#include <algorithm>
#include <cstdint>

#include "stages/feature_hash.h"
#include "stages/flat_string_map.h"
#include "stages/linker_lexicons.h"
#include "stages/person_names.h"
#include "stages/role_anaphora.h"
#include "stages/role_descriptors.h"

namespace newsmark {

namespace {

struct Mention {
  size_t first = 0, end = 0;  // tokens [first, end)
  Span span;
  NameForm form;
  Gender honorific = Gender::Unknown;  // the gender the honorific before it implies
  int entity = -1;
  bool full() const { return form.words >= 2; }
};

// A distinct way the article names one person ("Donald Trump", "Trump" after "Mr", ...).
struct EntityForm {
  NameForm name;
  bool full = false;
  Gender honorific = Gender::Unknown;
  bool same_as(const NameForm& n, bool f, Gender h) const {
    return name.parts == n.parts && name.suffix == n.suffix && name.lead == n.lead &&
           name.lead_is_initial == n.lead_is_initial && full == f && honorific == h;
  }
};

struct Entity {
  std::vector<size_t> mentions;  // indices into the mention list
  std::vector<EntityForm> forms;  // distinct, so matching costs the same however often a name recurs
  Gender first_name = Gender::Unknown;  // from the first word of a full name ("Melania")
  bool first_name_certain = false;      // ... borne by one sex 99% of the time ("Michael")
  int male = 0, female = 0;             // honorifics seen ("Mr", "Mrs")
};

// A name form the propagator spreads, exactly as written: its words are the texts of the
// tokens of the mention it was first seen as, tokens [first, first + size), so a form holds no
// list of its own.
struct SpreadForm {
  size_t first = 0;
  size_t size = 0;
  int entity = -1;  // -1 when two people share the form
  std::u16string_view word(const Document& doc, size_t k) const { return doc.token_text(first + k); }
};

}  // namespace

// The linker's string maps, kept from document to document by the stage, so their keys and
// lists reuse their memory (flat_string_map.h); a huge document's are released once it is done.
struct PersonLinker::Maps {
  FlatStringMap<std::vector<int>> by_part;  // part -> people with a form holding it
  FlatStringMap<std::vector<int>> by_key;   // a full form's parts -> its people
  FlatStringMap<uint8_t> surnames;          // the propagator's last parts of full names: a set (values unread)
  FlatStringMap<std::vector<SpreadForm>> forms;  // the propagator's forms by first word
  void release_if_large() {
    by_part.release_if_large();
    by_key.release_if_large();
    surnames.release_if_large();
    forms.release_if_large();
  }
};

namespace {

using LinkerMaps = PersonLinker::Maps;

bool same_sentence(const Document& doc, size_t a, size_t b) { return doc.tokens[a].sentence == doc.tokens[b].sentence; }

// The tokens a span covers; false when it covers none.
bool token_range(const Document& doc, Span s, size_t* first, size_t* end) {
  size_t f = doc.token_at_or_after(s.start);
  size_t e = f;
  while (e < doc.tokens.size() && doc.tokens[e].span.start < s.end) ++e;
  if (f == e) return false;
  *first = f;
  *end = e;
  return true;
}

// The name right before `next` heads a phrase that is not a person: "Trump administration".
bool heads_non_person(const Document& doc, size_t last, size_t next) {
  return next < doc.tokens.size() && same_sentence(doc, last, next) && is_non_person_head(doc.token_text(next));
}

// "her book, Confidence Man, which ...", "the film “Bob Roberts”.": a name set off right after a
// work noun is the work's title. A following verb keeps it a person ("In his book, Trump writes").
bool names_a_work(const Document& doc, size_t first, size_t end) {
  size_t k = first;
  if (k > 0 && doc.tokens[k - 1].has(kOpenQuote)) --k;
  if (k > 0 && doc.token_text(k - 1) == u",") --k;
  if (k == 0 || !same_sentence(doc, k - 1, first) || !is_work_noun(FoldedWord(doc.token_text(k - 1)))) return false;
  return end >= doc.tokens.size() || !same_sentence(doc, first, end) || doc.tokens[end].has(kPunct);
}

void read_honorific(const Document& doc, Mention& m) {
  if (m.first == 0 || !same_sentence(doc, m.first - 1, m.first)) return;
  FoldedWord w(doc.token_text(m.first - 1));
  if (is_honorific(w)) m.honorific = honorific_gender(w);
}

// The tagger's per-mention people, cleaned: honorifics, possessives and anything past the
// sentence trimmed off defensively, mentions heading a non-person phrase or naming a work
// dropped, overlaps resolved in favour of the longer.
std::vector<Mention> collect_mentions(const Document& doc) {
  std::vector<Span> spans;
  spans.reserve(doc.people.size());  // (the tagger's people have a mention each)
  for (const Person& p : doc.people) spans.insert(spans.end(), p.mentions.begin(), p.mentions.end());
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Mention> out;
  out.reserve(spans.size());
  for (Span s : spans) {
    Mention m;
    if (s.empty() || s.end > doc.length() || !token_range(doc, s, &m.first, &m.end)) continue;
    while (m.end - m.first > 1 && is_honorific(FoldedWord(doc.token_text(m.first)))) ++m.first;
    while (m.end > m.first + 1 && !same_sentence(doc, m.first, m.end - 1)) --m.end;  // one sentence at most
    while (m.end > m.first && (doc.tokens[m.end - 1].has(kPossessive) || doc.tokens[m.end - 1].has(kPunct))) --m.end;
    if (m.end <= m.first || !doc.tokens[m.first].has(kWord)) continue;
    if (heads_non_person(doc, m.end - 1, m.end) || names_a_work(doc, m.first, m.end)) continue;
    // "Logan Act" itself; but "Tower" ends a person's name too ("Alexandra Tower").
    std::u16string_view last = doc.token_text(m.end - 1);
    if (m.end - m.first > 1 && is_non_person_head(last) && last != u"Tower") continue;
    m.span = Span{doc.tokens[m.first].span.start, doc.tokens[m.end - 1].span.end};
    if (!out.empty() && m.span.start < out.back().span.end) continue;
    m.form = parse_name(doc.view(m.span));
    if (m.form.parts.empty()) continue;
    read_honorific(doc, m);
    out.push_back(std::move(m));
  }
  return out;
}

class Linker {
 public:
  Linker(const Document& doc, std::vector<Mention>& mentions, LinkerMaps& maps)
      : doc_(doc), mentions_(mentions), by_part_(maps.by_part), by_key_(maps.by_key) {
    by_part_.clear();
    by_key_.clear();
  }

  std::vector<Entity> link() {
    // Full names first, so a bare surname can go to a person named anywhere in the article.
    for (size_t i = 0; i < mentions_.size(); ++i) {
      if (mentions_[i].full()) assign(i, best_full_match(mentions_[i]));
    }
    for (size_t i = 0; i < mentions_.size(); ++i) {
      if (!mentions_[i].full()) assign(i, best_short_match(mentions_[i]));
    }
    return std::move(entities_);
  }

  // Strong evidence: what the article's honorifics say ("Mr", "Mrs"), else a first name borne
  // by one sex 99% of the time ("Michael Howard" is not "Mrs Howard").
  static Gender certain_gender(const Entity& e) {
    if (e.male != e.female) return e.male > e.female ? Gender::Male : Gender::Female;
    return e.first_name_certain ? e.first_name : Gender::Unknown;
  }

  // That, or else the first name's usual gender: weaker ("Ashley Young" is "Mr Young").
  static Gender gender(const Entity& e) {
    Gender g = certain_gender(e);
    return g != Gender::Unknown ? g : e.first_name;
  }

 private:
  void assign(size_t i, int entity) {
    if (entity < 0) {
      entity = static_cast<int>(entities_.size());
      entities_.emplace_back();
    }
    Mention& m = mentions_[i];
    Entity& e = entities_[entity];
    m.entity = entity;
    e.mentions.push_back(i);
    e.male += m.honorific == Gender::Male;
    e.female += m.honorific == Gender::Female;
    if (m.full() && e.first_name == Gender::Unknown) {
      std::u16string_view text = doc_.view(m.span);
      e.first_name = first_name_gender(text.substr(0, text.find(u' ')), &e.first_name_certain);
    }
    // A form the person already has (most mentions repeat one) is settled before it is copied.
    if (std::any_of(e.forms.begin(), e.forms.end(), [&](const EntityForm& f) { return f.same_as(m.form, m.full(), m.honorific); })) {
      return;
    }
    EntityForm form{m.form, m.full(), m.honorific};
    for (const std::u16string& part : form.name.parts) {
      std::vector<int>& list = by_part_[part];
      if (list.empty() || list.back() != entity) list.push_back(entity);
    }
    if (form.full) by_key_[key(form.name.parts.begin(), form.name.parts.end(), form.name.suffix)].push_back(entity);
    e.forms.push_back(std::move(form));
  }

  // The by_key_ key of a run of parts, written into one buffer the linker keeps: this runs for
  // every run of parts of every full name, and a lookup then allocates nothing.
  const std::u16string& key(std::vector<std::u16string>::const_iterator first,
                            std::vector<std::u16string>::const_iterator last, const std::u16string& suffix) const {
    key_.clear();
    for (; first != last; ++first) {
      key_ += *first;
      key_ += u'|';
    }
    key_ += u'#';
    key_ += suffix;
    return key_;
  }

  // The key of a name's first and last parts ("Donald John Trump": donald|trump|#).
  const std::u16string& ends_key(const std::vector<std::u16string>& parts, const std::u16string& suffix) const {
    key_.clear();
    key_ += parts.front();
    key_ += u'|';
    key_ += parts.back();
    key_ += u"|#";
    key_ += suffix;
    return key_;
  }

  // People with a form holding every part of this mention (the rarest part's list is enough),
  // and, for a full name, people whose full name is a run of its parts or its first and last
  // parts ("Donald Trump" for "Donald John Trump"). Each person once.
  const std::vector<int>& possible(const Mention& m) const {
    std::vector<int>& out = possible_;
    out.clear();
    seen_.resize(entities_.size(), 0);
    ++stamp_;
    auto add = [&](int e) {
      if (seen_[e] != stamp_) {
        seen_[e] = stamp_;
        out.push_back(e);
      }
    };
    const std::vector<int>* rarest = nullptr;
    for (const std::u16string& part : m.form.parts) {
      const std::vector<int>* with_part = by_part_.find(part);
      if (!with_part) {
        rarest = nullptr;
        break;
      }
      if (!rarest || with_part->size() < rarest->size()) rarest = with_part;
    }
    if (rarest) {
      for (int e : *rarest) add(e);
    }
    if (m.full()) {
      const auto& parts = m.form.parts;
      for (size_t a = 0; a < parts.size(); ++a) {
        for (size_t b = a + 1; b <= parts.size(); ++b) {
          const std::vector<int>* with_key = by_key_.find(key(parts.begin() + a, parts.begin() + b, m.form.suffix));
          if (!with_key) continue;
          for (int e : *with_key) add(e);
        }
      }
      if (parts.size() > 2) {
        if (const std::vector<int>* with_key = by_key_.find(ends_key(parts, m.form.suffix))) {
          for (int e : *with_key) add(e);
        }
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // Among tied candidates: the person the article has mentioned most so far, then the one it
  // introduced first (the article's subject, usually).
  int most_dominant(const std::vector<int>& candidates) const {
    int best = -1;
    for (int e : candidates) {
      if (best < 0 || entities_[e].mentions.size() > entities_[best].mentions.size()) best = e;
    }
    return best;
  }

  int best_full_match(const Mention& m) const {
    std::vector<int>& candidates = candidates_;
    candidates.clear();
    for (int e : possible(m)) {
      for (const EntityForm& f : entities_[e].forms) {
        if (f.full && same_person_name(m.form, f.name)) {
          candidates.push_back(e);
          break;
        }
      }
    }
    return most_dominant(candidates);
  }

  int best_short_match(const Mention& m) const {
    std::vector<int>& candidates = candidates_;
    candidates.clear();
    for (int e : possible(m)) {
      for (const EntityForm& f : entities_[e].forms) {
        if (contiguous_in(m.form.parts, f.name.parts)) {
          candidates.push_back(e);
          break;
        }
      }
    }
    // "Mrs Trump" is not Donald: drop the people certainly of the other gender; among several,
    // prefer the same gender (by a less certain first name too), then the unknown.
    if (m.honorific != Gender::Unknown) {
      std::vector<int> kept, same, unknown;
      for (int e : candidates) {
        Gender strong = certain_gender(entities_[e]);
        if (strong != Gender::Unknown && strong != m.honorific) continue;
        kept.push_back(e);
        Gender g = gender(entities_[e]);
        if (g == m.honorific) same.push_back(e);
        if (g == Gender::Unknown) unknown.push_back(e);
      }
      candidates = kept.size() <= 1 ? kept : !same.empty() ? same : !unknown.empty() ? unknown : kept;
    }
    if (candidates.size() <= 1) return candidates.empty() ? -1 : candidates[0];
    // The article already used this bare form (with the same kind of honorific) for one of them.
    std::vector<int> used;
    for (int e : candidates) {
      for (const EntityForm& f : entities_[e].forms) {
        if (!f.full && f.name.parts == m.form.parts && f.honorific == m.honorific) {
          used.push_back(e);
          break;
        }
      }
    }
    if (used.size() == 1) return used[0];
    // A shared surname goes to the dominant person; a shared first name ("Donald" with Donald
    // Trump and Donald Tusk in the article) is too ambiguous to link.
    bool surname_of_some = false;
    for (int e : candidates) {
      for (const EntityForm& f : entities_[e].forms) {
        if (f.full && f.name.parts.size() >= m.form.parts.size() &&
            std::equal(m.form.parts.rbegin(), m.form.parts.rend(), f.name.parts.rbegin())) {
          surname_of_some = true;
        }
      }
    }
    if (!surname_of_some) return -1;
    return most_dominant(candidates);
  }

  const Document& doc_;
  std::vector<Mention>& mentions_;
  std::vector<Entity> entities_;
  FlatStringMap<std::vector<int>>& by_part_;  // part -> people with a form holding it
  FlatStringMap<std::vector<int>>& by_key_;   // a full form's parts -> its people
  mutable std::vector<uint32_t> seen_;                             // scratch for possible()
  mutable std::u16string key_;                                     // scratch for key()
  mutable std::vector<int> possible_, candidates_;                 // scratch for possible() and the matches
  mutable uint32_t stamp_ = 0;
};

// The fullest form the article uses: most parts, not a headline's ALL CAPS, first seen.
size_t display_mention(const std::vector<Mention>& mentions, const Entity& e) {
  size_t best = e.mentions.front();
  for (size_t i : e.mentions) {
    const Mention& a = mentions[i];
    const Mention& b = mentions[best];
    size_t fa = fullness(a.form), fb = fullness(b.form);
    if (fa != fb ? fa > fb : (!a.form.all_caps && b.form.all_caps)) best = i;
  }
  return best;
}

// A lower-case word that can follow a person's name as its verb or a function word ("said",
// "claims", "is", "who", "and"), unlike a noun the name would be modifying ("factory").
// Without part-of-speech tags this is a guess from endings and a few short words.
bool verb_like(std::u16string_view w) {
  if (is_closed_class(w)) return true;
  static constexpr std::u16string_view kShortVerbs[] = {
      u"is", u"was", u"has", u"had", u"will", u"would", u"can", u"could", u"may", u"might", u"must", u"should",
      u"did", u"does", u"do", u"said", u"told", u"went", u"won", u"lost", u"got", u"made", u"took", u"gave",
      u"left", u"came", u"became", u"wrote", u"met", u"saw", u"knew", u"thought", u"spoke", u"ran", u"began",
      u"led", u"fell", u"rose", u"sat", u"stood", u"threw", u"broke", u"chose", u"drove", u"flew", u"grew",
      u"hit", u"kept", u"let", u"put", u"read", u"sent", u"set", u"shot", u"sold", u"spent", u"struck",
      u"swore", u"taught", u"brought", u"bought", u"caught", u"fought", u"felt", u"found", u"heard", u"held",
      u"paid", u"meant", u"beat", u"quit", u"cut", u"hid", u"bit", u"drew", u"froze", u"rode", u"sang",
      u"sank", u"slept", u"stole", u"swam", u"wore", u"wept", u"who", u"whose", u"himself", u"herself",
      u"also", u"then", u"now", u"still", u"never", u"always", u"again", u"too", u"alone"};
  if (std::find(std::begin(kShortVerbs), std::end(kShortVerbs), w) != std::end(kShortVerbs)) return true;
  auto ends = [&](std::u16string_view suffix) {
    return w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix;
  };
  return ends(u"s") || ends(u"ed") || ends(u"ing") || ends(u"ly");
}

// Adds exact, word-bounded occurrences of a linked person's name forms that the tagger missed.
class Propagator {
 public:
  Propagator(const Document& doc, std::vector<Mention>& mentions, std::vector<Entity>& entities, LinkerMaps& maps)
      : doc_(doc), mentions_(mentions), entities_(entities), forms_(maps.forms), surnames_(maps.surnames) {
    forms_.clear();
  }

  void run() {
    collect_forms();
    std::vector<uint8_t> owned(doc_.tokens.size(), 0);  // bytes, not bits: read for every token
    for (const Mention& m : mentions_) std::fill(owned.begin() + m.first, owned.begin() + m.end, true);
    const size_t n_before = mentions_.size();
    const size_t n = doc_.tokens.size();
    for (size_t t = next_form_start(doc_, owned.data(), first_words_, 0); t < n;
         t = next_form_start(doc_, owned.data(), first_words_, t + 1)) {
      const std::vector<Form>* forms = forms_.find(doc_.token_text(t));
      if (!forms) continue;
      for (const Form& f : *forms) {
        if (f.entity < 0 || !matches(f, t, owned)) continue;
        Mention m;
        m.first = t;
        m.end = t + f.size;
        m.span = Span{doc_.tokens[m.first].span.start, doc_.tokens[m.end - 1].span.end};
        m.form = parse_name(doc_.view(m.span));
        read_honorific(doc_, m);
        if (m.honorific != Gender::Unknown) {
          Gender g = Linker::gender(entities_[f.entity]);
          if (g != Gender::Unknown && g != m.honorific) continue;
        }
        m.entity = f.entity;
        std::fill(owned.begin() + m.first, owned.begin() + m.end, true);
        mentions_.push_back(std::move(m));
        break;
      }
    }
    for (size_t i = n_before; i < mentions_.size(); ++i) entities_[mentions_[i].entity].mentions.push_back(i);
  }

 private:
  using Form = SpreadForm;

  // The first token from `t` on that may open a form: names are matched as written, and the
  // forms all open with a capital; most capitalised words open none (a bit of first_words for
  // the top 6 bits of each form's first word's hash_lower). A function of its own, not inlined:
  // the scan over every token then keeps its values in registers (inlined into the stage's one
  // large function, the wasm engine kept them on the stack).
  __attribute__((noinline)) static size_t next_form_start(const Document& doc, const uint8_t* owned,
                                                          uint64_t first_words, size_t t) {
    const size_t n = doc.tokens.size();
    for (; t < n; ++t) {
      const uint32_t flags = doc.tokens[t].flags;
      if (!(flags & kAlpha) || !(flags & (kTitle | kUpper)) || owned[t]) continue;
      if ((first_words >> (token_hash_lower(doc, t) >> 26)) & 1) return t;
    }
    return n;
  }

  // The form of tokens [first, end) as written. Most mentions repeat a form the person has, so
  // it is looked for among the forms before its words are copied out.
  void add_form(size_t first, size_t end, int entity) {
    const std::u16string_view front = doc_.token_text(first);
    first_words_ |= uint64_t{1} << (hash_lower(front) >> 26);
    auto& list = forms_[front];
    for (Form& f : list) {
      bool same = f.size == end - first;
      for (size_t k = 0; k < f.size && same; ++k) same = f.word(doc_, k) == doc_.token_text(first + k);
      if (same) {
        if (f.entity != entity) f.entity = -1;
        return;
      }
    }
    list.push_back(Form{first, end - first, entity});
  }

  // Only a person the article clearly names spreads: named in full, and either with a known
  // first name ("Roland de Marigny"), an honorific, or more than one mention from the tagger.
  // A lone single word the tagger called a person ("Chechnya") or a two-word organisation
  // it mistook for one ("Real Madrid", "Fiat Auto") would spread the mistake.
  bool worth_spreading(const Entity& e) const {
    bool named_in_full = false, independent = false;
    for (size_t i : e.mentions) {
      named_in_full |= mentions_[i].full();
      independent |= mentions_[i].honorific != Gender::Unknown || !mentions_[i].full();
    }
    if (!named_in_full) return false;
    if (independent) return true;
    const Mention& name = mentions_[display_mention(mentions_, e)];
    return first_name_gender(doc_.token_text(name.first)) != Gender::Unknown;
  }

  // Whether one of the person's own full names ends in this part.
  bool own_surname(size_t e, const std::u16string& part) const {
    return std::any_of(entities_[e].mentions.begin(), entities_[e].mentions.end(), [&](size_t i) {
      return mentions_[i].full() && mentions_[i].form.parts.back() == part;
    });
  }

  void collect_forms() {
    FlatStringMap<uint8_t>& surnames = surnames_;
    surnames.clear();
    for (const Mention& m : mentions_) {
      if (m.full()) surnames[m.form.parts.back()] = 1;  // (only whether a part is there is read)
    }
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (!worth_spreading(entities_[e])) continue;
      for (size_t i : entities_[e].mentions) {
        add_form(mentions_[i].first, mentions_[i].end, static_cast<int>(e));
      }
      // The surname of the fullest name, even when the article never used it alone yet; not when
      // the name opens with another person's surname ("Yeltsin endorses Lebed Chechnya peace
      // plan": the tagger joined a surname to a place).
      const Mention& name = mentions_[display_mention(mentions_, entities_[e])];
      if (surnames.contains(name.form.parts.front()) && !own_surname(e, name.form.parts.front())) continue;
      if (name.end - name.first >= 2 && doc_.tokens[name.end - 1].has(kAlpha) &&
          !is_generational_suffix(FoldedWord(doc_.token_text(name.end - 1)))) {
        add_form(name.end - 1, name.end, static_cast<int>(e));
      }
    }
  }

  bool matches(const Form& f, size_t t, const std::vector<uint8_t>& owned) const {
    size_t end = t + f.size;
    if (end > doc_.tokens.size()) return false;
    for (size_t k = 0; k < f.size; ++k) {
      if (owned[t + k] || !same_sentence(doc_, t, t + k) || doc_.token_text(t + k) != f.word(doc_, k)) return false;
    }
    if (end < doc_.tokens.size() && same_sentence(doc_, t, end)) {
      const Token& next = doc_.tokens[end];
      if (is_non_person_head(doc_.token_text(end))) return false;  // "Trump Tower", "Trump administration"
      if (owned[end] || (is_capitalised_word(next) && !next.has(kPossessive))) return false;  // a longer name
      if (f.size == 1 && next.has(kDigit)) return false;  // "May 5" is a date
      if (next.has(kLower) && next.has(kAlpha) && !verb_like(FoldedWord(doc_.token_text(end)))) {
        return false;  // "the new Aston factory", "Star Wars film": a name used as a modifier
      }
    }
    // "over ‘Michael Collins’": a name quoted on its own is a title.
    // (A straight quote after a space reads as opening, so either direction closes here.)
    if (t > 0 && end < doc_.tokens.size() && doc_.tokens[t - 1].has(kOpenQuote) &&
        doc_.tokens[end].has(kOpenQuote | kCloseQuote)) {
      return false;
    }
    if (t > 0 && same_sentence(doc_, t - 1, t)) {
      const Token& prev = doc_.tokens[t - 1];
      const FoldedWord folded(doc_.token_text(t - 1));
      const std::u16string_view w = folded;
      if (owned[t - 1]) return false;
      if (w == u"the") return false;  // "the Trump family"
      if (is_work_noun(folded)) return false;  // "the aircraft carrier Vinson"
      if (is_capitalised_word(prev) && !is_honorific(folded) && !is_role_noun(folded) && !is_role_modifier(folded) &&
          !is_closed_class(folded)) {
        return false;  // "Ivanka Trump", "Fort Trump": part of another name
      }
    }
    return true;
  }

  const Document& doc_;
  std::vector<Mention>& mentions_;
  std::vector<Entity>& entities_;
  FlatStringMap<std::vector<Form>>& forms_;  // by first word
  FlatStringMap<uint8_t>& surnames_;         // last parts of full names, as a set
  uint64_t first_words_ = 0;  // a bit for the top 6 bits of each form's first word's hash_lower: a cheap test before forms_
};

}  // namespace

PersonLinker::PersonLinker() : maps_(std::make_unique<Maps>()) {}
PersonLinker::~PersonLinker() = default;

void PersonLinker::run(Document& doc) {
  std::vector<Mention> mentions = collect_mentions(doc);
  Linker linker(doc, mentions, *maps_);
  std::vector<Entity> entities = linker.link();
  Propagator(doc, mentions, entities, *maps_).run();
  maps_->release_if_large();  // (the rest of the stage reads the mentions and people only)

  std::vector<int> owner(doc.tokens.size(), -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    std::fill(owner.begin() + mentions[i].first, owner.begin() + mentions[i].end, static_cast<int>(i));
  }

  // People in the order the article first names them.
  std::vector<std::pair<uint32_t, size_t>> order;
  for (size_t i = 0; i < entities.size(); ++i) {
    uint32_t first = UINT32_MAX;
    for (size_t m : entities[i].mentions) first = std::min(first, mentions[m].span.start);
    order.emplace_back(first, i);
  }
  std::sort(order.begin(), order.end());
  std::vector<Person> people;
  people.reserve(order.size());
  for (const auto& [first, index] : order) {
    const Entity& e = entities[index];
    Person p;
    p.name = std::u16string(doc.view(mentions[display_mention(mentions, e)].span));
    p.mentions.reserve(e.mentions.size());
    for (size_t i : e.mentions) {
      p.mentions.push_back(mentions[i].span);
      for (Span d : role_descriptors(doc, mentions[i].first, mentions[i].end, owner)) p.descriptors.push_back(d);
    }
    auto by_start = [](Span a, Span b) { return a.start != b.start ? a.start < b.start : a.end < b.end; };
    std::sort(p.mentions.begin(), p.mentions.end(), by_start);
    std::sort(p.descriptors.begin(), p.descriptors.end(), by_start);
    p.descriptors.erase(std::unique(p.descriptors.begin(), p.descriptors.end()), p.descriptors.end());
    people.push_back(std::move(p));
  }
  add_definite_role_descriptors(doc, owner, people);
  doc.people = std::move(people);
}

}  // namespace newsmark
