#include <doctest/doctest.h>

#include "ansi_renderer.h"

using namespace newsmark;

TEST_CASE("ansi output colours people and hedges and ends with a summary") {
  Document doc(u"Kim may come.");
  doc.people.push_back(Person{u"Kim", {{0, 3}}, {}});
  doc.hedges.push_back(Hedge{{4, 7}, "modal", "x"});
  std::string out = render_ansi(doc);
  CHECK(out.rfind("\x1b[0m\x1b[1;34mKim\x1b[0m \x1b[0;30;43mmay\x1b[0m come.\n", 0) == 0);
  CHECK(out.find("People (1): ") != std::string::npos);
  CHECK(out.find("Hedges: 1") != std::string::npos);
}
