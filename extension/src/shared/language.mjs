// Is this page English? The core's lexicons and models are English-only for now, so the popup
// says so instead of marking noise. Two signals: the page's declared `lang`, and a quick look at
// the text itself (Latin script, and the share of very common English function words), because
// many pages declare no language or the wrong one.
const STOP_WORDS = new Set(('the of and to a in is that for it on was with as he said by at be ' +
  'his from are have has this but not they an or who were which their had been will its would').split(' '));

export function languageOf(declaredLang, text) {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const stop = words.filter((w) => STOP_WORDS.has(w)).length;
  const declared = (declaredLang || '').toLowerCase().split(/[-_]/)[0] || null;
  // English prose runs at 35-50 % of these words; other Latin-script languages well under 10 %.
  const looksEnglish = letters.length > 0 && latin / letters.length > 0.8 && words.length > 0 && stop / words.length > 0.15;
  if (words.length < 30) return { english: declared ? declared === 'en' : looksEnglish, declared };
  return { english: looksEnglish, declared };
}
