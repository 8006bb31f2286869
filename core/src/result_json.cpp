// The result format (schema 1), shared by the CLI and the JS API. See README "Result format".
#include "json_writer.h"
#include "newsmark/newsmark.h"

namespace newsmark {

namespace {

void write_span(JsonWriter& w, Span s) {
  w.begin_array().number(static_cast<int64_t>(s.start)).number(static_cast<int64_t>(s.end)).end_array();
}

void write_optional_span(JsonWriter& w, const std::optional<Span>& s) {
  if (s) write_span(w, *s);
  else w.null();
}

void write_spans(JsonWriter& w, const std::vector<Span>& spans) {
  w.begin_array();
  for (const Span& s : spans) write_span(w, s);
  w.end_array();
}

}  // namespace

double hedge_density(const Document& doc) {
  const uint32_t words = doc.word_count();
  // Conditionals are low-salience hedges: listed in "hedges", not counted here.
  size_t salient = 0;
  for (const Hedge& h : doc.hedges) salient += h.type != "conditional";
  return words ? 100.0 * static_cast<double>(salient) / words : 0.0;
}

std::string to_json(const Document& doc) {
  std::string out;
  // Room for the usual result at once (a sentence takes about 60 bytes, a claim 150, a
  // hedge with its explanation 200), so the string is not copied as it grows.
  size_t mentions = 0;
  for (const Person& p : doc.people) mentions += p.mentions.size() + p.descriptors.size();
  out.reserve(256 + doc.sentences.size() * 64 + doc.claims.size() * 160 + doc.hedges.size() * 224 +
              doc.people.size() * 96 + mentions * 24);
  JsonWriter w(out);
  w.begin_object();
  w.key("schema").number(static_cast<int64_t>(kSchemaVersion));
  w.key("id");
  if (doc.id_json().empty()) w.null();
  else w.raw(doc.id_json());
  w.key("length").number(static_cast<int64_t>(doc.length()));

  const uint32_t words = doc.word_count();
  w.key("stats").begin_object();
  w.key("words").number(static_cast<int64_t>(words));
  w.key("hedge_density").number(hedge_density(doc));
  w.end_object();

  w.key("sentences").begin_array();
  for (const Sentence& s : doc.sentences) {
    w.begin_object();
    w.key("span"); write_span(w, s.span);
    w.key("checkworthy").number(s.checkworthy);
    w.key("hedge").number(s.hedge);
    w.end_object();
  }
  w.end_array();

  w.key("people").begin_array();
  for (size_t i = 0; i < doc.people.size(); ++i) {
    const Person& p = doc.people[i];
    w.begin_object();
    w.key("id").number(static_cast<int64_t>(i));
    w.key("name").string(std::u16string_view(p.name));
    w.key("mentions"); write_spans(w, p.mentions);
    w.key("descriptors"); write_spans(w, p.descriptors);
    w.end_object();
  }
  w.end_array();

  w.key("claims").begin_array();
  for (const Claim& c : doc.claims) {
    w.begin_object();
    w.key("kind").string(to_string(c.kind));
    w.key("source"); write_optional_span(w, c.source);
    w.key("source_type").string(to_string(c.source_type));
    w.key("person");
    if (c.person >= 0) w.number(static_cast<int64_t>(c.person));
    else w.null();
    w.key("cue"); write_optional_span(w, c.cue);
    w.key("cue_class").string(std::string_view(c.cue_class));
    w.key("content"); write_optional_span(w, c.content);
    w.end_object();
  }
  w.end_array();

  w.key("hedges").begin_array();
  for (const Hedge& h : doc.hedges) {
    w.begin_object();
    w.key("span"); write_span(w, h.span);
    w.key("type").string(std::string_view(h.type));
    w.key("explanation").string(std::string_view(h.explanation));
    w.end_object();
  }
  w.end_array();

  w.end_object();
  return out;
}

}  // namespace newsmark
