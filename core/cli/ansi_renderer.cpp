#include "ansi_renderer.h"

#include <algorithm>
#include <cstdio>

#include "newsmark/newsmark.h"
#include "utf.h"

namespace newsmark {

namespace {

// What paints a code unit, strongest first: a person's name, a hedge, a claim's cue,
// its source, its content. One style per unit keeps the escape codes simple.
enum Paint : uint8_t { kNone, kContent, kSource, kCue, kHedge, kPersonBase };

constexpr const char* kPersonColours[] = {"\x1b[1;34m", "\x1b[1;32m", "\x1b[1;35m", "\x1b[1;36m", "\x1b[1;31m",
                                          "\x1b[1;94m", "\x1b[1;92m", "\x1b[1;95m"};
constexpr size_t kPersonColourCount = sizeof(kPersonColours) / sizeof(kPersonColours[0]);

std::string style_of(uint8_t p) {
  switch (p) {
    case kNone: return "\x1b[0m";
    case kContent: return "\x1b[0;3m";      // italic
    case kSource: return "\x1b[0;1m";       // bold
    case kCue: return "\x1b[0;4;35m";       // underlined magenta
    case kHedge: return "\x1b[0;30;43m";    // black on yellow
    default: return std::string("\x1b[0m") + kPersonColours[(p - kPersonBase) % kPersonColourCount];
  }
}

void paint(std::vector<uint8_t>& paints, Span s, uint8_t p) {
  for (uint32_t i = s.start; i < s.end && i < paints.size(); ++i) {
    paints[i] = std::max(paints[i], p);
  }
}

std::string format_density(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

std::string render_ansi(const Document& doc) {
  const std::u16string& text = doc.text();
  std::vector<uint8_t> paints(text.size(), kNone);
  for (const Claim& c : doc.claims) {
    if (c.content) paint(paints, *c.content, kContent);
    if (c.source) paint(paints, *c.source, kSource);
    if (c.cue) paint(paints, *c.cue, kCue);
  }
  for (const Hedge& h : doc.hedges) paint(paints, h.span, kHedge);
  for (size_t i = 0; i < doc.people.size(); ++i) {
    uint8_t p = static_cast<uint8_t>(kPersonBase + (i % kPersonColourCount));
    for (const Span& m : doc.people[i].mentions) paint(paints, m, p);
  }

  std::string out;
  out.reserve(text.size() + 1024);
  size_t run_start = 0;
  for (size_t i = 1; i <= text.size(); ++i) {
    if (i < text.size() && paints[i] == paints[run_start]) continue;
    if (paints[run_start] != kNone) out += style_of(paints[run_start]);
    out += utf16_to_utf8(std::u16string_view(text).substr(run_start, i - run_start));
    if (paints[run_start] != kNone) out += "\x1b[0m";
    run_start = i;
  }
  if (!out.empty() && out.back() != '\n') out += '\n';

  const uint32_t words = doc.word_count();
  out += "\n\x1b[1m── Newsmark ──\x1b[0m  ";
  out += std::to_string(words) + " words, " + std::to_string(doc.sentences.size()) + " sentences\n";
  out += "People (" + std::to_string(doc.people.size()) + "):";
  for (size_t i = 0; i < doc.people.size(); ++i) {
    out += (i ? ", " : " ") + style_of(static_cast<uint8_t>(kPersonBase + (i % kPersonColourCount))) +
           utf16_to_utf8(doc.people[i].name) + "\x1b[0m ×" + std::to_string(doc.people[i].mentions.size());
  }
  out += "\nClaims: " + std::to_string(doc.claims.size()) + "\n";
  out += "Hedges: " + std::to_string(doc.hedges.size()) + " (" +
         format_density(hedge_density(doc)) + " per 100 words, conditionals left out)\n";
  out += "Key: " + style_of(kPersonBase) + "person\x1b[0m " + style_of(kSource) + "source\x1b[0m " + style_of(kCue) +
         "cue\x1b[0m " + style_of(kContent) + "claim\x1b[0m " + style_of(kHedge) + "hedge\x1b[0m\n";
  return out;
}

}  // namespace newsmark
