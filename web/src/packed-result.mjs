// The result objects from the core's packed words (core/src/result_packed.h): exactly what
// JSON.parse gives for the CLI's JSON (same keys in the same order, the same numbers and
// strings), without writing and parsing that text. `words` is an Int32Array, `units` a
// Uint16Array over the same bytes (the strings' UTF-16 units); idJson the id as sent.

const FORMAT = 0x4e4d5031; // "NMP1"

// String.fromCharCode over units, in slices: a name can be a very long token.
function unitsToString(units, start, length) {
  if (length <= 4096) return String.fromCharCode.apply(null, units.subarray(start, start + length));
  let s = '';
  for (let i = 0; i < length; i += 4096) {
    s += String.fromCharCode.apply(null, units.subarray(start + i, start + Math.min(length, i + 4096)));
  }
  return s;
}

export function unpackResult(words, units, idJson) {
  if (words[0] !== FORMAT) throw new Error('Newsmark: the core returned a result of an unknown format');
  let k = 1;
  const schema = words[k++];
  const length = words[k++];
  const wordCount = words[k++];
  const hedgeDensity = words[k++] / 10000;
  let at = words[k++];
  const strings = new Array(words[at++]);
  for (let i = 0; i < strings.length; i++) {
    const n = words[at++];
    strings[i] = unitsToString(units, at * 2, n);
    at += (n + 1) >>> 1;
  }
  const span = (at) => (words[at] < 0 ? null : [words[at], words[at + 1]]);
  const spans = () => {
    const out = new Array(words[k++]);
    for (let j = 0; j < out.length; j++, k += 2) out[j] = [words[k], words[k + 1]];
    return out;
  };

  const sentences = new Array(words[k++]);
  for (let i = 0; i < sentences.length; i++, k += 4) {
    sentences[i] = { span: [words[k], words[k + 1]], checkworthy: words[k + 2] / 10000, hedge: words[k + 3] / 10000 };
  }
  const people = new Array(words[k++]);
  for (let i = 0; i < people.length; i++) {
    const name = strings[words[k++]];
    const mentions = spans();
    const descriptors = spans();
    people[i] = { id: i, name, mentions, descriptors };
  }
  const claims = new Array(words[k++]);
  for (let i = 0; i < claims.length; i++, k += 10) {
    claims[i] = {
      kind: strings[words[k]],
      source: span(k + 1),
      source_type: strings[words[k + 3]],
      person: words[k + 4] < 0 ? null : words[k + 4],
      cue: span(k + 5),
      cue_class: strings[words[k + 7]],
      content: span(k + 8),
    };
  }
  const hedges = new Array(words[k++]);
  for (let i = 0; i < hedges.length; i++, k += 4) {
    hedges[i] = { span: [words[k], words[k + 1]], type: strings[words[k + 2]], explanation: strings[words[k + 3]] };
  }
  return {
    schema,
    id: idJson === '' ? null : JSON.parse(idJson),
    length,
    stats: { words: wordCount, hedge_density: hedgeDensity },
    sentences,
    people,
    claims,
    hedges,
  };
}
