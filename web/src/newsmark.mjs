// Newsmark's JS entry: loads the wasm core and returns the same result objects as the CLI.
//
//   import { Newsmark } from './newsmark.mjs';
//   const nm = await Newsmark.load();          // finds newsmark.wasm beside this module
//   const result = nm.analyze(text, { id });   // offsets are UTF-16 code units, as in the DOM
//   nm.dispose();
//
// In browsers and workers it imports the ES-module glue; in node it loads the CommonJS glue
// and hands it the wasm bytes (Emscripten 3.1.6's loader cannot fetch a file path in node 20).

const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;

async function loadFactory() {
  if (isNode) {
    const { createRequire } = await import('node:module');
    return createRequire(import.meta.url)('./newsmark-core.cjs');
  }
  return (await import('./newsmark-core.mjs')).default;
}

async function moduleOptions(wasmUrl) {
  const url = wasmUrl ?? new URL('./newsmark.wasm', import.meta.url).href;
  if (isNode && !/^https?:/.test(String(url))) {
    const { readFile } = await import('node:fs/promises');
    const path = String(url).startsWith('file:') ? new URL(url) : url;
    return { wasmBinary: await readFile(path) };
  }
  return { locateFile: () => String(url) };
}

export class Newsmark {
  #core;
  #analyzer;

  constructor(core) {
    this.#core = core;
    this.#analyzer = new core.Analyzer();
  }

  // options.wasmUrl: where newsmark.wasm is, when it is not beside this module.
  static async load(options = {}) {
    const factory = await loadFactory();
    const core = await factory(await moduleOptions(options.wasmUrl));
    return new Newsmark(core);
  }

  get version() {
    return this.#core.version();
  }

  // text: any JavaScript string (lone surrogates and NULs included). options.id is echoed.
  analyze(text, options = {}) {
    if (!this.#analyzer) throw new Error('Newsmark: analyze() after dispose()');
    if (typeof text !== 'string') throw new TypeError('Newsmark: analyze() takes a string');
    const idJson = options.id === undefined ? '' : JSON.stringify(options.id);
    const core = this.#core;
    const ptr = core._malloc(Math.max(2, text.length * 2));
    if (!ptr) throw new RangeError('Newsmark: text too large for the wasm heap');
    try {
      const heap = core.HEAPU16;
      const base = ptr >>> 1;
      for (let i = 0; i < text.length; i++) heap[base + i] = text.charCodeAt(i);
      return JSON.parse(this.#analyzer.analyzeUtf16(ptr, text.length, idJson));
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

export default Newsmark;
