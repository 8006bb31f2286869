// The document model every pipeline stage reads and writes.
//
// A Document owns the article text as UTF-16 (the unit of the DOM, of JavaScript strings
// and of ICU), so every offset here can be handed to a DOM Range unchanged. Stages add
// layers on top: tokens and sentences (segmentation), then people, claims and hedges.
// Spans are half-open [start, end) in UTF-16 code units.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool operator==(const Span& o) const { return start == o.start && end == o.end; }
};

// Token features are bit flags so the tagger and the rules can test them cheaply.
enum TokenFlag : uint32_t {
  kWord = 1u << 0,          // contains a letter or a digit
  kAlpha = 1u << 1,         // letters only (apostrophes and hyphens allowed inside)
  kDigit = 1u << 2,         // contains a decimal digit
  kAllDigits = 1u << 3,     // digits only (with , and . inside: "3,400.50")
  kUpper = 1u << 4,         // has letters, all upper case ("NATO", "U.S.")
  kLower = 1u << 5,         // has letters, all lower case
  kTitle = 1u << 6,         // first letter upper case, the rest not all upper ("Trump", "McDonald")
  kPunct = 1u << 7,         // no letter or digit
  kOpenQuote = 1u << 8,     // “ ‘ « „ or a straight quote that opens (after space or start)
  kCloseQuote = 1u << 9,    // ” ’ » or a straight quote that closes
  kOpenBracket = 1u << 10,  // ( [ {
  kCloseBracket = 1u << 11, // ) ] }
  kSpaceBefore = 1u << 12,  // white space (or the start of text) right before the token
  kParagraphStart = 1u << 13,  // first token of a paragraph (after a line break or at start)
  kSentenceStart = 1u << 14,   // first token of its sentence
  kAbbreviation = 1u << 15,    // ends in a period that belongs to the word ("Mr.", "U.S.")
  kHyphenated = 1u << 16,      // letters joined by hyphens ("Jong-un", "al-Turabi")
  kPossessive = 1u << 17,      // the clitic 's / ’s split off a word ("Trump" + "'s")
  kAsciiLetters = 1u << 18,    // ASCII letters only ("Trump", "said"; not "Jong-un", "café", "U.S.")
};

struct Token {
  Span span;
  uint32_t flags = 0;
  uint32_t sentence = 0;  // index into Document::sentences
  // hash_lower() of the text (core/src/stages/feature_hash.h: FNV-1a of the units, ASCII and
  // Latin-1 letters folded, ’ as '), set by the segmenter: the key of word lists and hashed
  // features, computed once instead of by each stage that looks words up.
  uint32_t lower = 0;
  bool has(uint32_t f) const { return (flags & f) != 0; }
};

struct Sentence {
  Span span;                   // trimmed of surrounding white space
  uint32_t first_token = 0;    // tokens [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t paragraph = 0;      // index of the paragraph (blocks separated by line breaks)
  double checkworthy = 0.0;    // 0..1, set by the check-worthiness stage
  double hedge = 0.0;          // 0..1, set by the hedge stage
};

struct Person {
  std::u16string name;             // the fullest form the article uses
  std::vector<Span> mentions;      // name only, no honorific ("Mr [Trump]")
  std::vector<Span> descriptors;   // role phrases tied to the person
};

enum class ClaimKind { Direct, Indirect, Mixed, AccordingTo, Checkworthy };
enum class SourceType { Person, Organization, Document, Anonymous, Pronoun, None };

struct Claim {
  ClaimKind kind = ClaimKind::Indirect;
  std::optional<Span> source;
  SourceType source_type = SourceType::None;
  int person = -1;                 // index into Document::people, or -1
  std::optional<Span> cue;
  std::string cue_class;           // neutral, distancing, denial, ...; empty for check-worthy
  std::optional<Span> content;
};

struct Hedge {
  Span span;
  std::string type;                // modal, unverified, evidential, ...
  std::string explanation;         // one sentence a reader understands
};

class Document {
 public:
  explicit Document(std::u16string text, std::string id_json = {})
      : text_(std::move(text)), id_json_(std::move(id_json)) {}

  const std::u16string& text() const { return text_; }
  std::u16string_view view(Span s) const { return std::u16string_view(text_).substr(s.start, s.size()); }
  uint32_t length() const { return static_cast<uint32_t>(text_.size()); }

  // The caller's document id as a JSON value (already serialized), or empty when none.
  const std::string& id_json() const { return id_json_; }

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Person> people;
  std::vector<Claim> claims;
  std::vector<Hedge> hedges;

  std::u16string_view token_text(size_t i) const { return view(tokens[i].span); }
  // The text of `s` in `text`, a view of text() taken once before a loop over many tokens:
  // through token_text() every token reads the string's representation again (the stores the
  // loop makes might have changed it, for all the compiler knows).
  static std::u16string_view span_text(std::u16string_view text, Span s) { return text.substr(s.start, s.size()); }
  // A one-unit token's unit (every mark is one), or 0 for a longer token: read without a view.
  char16_t token_unit(size_t i) const { return tokens[i].span.size() == 1 ? text_[tokens[i].span.start] : u'\0'; }
  // Number of word tokens (letters or digits), the denominator of densities.
  uint32_t word_count() const;
  // Index of the first token whose span ends after `offset` (tokens.size() if none).
  size_t token_at_or_after(uint32_t offset) const;

 private:
  std::u16string text_;
  std::string id_json_;
};

// The result format's labels ("direct", "anonymous", ...): views of literals, their lengths
// known without a strlen (a byte loop in wasm) for every claim.
std::string_view to_string(ClaimKind k);
std::string_view to_string(SourceType t);

}  // namespace newsmark
