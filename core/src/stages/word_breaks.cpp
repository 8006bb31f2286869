#include "stages/word_breaks.h"

#include <unicode/uchar.h>

#include <array>

#include "stages/icu_breaks.h"
#include "stages/simd_scan.h"

namespace newsmark {

namespace {

// The scanner's character classes: ICU's Word_Break values it handles, and kIcu for the rest.
enum WordClass : uint8_t {
  kIcu = 0,       // the paragraph goes to ICU
  kLetter,        // ALetter
  kNumeric,       // Numeric
  kExtendNumLet,  // ExtendNumLet ("_", U+202F)
  kMidLetter,     // MidLetter (":" excepted, as ICU does): joins letters
  kMidNumLet,     // MidNumLet and Single_Quote (". ' ’"): joins letters or digits
  kMidNum,        // MidNum (", ;"): joins digits
  kSpace,         // WSegSpace: runs stay together
  kCR,
  kLF,
  kNewline,       // VT, FF, NEL, LS, PS
  kOther,         // a segment of its own
};

// Below CJK: the scanner handles no character at or above this.
constexpr char16_t kTableEnd = 0x2E80;

std::array<uint8_t, kTableEnd> build_classes() {
  std::array<uint8_t, kTableEnd> t{};
  for (UChar32 c = 0; c < kTableEnd; ++c) {
    uint8_t k = kIcu;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
      case U_WB_ALETTER: k = kLetter; break;
      case U_WB_NUMERIC: k = kNumeric; break;
      case U_WB_EXTENDNUMLET: k = kExtendNumLet; break;
      case U_WB_MIDLETTER: k = c == ':' ? kOther : kMidLetter; break;  // as ICU's rules say
      case U_WB_MIDNUMLET: case U_WB_SINGLE_QUOTE: k = kMidNumLet; break;
      case U_WB_MIDNUM: k = kMidNum; break;
      case U_WB_WSEGSPACE: k = kSpace; break;
      case U_WB_CR: k = kCR; break;
      case U_WB_LF: k = kLF; break;
      case U_WB_NEWLINE: k = kNewline; break;
      // Double_Quote only matters next to Hebrew letters, which go to ICU.
      case U_WB_OTHER: case U_WB_DOUBLE_QUOTE: k = kOther; break;
      default: k = kIcu; break;  // Extend, Format, ZWJ, Hebrew_Letter, Katakana, Regional_Indicator
    }
    if (c == '@') k = kLetter;  // ICU's rules add it to ALetter: "@user", "a@b.com" stay whole
    // Thai, Lao, Khmer, Myanmar...: ICU's dictionary engines; surrogates: pairs and emoji.
    if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) k = kIcu;
    if (c >= 0xD800 && c <= 0xDFFF) k = kIcu;
    t[c] = k;
  }
  return t;
}

const std::array<uint8_t, kTableEnd>& classes() {
  static const std::array<uint8_t, kTableEnd> table = build_classes();
  return table;
}

// ASCII letters and digits: the inside of most words.
constexpr std::array<bool, 128> ascii_alnum() {
  std::array<bool, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = true;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = t[c + 32] = true;
  return t;
}
constexpr std::array<bool, 128> kAsciiAlnum = ascii_alnum();

}  // namespace

WordBreaks::WordBreaks() : icu_(make_icu_breaks(BreakKind::Word)) { classes(); }

WordBreaks::~WordBreaks() = default;

void WordBreaks::icu_segments(std::u16string_view text, uint32_t offset, std::vector<Span>& out) {
  if (text.empty()) return;
  uint32_t start = 0;
  for_each_icu_boundary(*icu_, text, [&](uint32_t b) {
    if (b > 0) out.push_back({offset + start, offset + b});
    start = b;
  });
}

void WordBreaks::segments(std::u16string_view text, std::vector<Span>& out, bool skip_space) {
  const std::array<uint8_t, kTableEnd>& table = classes();
  const size_t n = text.size();
  auto cls = [&](size_t k) -> uint8_t { return text[k] < kTableEnd ? table[text[k]] : uint8_t(kIcu); };
  size_t paragraph = 0;         // where the current paragraph starts
  size_t mark = out.size();     // its first segment in `out`
  size_t i = 0;
  while (i < n) {
    const uint8_t c = cls(i);
    size_t j = i + 1;
    switch (c) {
      case kIcu: {
        // Undo what the scanner found in this paragraph and let ICU do all of it.
        const size_t end = paragraph_end(text, i, true);
        out.resize(mark);
        icu_segments(text.substr(paragraph, end - paragraph), static_cast<uint32_t>(paragraph), out);
        i = paragraph = end;
        mark = out.size();
        continue;
      }
      case kCR:
      case kLF:
      case kNewline:
        if (c == kCR && j < n && text[j] == '\n') ++j;  // WB3: CR x LF
        if (!skip_space) out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
        i = paragraph = j;
        mark = out.size();
        continue;
      case kSpace:
        while (j < n && cls(j) == kSpace) ++j;  // WB3d
        if (skip_space) {
          i = j;
          continue;
        }
        break;
      case kLetter:
      case kNumeric:
      case kExtendNumLet: {
        uint8_t prev = c;
        // The common case first: a run of ASCII letters or digits.
#ifdef __wasm_simd128__
        // In wasm, eight units a step to the first that is not an ASCII letter or digit.
        j = simd_scan_to_stop(text, j, [](v128_t units) {
          const v128_t not_letter = wasm_u16x8_ge(
              wasm_i16x8_sub(wasm_v128_or(units, wasm_i16x8_splat(0x20)), wasm_i16x8_splat(u'a')), wasm_i16x8_splat(26));
          const v128_t not_digit = wasm_u16x8_ge(wasm_i16x8_sub(units, wasm_i16x8_splat(u'0')), wasm_i16x8_splat(10));
          return wasm_v128_and(not_letter, not_digit);
        });
#endif
        while (j < n && text[j] < 0x80 && kAsciiAlnum[text[j]]) ++j;
        if (j > i + 1) prev = table[text[j - 1]];  // the run's last unit, an ASCII letter or digit
        while (j < n) {
          const uint8_t d = cls(j);
          if (d == kLetter || d == kNumeric || d == kExtendNumLet) {  // WB5, WB8-10, WB13a-b
            prev = d;
            ++j;
          } else if (j + 1 < n && prev == kLetter && (d == kMidLetter || d == kMidNumLet) && cls(j + 1) == kLetter) {
            j += 2;  // WB6-7: "don't", "U.S"
          } else if (j + 1 < n && prev == kNumeric && (d == kMidNum || d == kMidNumLet) && cls(j + 1) == kNumeric) {
            j += 2;  // WB11-12: "3,400.50"
          } else {
            break;
          }
        }
        break;
      }
      default:
        break;  // WB999: one character
    }
    out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    i = j;
  }
}

}  // namespace newsmark
