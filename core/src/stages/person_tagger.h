// Stage 2: person names, one Person per mention, in text order (PersonLinker then groups
// them into people). A trained BIO tagger (averaged perceptron over hashed features, see
// person_features.h and person_model.h) with Viterbi decoding per sentence, in two passes:
// the second knows which words the first found inside names elsewhere in the document.
// Small rules then fix what the statistics cannot see: titles are not part of the mention
// ("Mr [Trump]"), and a name followed by a head like "Act" or "administration" names a law
// or a government, not a person.
#pragma once

#include <vector>

#include "newsmark/pipeline.h"
#include "stages/person_features.h"
#include "stages/person_model.h"

namespace newsmark {

// Spans of person names as token ranges [first, end).
struct TokenRange {
  size_t first = 0;
  size_t end = 0;
};

// Best BIO tags of tokens [first, end) given per-token tag scores (scores[i * 3 + tag]),
// with tokens that are not candidates held to O and I only after B or I.
void decode_person_tags(const std::vector<PersonTokenInfo>& info, const float* scores, size_t first, size_t end,
                        const float (&transitions)[kTransitionRows][kPersonTags], uint8_t* tags,
                        std::vector<float>& scratch, std::vector<uint8_t>& back);

// Tag rules: a name of "something else" that starts with an honorific ("Mr Trump") or with a
// person's initials ("J.K. Rowling", read like "U.S. Steel") is a person's name.
void relabel_other_names(const std::vector<PersonTokenInfo>& info, std::vector<uint8_t>& tags);

// Person name spans read off the tags.
std::vector<TokenRange> person_spans(const std::vector<uint8_t>& tags);

// The words of found person names (spans) and of other names (tags), for the second pass.
void collect_person_evidence(const std::vector<PersonTokenInfo>& info, const std::vector<TokenRange>& spans,
                             const std::vector<uint8_t>& tags, PersonEvidence* ev);

// The surname of a full name found in the document is that person wherever it stands alone,
// even where the tagger read it as something else ("Trump's lawyers" after "Donald Trump").
void propagate_surnames(const std::vector<PersonTokenInfo>& info, std::vector<uint8_t>& tags);

// One sense per document: a span whose every word is more often tagged as the name of
// something else in the document than as a person's ("Monsanto" once a person, five times a
// firm) is dropped.
std::vector<TokenRange> vote_by_document(const std::vector<PersonTokenInfo>& info, const std::vector<uint8_t>& tags,
                                         std::vector<TokenRange> spans);

// The rules after tagging: drops titles at a span's start, particles at its end, spans that
// are only titles, spans followed by a non-person head ("Logan Act"), spans right after a
// work noun ("his book, Confidence Man"), a lone name right after a determiner ("an Oscar"),
// and hyphenated place names with a lower-case middle ("Mar-a-Lago").
std::vector<TokenRange> apply_person_rules(const Document& doc, const std::vector<PersonTokenInfo>& info,
                                           std::vector<TokenRange> spans);

// One sense per document, for lone words: a one-word name is dropped when apply_person_rules
// refused the same word alone elsewhere in the document as the name of a thing ("the Mac",
// "the film Ray", "Rover Group") and the document never gives it as a person's (in a longer
// name, or after a title or honorific). `found`: the spans before apply_person_rules, `kept`:
// after. (The model's own tags for other names are too noisy here: counting them as well
// dropped 52 person mentions of 186 on BBC, "Juninho", "Wenger".)
std::vector<TokenRange> drop_lone_names_of_things(const std::vector<PersonTokenInfo>& info,
                                                  const std::vector<TokenRange>& found, std::vector<TokenRange> kept);

class PersonTagger : public Stage {
 public:
  // The model and lexicon compiled into the core; throws std::runtime_error when the
  // embedded model is missing or broken.
  PersonTagger();
  // A given model (the training program evaluates its fresh model this way).
  PersonTagger(const PersonModel& model, const PersonLexicon& lexicon);

  const char* name() const override { return "person_tagger"; }
  std::vector<std::string> requires_layers() const override { return {"tokens", "sentences"}; }
  std::vector<std::string> assigns_layers() const override { return {"people"}; }
  void run(Document& doc) override;

 private:
  // Sets (or, with `add`, adds to) token i's tag scores the weights of `features`.
  void score(size_t i, const uint32_t* features, size_t count, bool add);
  const PersonModel& model_;
  PersonFeatures features_;
  PersonEvidence evidence_;
  // run()'s tables for vote_by_document_at, drop_lone_names_of_things_at,
  // drop_lone_common_words_at, drop_lone_other_names_at and propagate_surnames_at, kept between documents (the public
  // vote_by_document, drop_lone_names_of_things and propagate_surnames use their own)
  WordCounts in_person_, in_other_;
  WordCounts surnames_;
  std::vector<float> scores_;
  std::vector<uint8_t> tags_;
  std::vector<float> scratch_;
  std::vector<uint8_t> back_;
  std::vector<uint8_t> dirty_;
  std::vector<uint8_t> doubtful_;  // drop_lone_common_words_at's and drop_lone_other_names_at's flag for each span
};

}  // namespace newsmark
