// Definite role phrases that stand alone and point back to a person the article has already
// tied to that role: "Former President ... Donald Trump ... the former president alleges",
// "North Korean leader Kim Jong-un ... the North Korean despot". A phrase is given to a person
// only when the words it shares with that person's own descriptors say so: every capitalised
// modifier ("North Korean") must be among them, and the head noun or a capitalised modifier
// must match. Ties go to the person mentioned last before the phrase; a phrase before any
// candidate is mentioned is left alone. "the Chinese president" is nobody's in an article
// whose only president is Mr Biden.
#pragma once

#include <vector>

#include "newsmark/document.h"

namespace newsmark {

// Adds such phrases to people[i].descriptors. `owner[t]` >= 0 marks tokens of person mentions.
// The people's current descriptors (from role_descriptors) are the evidence; the phrases
// added here are not used as evidence for one another.
void add_definite_role_descriptors(const Document& doc, const std::vector<int>& owner, std::vector<Person>& people);

}  // namespace newsmark
