// The demo page in Chromium, served from web/dist as scripts/demo serves it (with the page's
// own strict CSP): it loads with no console errors, paints exactly what the CLI finds in a
// pasted text, and its toggles, tooltips, summary clicks, file opening and drop work.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browserMissing, cliAnalyze, realErrors, ROOT, screenshot, withPage } from './web_support.mjs';
import { handResult } from './web_demo_fixture.mjs';

const skip = browserMissing() || false;
const DIST = `${ROOT}/web/dist`;
const SAMPLE = readFileSync(`${ROOT}/web/demo/sample-article.txt`, 'utf8');
// A text written for this test: named and anonymous sources, a document, hedges, quotes.
const PASTED = `Regional hospital trust admits waiting-list figures were wrong

The Northvale hospital trust has admitted that its waiting-list figures for 2023 were understated, according to an internal audit seen by this newspaper.

Chief executive Dr Amara Osei said the errors were "regrettable" and that the trust would publish corrected numbers within a month. "Patients deserve accurate information," Dr Osei told a board meeting on Thursday.

Health campaigner Liam Byrne claimed the trust had known about the problem for at least a year. Mr Byrne said that some patients may have waited twice as long as reported.

Two senior managers, who spoke on condition of anonymity, said staff had been told to remove duplicate entries. The audit reportedly found about 4,000 such entries. The trust declined to comment on the claim, and it could not be independently verified.

If the corrected figures are higher, the trust could face a review by the regulator, which is expected to report in the spring.`;

const openDemo = async (page, url) => {
  await page.goto(`${url}/`);
  await page.evaluate(() => window.newsmarkDemo.ready);
};

// In the page: the painted spans per category, read back from CSS.highlights as text offsets
// (pieces of one span in adjacent nodes joined), and per person from its own highlight.
const paintedSpans = () => {
  const h = window.newsmarkDemo.highlighter;
  const map = h.map;
  const spansOf = (name) => {
    const hl = CSS.highlights.get(name);
    if (!hl) return [];
    const pieces = [...hl].map((r) => [map.offsetOf(r.startContainer, r.startOffset), map.offsetOf(r.endContainer, r.endOffset)]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged = [];
    for (const p of pieces) {
      const last = merged.at(-1);
      // the pieces of one span meet exactly where a text node starts
      if (last && last[1] === p[0] && map.starts.includes(p[0])) { last[1] = p[1]; continue; }
      merged.push([...p]);
    }
    return merged;
  };
  const people = {};
  for (const [name] of CSS.highlights) {
    const m = /^newsmark-p\d+-(\d+)$/.exec(name);
    if (m) people[m[1]] = spansOf(name);
  }
  return { people: spansOf('newsmark-people'), claims: spansOf('newsmark-claims'), hedges: spansOf('newsmark-hedges'), perPerson: people, mode: h.mode };
};

const sortSpans = (xs) => [...xs].map(([s, e]) => [s, e]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);

// What the highlighter must paint for a CLI result with the demo's default options.
function expectedSpans(r) {
  return {
    people: sortSpans(r.people.flatMap((p) => p.mentions)),
    claims: sortSpans(r.claims.map((c) => c.content ?? c.cue ?? c.source).filter(Boolean)),
    hedges: sortSpans(r.hedges.filter((h) => h.type !== 'conditional').map((h) => h.span)),
    perPerson: Object.fromEntries(r.people.filter((p) => p.mentions.length).map((p) => [String(p.id), sortSpans(p.mentions)])),
  };
}

test('the demo loads with the sample article and no console errors', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await openDemo(page, url);
    const state = await page.evaluate(() => ({ text: window.newsmarkDemo.text, result: window.newsmarkDemo.result, status: document.getElementById('status').textContent }));
    assert.equal(state.text, SAMPLE.replace(/\r\n?/g, '\n'));
    assert.deepEqual(state.result, cliAnalyze(SAMPLE), 'the demo shows the CLI result for the sample');
    assert.match(state.status, /words analyzed in \d+ ms/);
    await screenshot(page, 'web-demo-sample');
    assert.deepEqual(realErrors(errors), []);
  }, { root: DIST, index: '/demo/' });
});

test('pasting a text paints exactly the people, claims and hedges the CLI finds', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await openDemo(page, url);
    for (const text of [PASTED, SAMPLE]) {
      await page.fill('#source', text);
      await page.click('#analyze');
      await page.waitForFunction((t) => window.newsmarkDemo.text === t && window.newsmarkDemo.highlighter, text);
      const cli = cliAnalyze(text);
      assert.deepEqual(await page.evaluate(() => window.newsmarkDemo.result), cli, 'same result as the CLI');
      const painted = await page.evaluate(paintedSpans);
      assert.equal(painted.mode, 'highlights');
      const expected = expectedSpans(cli);
      assert.deepEqual(sortSpans(painted.people), expected.people, 'person mentions');
      assert.deepEqual(sortSpans(painted.claims), expected.claims, 'claims');
      assert.deepEqual(sortSpans(painted.hedges), expected.hedges, 'hedges');
      assert.deepEqual(Object.fromEntries(Object.entries(painted.perPerson).map(([k, v]) => [k, sortSpans(v)])), expected.perPerson, 'one highlight per person');
      const counts = await page.evaluate(() => window.newsmarkDemo.highlighter.counts);
      assert.deepEqual(counts, { people: Object.keys(expected.perPerson).length, mentions: expected.people.length, claims: expected.claims.length, hedges: expected.hedges.length });
      console.log(`pasted ${text.length} chars: CLI found ${cli.people.length} people, ${cli.claims.length} claims, ${cli.hedges.length} hedges; painted the same`);
    }
    await screenshot(page, 'web-demo-pasted');
    assert.deepEqual(realErrors(errors), []);
  }, { root: DIST, index: '/demo/' });
});

test('toggles, legend, tooltips and summary clicks (hand-made result)', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await openDemo(page, url);
    const result = handResult(SAMPLE);
    await page.evaluate(([t, r]) => window.newsmarkDemo.show(t, r), [SAMPLE, result]);
    const counts = () => page.evaluate(() => window.newsmarkDemo.highlighter.counts);
    assert.deepEqual(await counts(), { people: 3, mentions: 6, claims: 6, hedges: 8 });
    assert.equal(await page.locator('#legend .item').count(), 3);

    // Toggles repaint without analysis.
    await page.uncheck('input[name="people"]');
    assert.deepEqual(await counts(), { people: 0, mentions: 0, claims: 6, hedges: 8 });
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => /people|newsmark-p\d/.test(k)).length), 0);
    await page.check('input[name="people"]');
    await page.check('input[name="conditional"]');
    assert.deepEqual(await counts(), { people: 3, mentions: 6, claims: 6, hedges: 9 });
    await page.uncheck('input[name="hedges"]');
    assert.equal(await page.evaluate(() => CSS.highlights.has('newsmark-hedges')), false);
    await page.check('input[name="hedges"]');
    await page.uncheck('input[name="conditional"]');

    // Summary: people with mention counts and what each claimed; claims by source type.
    const summary = await page.evaluate(() => ({
      people: [...document.querySelectorAll('.summary .people > li')].map((li) => `${li.querySelector('.name').textContent} · ${li.querySelector('.count').textContent}`),
      said: document.querySelector('.summary .people > li[data-person="0"] .said')?.textContent ?? '',
      groups: Object.fromEntries([...document.querySelectorAll('.summary [data-group]')].map((s) => [s.dataset.group, s.querySelectorAll('button').length])),
      density: document.querySelector('[data-stat="hedge-density"]').textContent,
    }));
    assert.deepEqual(summary.people, ['Helen Okafor · 2 mentions', 'Tomás Ruiz · 2 mentions', 'Priya Natarajan · 2 mentions']);
    assert.match(summary.said, /disappointing but necessary/);
    assert.match(summary.said, /blank cheque/);
    assert.deepEqual(summary.groups, { named: 3, anonymous: 1, document: 1, unattributed: 1 });
    assert.equal(summary.density, result.stats.hedge_density.toFixed(2));

    // Hover a mention: its tooltip, as text.
    const tipText = () => page.evaluate(() => { const t = document.querySelector('newsmark-tooltip'); return t && !t.hidden ? t.shadowRoot.textContent : ''; });
    const center = (span) => page.evaluate((s) => {
      const r = window.newsmarkDemo.highlighter.map.range(s[0], s[1]);
      window.scrollBy(0, r.getBoundingClientRect().top - innerHeight / 3);  // into view
      const b = r.getClientRects()[0];  // the first line of it (a wrapped span's box holds other text)
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }, span);
    let p = await center(result.people[1].mentions[0]);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => /Tomás Ruiz/.test(document.querySelector('newsmark-tooltip')?.shadowRoot.textContent ?? ''));
    const tip = await tipText();
    assert.match(tip, /Person · 2 mentions/);
    assert.match(tip, /Described as: the leader of the opposition/);
    p = await center(result.hedges[4].span);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => /Hedge: unverified/.test(document.querySelector('newsmark-tooltip')?.shadowRoot.textContent ?? ''));
    assert.match(await tipText(), /The claim was not confirmed/);
    await screenshot(page, 'web-demo-tooltip');
    await page.mouse.move(2, 2);

    // Keyboard: n steps to the next highlight and shows its tooltip.
    await page.locator('#article').focus();
    await page.keyboard.press('n');
    await page.waitForFunction(() => /Hedge: modal|Claim/.test(document.querySelector('newsmark-tooltip')?.shadowRoot.textContent ?? ''));

    // Clicking a person scrolls to a mention and flashes it; clicking again goes to the next.
    await page.setViewportSize({ width: 1280, height: 420 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('.summary .people > li[data-person="2"] > button');
    const flashed = await page.evaluate(() => {
      const f = CSS.highlights.get('newsmark-flash');
      const r = [...(f ?? [])].find((x) => x.toString() === 'Priya Natarajan');
      const b = r?.getBoundingClientRect();
      return { size: f?.size ?? 0, text: r?.toString(), inView: !!b && b.top >= 0 && b.bottom <= innerHeight, scrolled: scrollY > 0 };
    });
    assert.ok(flashed.size >= 1);
    assert.equal(flashed.text, 'Priya Natarajan', 'the first mention flashes');
    assert.ok(flashed.inView && flashed.scrolled, 'scrolled to the mention');
    await page.click('.summary .people > li[data-person="2"] > button');
    assert.ok(await page.evaluate(() => [...CSS.highlights.get('newsmark-flash')].some((r) => r.toString() === 'Natarajan')), 'the next mention');
    assert.match(await tipText(), /Priya Natarajan/);

    // A claim whose category is off: the click turns it on and reveals it.
    await page.uncheck('input[name="claims"]');
    await page.click('.summary [data-group="anonymous"] button');
    assert.equal(await page.isChecked('input[name="claims"]'), true);
    assert.ok(await page.evaluate(() => [...CSS.highlights.get('newsmark-flash')].some((r) => r.toString().startsWith('the main contractor'))));
    assert.deepEqual(realErrors(errors), []);
  }, { root: DIST, index: '/demo/' });
});

test('opening files: .txt, .html (as text, scripts inert), and clear messages for unreadable ones', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await openDemo(page, url);
    const status = () => page.locator('#status').textContent();
    const open = async (name, mimeType, buffer) => {
      const before = await page.evaluate(() => window.newsmarkDemo.text);
      await page.setInputFiles('#file', { name, mimeType, buffer });
      await page.waitForFunction((b) => document.getElementById('status').classList.contains('error') || (window.newsmarkDemo.text !== b && /analyzed/.test(document.getElementById('status').textContent)), before);
    };
    await open('notes.txt', 'text/plain', Buffer.from('Mr. Smith said it may rain.\n\nThen he left.'));
    assert.equal(await page.evaluate(() => window.newsmarkDemo.text), 'Mr. Smith said it may rain.\n\nThen he left.');

    await open('page.html', 'text/html', Buffer.from('<html><head><title>T</title><script>window.__ran = 1</script></head><body><nav>Home</nav><article><h1>Headline here</h1><p>First <b>para</b>graph.</p><p onclick="x()">Second <img src=x onerror="window.__ran=2"> one.</p></article></body></html>'));
    assert.equal(await page.evaluate(() => window.newsmarkDemo.text), 'Headline here\n\nFirst paragraph.\n\nSecond one.');
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing in the file ran');
    assert.match(await status(), /text of the page “page.html”/);

    await page.setInputFiles('#file', { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 ...') });
    await page.waitForFunction(() => document.getElementById('status').classList.contains('error'));
    assert.match(await status(), /Can't read “report.pdf”: the demo reads plain text \(.txt\) and web pages \(.html\)/);

    await page.setInputFiles('#file', { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x00, 0x80]) });
    await page.waitForFunction(() => /not UTF-8/.test(document.getElementById('status').textContent));
    assert.match(await status(), /“broken.txt” is not UTF-8 text/);

    await page.setInputFiles('#file', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.waitForFunction(() => /empty.txt/.test(document.getElementById('status').textContent));
    assert.match(await status(), /“empty.txt” has no readable text/);
    assert.equal(await page.evaluate(() => document.getElementById('status').getAttribute('role')), 'status', 'messages are announced');

    // Drop a file on the page.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Dropped text. It may work.'], 'dropped.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => window.newsmarkDemo.text === 'Dropped text. It may work.');
    await screenshot(page, 'web-demo-file');
    // Chromium reports the page file's inline handlers as blocked by the demo's CSP while
    // parsing it (nothing runs: checked above); any other error fails.
    assert.deepEqual(realErrors(errors).filter((e) => !/inline event handler violates the following Content Security Policy/.test(e)), []);
  }, { root: DIST, index: '/demo/' });
});

test('a long text shows progress in the worker and can be cancelled', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await openDemo(page, url);
    const long = (SAMPLE + '\n\n').repeat(4000);  // ~5.6 MB
    const seen = await page.evaluate(async (text) => {
      window.newsmarkDemo.progressDelayMs = 0;
      const box = document.getElementById('progress-box');
      const cancel = document.getElementById('cancel');
      const done = window.newsmarkDemo.analyze(text);
      const t0 = performance.now();
      while (box.hidden && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 1));
      const shown = { progress: !box.hidden, cancel: !cancel.hidden, label: document.getElementById('progress-label').textContent };
      cancel.click();
      await done;
      return { shown, status: document.getElementById('status').textContent, hiddenAfter: box.hidden && cancel.hidden };
    }, long);
    assert.ok(seen.shown.progress, 'progress shows while the worker analyzes');
    assert.ok(seen.shown.cancel, 'with a Cancel button');
    assert.equal(seen.status, 'Analysis cancelled.');
    assert.ok(seen.hiddenAfter);
    // The page still works after a cancel.
    await page.fill('#source', 'Short text. Done.');
    await page.click('#analyze');
    await page.waitForFunction(() => window.newsmarkDemo.text === 'Short text. Done.' && /analyzed/.test(document.getElementById('status').textContent));
    assert.deepEqual(realErrors(errors), []);
  }, { root: DIST, index: '/demo/' });
});

test('without the Highlight API the demo falls back to marks, styled under its strict CSP', { skip }, async () => {
  await withPage(async ({ page, url, errors }) => {
    await openDemo(page, url);
    const result = handResult(SAMPLE);
    const out = await page.evaluate(([t, r]) => {
      const article = document.getElementById('article');
      const saved = window.Highlight;
      delete window.Highlight;
      const h = window.newsmarkDemo.show(t, r);
      window.Highlight = saved;
      const mark = article.querySelector('newsmark-mark[data-newsmark="person"]');
      const style = getComputedStyle(mark);
      const html = article.innerHTML;
      const info = { mode: h.mode, marks: article.querySelectorAll('newsmark-mark').length, bg: style.backgroundColor, line: style.textDecorationStyle, counts: h.counts };
      h.clear();
      info.restored = article.innerHTML !== html && article.querySelectorAll('newsmark-mark').length === 0 && article.textContent === t;
      return info;
    }, [SAMPLE, result]);
    assert.equal(out.mode, 'elements');
    assert.ok(out.marks > 20);
    assert.notEqual(out.bg, 'rgba(0, 0, 0, 0)', 'marks are coloured: CSSOM styles pass a CSP without unsafe-inline');
    assert.equal(out.line, 'solid');
    assert.deepEqual(out.counts, { people: 3, mentions: 6, claims: 6, hedges: 8 });
    assert.ok(out.restored);
    await screenshot(page, 'web-demo-fallback');
    assert.deepEqual(realErrors(errors), [], 'no CSP violation');
  }, { root: DIST, index: '/demo/' });
});
