// The person linker over hand-made tagger output: texts with each mention the tagger would
// find in [brackets]; the brackets are removed and each becomes one Person of one mention,
// exactly the per-mention format the PersonTagger writes.
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>

#include "stages/person_linker.h"
#include "stages/person_names.h"
#include "stages/segmenter.h"
#include "support.h"

using namespace newsmark;
using newsmark::testing::u16;
using newsmark::testing::u8;
using Strings = std::vector<std::string>;
using Groups = std::vector<Strings>;

namespace doctest {
template <>
struct StringMaker<Strings> {
  static String convert(const Strings& v) {
    std::string out = "{";
    for (const std::string& s : v) out += (out.size() > 1 ? ", \"" : "\"") + s + "\"";
    return (out + "}").c_str();
  }
};
template <>
struct StringMaker<Groups> {
  static String convert(const Groups& v) {
    std::string out = "{";
    for (const Strings& g : v) out += std::string(StringMaker<Strings>::convert(g).c_str()) + " ";
    return (out + "}").c_str();
  }
};
}  // namespace doctest

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

TEST_CASE("a first name shared by two people links to neither") {
  Document doc = linked("[Donald Trump] met [Donald Tusk]. [Donald] smiled. [TRUMP] left.");
  CHECK(groups(doc) == Groups{{"Donald Trump", "TRUMP"}, {"Donald Tusk"}, {"Donald"}});
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

TEST_CASE("middle names and initials do not split a person") {
  Document doc = linked("[Donald John Trump] was born in 1946. [Donald J. Trump] and [Donald Trump] are one man.");
  CHECK(groups(doc) == Groups{{"Donald John Trump", "Donald J. Trump", "Donald Trump"}});
  CHECK(names(doc) == Strings{"Donald John Trump"});
}

TEST_CASE("an initial that contradicts a first name keeps two people apart") {
  Document doc = linked("[Max Jones] ran. [S Jones] jumped. [M. Jones] won.");
  CHECK(groups(doc) == Groups{{"Max Jones", "M. Jones"}, {"S Jones"}});
}

TEST_CASE("Mrs Howard is not Michael Howard; Mr Howard is") {
  Document doc = linked("[Michael Howard] and Mrs [Howard] campaigned. Mrs [Howard] spoke; Mr [Howard] listened.");
  CHECK(groups(doc) == Groups{{"Michael Howard", "Howard"}, {"Howard", "Howard"}});
}

TEST_CASE("a first name's usual gender does not block the only candidate") {
  Document doc = linked("[Ashley Young] scored. Mr [Young] celebrated. [Ms Haberman] wrote, then Mr [Haberman] sang.");
  CHECK(groups(doc) == Groups{{"Ashley Young", "Young"}, {"Haberman"}, {"Haberman"}});
}

TEST_CASE("different people with different names stay apart") {
  Document doc = linked("[Kim Jong-un] met [Kim Yo-jong] and [Moon Jae-in].");
  CHECK(groups(doc).size() == 3);
}

TEST_CASE("mentions heading a non-person phrase are not people") {
  Document doc = linked(
      "Under the [Logan] Act and the [Trump] administration, [Donald Trump] spoke at [Trump] Tower "
      "and on [The Doris Day Show].");
  CHECK(groups(doc) == Groups{{"Donald Trump"}});
}

TEST_CASE("a name set off after a work noun is a title, unless a verb follows") {
  Document doc = linked(
      "Her book, [Confidence Man], is out. The film \"[Bob Roberts]\" flopped. In his book, [Trump] writes. "
      "At the Games, [Adrian Annus] (hammer) won; he plays [Karol Beck].");
  CHECK(groups(doc) == Groups{{"Trump"}, {"Adrian Annus"}, {"Karol Beck"}});
}

TEST_CASE("names that are also head words stay people") {
  Document doc = linked("[Stuart Law] batted. [Bill Hall] bowled to [Law]. [Wayne Bridge] and [Alexandra Tower] watched.");
  CHECK(groups(doc) == Groups{{"Stuart Law", "Law"}, {"Bill Hall"}, {"Wayne Bridge"}, {"Alexandra Tower"}});
}

TEST_CASE("propagation adds exact occurrences the tagger missed") {
  Document doc = linked("[Maggie Haberman] wrote a book. Haberman said Maggie Haberman knew. Mr Haberman disagreed.");
  REQUIRE(groups(doc).size() == 1);
  CHECK(groups(doc)[0] == Strings{"Maggie Haberman", "Haberman", "Maggie Haberman"});  // not the man
}

TEST_CASE("propagation needs a clear person and a name not used as a modifier") {
  Document org = linked("[Real Madrid] won. Fans of Real Madrid cheered.");
  CHECK(groups(org) == Groups{{"Real Madrid"}});  // no first name, honorific or lone surname
  Document doc = linked("[Maggie Haberman] wrote. Visitors saw the new Haberman archive. Haberman spoke.");
  CHECK(groups(doc) == Groups{{"Maggie Haberman", "Haberman"}});
  CHECK(doc.people[0].mentions[1].start == doc.text().rfind(u"Haberman spoke"));
}

TEST_CASE("propagation skips names heading something else or inside another name") {
  Document doc = linked(
      "[Donald Trump] spoke. The Trump administration and Trump Tower agreed. Ivanka Trump came. "
      "Trump Jr. too. On May 5 the Trump family met. Trump stock fell. He loved \"Trump\" the film and ' Trump ' the play. Trump said no.");
  REQUIRE(groups(doc).size() == 1);
  CHECK(groups(doc)[0] == Strings{"Donald Trump", "Trump"});
  CHECK(u8(doc.view(doc.people[0].mentions[1])) == "Trump");
  CHECK(doc.people[0].mentions[1].start == doc.text().rfind(u"Trump said"));
}

TEST_CASE("propagation skips work nouns and names the tagger glued to another's surname") {
  Document doc = linked(
      "[Carl Vinson] served in Congress. The carrier Vinson sailed. Vinson retired.\n"
      "[Boris Yeltsin] backs [Lebed Chechnya] plan\n[Alexander Lebed] went to Chechnya. Lebed spoke.");
  CHECK(groups(doc) == Groups{{"Carl Vinson", "Vinson"}, {"Boris Yeltsin"}, {"Lebed Chechnya"}, {"Alexander Lebed", "Lebed"}});
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

TEST_CASE("descriptors: plain words qualifying a role, titles with 'of', sentence adverbs") {
  Document doc = linked(
      "Labour's election chief [Alastair Campbell] came. Earlier Foreign Secretary [Jack Straw] spoke. "
      "[Platon Lebedev], an associate of former Yukos boss [Mikhail Khodorkovsky], was jailed. "
      "Shadow home secretary [David Davis] and Secretary of State for Health [Alan Milburn] agreed.");
  REQUIRE(doc.people.size() == 6);
  CHECK(descriptors(doc, 0) == Strings{"Labour's election chief"});
  CHECK(descriptors(doc, 1) == Strings{"Foreign Secretary"});
  CHECK(descriptors(doc, 2) == Strings{"an associate of former Yukos boss Mikhail Khodorkovsky"});
  CHECK(descriptors(doc, 3) == Strings{"former Yukos boss"});
  CHECK(descriptors(doc, 4) == Strings{"Shadow home secretary"});
  CHECK(descriptors(doc, 5) == Strings{"Secretary of State for Health"});
}

TEST_CASE("no descriptor from plain words, lists or clauses") {
  Document doc = linked(
      "But [Trump] met pal [Kim Jong-un]. [Obama], [Biden] and [Clinton] came. [Biden], who won, spoke. "
      "Asked about it, [Maggie Haberman] said no.");
  for (size_t i = 0; i < doc.people.size(); ++i) CHECK(descriptors(doc, i).empty());
}

TEST_CASE("definite role phrases point back to the person holding that role") {
  Document doc = linked(
      "Former President [Donald Trump] met North Korean leader [Kim Jong-un]. President [Joe Biden] "
      "disagreed. The book says the former president and North Korean dictator were close. "
      "Later the president spoke to the Chinese president.");
  REQUIRE(doc.people.size() == 3);
  CHECK(descriptors(doc, 0) == Strings{"Former President", "the former president"});
  CHECK(descriptors(doc, 1) == Strings{"North Korean leader", "North Korean dictator"});
  CHECK(descriptors(doc, 2) == Strings{"President", "the president"});  // the last president named
}

TEST_CASE("a definite role phrase needs the same rank: the prime minister is not the deputy") {
  Document doc = linked(
      "Deputy Prime Minister [John Prescott] and Justice Minister [Charles Falconer] spoke. Later the prime "
      "minister arrived and the minister left.");
  REQUIRE(doc.people.size() == 2);
  CHECK(descriptors(doc, 0) == Strings{"Deputy Prime Minister"});
  CHECK(descriptors(doc, 1) == Strings{"Justice Minister", "the minister"});
}

TEST_CASE("a definite role phrase takes its 'of' complement, which must fit the person") {
  Document doc = linked(
      "North Korean leader [Kim Jong-un] wrote to President [Donald Trump]. The leader of North Korea "
      "smiled; the president of France did not.");
  REQUIRE(doc.people.size() == 2);
  CHECK(descriptors(doc, 0) == Strings{"North Korean leader", "The leader of North Korea"});
  CHECK(descriptors(doc, 1) == Strings{"President"});
}

TEST_CASE("a definite role phrase before anyone holds the role is left alone") {
  Document doc = linked("The president arrived. Then President [Joe Biden] spoke.");
  REQUIRE(doc.people.size() == 1);
  CHECK(descriptors(doc, 0) == Strings{"President"});
}

TEST_CASE("the linker runs after the tagger in the standard pipeline, and not without one") {
  Strings stages = Pipeline::standard().stage_names();
  auto tagger = std::find(stages.begin(), stages.end(), "person_tagger");
  REQUIRE(tagger != stages.end());
  CHECK(tagger + 1 != stages.end());
  if (tagger + 1 != stages.end()) CHECK(*(tagger + 1) == "person_linker");
  Pipeline p;
  p.add(std::make_unique<Segmenter>());
  CHECK_THROWS_AS(p.add(std::make_unique<PersonLinker>()), std::logic_error);
}

TEST_CASE("no people in, no people out; overlapping tagger spans keep the longer") {
  CHECK(linked("Nobody is named here.").people.empty());
  Document doc = tagged("[Kim Jong-un] spoke.");
  doc.people.push_back(Person{u"Kim", {Span{0, 3}}, {}});
  PersonLinker().run(doc);
  CHECK(groups(doc) == Groups{{"Kim Jong-un"}});
  Document bad = tagged("[Biden] spoke.");
  bad.people.push_back(Person{u"", {Span{3, 1}}, {}});      // empty
  bad.people.push_back(Person{u"", {Span{5, 999}}, {}});    // past the end
  bad.people.push_back(Person{u"", {Span{5, 6}}, {}});      // white space only
  PersonLinker().run(bad);
  CHECK(groups(bad) == Groups{{"Biden"}});
  Document across = tagged("It was [Biden.\nTrump] who spoke.");
  PersonLinker().run(across);
  CHECK(groups(across) == Groups{{"Biden"}});
}

// ---------------------------------------------------------------- the worked example
// ../shared/samples/trump-kim-letters: its expected mentions stand in for the tagger (honorifics
// included, as the file marks "Mr Trump"; the linker trims them), and the linker must group
// them exactly as the file does. Skips when ../shared is absent.

#include <fstream>
#include <sstream>

namespace {

struct ExpectedPerson {
  std::string name;
  std::vector<Span> mentions, descriptors;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return in ? ss.str() : std::string();
}

// Every {"start": N, "end": M} in json[from, to). The file is machine-written with keys in
// this order; a different layout gives no spans and the test says so.
std::vector<Span> spans_in(const std::string& json, size_t from, size_t to) {
  std::vector<Span> out;
  for (size_t p = json.find("\"start\":", from); p < to; p = json.find("\"start\":", p + 1)) {
    size_t e = json.find("\"end\":", p);
    if (e >= to) break;
    out.push_back(Span{static_cast<uint32_t>(std::stoul(json.substr(p + 8))),
                       static_cast<uint32_t>(std::stoul(json.substr(e + 6)))});
  }
  return out;
}

std::vector<ExpectedPerson> expected_people(const std::string& json) {
  std::vector<ExpectedPerson> out;
  size_t stop = json.find("\"not_people\"");
  size_t p = json.find("\"people\"");
  while (p < stop) {
    size_t name = json.find("\"name\":", p);
    if (name >= stop) break;
    size_t q1 = json.find('"', name + 7), q2 = json.find('"', q1 + 1);
    size_t mentions = json.find("\"mentions\"", name), descriptors = json.find("\"descriptors\"", name);
    size_t next = std::min(json.find("\"name\":", descriptors), stop);
    out.push_back({json.substr(q1 + 1, q2 - q1 - 1), spans_in(json, mentions, descriptors),
                   spans_in(json, descriptors, next)});
    p = next;
  }
  return out;
}

bool overlap(Span a, Span b) { return a.start < b.end && b.start < a.end; }

}  // namespace

TEST_CASE("the sample article: expected mentions in, the expected people out") {
  const std::string dir = std::string(NEWSMARK_SOURCE_DIR) + "/../shared/samples/";
  std::string text = read_file(dir + "trump-kim-letters.txt");
  std::string json = read_file(dir + "trump-kim-letters.expected.json");
  if (text.empty() || json.empty()) {
    MESSAGE("skipped: ../shared/samples/trump-kim-letters.* is absent");
    return;
  }
  std::vector<ExpectedPerson> expected = expected_people(json);
  REQUIRE_MESSAGE(!expected.empty(), "could not read the people of the expected file");
  Document doc(u16(text));
  Segmenter().run(doc);
  for (const ExpectedPerson& e : expected) {
    for (Span s : e.mentions) doc.people.push_back(Person{std::u16string(doc.view(s)), {s}, {}});
  }
  std::sort(doc.people.begin(), doc.people.end(),
            [](const Person& a, const Person& b) { return a.mentions[0].start < b.mentions[0].start; });
  PersonLinker().run(doc);

  CHECK(doc.people.size() == expected.size());
  size_t grouped = 0, descriptors_found = 0, descriptors_expected = 0;
  std::string extra;
  for (const ExpectedPerson& e : expected) {
    const Person* match = nullptr;
    for (const Person& p : doc.people) {
      if (overlap(p.mentions[0], e.mentions[0])) match = &p;
    }
    REQUIRE_MESSAGE(match != nullptr, e.name);
    bool exact = match->mentions.size() == e.mentions.size();
    for (size_t i = 0; exact && i < e.mentions.size(); ++i) exact = overlap(match->mentions[i], e.mentions[i]);
    CHECK_MESSAGE(exact, e.name);
    CHECK(u8(match->name) == e.name);
    grouped += exact;
    for (Span d : e.descriptors) {
      ++descriptors_expected;
      descriptors_found += std::any_of(match->descriptors.begin(), match->descriptors.end(),
                                       [&](Span f) { return overlap(f, d); });
    }
    for (Span f : match->descriptors) {
      bool expected_one = std::any_of(e.descriptors.begin(), e.descriptors.end(), [&](Span d) { return overlap(f, d); });
      if (!expected_one) extra += " \"" + u8(doc.view(f)) + "\" (" + e.name + ")";
    }
  }
  MESSAGE("sample, expected mentions as tagger output: " << grouped << "/" << expected.size()
          << " people grouped exactly, " << descriptors_found << "/" << descriptors_expected << " descriptors found; not expected:" << extra);
}
