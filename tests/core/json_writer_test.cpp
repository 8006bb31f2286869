#include <doctest/doctest.h>

#include "json_writer.h"

using namespace newsmark;

TEST_CASE("objects, arrays and commas") {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("a").number(int64_t{1}).key("b").begin_array().number(int64_t{2}).null().end_array();
  w.key("c").begin_object().end_object().end_object();
  CHECK(out == R"({"a":1,"b":[2,null],"c":{}})");
}

TEST_CASE("strings are escaped; lone surrogates survive as escapes") {
  std::string out;
  JsonWriter w(out);
  std::u16string s = u"q\"\\\n\t\u0001é😀";
  s.push_back(0xDC00);
  w.string(std::u16string_view(s));
  CHECK(out == "\"q\\\"\\\\\\n\\t\\u0001\xC3\xA9\xF0\x9F\x98\x80\\udc00\"");
}

TEST_CASE("doubles have at most four decimals and no trailing zeros") {
  std::string out;
  JsonWriter w(out);
  w.begin_array().number(0.0).number(1.0).number(0.5).number(1.0 / 3).number(-0.00001).number(12.34567).end_array();
  CHECK(out == "[0,1,0.5,0.3333,0,12.3457]");
}
