// Newsmark's JS API: load the wasm core, analyze text, highlight an element.
//
//   import { Newsmark } from './newsmark.mjs';
//   const nm = await Newsmark.load();              // finds newsmark.wasm beside this module
//   const result = nm.analyze(text);               // the core's result format (UTF-16 offsets)
//   const h = nm.highlight(element, { people: true, claims: true, hedges: true, conditional: false });
//   h.counts; h.update(); h.clear();
//   nm.dispose();
//
// With { worker: true } analysis runs in a Worker and analyze/highlight return promises
// (options onProgress and signal: progress per pipeline stage, cancellation).
// extractText and paint are exported on their own for callers that analyze elsewhere.

import { loadCore } from './core.mjs';
import { assertWasmFeatures } from './wasm-features.mjs';
import { Engine } from './engine.mjs';
import { abortError, WorkerClient } from './worker-client.mjs';
import { extractText, TextMap } from './text-extract.mjs';
import { DEFAULT_OPTIONS, Highlighter, paint } from './paint.mjs';

export { extractText, TextMap, paint, Highlighter, DEFAULT_OPTIONS };
export { describeClaim, describeHedge, describeItem, describePerson, sourceGroup, SOURCE_GROUPS, SOURCE_GROUP_LABEL, claimSourceName } from './describe.mjs';
export { contrastPairs, contrastRatio, CATEGORY_LABEL, CATEGORY_DESCRIPTION, PERSON_PALETTE, swatchStyle, detectScheme } from './styles.mjs';
export { claimSpan, hedgeShown } from './paint-items.mjs';

export class Newsmark {
  #engine = null;     // main-thread mode
  #client = null;     // worker mode
  #highlighters = new Set();   // those highlight() made: cleared by dispose()

  constructor(backend) {
    if (backend instanceof WorkerClient) this.#client = backend;
    else this.#engine = backend;
  }

  // options: { wasmUrl, wasmBinary, worker }
  static async load(options = {}) {
    assertWasmFeatures();  // here, so that worker mode too is told before anything is fetched
    if (options.worker) return new Newsmark(await WorkerClient.start(options));
    return new Newsmark(new Engine(await loadCore(options)));
  }

  get worker() {
    return !!this.#client;
  }

  get version() {
    return this.#client ? this.#client.version : this.#engine?.version;
  }

  // options: { id, onProgress, signal }. Returns the result (a Promise in worker mode).
  analyze(text, options = {}) {
    if (this.#client) return this.#client.analyze(text, options);
    if (!this.#engine) throw new Error('Newsmark: analyze() after dispose()');
    if (options.signal?.aborted) throw abortError();
    const { onProgress } = options;
    const onStage = onProgress
      ? (index, count, stage) => onProgress({ phase: index < count ? 'analyze' : 'done', stage, index, count, fraction: count ? index / count : 1 })
      : undefined;
    return this.#engine.analyze(text, { id: options.id, onStage });
  }

  // Reads the visible text under element, analyzes it and paints the result. options: those
  // of paint() plus { id, onProgress, signal }. Returns a Highlighter (a Promise in worker
  // mode); its update() re-reads and re-analyzes the element.
  highlight(element, options = {}) {
    const { id, onProgress, signal, ...paintOptions } = options;
    const analyzeOptions = { id, onProgress, signal };
    for (const h of this.#highlighters) {
      if (h.element === element) {
        h.clear();
        this.#highlighters.delete(h);
      }
    }
    // Reads the element and analyzes its text: { map, result } (a Promise in worker mode).
    const read = () => {
      const { text, map } = extractText(element);
      const result = this.analyze(text, analyzeOptions);
      return result instanceof Promise ? result.then((r) => ({ map, result: r })) : { map, result };
    };
    const make = ({ map, result }) => {
      const h = new Highlighter(map, result, paintOptions, read);
      h.element = element;
      this.#highlighters.add(h);
      return h;
    };
    const first = read();
    return first instanceof Promise ? first.then(make) : make(first);
  }

  // Frees the wasm module (terminates the worker) and clears every highlighter it made.
  dispose() {
    for (const h of this.#highlighters) h.clear();
    this.#highlighters.clear();
    this.#engine?.dispose();
    this.#engine = null;
    this.#client?.dispose();
  }
}

// The parts, also as statics, so the classic-script global (self.Newsmark) offers them too.
Newsmark.extractText = extractText;
Newsmark.paint = paint;

export default Newsmark;
