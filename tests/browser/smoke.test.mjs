// The wasm core in a real browser: headless Chromium loads the ES-module entry from a local
// server, analyzes a text and returns the same result as node.
import test from 'node:test';
import assert from 'node:assert/strict';
import { browserMissing, collectErrors, launchChromium, serve, ROOT } from './support.mjs';

const TEXT = 'Mr. Trump met Kim Jong-un in Singapore. “It went well,” he said on Jan. 6.\n\nΗ Αθήνα. Привет, мир! 👩‍💻';

test('Chromium loads newsmark.mjs and analyzes a text', async (t) => {
  const missing = browserMissing();
  if (missing) return t.skip(missing);
  const server = await serve({ root: `${ROOT}/web`, index: '/' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/dist/`).catch(() => {});  // any page of the origin
    const result = await page.evaluate(async (text) => {
      const { Newsmark } = await import('/dist/newsmark.mjs');
      const nm = await Newsmark.load();
      const r = nm.analyze(text, { id: 'smoke' });
      nm.dispose();
      return r;
    }, TEXT);
    assert.equal(result.schema, 1);
    assert.equal(result.id, 'smoke');
    assert.equal(result.length, TEXT.length);
    assert.equal(result.sentences.length, 5);
    assert.equal(TEXT.slice(...result.sentences[0].span), 'Mr. Trump met Kim Jong-un in Singapore.');

    const { Newsmark } = await import(`${ROOT}/web/dist/newsmark.mjs`);
    const nm = await Newsmark.load();
    assert.deepEqual(result, nm.analyze(TEXT, { id: 'smoke' }), 'browser and node give the same result');
    nm.dispose();
    assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  } finally {
    await browser.close();
    await server.close();
  }
});
