#include "newsmark/document.h"

#include <algorithm>

namespace newsmark {

uint32_t Document::word_count() const {
  return static_cast<uint32_t>(
      std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.has(kWord) && !t.has(kPossessive); }));
}

size_t Document::token_at_or_after(uint32_t offset) const {
  // A binary search without branches: each step picks its half with a select, not a jump the
  // processor mispredicts half the time (the stages ask this for every claim, quote and
  // mention; std::partition_point's branches cost several times more in wasm).
  size_t len = tokens.size();
  if (len == 0) return 0;
  const Token* base = tokens.data();
  while (len > 1) {
    const size_t half = len / 2;
    base = base[half - 1].span.end <= offset ? base + half : base;
    len -= half;
  }
  return static_cast<size_t>(base - tokens.data()) + (base->span.end <= offset ? 1 : 0);
}

std::string_view to_string(ClaimKind k) {
  switch (k) {
    case ClaimKind::Direct: return "direct";
    case ClaimKind::Indirect: return "indirect";
    case ClaimKind::Mixed: return "mixed";
    case ClaimKind::AccordingTo: return "according-to";
    case ClaimKind::Checkworthy: return "checkworthy";
  }
  return "indirect";
}

std::string_view to_string(SourceType t) {
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
