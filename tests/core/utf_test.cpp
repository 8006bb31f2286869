#include <doctest/doctest.h>

#include "utf.h"

using namespace newsmark;

TEST_CASE("UTF-8 to UTF-16 round trip, including astral characters") {
  std::string in = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x91\x8D";  // a é € 👍
  std::u16string out;
  size_t bad = 99;
  REQUIRE(utf8_to_utf16(in, out, &bad));
  CHECK(out == u"a\u00E9\u20AC\U0001F44D");
  CHECK(out.size() == 5);
  CHECK(utf16_to_utf8(out) == in);
}

TEST_CASE("invalid UTF-8 is reported at the first bad byte") {
  struct Case { std::string bytes; size_t offset; };
  for (const Case& c : {Case{"ab\xFF", 2}, Case{"ab\xC3", 2}, Case{"\xC0\xAF", 0}, Case{"x\xED\xA0\x80", 1},
                        Case{"ok \xF4\x90\x80\x80", 3}, Case{"\xE2\x82", 0}, Case{"\x80", 0}}) {
    std::u16string out;
    size_t bad = 99;
    CHECK_FALSE(utf8_to_utf16(c.bytes, out, &bad));
    CHECK(bad == c.offset);
  }
}

TEST_CASE("lone surrogates become U+FFFD in UTF-8") {
  std::u16string s = u"a";
  s.push_back(0xD800);
  s += u"b";
  CHECK(utf16_to_utf8(s) == "a\xEF\xBF\xBD" "b");
}
