#include "stages/cue_features.h"

#include "stages/feature_hash.h"
#include "stages/stem_hash.h"
#include "stages/word_set.h"

namespace newsmark {

namespace {

enum Shape : uint8_t { kShPunct, kShLower, kShTitle, kShUpper, kShDigit, kShOpenQ, kShCloseQ, kShComma, kShColon,
                       kShStop, kShBoundary, kShOther };

uint8_t shape_of(const Document& doc, size_t i) {
  const Token& t = doc.tokens[i];
  if (t.has(kOpenQuote)) return kShOpenQ;
  if (t.has(kCloseQuote)) return kShCloseQ;
  if (t.has(kPunct)) {
    switch (doc.token_unit(i)) {  // the marks named here are one unit long (0 for longer)
      case u',': return kShComma;
      case u':': return kShColon;
      case u'.': case u'?': case u'!': return kShStop;
      default: return kShPunct;
    }
  }
  if (t.has(kDigit)) return kShDigit;
  if (t.has(kUpper)) return kShUpper;
  if (t.has(kTitle)) return kShTitle;
  if (t.has(kLower)) return kShLower;
  return kShOther;
}

const uint32_t kThat = hash_lower(u"that");
constexpr uint32_t kBoundaryWord = 0x9e3779b9u;

const WordSet kFunctionWords{u"the", u"a", u"an", u"of", u"and", u"or", u"to", u"in", u"on", u"for", u"with",
                             u"at", u"by", u"from", u"is", u"was", u"are", u"were", u"be", u"been", u"it", u"he",
                             u"she", u"they", u"his", u"her", u"their", u"its", u"this", u"which", u"who",
                             u"but", u"not", u"has", u"have", u"had", u"will", u"would", u"i", u"we", u"you",
                             u"that", u"about", u"than", u"them", u"him", u"our", u"my", u"your", u"there"};

}  // namespace

bool is_cue_function_word(uint32_t word_hash) { return kFunctionWords.contains(word_hash); }

void prepare_cue_context(const Document& doc, const std::vector<Quote>& quotes, const CueLexicon& lexicon,
                         CueContext& ctx) {
  const size_t n = doc.tokens.size();
  ctx.word.resize(n);
  ctx.shape.resize(n);
  ctx.cls.assign(n, 0);
  ctx.lemma.assign(n, 0);
  ctx.lex_first.assign(n, 0);
  ctx.quote.assign(n, -1);
  ctx.sentence_cues.assign(doc.sentences.size(), 0);
  for (size_t i = 0; i < n; ++i) {
    ctx.word[i] = token_hash_lower(doc, i);
    ctx.shape[i] = shape_of(doc, i);
  }
  for (size_t q = 0; q < quotes.size(); ++q) {
    for (uint32_t t = quotes[q].first_token; t < quotes[q].end_token; ++t) ctx.quote[t] = static_cast<int32_t>(q);
    // The marks' shapes as the quote finder paired them ('' included).
    ctx.shape[quotes[q].first_token] = kShOpenQ;
    if (quotes[q].closed) ctx.shape[quotes[q].end_token - 1] = kShCloseQ;
  }
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      if (!doc.tokens[i].has(kWord) || ctx.cls[i] != 0 || !lexicon.may_start(ctx.word[i])) continue;
      const CueLexicon::Match m = lexicon.match(&ctx.word[i], s.end_token - i);
      if (m.tokens == 0) continue;
      ctx.lex_first[i] = 1;
      for (size_t k = i; k < i + m.tokens; ++k) {
        ctx.cls[k] = static_cast<uint8_t>(m.cls);
        ctx.lemma[k] = m.lemma;
      }
      if (ctx.quote[i] < 0 && ctx.sentence_cues[si] < 3) ++ctx.sentence_cues[si];
    }
  }
}

namespace {

// Marks of quote_near: an opening or closing quote before the word; those or a colon after it.
constexpr uint32_t kQuoteShapes = (1u << kShOpenQ) | (1u << kShCloseQ);
constexpr uint32_t kQuoteOrColonShapes = kQuoteShapes | (1u << kShColon);
static_assert(kShOther < 32, "shapes are bit positions in a uint32_t");

// What the features read around a token: the words from 2 before to 4 after, the shapes from 3
// before to 3 after (kBoundaryWord and kShBoundary outside the sentence).
struct Window {
  uint32_t wm2, wm1, wp1, wp2, wp3, wp4;
  uint32_t shm3, shm2, shm1, shp1, shp2, shp3;
};

Window window_of(const CueContext& ctx, const Sentence& s, size_t i) {
  // Most tokens sit far enough inside their sentence to be read without bounds tests.
  if (i >= s.first_token + 3 && i + 4 < s.end_token) {
    const uint32_t* w = ctx.word.data() + i;
    const uint8_t* sh = ctx.shape.data() + i;
    return {w[-2], w[-1], w[1], w[2], w[3], w[4], sh[-3], sh[-2], sh[-1], sh[1], sh[2], sh[3]};
  }
  const long li = static_cast<long>(i);
  auto word = [&](long k) -> uint32_t {
    return (k < static_cast<long>(s.first_token) || k >= static_cast<long>(s.end_token)) ? kBoundaryWord
                                                                                         : ctx.word[static_cast<size_t>(k)];
  };
  auto shape = [&](long k) -> uint32_t {
    return (k < static_cast<long>(s.first_token) || k >= static_cast<long>(s.end_token)) ? uint32_t{kShBoundary}
                                                                                         : ctx.shape[static_cast<size_t>(k)];
  };
  return {word(li - 2),  word(li - 1),  word(li + 1),  word(li + 2),  word(li + 3),  word(li + 4),
          shape(li - 3), shape(li - 2), shape(li - 1), shape(li + 1), shape(li + 2), shape(li + 3)};
}

}  // namespace

size_t cue_features(const Document& doc, const CueContext& ctx, size_t i, uint32_t* out) {
  const Sentence& s = doc.sentences[doc.tokens[i].sentence];
  const auto [wm2, wm1, wp1, wp2, wp3, wp4, shm3, shm2, shm1, shp1, shp2, shp3] = window_of(ctx, s, i);
  const uint32_t w0 = ctx.word[i], sh0 = ctx.shape[i];
  const uint32_t cls = ctx.cls[i];
  const std::u16string_view text = doc.token_text(i);
  const uint32_t suffix = hash_lower(text.size() > 3 ? text.substr(text.size() - 3) : text);

  const bool that_follows = wp1 == kThat || wp2 == kThat || wp3 == kThat || wp4 == kThat;
  uint32_t quote_near = 0;  // bit 0: a mark within 3 tokens before, bit 1: within 3 after
  if (((1u << shm3) | (1u << shm2) | (1u << shm1)) & kQuoteShapes) quote_near |= 1;
  if (((1u << shp1) | (1u << shp2) | (1u << shp3)) & kQuoteOrColonShapes) quote_near |= 2;
  const uint32_t pos = i == s.first_token ? 0 : (i + 1 == s.end_token || shp1 == kShStop) ? 1 : (i < s.first_token + 4) ? 2 : 3;
  // Other cue words in the sentence: "said he wants", or a verb that only looks like one.
  const uint32_t others = ctx.sentence_cues[doc.tokens[i].sentence] - (ctx.lex_first[i] && cls ? 1 : 0);

  // The word without its inflection stands for it where the word is read with its context
  // (templates 1, 6, 7, 20, 21, 23, 24): "warned that" then teaches "warns that", seen less often.
  // The word itself keeps its second slot (31), so forms that differ keep their own weight.
  const uint32_t stem = token_stem_hash(doc.tokens[i], text, w0);

  // 26 templates (a train cross-validation dropped a dozen more without loss). The class and
  // the shape also sit in a second slot each (templates 14, 26): with hashed weights, two slots
  // average out collisions. The word's own slot is 31; template 1 holds its stem.
  size_t n = 0;
  out[n++] = feature(1, stem);
  out[n++] = feature(2, wm1);
  out[n++] = feature(3, wp1);
  out[n++] = feature(4, wm2);
  out[n++] = feature(5, wp2);
  out[n++] = feature(6, wm1, stem);
  out[n++] = feature(7, stem, wp1);
  out[n++] = feature(8, suffix);
  out[n++] = feature(9, shm1 * 16 + sh0, shp1);
  out[n++] = feature(10, cls);
  out[n++] = feature(12, cls, wp1);
  out[n++] = feature(14, cls);
  out[n++] = feature(15, cls, quote_near);
  out[n++] = feature(16, cls, that_follows);
  out[n++] = feature(18, cls, pos);
  out[n++] = feature(19, ctx.lemma[i]);
  out[n++] = feature(20, stem, shp1);
  out[n++] = feature(21, stem, shm1);
  out[n++] = feature(23, stem, that_follows);
  out[n++] = feature(24, stem, quote_near);
  out[n++] = feature(26, 0, sh0);
  out[n++] = feature(31, w0);
  out[n++] = feature(33, wp1, wp2);
  out[n++] = feature(34, wm2, wm1);
  out[n++] = feature(37, cls, others);
  out[n++] = feature(38, suffix, others);
  return n;
}

}  // namespace newsmark
