#include "newsmark/document.h"

#include <algorithm>

namespace newsmark {

uint32_t Document::word_count() const {
  return static_cast<uint32_t>(
      std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.has(kWord) && !t.has(kPossessive); }));
}

size_t Document::token_at_or_after(uint32_t offset) const {
  auto it = std::partition_point(tokens.begin(), tokens.end(),
                                 [offset](const Token& t) { return t.span.end <= offset; });
  return static_cast<size_t>(it - tokens.begin());
}

const char* to_string(ClaimKind k) {
  switch (k) {
    case ClaimKind::Direct: return "direct";
    case ClaimKind::Indirect: return "indirect";
    case ClaimKind::Mixed: return "mixed";
    case ClaimKind::AccordingTo: return "according-to";
    case ClaimKind::Checkworthy: return "checkworthy";
  }
  return "indirect";
}

const char* to_string(SourceType t) {
  switch (t) {
    case SourceType::Person: return "person";
    case SourceType::Organization: return "organization";
    case SourceType::Document: return "document";
    case SourceType::Anonymous: return "anonymous";
    case SourceType::Pronoun: return "pronoun";
    case SourceType::None: return "none";
  }
  return "none";
}

}  // namespace newsmark
