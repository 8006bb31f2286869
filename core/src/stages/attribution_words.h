// The closed word lists of the attribution rules (auxiliaries, determiners, clause words,
// openers, reporting verbs that invert ...), shared by the phrase walkers and the stage.
#pragma once

#include <cstdint>

#include "stages/feature_hash.h"
#include "stages/word_set.h"

namespace newsmark::attribution_words {

// Words between a subject and its reporting verb that belong to the cue ("has also said").
inline const WordSet kAux{u"has", u"have", u"had", u"is", u"are", u"was", u"were", u"be", u"been", u"will", u"would",
                   u"could", u"should", u"may", u"might", u"must", u"can", u"do", u"does", u"did", u"also",
                   u"still", u"previously", u"repeatedly", u"once", u"later", u"then", u"never", u"not", u"just",
                   u"recently", u"already", u"again", u"further", u"earlier", u"often", u"publicly", u"privately",
                   u"initially", u"ultimately", u"flatly", u"reportedly", u"has", u"long", u"first", u"n't",
                   u"always", u"even", u"now", u"only", u"frequently", u"consistently", u"specifically",
                   u"both", u"each", u"having"};
inline const WordSet kDeterminers{u"the", u"a", u"an", u"this", u"these", u"those", u"his", u"her", u"its", u"their",
                           u"our", u"my", u"your", u"some", u"any", u"each", u"every", u"another", u"two",
                           u"three", u"four", u"five", u"several", u"many", u"both", u"most", u"one", u"no"};
inline const WordSet kRelative{u"who", u"which", u"that", u"whom"};
inline const WordSet kClauseWords{u"and", u"but", u"or", u"because", u"when", u"while", u"as", u"if", u"since", u"after",
                           u"before", u"so", u"than", u"where", u"although", u"though", u"until", u"whether",
                           u"that", u"which", u"who", u"whom", u"what", u"how", u"why", u"is", u"are", u"was",
                           u"were", u"has", u"have", u"had", u"will", u"would", u"to", u"not", u"also", u"be",
                           u"been", u"can", u"could", u"said", u"says", u"told", u"nor", u"yet"};
// Words that part two cue words into two attributions ("said when asked", "backs Trump and
// denounces"), where "said in a statement" stays one cue.
inline const WordSet kCueSeparators{u"and", u"but", u"or", u"nor", u"when", u"while", u"before", u"after", u"because",
                                    u"if", u"who", u"which", u"whom", u"that", u"as"};
inline const WordSet kNpJoiners{u"of", u"for", u"at", u"in", u"from", u"on"};
inline const WordSet kRightStops{u"in", u"on", u"at", u"during", u"after", u"before", u"to", u"with", u"from", u"when",
                          u"while", u"as", u"because", u"that", u"which", u"since", u"about", u"last", u"this",
                          u"yesterday", u"today", u"tonight", u"monday", u"tuesday", u"wednesday", u"thursday",
                          u"friday", u"saturday", u"sunday", u"earlier", u"later", u"recently", u"and", u"but",
                          u"told", u"said", u"in", u"via", u"through", u"if", u"than", u"into"};
inline const WordSet kObjectTakers{u"tell", u"ask", u"inform", u"warn", u"assure", u"remind", u"urge", u"advise"};
inline const WordSet kAdjectivalVerbs{u"said", u"reported", u"alleged", u"stated", u"quoted", u"claimed", u"purported",
                               u"described", u"so-called", u"aforementioned", u"noted", u"cited", u"announced",
                               u"expected", u"proposed", u"planned", u"rumored", u"rumoured", u"supposed",
                               u"perceived", u"presumed", u"suspected", u"accused"};
inline const WordSet kAboutWords{u"about", u"on", u"of", u"regarding", u"concerning", u"to", u"at", u"in", u"during"};
inline const WordSet kEmptyObjects{u"nothing", u"little", u"much", u"anything", u"something", u"so", u"otherwise"};
inline const WordSet kNotSources{u"plan", u"plans", u"schedule", u"script", u"tradition", u"custom", u"protocol",
                          u"rule", u"rules", u"design", u"form", u"instructions", u"type", u"size", u"need",
                          u"needs", u"taste", u"merit", u"merits", u"priority", u"age", u"rank", u"law"};
// Reporting verbs that put their subject after them ('"...," said Trump').
inline const WordSet kInvertingLemmas{u"say", u"add", u"write", u"note", u"ask", u"explain", u"continue", u"recall",
                               u"reply", u"respond", u"answer", u"insist", u"argue", u"claim", u"conclude",
                               u"declare", u"report", u"warn", u"tweet", u"state", u"quip", u"joke", u"comment",
                               u"observe", u"remark", u"concede", u"acknowledge", u"admit", u"confirm", u"suggest",
                               u"predict", u"recount", u"exclaim", u"shout", u"yell", u"whisper", u"boast",
                               u"emphasize", u"stress", u"announce", u"post", u"allege", u"contend"};
// Time phrases between a subject and its verb ("Beck last week said").
inline const WordSet kTimeWords{u"last", u"this", u"past", u"week", u"month", u"year", u"monday", u"tuesday",
                         u"wednesday", u"thursday", u"friday", u"saturday", u"sunday", u"today", u"yesterday",
                         u"morning", u"night", u"evening", u"afternoon", u"weekend", u"recently", u"earlier",
                         u"later", u"subsequently", u"immediately", u"quickly", u"finally", u"soon", u"then"};
inline const WordSet kBeForms{u"was", u"were", u"is", u"are", u"be", u"been", u"being", u"am"};
inline const WordSet kNoSubjectLemmas{u"seem", u"appear"};
inline const WordSet kQuantifiers{u"some", u"many", u"several", u"both", u"most", u"one", u"others", u"few", u"all",
                           u"another"};
// Words that open a sentence with an adverbial before its subject ("Earlier this week, Todd ...").
inline const WordSet kOpeners{u"in", u"on", u"at", u"earlier", u"last", u"after", u"before", u"during", u"when",
                       u"while", u"as", u"since", u"despite", u"although", u"though", u"if", u"amid", u"like",
                       u"likewise", u"meanwhile", u"but", u"and", u"so", u"yet", u"also", u"still", u"however",
                       u"now", u"then", u"this", u"on", u"for", u"with", u"without", u"unlike", u"following",
                       u"speaking", u"asked", u"instead", u"indeed", u"later", u"separately", u"overnight"};
inline const WordSet kIrregularParticiples{u"said", u"told", u"known", u"seen", u"shown", u"thought", u"found", u"given",
                                    u"written", u"made", u"taken", u"heard", u"felt", u"held", u"understood",
                                    u"spoken", u"sought", u"brought", u"quoted"};
inline const WordSet kPsychParticiples{u"concerned", u"worried", u"convinced", u"divided", u"pleased", u"disappointed",
                                u"surprised", u"frustrated", u"confident", u"determined", u"opposed", u"committed",
                                u"inclined", u"interested", u"alarmed", u"encouraged", u"dismayed", u"angered",
                                u"troubled", u"unconvinced", u"split", u"torn", u"skeptical", u"poised", u"set"};
inline const WordSet kHeadlineLabels{u"breaking", u"wow", u"look", u"watch", u"exclusive", u"update", u"updated",
                               u"revealed", u"video", u"photos", u"photo", u"opinion", u"analysis", u"editorial",
                               u"boom", u"listen", u"must-see", u"warning", u"alert", u"live", u"confirmed",
                               u"just", u"new", u"commentary", u"read", u"see", u"q", u"a", u"source",
                               u"via", u"credit", u"credits", u"contributing", u"correction", u"poll", u"latest",
                               u"name", u"age", u"note", u"so", u"total", u"update", u"results", u"map"};
inline const WordSet kHeadlineJoins{u"on", u"to", u"at", u"in", u"camp", u"of", u"for", u"about"};
inline constexpr long kWindowBefore = 60, kWindowAfter = 120;  // tokens
inline const uint32_t kBy = hash_lower(u"by");
inline const uint32_t kButWord = hash_lower(u"but");
inline const uint32_t kAndWord = hash_lower(u"and");
inline const uint32_t kIt = hash_lower(u"it");
inline const uint32_t kAccording = hash_lower(u"according");
inline const uint32_t kTo = hash_lower(u"to");
inline const uint32_t kThatWord = hash_lower(u"that");
inline const uint32_t kWho = hash_lower(u"who");

}  // namespace newsmark::attribution_words
