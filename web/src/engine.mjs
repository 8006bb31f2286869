// The analyzer over a loaded core: copies the text into the wasm heap as UTF-16 and parses
// the JSON result, read off the heap (see web/bindings/newsmark_wasm.cpp). Used on the main
// thread (Newsmark) and inside the worker.

const utf8 = new TextDecoder();

export class Engine {
  #core;
  #analyzer;

  constructor(core) {
    this.#core = core;
    this.#analyzer = new core.Analyzer();
  }

  get version() {
    return this.#core.version();
  }

  get disposed() {
    return !this.#analyzer;
  }

  // text: any JavaScript string (lone surrogates and NULs included). id is echoed.
  // onStage(index, count, name), when given, is called before each pipeline stage.
  analyze(text, { id, onStage } = {}) {
    if (!this.#analyzer) throw new Error('Newsmark: analyze() after dispose()');
    if (typeof text !== 'string') throw new TypeError('Newsmark: analyze() takes a string');
    const idJson = id === undefined ? '' : JSON.stringify(id);
    const core = this.#core;
    const ptr = core._malloc(Math.max(2, text.length * 2));
    if (!ptr) throw new RangeError('Newsmark: text too large for the wasm heap');
    try {
      const heap = core.HEAPU16;
      const base = ptr >>> 1;
      for (let i = 0; i < text.length; i++) heap[base + i] = text.charCodeAt(i);
      const length = onStage
        ? this.#analyzer.analyzeUtf16Progress(ptr, text.length, idJson, onStage)
        : this.#analyzer.analyzeUtf16(ptr, text.length, idJson);
      // The JSON stays in the wasm heap until the next call: one TextDecoder call reads it.
      const at = this.#analyzer.resultPointer();
      return JSON.parse(utf8.decode(core.HEAPU8.subarray(at, at + length)));
    } finally {
      core._free(ptr);
    }
  }

  dispose() {
    if (this.#analyzer) {
      this.#analyzer.delete();
      this.#analyzer = null;
    }
  }
}
