// Loads the wasm core for ES-module contexts (pages, module workers, node 20). This file is
// bundled into web/dist/newsmark.mjs and newsmark-worker.mjs, so relative URLs here resolve
// against web/dist/, where the glue and newsmark.wasm sit.
//
// Browsers and workers import the ES-module glue; node loads the CommonJS glue and hands it
// the wasm bytes (Emscripten 3.1.6's ES6 glue does not run under node, and its loader cannot
// fetch a file path in node 20).

export const isNode = typeof process === 'object' && process.versions != null && process.versions.node != null;

async function loadFactory() {
  if (isNode) {
    const { createRequire } = await import('node:module');
    return createRequire(import.meta.url)('./newsmark-core.cjs');
  }
  return (await import('./newsmark-core.mjs')).default;
}

async function moduleOptions({ wasmUrl, wasmBinary }) {
  if (wasmBinary) return { wasmBinary };
  const url = String(wasmUrl ?? new URL('./newsmark.wasm', import.meta.url).href);
  if (isNode && !/^(https?|blob|data):/.test(url)) {
    const { readFile } = await import('node:fs/promises');
    return { wasmBinary: await readFile(url.startsWith('file:') ? new URL(url) : url) };
  }
  return { locateFile: () => url };
}

// options: { wasmUrl, wasmBinary } → the Emscripten module.
export async function loadCore(options = {}) {
  const factory = await loadFactory();
  return factory(await moduleOptions(options));
}

// Where the worker script is, and how to start it.
export function workerScript() {
  return { url: new URL('./newsmark-worker.mjs', import.meta.url), type: 'module' };
}
