#include "stages/source_types.h"

#include <algorithm>

#include "stages/word_set.h"

namespace newsmark {

namespace {

const WordSet kPersonalPronouns{u"he", u"she", u"they", u"i", u"we", u"you", u"it"};
const WordSet kMale{u"he", u"him", u"his", u"mr", u"mr."};
const WordSet kFemale{u"she", u"her", u"hers", u"ms", u"ms.", u"mrs", u"mrs.", u"miss"};
const WordSet kDocumentNouns{
    u"book", u"books", u"report", u"reports", u"study", u"studies", u"poll", u"polls", u"polling", u"survey",
    u"surveys", u"memo", u"memos", u"letter", u"letters", u"statement", u"statements", u"document", u"documents",
    u"filing", u"filings", u"lawsuit", u"suit", u"complaint", u"indictment", u"article", u"articles", u"analysis",
    u"data", u"records", u"record", u"email", u"emails", u"e-mail", u"tweet", u"tweets", u"post", u"video", u"ad",
    u"ads", u"advertisement", u"research", u"paper", u"investigation", u"review", u"transcript", u"transcripts",
    u"documentary", u"biography", u"memoir", u"column", u"editorial", u"op-ed", u"release", u"estimate",
    u"estimates", u"figures", u"census", u"audit", u"affidavit", u"ruling", u"order", u"bill", u"law", u"platform",
    u"speech", u"message", u"note", u"notes", u"website", u"page", u"blog", u"footage", u"recording", u"tape",
    u"account", u"accounts", u"findings", u"results", u"numbers", u"statistics", u"models", u"projections"};
const WordSet kAnonymousNouns{
    u"source", u"sources", u"official", u"officials", u"people", u"person", u"aide", u"aides", u"insider",
    u"insiders", u"adviser", u"advisers", u"advisor", u"advisors", u"staffer", u"staffers", u"diplomat",
    u"diplomats", u"someone", u"somebody", u"critics", u"experts", u"analysts", u"observers", u"others",
    u"individuals", u"allies", u"associates", u"confidants", u"employees", u"investigators", u"witnesses",
    u"insiders", u"operative", u"operatives", u"strategist", u"strategists", u"some", u"many", u"several"};
const WordSet kOrgWords{
    u"department", u"ministry", u"party", u"committee", u"campaign", u"company", u"government", u"administration",
    u"agency", u"police", u"court", u"council", u"office", u"commission", u"house", u"senate", u"congress",
    u"board", u"group", u"union", u"association", u"network", u"times", u"post", u"news", u"journal", u"cnn",
    u"nbc", u"abc", u"cbs", u"fox", u"msnbc", u"reuters", u"ap", u"bbc", u"pentagon", u"kremlin", u"fbi", u"cia",
    u"nato", u"un", u"university", u"institute", u"foundation", u"center", u"centre", u"bank", u"corp", u"inc",
    u"firm", u"organization", u"organisation", u"service", u"bureau", u"team", u"coalition", u"embassy",
    u"army", u"military", u"parliament", u"cabinet", u"republicans", u"democrats", u"conservatives", u"liberals",
    u"voters", u"americans", u"gop", u"rnc", u"dnc", u"state", u"city", u"county", u"school", u"magazine",
    u"newspaper", u"paper", u"outlet", u"station", u"politico", u"breitbart", u"huffpost", u"axios", u"country"};
const WordSet kPersonNouns{
    u"spokesman", u"spokeswoman", u"spokesperson", u"lawyer", u"attorney", u"president", u"senator",
    u"governor", u"minister", u"secretary", u"director", u"chairman", u"chairwoman", u"ceo", u"man", u"woman",
    u"leader", u"candidate", u"mayor", u"judge", u"professor", u"author", u"correspondent", u"reporter", u"host",
    u"manager", u"nominee", u"himself", u"herself", u"chief", u"founder", u"economist", u"pollster", u"mother",
    u"father", u"wife", u"husband", u"son", u"daughter", u"friend", u"doctor", u"physician", u"congressman",
    u"congresswoman", u"lawmaker", u"speaker", u"representative", u"ambassador", u"general", u"commissioner"};
const WordSet kIndefinite{u"a", u"an", u"one", u"two", u"three", u"several", u"some", u"another", u"many"};
const WordSet kReflexive{u"himself", u"herself", u"themselves", u"itself"};
const WordSet kHeadStop{u"who", u"which", u"that", u"of", u"for", u"at", u"in", u"from", u"on", u",", u"with"};

bool title_or_upper(const Token& t) { return t.has(kTitle) || (t.has(kUpper) && t.has(kAlpha)); }

}  // namespace

bool is_personal_pronoun(uint32_t w) { return kPersonalPronouns.contains(w); }
bool is_anonymous_head(uint32_t w) { return kAnonymousNouns.contains(w); }
bool is_document_head(uint32_t w) { return kDocumentNouns.contains(w); }
bool is_source_head(uint32_t w) {
  return kDocumentNouns.contains(w) || kAnonymousNouns.contains(w) || kPersonNouns.contains(w) || kOrgWords.contains(w);
}

void MentionIndex::build(const Document& doc, const std::vector<uint32_t>& words) {
  mentions_.clear();
  descriptors_.clear();
  gender_.assign(doc.people.size(), 0);
  for (size_t i = 0; i < doc.people.size(); ++i) {
    for (const Span& m : doc.people[i].mentions) {
      mentions_.push_back({m, static_cast<int>(i)});
      // Gender implied by the honorific right before a mention.
      const size_t t = doc.token_at_or_after(m.start);
      if (t == 0 || t >= doc.tokens.size() || !doc.tokens[t - 1].has(kTitle)) continue;
      const uint32_t prev = words[t - 1];
      if (kMale.contains(prev)) gender_[i] = 1;
      if (kFemale.contains(prev) && prev != hash_lower(u"her")) gender_[i] = 2;
    }
    for (const Span& d : doc.people[i].descriptors) descriptors_.push_back({d, static_cast<int>(i)});
  }
  const auto by_start = [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; };
  std::sort(mentions_.begin(), mentions_.end(), by_start);
  std::sort(descriptors_.begin(), descriptors_.end(), by_start);
}

int MentionIndex::person_overlapping(Span span) const { return overlapping(mentions_, span); }

int MentionIndex::person_described(Span span) const { return overlapping(descriptors_, span); }

int MentionIndex::overlapping(const std::vector<Mention>& sorted, Span span) {
  // The first mention starting at or after span.end is past it; walk back over the few before.
  auto it = std::lower_bound(sorted.begin(), sorted.end(), span.end,
                             [](const Mention& m, uint32_t at) { return m.span.start < at; });
  for (int n = 0; it != sorted.begin() && n < 16; ++n) {
    --it;
    if (it->span.start < span.end && span.start < it->span.end) return it->person;
  }
  return -1;
}

int MentionIndex::resolve_pronoun(const Document& doc, const std::vector<uint32_t>& words, uint32_t t) const {
  const uint32_t w = words[t];
  const int want = kMale.contains(w) ? 1 : kFemale.contains(w) ? 2 : 0;
  if (want == 0) return -1;
  const uint32_t at = doc.tokens[t].span.start;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), at,
                             [](const Mention& m, uint32_t pos) { return m.span.start < pos; });
  // The nearest earlier mentions first; a bounded look-back keeps long texts linear.
  for (int n = 0; it != mentions_.begin() && n < 200; ++n) {
    --it;
    if (it->span.end > at) continue;
    const int g = gender_[static_cast<size_t>(it->person)];
    if (g == 0 || g == want) return it->person;
  }
  return -1;
}

SourceInfo classify_source(const Document& doc, const std::vector<uint32_t>& words, const MentionIndex& people,
                           uint32_t first, uint32_t end) {
  SourceInfo info;
  if (first >= end) return info;
  if (end - first == 1 && kPersonalPronouns.contains(words[first])) {
    info.type = SourceType::Pronoun;
    info.person = people.resolve_pronoun(doc, words, first);
    return info;
  }
  // The head: the last word of the first segment (before ",", "who", "of" ...).
  uint32_t head = first;
  bool any_title = false, any_org = false;
  for (uint32_t t = first; t < end; ++t) {
    if (t > first && (kHeadStop.contains(words[t]) || doc.token_text(t) == u",")) break;
    if (doc.tokens[t].has(kWord) && !kReflexive.contains(words[t])) head = t;
  }
  for (uint32_t t = first; t < end; ++t) {
    if (!doc.tokens[t].has(kWord)) continue;
    if (kOrgWords.contains(words[t])) any_org = true;
    if (title_or_upper(doc.tokens[t]) && !(t == first && doc.tokens[t].has(kSentenceStart))) any_title = true;
  }
  const uint32_t h = words[head];
  const Token& ht = doc.tokens[head];
  // A document stays a document when a person names it ("Haberman's book").
  if (kDocumentNouns.contains(h)) {
    info.type = SourceType::Document;
    return info;
  }
  // A named person the people stage found.
  const Span span{doc.tokens[first].span.start, doc.tokens[end - 1].span.end};
  const int person = people.person_overlapping(span);
  if (person >= 0) {
    info.type = SourceType::Person;
    info.person = person;
    return info;
  }
  if (kAnonymousNouns.contains(h)) info.type = SourceType::Anonymous;
  else if (kOrgWords.contains(h) || (ht.has(kUpper) && ht.has(kAlpha) && ht.span.size() >= 2)) info.type = SourceType::Organization;
  else if (kPersonNouns.contains(h)) {
    // "one senator", "a spokesman": a role with no name is an anonymous source.
    info.type = kIndefinite.contains(words[first]) && !any_title ? SourceType::Anonymous : SourceType::Person;
    // "the president" is the person the people stage tied that role phrase to.
    if (info.type == SourceType::Person) info.person = people.person_described(ht.span);
  }
  else if (any_org && any_title) info.type = SourceType::Organization;
  else if (ht.has(kTitle)) info.type = SourceType::Person;
  else if (any_title) info.type = SourceType::Person;
  else info.type = SourceType::Organization;
  return info;
}

}  // namespace newsmark
