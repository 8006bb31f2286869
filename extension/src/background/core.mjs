// The wasm core in the extension's own context, where 'wasm-unsafe-eval' in
// content_security_policy.extension_pages lets it compile whatever the page's CSP says.
// The Emscripten glue is a classic script that defines `createNewsmarkCore`: the Chrome service
// worker loads it with importScripts (a service worker may not use import()), Firefox's event page
// lists it before this script in background.scripts.
let analyzerPromise = null;

export function loadCore() {
  analyzerPromise ??= globalThis.createNewsmarkCore({
    locateFile: () => chrome.runtime.getURL('newsmark.wasm'),
  }).then((core) => ({ core, analyzer: new core.Analyzer() }));
  return analyzerPromise;
}

// Same calling convention as web/src/newsmark.mjs: the text goes into the wasm heap as UTF-16,
// so the result's offsets are the DOM's.
export async function analyze(text) {
  const { core, analyzer } = await loadCore();
  const ptr = core._malloc(Math.max(2, text.length * 2));
  if (!ptr) throw new RangeError('text too large for the wasm heap');
  try {
    const heap = core.HEAPU16;
    const base = ptr >>> 1;
    for (let i = 0; i < text.length; i++) heap[base + i] = text.charCodeAt(i);
    return JSON.parse(analyzer.analyzeUtf16(ptr, text.length, ''));
  } finally {
    core._free(ptr);
  }
}
