// The analyzer over a loaded core: copies the text into the wasm heap (UTF-8, or UTF-16 when it
// holds lone surrogates) and builds the result objects from the packed words read off the heap
// (web/bindings/newsmark_wasm.cpp, web/src/packed-result.mjs). Used on the main thread
// (Newsmark) and inside the worker.

import { unpackResult } from './packed-result.mjs';

const encoder = new TextEncoder();

// Copies text into the wasm heap as analyzePacked takes it: a well-formed string as UTF-8
// (TextEncoder.encodeInto, native and fast; at most three bytes a unit), any other (lone
// surrogates) unit by unit as UTF-16. Returns the buffer (the core frees it), its size (bytes
// or units) and which form it is. Exported for the benchmarks (scripts/bench_parts), so they
// time the same steps as analyze().
export function textIntoHeap(core, text) {
  const utf8 = typeof text.isWellFormed === 'function' && text.isWellFormed();
  const room = Math.max(4, text.length * (utf8 ? 3 : 2));
  const ptr = core._malloc(room);
  if (!ptr) throw new RangeError('Newsmark: text too large for the wasm heap');
  let size = text.length;
  if (utf8) {
    size = encoder.encodeInto(text, core.HEAPU8.subarray(ptr, ptr + room)).written;
  } else {
    const heap = core.HEAPU16;
    const base = ptr >>> 1;
    for (let i = 0; i < text.length; i++) heap[base + i] = text.charCodeAt(i);
  }
  return { ptr, size, utf8 };
}

// The result objects of analyzePacked's packed result (count words, 0 when the core could not
// read the text), read in place: it stays in the wasm heap until the analyzer's next call.
export function readResult(core, analyzer, count, idJson) {
  if (count === 0) throw new Error('Newsmark: the core could not read the text');
  const at = analyzer.resultPointer();
  const buffer = core.HEAPU8.buffer;
  return unpackResult(new Int32Array(buffer, at, count), new Uint16Array(buffer, at, count * 2), idJson);
}

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
    if (typeof idJson !== 'string') throw new TypeError('Newsmark: the id must be a JSON value');
    const { ptr, size, utf8 } = textIntoHeap(this.#core, text);
    // The core takes the buffer over (it frees it once it has the text, before the first stage),
    // so it is not freed here, even when the call throws: every argument is one embind takes.
    const count = this.#analyzer.analyzePacked(ptr, size, utf8, idJson, onStage ?? null);
    return readResult(this.#core, this.#analyzer, count, idJson);
  }

  dispose() {
    if (this.#analyzer) {
      this.#analyzer.delete();
      this.#analyzer = null;
    }
  }
}
