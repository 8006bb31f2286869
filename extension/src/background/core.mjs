// The wasm core in the extension's own context, where 'wasm-unsafe-eval' in
// content_security_policy.extension_pages lets it compile whatever the page's CSP says.
// The Emscripten glue is a classic script that defines `createNewsmarkCore`: the Chrome service
// worker loads it with importScripts (a service worker may not use import()), Firefox's event page
// lists it before this script in background.scripts. The web API's Engine does the rest.
import { Engine } from '../../../web/src/engine.mjs';
import { assertWasmFeatures } from '../../../web/src/wasm-features.mjs';

let enginePromise = null;

export function loadCore() {
  enginePromise ??= (async () => {
    assertWasmFeatures();  // (a rejection, as a failed load would be)
    return new Engine(await globalThis.createNewsmarkCore({ locateFile: () => chrome.runtime.getURL('newsmark.wasm') }));
  })();
  return enginePromise;
}

// The result's offsets are UTF-16 code units, the DOM's.
export async function analyze(text) {
  return (await loadCore()).analyze(text);
}
