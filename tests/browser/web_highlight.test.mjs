// Newsmark#highlight end to end in Chromium (main thread and worker): it reads the element,
// analyzes that text (the CLI's result for it) and paints; update() after a DOM change
// re-reads and re-analyzes into the same highlighter; clear() and dispose() leave nothing.
import test from 'node:test';
import assert from 'node:assert/strict';
import { browserMissing, cliAnalyze, realErrors, withPage } from './web_support.mjs';

const skip = browserMissing() || false;

for (const worker of [false, true]) {
  for (const mode of ['highlights', 'elements']) {
    test(`highlight() and update() (${worker ? 'worker' : 'main thread'}, ${mode})`, { skip }, async () => {
      await withPage(async ({ page, url, errors }) => {
        await page.goto(`${url}/tests/browser/fixtures/extract.html`);
        const out = await page.evaluate(async ([worker, mode]) => {
          const { Newsmark } = await import('/web/dist/newsmark.mjs');
          const nm = await Newsmark.load({ worker });
          const el = document.getElementById('article');
          const before = el.innerHTML;
          const pending = nm.highlight(el, { mode });
          const h = worker ? await pending : pending;
          const first = { text: h.map.text, result: h.result, mode: h.mode, isPromise: pending instanceof Promise };
          // The page changes: a paragraph is added; update() reads it again.
          const p = document.createElement('p');
          p.textContent = 'Later, Councillor Tomás Ruiz said the vote could be delayed again.';
          el.append(p);
          const changed = before + p.outerHTML;  // the page's own DOM now (without any marks)
          const again = h.update();
          const same = (worker ? await again : again) === h;
          const second = { text: h.map.text, result: h.result };
          h.clear();
          const restored = el.innerHTML === changed;
          // Highlighting the element again replaces an earlier highlighter; dispose clears all.
          const h2 = await nm.highlight(el, { mode });
          const h3 = await nm.highlight(el, { mode });
          nm.dispose();
          return { first, second, same, restored, changedFromBefore: changed !== before,
            left: CSS.highlights.size + el.querySelectorAll('newsmark-mark').length, h2live: h2.mode, h3live: h3.mode };
        }, [worker, mode]);
        assert.equal(out.first.isPromise, worker);
        assert.equal(out.first.mode, mode);
        assert.deepEqual(out.first.result, cliAnalyze(out.first.text), 'the element text analyzed as the CLI does');
        assert.ok(out.second.text.includes('Later, Councillor Tomás Ruiz said'), 'update() read the new paragraph');
        assert.deepEqual(out.second.result, cliAnalyze(out.second.text));
        assert.ok(out.same, 'update() keeps the same highlighter');
        assert.ok(out.restored, 'clear() after update() restores the DOM');
        assert.equal(out.left, 0, 'nothing left after dispose()');
        assert.equal(out.h2live, 'none', 'a second highlight() of the element cleared the first');
        assert.equal(out.h3live, 'none', 'dispose() cleared the last');
        assert.deepEqual(realErrors(errors), []);
      });
    });
  }
}
