#include "stages/sentence_breaks.h"

#include <unicode/uchar.h>

#include <array>

#include "stages/icu_breaks.h"
#include "stages/simd_scan.h"

namespace newsmark {

namespace {

// The scanner's classes: ICU's Sentence_Break values, and kIcu for what it leaves to ICU.
enum SentenceClass : uint8_t {
  kIcu = 0,    // Extend, Format, and everything from CJK up or outside the BMP
  kOther,
  kOLetter,    // letters without case
  kUpper,
  kLower,
  kNumeric,
  kATerm,      // "."
  kSTerm,      // "?", "!"
  kClose,      // quotes, brackets
  kSp,
  kSContinue,  // ",", "-", ":", "–", "—"
  kCR,
  kLF,
  kSep,        // NEL, LS, PS
};

constexpr char16_t kTableEnd = 0x2E80;

std::array<uint8_t, kTableEnd> build_classes() {
  std::array<uint8_t, kTableEnd> t{};
  for (UChar32 c = 0; c < kTableEnd; ++c) {
    uint8_t k = kIcu;
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
      case U_SB_OTHER: k = kOther; break;
      case U_SB_OLETTER: k = kOLetter; break;
      case U_SB_UPPER: k = kUpper; break;
      case U_SB_LOWER: k = kLower; break;
      case U_SB_NUMERIC: k = kNumeric; break;
      case U_SB_ATERM: k = kATerm; break;
      case U_SB_STERM: k = kSTerm; break;
      case U_SB_CLOSE: k = kClose; break;
      case U_SB_SP: k = kSp; break;
      case U_SB_SCONTINUE: k = kSContinue; break;
      case U_SB_CR: k = kCR; break;
      case U_SB_LF: k = kLF; break;
      case U_SB_SEP: k = kSep; break;
      default: k = kIcu; break;  // Extend, Format
    }
    if (c >= 0xD800 && c <= 0xDFFF) k = kIcu;
    t[c] = k;
  }
  return t;
}

const std::array<uint8_t, kTableEnd>& classes() {
  static const std::array<uint8_t, kTableEnd> table = build_classes();
  return table;
}

// The ASCII characters the scanner must stop at: terminators and paragraph separators.
constexpr std::array<bool, 128> ascii_stops() {
  std::array<bool, 128> t{};
  t['.'] = t['?'] = t['!'] = t['\r'] = t['\n'] = true;
  return t;
}
constexpr std::array<bool, 128> kAsciiStop = ascii_stops();

bool is_paragraph_separator(uint8_t k) { return k == kCR || k == kLF || k == kSep; }

// SB8 looks past everything but these for a lower-case letter ("etc. and", "p.m. (local) on").
bool stops_lower_lookahead(uint8_t k) {
  return k == kIcu || k == kOLetter || k == kUpper || k == kLower || k == kATerm || k == kSTerm ||
         is_paragraph_separator(k);
}

}  // namespace

SentenceBreaks::SentenceBreaks() : icu_(make_icu_breaks(BreakKind::Sentence)) { classes(); }

SentenceBreaks::~SentenceBreaks() = default;

void SentenceBreaks::icu_boundaries(std::u16string_view text, uint32_t offset, std::vector<uint32_t>& out) {
  for_each_icu_boundary(*icu_, text, [&](uint32_t b) {
    if (out.empty() || out.back() != offset + b) out.push_back(offset + b);
  });
}

void SentenceBreaks::boundaries(std::u16string_view text, std::vector<uint32_t>& out) {
  const std::array<uint8_t, kTableEnd>& table = classes();
  const size_t n = text.size();
  auto cls = [&](size_t k) -> uint8_t { return text[k] < kTableEnd ? table[text[k]] : uint8_t(kIcu); };
  out.push_back(0);
  size_t paragraph = 0;      // where the current paragraph starts
  size_t mark = out.size();  // its first boundary in `out`
  auto end_paragraph = [&](size_t at) {
    out.push_back(static_cast<uint32_t>(at));
    paragraph = at;
    mark = out.size();
  };
  size_t i = 0;
  while (i < n) {
    const uint8_t c = cls(i);
    if (c == kIcu) {
      // Undo what the scanner found in this paragraph and let ICU do all of it.
      const size_t end = paragraph_end(text, i, false);
      out.resize(mark);
      icu_boundaries(text.substr(paragraph, end - paragraph), static_cast<uint32_t>(paragraph), out);
      i = paragraph = end;
      mark = out.size();
      continue;
    }
    if (is_paragraph_separator(c)) {  // SB3, SB4
      end_paragraph(c == kCR && i + 1 < n && text[i + 1] == '\n' ? i + 2 : i + 1);
      i = paragraph;
      continue;
    }
    if (c != kATerm && c != kSTerm) {
      // Most of a paragraph is text between terminators: skip the ASCII that needs no look.
      ++i;
#ifdef __wasm_simd128__
      // In wasm, eight units a step to the first that is not ASCII or is in kAsciiStop.
      i = simd_scan_to_stop(text, i, [](v128_t units) {
        return wasm_v128_or(
            wasm_v128_or(wasm_u16x8_gt(units, wasm_i16x8_splat(0x7F)),
                         wasm_v128_or(wasm_i16x8_eq(units, wasm_i16x8_splat(u'.')), wasm_i16x8_eq(units, wasm_i16x8_splat(u'?')))),
            wasm_v128_or(wasm_i16x8_eq(units, wasm_i16x8_splat(u'!')),
                         wasm_v128_or(wasm_i16x8_eq(units, wasm_i16x8_splat(u'\r')), wasm_i16x8_eq(units, wasm_i16x8_splat(u'\n')))));
      });
#endif
      while (i < n && text[i] < 0x80 && !kAsciiStop[text[i]]) ++i;
      continue;
    }
    size_t q = i + 1;
    if (c == kATerm && q < n) {
      const uint8_t d = cls(q);
      if (d == kNumeric) {  // SB6: "3.5"
        i = q;
        continue;
      }
      if (d == kUpper && i > 0 && (cls(i - 1) == kUpper || cls(i - 1) == kLower)) {  // SB7: "U.S"
        i = q;
        continue;
      }
    }
    while (q < n && cls(q) == kClose) ++q;  // SB9
    while (q < n && cls(q) == kSp) ++q;     // SB10
    if (q < n) {
      const uint8_t d = cls(q);
      if (d == kIcu || d == kSContinue || d == kATerm || d == kSTerm) {  // SB8a (or ICU's turn)
        i = q;
        continue;
      }
      if (c == kATerm) {  // SB8: a lower-case word before any letter or terminator
        size_t k = q;
        while (k < n && !stops_lower_lookahead(cls(k))) ++k;
        if (k < n && (cls(k) == kLower || cls(k) == kIcu)) {
          i = cls(k) == kIcu ? k : q;
          continue;
        }
      }
      if (is_paragraph_separator(d)) {  // SB11 takes the separator along
        end_paragraph(d == kCR && q + 1 < n && text[q + 1] == '\n' ? q + 2 : q + 1);
        i = paragraph;
        continue;
      }
      out.push_back(static_cast<uint32_t>(q));  // SB11
    }
    i = q;
  }
  if (out.back() != n) out.push_back(static_cast<uint32_t>(n));
}

}  // namespace newsmark
