#include <doctest/doctest.h>

#include "newsmark/document.h"

using namespace newsmark;

TEST_CASE("document holds UTF-16 text and views spans") {
  Document doc(u"Zelenskyy 👍🏽 met Müller.");
  CHECK(doc.length() == 26);  // the emoji and its skin tone take two units each
  CHECK(doc.view({0, 9}) == u"Zelenskyy");
  CHECK(doc.id_json().empty());
}
