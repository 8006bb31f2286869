#include <doctest/doctest.h>

#include "jsonl_fields.h"

using namespace newsmark;

static bool spans_are(const std::vector<Span>& got, const std::vector<Span>& want) { return got == want; }

TEST_CASE("jsonl fields: cue spans and the annotator in either key order") {
  const std::string cues_first = R"({"cues": [[3, 7], [12, 20]], "annotator": "4b22"})";
  const std::string annotator_first = R"({"annotator": "4b22", "cues": [[3, 7], [12, 20]]})";
  for (const std::string& json : {cues_first, annotator_first}) {
    CHECK(spans_are(json_span_list(json, "cues"), {{3, 7}, {12, 20}}));
    CHECK(json_string_field(json, "annotator") == "4b22");
  }
  // No spaces, as another writer may write it.
  CHECK(spans_are(json_span_list(R"({"annotator":"x","cues":[[1,2]]})", "cues"), {{1, 2}}));
  CHECK(json_string_field(R"({"annotator":"x","cues":[[1,2]]})", "annotator") == "x");
}

TEST_CASE("jsonl fields: a bare list, missing and empty fields") {
  CHECK(spans_are(json_span_list("[[5, 9], [10, 11]]", "cues"), {{5, 9}, {10, 11}}));
  CHECK(json_span_list(R"({"annotator": "a"})", "cues").empty());
  CHECK(json_span_list(R"({"cues": []})", "cues").empty());
  CHECK(json_string_field(R"({"cues": [[1, 2]]})", "annotator").empty());
  CHECK(json_string_field(R"({"annotator": "", "cues": [[1, 2]]})", "annotator").empty());
  // A key's text inside a value is not the key.
  CHECK(json_string_field(R"({"note": "annotator", "annotator": "b"})", "annotator") == "b");
  // Escapes are kept as written.
  CHECK(json_string_field(R"({"id": "a\"b"})", "id") == R"(a\"b)");
}
