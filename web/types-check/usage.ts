// Compiled with `tsc --noEmit -p web` (tests/js/web_types.test.mjs): the declarations are
// valid, resolve through package.json's "exports", and type the documented usage.
import { Newsmark, extractText, paint, type NewsmarkResult, type Highlighter, type Counts, type NewsmarkWorker } from 'newsmark';

export async function usage(element: HTMLElement, text: string): Promise<Counts> {
  const nm = await Newsmark.load({ wasmUrl: '/newsmark.wasm' });
  const result: NewsmarkResult = nm.analyze(text, { id: 'doc-1' });  // synchronous on this thread
  const names: string[] = result.people.map((p) => p.name);
  const first: [number, number] | undefined = result.people[0]?.mentions[0];
  const h: Highlighter = nm.highlight(element, { people: true, claims: true, hedges: true, conditional: false });
  h.setOptions({ hedges: false });
  await h.update();
  h.clear();
  nm.dispose();

  const worker: NewsmarkWorker = await Newsmark.load({ worker: true });
  const controller = new AbortController();
  const r2: NewsmarkResult = await worker.analyze(text, { signal: controller.signal, onProgress: (p) => p.fraction });
  const hw: Highlighter = await worker.highlight(element);
  hw.clear();
  const { text: extracted, map } = extractText(element);
  const painted = paint(map, r2, { mode: 'elements', scheme: 'dark' });
  const range: Range | null = map.range(0, Math.min(4, extracted.length));
  void names; void first; void range;
  worker.dispose();
  return painted.counts;
}
