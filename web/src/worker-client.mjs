// The page's side of the analysis worker. One request runs at a time (the rest wait in a
// queue), so cancelling the running one can terminate the worker outright: a synchronous wasm
// call cannot be interrupted any other way. The next request starts a fresh worker.
//
// Messages: page → worker { type: 'load', options } | { type: 'analyze', id, text, docId }
// | { type: 'dispose' }; worker → page { type: 'ready', version } | { type: 'progress', id,
// stage, index, count, fraction } | { type: 'result', id, result } | { type: 'error', id, message }.

import { isNode, workerScript } from './core.mjs';

async function spawn() {
  const { url, type } = workerScript();
  if (isNode) {
    const { Worker } = await import('node:worker_threads');
    const w = new Worker(url);
    w.unref?.();
    return {
      post: (m) => w.postMessage(m),
      listen: (onMessage, onError) => { w.on('message', onMessage); w.on('error', onError); },
      terminate: () => w.terminate(),
    };
  }
  if (typeof Worker !== 'function') {
    throw new Error('Newsmark: this context cannot start a Worker (a service worker, say); load without { worker: true }');
  }
  const w = new Worker(url, { type, name: 'newsmark' });
  return {
    post: (m) => w.postMessage(m),
    listen: (onMessage, onError) => {
      w.addEventListener('message', (e) => onMessage(e.data));
      w.addEventListener('error', (e) => { e.preventDefault?.(); onError(new Error(e.message || 'Newsmark worker failed to start')); });
    },
    terminate: () => w.terminate(),
  };
}

// The error an aborted analysis rejects (or throws) with, as fetch() does.
export const abortError = () => {
  const e = new Error('Newsmark: analysis aborted');
  e.name = 'AbortError';
  return e;
};

export class WorkerClient {
  #options;
  #worker = null;     // Promise of { post, terminate } once ready
  #queue = [];        // requests waiting: { id, text, docId, onProgress, signal, resolve, reject }
  #running = null;
  #nextId = 1;
  #disposed = false;
  version = '';

  constructor(options) {
    this.#options = { wasmUrl: options.wasmUrl && String(options.wasmUrl), wasmBinary: options.wasmBinary };
  }

  static async start(options = {}) {
    const client = new WorkerClient(options);
    await client.#ensureWorker();
    return client;
  }

  #ensureWorker() {
    if (this.#worker) return this.#worker;
    this.#worker = spawn().then((w) => new Promise((resolve, reject) => {
      w.listen((msg) => {
        if (msg.type === 'ready') {
          this.version = msg.version;
          resolve(w);
        } else if (msg.type === 'error' && msg.id == null) {
          reject(new Error(msg.message));
        } else {
          this.#onMessage(msg);
        }
      }, (err) => {
        reject(err);
        this.#fail(err);
      });
      w.post({ type: 'load', options: this.#options });
    }));
    this.#worker.catch(() => { this.#worker = null; });
    return this.#worker;
  }

  #onMessage(msg) {
    const req = this.#running;
    if (!req || msg.id !== req.id) return;
    if (msg.type === 'progress') {
      req.onProgress?.({ phase: msg.index < msg.count ? 'analyze' : 'done', stage: msg.stage, index: msg.index, count: msg.count, fraction: msg.fraction });
    } else if (msg.type === 'result') {
      this.#finish(req, null, msg.result);
    } else if (msg.type === 'error') {
      this.#finish(req, new Error(msg.message));
    }
  }

  #finish(req, err, result) {
    req.signal?.removeEventListener('abort', req.onAbort);
    if (this.#running === req) this.#running = null;
    if (err) req.reject(err); else req.resolve(result);
    this.#pump();
  }

  #fail(err) {
    const req = this.#running;
    this.#worker = null;
    if (req) this.#finish(req, err);
  }

  analyze(text, { id, onProgress, signal } = {}) {
    if (this.#disposed) return Promise.reject(new Error('Newsmark: analyze() after dispose()'));
    if (typeof text !== 'string') return Promise.reject(new TypeError('Newsmark: analyze() takes a string'));
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise((resolve, reject) => {
      const req = { id: this.#nextId++, text, docId: id, onProgress, signal, resolve, reject };
      req.onAbort = () => this.#abort(req);
      signal?.addEventListener('abort', req.onAbort, { once: true });
      this.#queue.push(req);
      this.#pump();
    });
  }

  #abort(req) {
    const queued = this.#queue.indexOf(req);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      req.reject(abortError());
      return;
    }
    if (this.#running === req) {
      // The core is inside one synchronous call: stop the worker; the next request gets a new one.
      const w = this.#worker;
      this.#worker = null;
      w?.then((x) => x.terminate(), () => {});
      this.#finish(req, abortError());
    }
  }

  async #pump() {
    if (this.#running || !this.#queue.length || this.#disposed) return;
    const req = this.#queue.shift();
    this.#running = req;
    try {
      const w = await this.#ensureWorker();
      if (this.#running !== req) return;  // aborted while the worker started
      req.onProgress?.({ phase: 'start', stage: '', index: 0, count: 0, fraction: 0 });
      w.post({ type: 'analyze', id: req.id, text: req.text, docId: req.docId });
    } catch (e) {
      if (this.#running === req) this.#finish(req, e);
    }
  }

  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const req of this.#queue.splice(0)) req.reject(new Error('Newsmark: disposed'));
    if (this.#running) this.#finish(this.#running, new Error('Newsmark: disposed'));
    const w = this.#worker;
    this.#worker = null;
    w?.then((x) => { x.post({ type: 'dispose' }); x.terminate(); }, () => {});
  }
}
