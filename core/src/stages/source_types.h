// What kind of source a noun phrase is: a named person, an organization, a document, an
// anonymous source or a pronoun. Decided from the phrase's head word and its capitals,
// and from the people stage's mentions when they are there.
#pragma once

#include <cstdint>
#include <vector>

#include "newsmark/document.h"

namespace newsmark {

struct SourceInfo {
  SourceType type = SourceType::None;
  int person = -1;  // index into doc.people when the phrase names (or a pronoun resolves to) one
};

// The people stage's mentions in text order, with each person's gender as their honorifics
// show it ("Mr", "Ms"), built once per document so that linking a source is a binary search.
class MentionIndex {
 public:
  // `words` holds the lower-case hash of every token of the document (as CueContext::word).
  void build(const Document& doc, const std::vector<uint32_t>& words);
  // The person with a mention overlapping `span`, or -1.
  int person_overlapping(Span span) const;
  // The person the people stage tied a role phrase overlapping `span` to ("the president" after
  // "President Joe Biden"), or -1.
  int person_described(Span span) const;
  // The person a he/she pronoun at token t most likely means: the nearest earlier mention of a
  // person whose honorifics do not contradict it. -1 when none.
  int resolve_pronoun(const Document& doc, const std::vector<uint32_t>& words, uint32_t t) const;

 private:
  struct Mention {
    Span span;
    int person;
  };
  // Of all mentions (or descriptors) sorted by start, the person of one overlapping `span`.
  static int overlapping(const std::vector<Mention>& sorted, Span span);

  std::vector<Mention> mentions_;     // sorted by start
  std::vector<Mention> descriptors_;  // sorted by start
  std::vector<int> gender_;        // per person: 0 unknown, 1 male, 2 female
};

// The source phrase covers tokens [first, end).
SourceInfo classify_source(const Document& doc, const std::vector<uint32_t>& words, const MentionIndex& people,
                           uint32_t first, uint32_t end);

bool is_personal_pronoun(uint32_t word_hash);
bool is_anonymous_head(uint32_t word_hash);
bool is_document_head(uint32_t word_hash);
// A document, anonymous, person-role or organization noun.
bool is_source_head(uint32_t word_hash);

}  // namespace newsmark
