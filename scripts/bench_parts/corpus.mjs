// The benchmark texts: the 2,225 BBC articles of ../shared/corpora/news, or null when absent.
// Each timed repetition gets texts it has not seen (a repetition marker is appended), so no
// cache can answer; `bytes` counts UTF-8 bytes of what is analyzed.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const SHARED = process.env.NEWSMARK_SHARED ?? `${ROOT}/../shared`;

export function loadNews() {
  const files = ['bbc_part1.jsonl', 'bbc_part2.jsonl'].map((f) => `${SHARED}/corpora/news/${f}`);
  if (!files.every(existsSync)) return null;
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)))
    .map((d) => ({ id: d.id, text: d.text }));
}

export const fresh = (docs, rep) => docs.map((d) => ({ id: `${d.id}#${rep}`, text: `${d.text}\n\n(Repetition ${rep}.)` }));
export const utf8Bytes = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
