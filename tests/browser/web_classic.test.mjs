// The forms for other contexts in Chromium (and the ES module in a module worker): newsmark.js as a plain <script> (main thread and
// worker mode, whose worker is the classic newsmark-worker.js) and inside a classic service
// worker via importScripts(), as MV3 extensions load it. Each gives the CLI's result.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browserMissing, cliAnalyze, realErrors, ROOT, withPage } from './web_support.mjs';

const skip = browserMissing() || false;
const SAMPLE = readFileSync(`${ROOT}/web/demo/sample-article.txt`, 'utf8');

test('newsmark.js as a plain script: main thread, classic worker, and paint', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await page.goto(`${url}/tests/browser/fixtures/classic.html`);
    const out = await page.evaluate(async (text) => {
      const main = await Newsmark.load();
      const a = main.analyze(text, { id: 'main' });
      const h = main.highlight(document.getElementById('p'));
      const mode = h.mode;
      h.clear();
      main.dispose();
      const w = await Newsmark.load({ worker: true });
      const b = await w.analyze(text, { id: 'worker' });
      w.dispose();
      return { a, b, mode, api: typeof Newsmark.api.describeItem };
    }, SAMPLE);
    const cli = cliAnalyze(SAMPLE);
    assert.deepEqual(out.a, { ...cli, id: 'main' });
    assert.deepEqual(out.b, { ...cli, id: 'worker' });
    assert.equal(out.mode, 'highlights');
    assert.equal(out.api, 'function');
    assert.deepEqual(realErrors(errors), []);
  });
});

test('newsmark.js in a classic service worker (importScripts, as in MV3)', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await page.goto(`${url}/tests/browser/fixtures/blank.html`);
    const out = await page.evaluate(async (text) => {
      const reg = await navigator.serviceWorker.register('/tests/browser/fixtures/classic-sw.js', { scope: '/tests/browser/fixtures/' });
      const sw = reg.installing ?? reg.waiting ?? reg.active;
      if (sw.state !== 'activated') await new Promise((r) => sw.addEventListener('statechange', () => sw.state === 'activated' && r()));
      const reply = new Promise((r) => navigator.serviceWorker.addEventListener('message', (e) => r(e.data), { once: true }));
      sw.postMessage({ text, id: 'sw' });
      const analyzed = await reply;
      const refused = new Promise((r) => navigator.serviceWorker.addEventListener('message', (e) => r(e.data), { once: true }));
      sw.postMessage({ worker: true });
      return { ...analyzed, ...(await refused) };
    }, SAMPLE);
    assert.equal(out.error, undefined, out.error);
    assert.deepEqual(out.result, { ...cliAnalyze(SAMPLE), id: 'sw' });
    assert.match(out.workerError, /cannot start a Worker/);
    assert.deepEqual(realErrors(errors), []);
  });
});

test('newsmark.mjs inside a page\'s own module worker', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await page.goto(`${url}/tests/browser/fixtures/blank.html`);
    const result = await page.evaluate((text) => new Promise((resolve, reject) => {
      const w = new Worker('/tests/browser/fixtures/module-worker.mjs', { type: 'module' });
      w.onmessage = (e) => { resolve(e.data); w.terminate(); };
      w.onerror = (e) => reject(new Error(e.message));
      w.postMessage({ text, id: 'module-worker' });
    }), SAMPLE);
    assert.deepEqual(result, { ...cliAnalyze(SAMPLE), id: 'module-worker' });
    assert.deepEqual(realErrors(errors), []);
  });
});
