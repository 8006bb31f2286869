// The person linker over hand-made tagger output: texts with each mention the tagger would
// find in [brackets]; the brackets are removed and each becomes one Person of one mention,
// exactly the per-mention format the PersonTagger writes.
#include <doctest/doctest.h>

#include "stages/person_linker.h"
#include "stages/person_names.h"
#include "stages/segmenter.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;
using newsmark::testing::u8;
using Strings = std::vector<std::string>;
using Groups = std::vector<Strings>;

static Document tagged(const std::string& marked) {
  std::u16string text;
  std::vector<Span> mentions;
  uint32_t open = 0;
  for (char16_t c : u16(marked)) {
    if (c == u'[') {
      open = static_cast<uint32_t>(text.size());
    } else if (c == u']') {
      mentions.push_back(Span{open, static_cast<uint32_t>(text.size())});
    } else {
      text.push_back(c);
    }
  }
  Document doc(text);
  Segmenter().run(doc);
  for (Span s : mentions) doc.people.push_back(Person{std::u16string(doc.view(s)), {s}, {}});
  return doc;
}

static Document linked(const std::string& marked) {
  Document doc = tagged(marked);
  PersonLinker().run(doc);
  return doc;
}

static Groups groups(const Document& doc) {
  Groups out;
  for (const Person& p : doc.people) {
    Strings g;
    for (Span s : p.mentions) g.push_back(u8(doc.view(s)));
    out.push_back(g);
  }
  return out;
}

static Strings names(const Document& doc) {
  Strings out;
  for (const Person& p : doc.people) out.push_back(u8(p.name));
  return out;
}

static Strings descriptors(const Document& doc, size_t person) {
  Strings out;
  if (person < doc.people.size()) {
    for (Span s : doc.people[person].descriptors) out.push_back(u8(doc.view(s)));
  }
  return out;
}

TEST_CASE("name forms: hyphens, spaces, case and diacritics compare equal") {
  CHECK(parse_name(u"Kim Jong-un").parts == parse_name(u"Kim Jong Un").parts);
  CHECK(parse_name(u"KIM JONG-UN").parts == parse_name(u"Kim Jong-un").parts);
  CHECK(parse_name(u"José Álvarez").parts == parse_name(u"Jose Alvarez").parts);
  CHECK(parse_name(u"Donald J. Trump").parts == parse_name(u"Donald Trump").parts);
  CHECK(parse_name(u"Donald Trump Jr.").suffix == u"jr");
  CHECK(parse_name(u"TRUMP").all_caps);
  CHECK(parse_name(u"J.K. Rowling").words == 2);
}

TEST_CASE("full name, surname, honorific + surname and possessive go to one person") {
  Document doc = linked("[Donald Trump] spoke. Mr [Trump] left. [Trump]'s aides agreed with [Trump].");
  CHECK(groups(doc) == Groups{{"Donald Trump", "Trump", "Trump", "Trump"}});
  CHECK(names(doc) == Strings{"Donald Trump"});
}

TEST_CASE("the tagger's honorific or possessive inside a span is trimmed off") {
  Document doc = linked("[Maggie Haberman] wrote it. [Ms Haberman] said [Haberman's] book is out.");
  CHECK(groups(doc) == Groups{{"Maggie Haberman", "Haberman", "Haberman"}});
}

TEST_CASE("spelling variants and ALL-CAPS forms link; the first fullest form names the person") {
  Document doc = linked("[KIM JONG-UN] WARNS\n[Kim Jong-un] met aides. Later [Kim Jong Un] and [Kim] spoke.");
  CHECK(groups(doc) == Groups{{"KIM JONG-UN", "Kim Jong-un", "Kim Jong Un", "Kim"}});
  CHECK(names(doc) == Strings{"Kim Jong-un"});
}

TEST_CASE("a first name alone links when only one person has it") {
  Document doc = linked("[Maggie Haberman] and [Joe Biden] met. [Maggie] laughed.");
  CHECK(groups(doc) == Groups{{"Maggie Haberman", "Maggie"}, {"Joe Biden"}});
}

TEST_CASE("a surname found alone before the full name still links to it") {
  Document doc = linked("[Biden] wins\nPresident [Joe Biden] won the vote.");
  CHECK(groups(doc) == Groups{{"Biden", "Joe Biden"}});
  CHECK(names(doc) == Strings{"Joe Biden"});
}

TEST_CASE("two people sharing a surname stay apart") {
  Document doc = linked(
      "[Donald Trump] and his wife [Melania Trump] arrived. [Trump] waved. "
      "Mrs [Trump] smiled and Mr [Trump] spoke.");
  CHECK(groups(doc) == Groups{{"Donald Trump", "Trump", "Trump"}, {"Melania Trump", "Trump"}});
  Document father_son = linked("[Donald Trump Jr.] and [Donald Trump] spoke.");
  CHECK(groups(father_son).size() == 2);
}

TEST_CASE("different people with different names stay apart") {
  Document doc = linked("[Kim Jong-un] met [Kim Yo-jong] and [Moon Jae-in].");
  CHECK(groups(doc).size() == 3);
}

TEST_CASE("mentions heading a non-person phrase are not people") {
  Document doc = linked("Under the [Logan] Act and the [Trump] administration, [Donald Trump] spoke at [Trump] Tower.");
  CHECK(groups(doc) == Groups{{"Donald Trump"}});
}

TEST_CASE("propagation adds exact occurrences the tagger missed") {
  Document doc = linked("[Maggie Haberman] wrote a book. Haberman said Maggie Haberman knew. Mr Haberman disagreed.");
  REQUIRE(groups(doc).size() == 1);
  CHECK(groups(doc)[0] == Strings{"Maggie Haberman", "Haberman", "Maggie Haberman"});  // not the man
}

TEST_CASE("propagation skips names heading something else or inside another name") {
  Document doc = linked(
      "[Donald Trump] spoke. The Trump administration and Trump Tower agreed. Ivanka Trump came. "
      "Trump Jr. too. On May 5 the Trump family met. Trump said no.");
  REQUIRE(groups(doc).size() == 1);
  CHECK(groups(doc)[0] == Strings{"Donald Trump", "Trump"});
  CHECK(u8(doc.view(doc.people[0].mentions[1])) == "Trump");
  CHECK(doc.people[0].mentions[1].start == doc.text().rfind(u"Trump said"));
}

TEST_CASE("descriptors: pre-modifiers and appositions") {
  Document doc = linked(
      "Former President of the United States [Donald Trump] said North Korean leader [Kim Jong-un] "
      "writes. [Maggie Haberman], a White House correspondent for The New York Times, said so.");
  REQUIRE(doc.people.size() == 3);
  CHECK(descriptors(doc, 0) == Strings{"Former President of the United States"});
  CHECK(descriptors(doc, 1) == Strings{"North Korean leader"});
  CHECK(descriptors(doc, 2) == Strings{"a White House correspondent for The New York Times"});
}

TEST_CASE("descriptors: titles, honorifics, possessors and fronted appositions") {
  Document doc = linked(
      "President [Joe Biden] met Mr [Trump]. [Trump]'s lawyer [Michael Cohen] came. "
      "The North Korean leader, [Kim Jong-un], said the former president [Donald Trump] lied.");
  REQUIRE(doc.people.size() == 4);
  CHECK(descriptors(doc, 0) == Strings{"President"});
  CHECK(descriptors(doc, 1) == Strings{"the former president"});
  CHECK(descriptors(doc, 2) == Strings{"Trump's lawyer"});
  CHECK(descriptors(doc, 3) == Strings{"The North Korean leader"});
}

TEST_CASE("no descriptor from plain words, lists or clauses") {
  Document doc = linked(
      "But [Trump] met pal [Kim Jong-un]. [Obama], [Biden] and [Clinton] came. [Biden], who won, spoke. "
      "Asked about it, [Maggie Haberman] said no.");
  for (size_t i = 0; i < doc.people.size(); ++i) CHECK(descriptors(doc, i).empty());
}

TEST_CASE("no people in, no people out; overlapping tagger spans keep the longer") {
  CHECK(linked("Nobody is named here.").people.empty());
  Document doc = tagged("[Kim Jong-un] spoke.");
  doc.people.push_back(Person{u"Kim", {Span{0, 3}}, {}});
  PersonLinker().run(doc);
  CHECK(groups(doc) == Groups{{"Kim Jong-un"}});
}
