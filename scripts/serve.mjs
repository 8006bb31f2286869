#!/usr/bin/env node
// A static file server for the demo and the browser tests: loopback only, correct MIME types
// (browsers compile wasm by streaming only when it is served as application/wasm).
//
//   node scripts/serve.mjs [--root DIR] [--port 8080]      (default root: web/, "/" -> /demo/)
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
};

// Starts a server on 127.0.0.1. `headers(path)` may add response headers (a test's CSP, say).
// Resolves to { url, port, close() }.
export function serve({ root, port = 0, index = '/demo/', headers = () => ({}) } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/' && index !== '/') {
      res.writeHead(302, { Location: index });
      res.end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let st;
    try {
      st = statSync(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (st.isDirectory()) {
      res.writeHead(302, { Location: path + '/' }).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Length': st.size,
      'Cache-Control': 'no-cache',
      ...headers(path),
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const p = server.address().port;
      ok({ url: `http://127.0.0.1:${p}`, port: p, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const root = opt('--root', join(fileURLToPath(new URL('..', import.meta.url)), 'web'));
  const port = Number(opt('--port', '8080'));
  serve({ root, port }).then(
    (s) => console.log(`Serving ${root} on ${s.url}/ (Ctrl-C to stop)`),
    (e) => {
      console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.message}`);
      process.exit(2);
    },
  );
}
