// Loads the wasm core for classic scripts (an MV3 service worker, a content script, a page
// without modules): the build swaps this file in for core.mjs and bundles the glue into the
// script itself, since those contexts cannot import() it. newsmark.wasm is looked for beside
// the script (pass wasmUrl where the script's own URL is unknown, as in content scripts).

import createCore from 'newsmark-core-glue';

export const isNode = false;

// The script's own URL, read while it first runs (document.currentScript is null later).
const scriptUrl = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src)
  || (typeof self !== 'undefined' && self.location && self.location.href)
  || undefined;

export async function loadCore({ wasmUrl, wasmBinary } = {}) {
  if (wasmBinary) return createCore({ wasmBinary });
  if (!wasmUrl && !scriptUrl) throw new Error('Newsmark: cannot tell where newsmark.wasm is; pass { wasmUrl }');
  const url = String(wasmUrl ?? new URL('newsmark.wasm', scriptUrl).href);
  return createCore({ locateFile: () => url });
}

export function workerScript() {
  if (!scriptUrl) throw new Error('Newsmark: cannot tell where newsmark-worker.js is');
  return { url: new URL('newsmark-worker.js', scriptUrl), type: 'classic' };
}
