// The analysis worker: loads the core once, then answers analyze requests one at a time,
// posting each pipeline stage as progress while the core runs (postMessage from inside the
// synchronous wasm call is delivered at once: the page's thread is not the one blocked).
// Runs as a module worker (newsmark-worker.mjs), a classic worker (newsmark-worker.js) and a
// node worker_threads worker. Messages are described in worker-client.mjs.

import { isNode, loadCore } from './core.mjs';
import { Engine } from './engine.mjs';

function connect(onMessage) {
  if (!isNode) {
    self.addEventListener('message', (e) => onMessage(e.data));
    return (m) => self.postMessage(m);
  }
  // node: worker_threads' parentPort, reached without a static import (the same source is
  // bundled for browsers).
  const ready = import('node:worker_threads').then(({ parentPort }) => {
    parentPort.on('message', onMessage);
    return parentPort;
  });
  return (m) => ready.then((p) => p.postMessage(m));
}

let engine = null;
let loading = null;
const post = connect(async (msg) => {
  try {
    if (msg.type === 'load') {
      loading = loadCore(msg.options).then((core) => (engine = new Engine(core)));
      await loading;
      post({ type: 'ready', version: engine.version });
    } else if (msg.type === 'analyze') {
      await loading;
      const onStage = (index, count, stage) => post({ type: 'progress', id: msg.id, stage, index, count, fraction: count ? index / count : 1 });
      const result = engine.analyze(msg.text, { id: msg.docId, onStage });
      post({ type: 'result', id: msg.id, result });
    } else if (msg.type === 'dispose') {
      engine?.dispose();
      engine = null;
    }
  } catch (e) {
    post({ type: 'error', id: msg.id ?? null, message: String(e?.message ?? e) });
  }
});
