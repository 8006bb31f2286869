#include "stages/headline_words.h"

#include "stages/person_lexicon.h"

namespace newsmark {

bool common_word_opening_sentence(const Document& doc, size_t i) {
  const Token& t = doc.tokens[i];
  if (!t.has(kTitle)) return false;
  for (size_t k = doc.sentences[t.sentence].first_token; k < i; ++k) {
    if (doc.tokens[k].has(kWord)) return false;
  }
  return PersonLexicon::embedded().is_common_lower(hash_lower(doc.token_text(i)));
}

}  // namespace newsmark
