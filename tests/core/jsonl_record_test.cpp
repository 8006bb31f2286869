#include <doctest/doctest.h>

#include "jsonl_record.h"

using namespace newsmark;

TEST_CASE("id and text are read; other fields are ignored") {
  JsonlRecord r;
  std::string err;
  REQUIRE(parse_jsonl_record(R"({"id": "a\u00e9", "extra": [1, {"x": null}], "text": "Hi \"you\"\n\ud83d\ude00"})", &r, &err));
  CHECK(r.id_json == "\"a\xC3\xA9\"");
  CHECK(r.text == u"Hi \"you\"\n\U0001F600");
  REQUIRE(parse_jsonl_record(R"({"text":"x","id":42})", &r, &err));
  CHECK(r.id_json == "42");
  REQUIRE(parse_jsonl_record(R"({"text":""})", &r, &err));
  CHECK(r.id_json.empty());
  CHECK(r.text.empty());
}

TEST_CASE("a lone surrogate escape is kept as a code unit") {
  JsonlRecord r;
  std::string err;
  REQUIRE(parse_jsonl_record(R"({"text":"a\ud800b"})", &r, &err));
  CHECK(r.text.size() == 3);
  CHECK(r.text[1] == 0xD800);
}

TEST_CASE("malformed lines give an error with the column") {
  JsonlRecord r;
  std::string err;
  CHECK_FALSE(parse_jsonl_record(R"({"id": 1, "text": "trunc)", &r, &err));
  CHECK(err.find("unterminated string") != std::string::npos);
  CHECK_FALSE(parse_jsonl_record(R"({"id": 1})", &r, &err));
  CHECK(err == "no \"text\" field");
  CHECK_FALSE(parse_jsonl_record(R"({"text": 5})", &r, &err));
  CHECK(err.find("not a string") != std::string::npos);
  CHECK_FALSE(parse_jsonl_record(R"([1,2])", &r, &err));
  CHECK_FALSE(parse_jsonl_record(R"({"text":"a"} x)", &r, &err));
  CHECK(err.find("column 14") != std::string::npos);
  CHECK_FALSE(parse_jsonl_record("{\"text\":\"\xFF\"}", &r, &err));
  CHECK(err.find("invalid UTF-8 at column 10") != std::string::npos);
  CHECK_FALSE(parse_jsonl_record(R"({"text":"a", "n": 01})", &r, &err));
}

TEST_CASE("deep nesting is refused, not a stack overflow") {
  std::string deep = R"({"text":"x","n":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
  JsonlRecord r;
  std::string err;
  CHECK_FALSE(parse_jsonl_record(deep, &r, &err));
  CHECK(err.find("nesting too deep") != std::string::npos);
}
