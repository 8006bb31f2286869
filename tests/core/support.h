// Helpers shared by the doctest files: UTF-8 literals in, UTF-16 documents out.
#pragma once

#include <string>
#include <vector>

#include "newsmark/document.h"
#include "utf.h"

namespace newsmark::testing {

inline std::u16string u16(const std::string& utf8) {
  std::u16string out;
  size_t bad = 0;
  utf8_to_utf16(utf8, out, &bad);
  return out;
}

inline std::string u8(std::u16string_view s) { return utf16_to_utf8(s); }

inline std::vector<std::string> token_texts(const Document& doc) {
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) out.push_back(u8(doc.token_text(i)));
  return out;
}

inline std::vector<std::string> sentence_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.push_back(u8(doc.view(s.span)));
  return out;
}

}  // namespace newsmark::testing
