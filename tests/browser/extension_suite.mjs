// The extension's test suite, one body for both browsers: fixtures written for the project
// (an article among page furniture, also served under a strict CSP, a live page adding and editing
// paragraphs and navigating in place, a French page) and the English news pages of ../shared/pages.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { FIXTURES, NEWS_PAGES, SHARED, STRICT_CSP, extensionMissing, sharedMissing } from './extension_support.mjs';
import { disableAndCheck, enableAndCheck, expectedArticle, open, rangesOutside, screenshot, squash, watch } from './extension_checks.mjs';

export function extensionSuite(test, browser, launch) {
  test(`extension in ${browser}`, { timeout: 900000 }, async (t) => {
    const missing = extensionMissing(browser === 'Chromium' ? 'chrome' : 'firefox');
    if (missing) return t.skip(missing);
    const fixtures = await serve({ root: FIXTURES, index: '/article.html' });
    // The same fixtures under a strict CSP: no script, no wasm, no connection.
    const strict = await serve({ root: FIXTURES, index: '/article.html', headers: () => ({ 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" }) });
    const h = await launch(fixtures);
    try {
      await t.test('article: highlights inside the article only, stats, badge, toggle off', async () => {
        const tab = await open(h, `${fixtures.url}/article.html`);
        const { stats, sent } = await enableAndCheck(h, tab);
        assert.equal(stats.done, true);
        const text = sent.texts.join('\n');
        assert.match(text, /Harbour council delays vote/, 'headline sent');
        assert.match(text, /Councillors say they need more time/, 'standfirst sent');
        assert.match(text, /The report, published last week/, 'last body paragraph sent');
        for (const furniture of ['Accept all cookies', 'Subscribe today', 'Most read', 'Ferry timetable', 'Build the wall already', 'Privacy policy', 'Newsletter']) {
          assert.ok(!text.includes(furniture), `page furniture not sent: ${furniture}`);
        }
        assert.deepEqual(await rangesOutside(tab.page), [], 'no highlight outside the article');
        await screenshot(tab.page, `extension-${browser.toLowerCase()}`);
        await disableAndCheck(h, tab);
        await tab.page.close();
      });

      await t.test('panel: turns the tab on, lists people and claims, scrolls to a person', async () => {
        const tab = await open(h, `${fixtures.url}/article.html`);
        const panel = await h.newPage();
        const errors = watch(panel).errors;
        await h.openExtensionPage(panel, `popup/popup.html?tab=${tab.tabId}`);
        await waitFor(() => panel.evaluate(() => /people ·/.test(document.getElementById('counts').textContent)));
        const stats = await h.settled(tab.tabId);
        const shown = await panel.evaluate(() => ({
          people: [...document.querySelectorAll('#people button')].map((b) => b.textContent),
          claims: document.querySelectorAll('#claims dd').length,
          on: document.getElementById('on').checked,
        }));
        assert.equal(shown.on, true);
        assert.equal(shown.people.length, stats.people);
        assert.equal(shown.claims > 0, stats.claims > 0);
        if (stats.people) assert.deepEqual(await h.send({ type: 'scroll-to', tabId: tab.tabId, name: stats.peopleList[0].name }), { ok: true });
        await screenshot(panel, `extension-panel-${browser.toLowerCase()}`);
        await panel.evaluate(() => document.getElementById('on').click());
        await waitFor(async () => (await h.send({ type: 'stats', tabId: tab.tabId })) === null);
        assert.equal(await tab.page.evaluate(() => CSS.highlights.size), 0, 'the switch turned it off');
        assert.deepEqual(errors, []);
        await panel.close();
        await tab.page.close();
      });

      await t.test('strict CSP page: the core runs in the extension, not the page', async () => {
        const tab = await open(h, `${strict.url}/article.html`);
        const { stats } = await enableAndCheck(h, tab);
        assert.ok(stats.words > 100, 'the article was analyzed');
        assert.equal(await tab.page.evaluate(() => { try { new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return 'compiled'; } catch { return 'blocked'; } }), 'blocked', 'the page itself may not compile wasm');
        assert.deepEqual(await rangesOutside(tab.page), []);
        await disableAndCheck(h, tab);
        await tab.page.close();
      });

      await t.test('live page: added and edited paragraphs are analyzed on their own', async () => {
        const tab = await open(h, `${fixtures.url}/dynamic.html`);
        const first = await enableAndCheck(h, tab);
        assert.equal(first.stats.units, 1);
        await tab.page.evaluate(() => window.addUpdates());
        const added = await settledUnits(h, tab.tabId, 2);
        const sent = await h.send({ type: 'sent', tabId: tab.tabId });
        assert.match(sent.texts[1], /Update 14:10/);
        assert.match(sent.texts[1], /Update 14:25/);
        assert.ok(!sent.texts[1].includes('coastal road between Tidewater'), 'unchanged blocks are not re-analyzed');
        assert.ok(added.words > first.stats.words, 'new words counted');
        await tab.page.evaluate(() => window.editFirst());
        await settledUnits(h, tab.tabId, 3);
        const edited = await h.send({ type: 'sent', tabId: tab.tabId });
        assert.match(edited.texts[2], /^Correction: Inspector Priya Natarajan/);
        assert.ok(!edited.texts[2].includes('Update 14:10'), 'only the edited block is re-analyzed');
        await enableAndCheckAgain(h, tab);

        await tab.page.evaluate(() => window.navigate());
        await waitFor(async () => {
          const s = await h.send({ type: 'stats', tabId: tab.tabId });
          return s?.done && s.navigations === 1;
        });
        const moved = await h.send({ type: 'sent', tabId: tab.tabId });
        assert.equal(moved.texts.length, 1, 'a single-page navigation starts afresh');
        assert.match(moved.texts[0], /^Lifeboat crew rescues two walkers/);
        assert.ok(!moved.texts[0].includes('coastal road'));
        await disableAndCheck(h, tab);
        await tab.page.close();
      });

      // (The test copy holds the host permission already, so the request resolves without the
      // prompt a headless browser could not answer.)
      await t.test('always on for a site: later pages of the site turn on by themselves', async () => {
        const tab = await open(h, `${fixtures.url}/article.html`);
        const panel = await h.newPage();
        await h.openExtensionPage(panel, `popup/popup.html?tab=${tab.tabId}`);
        await h.settled(tab.tabId);
        await panel.click('#always');
        await waitFor(async () => (await h.send({ type: 'stats', tabId: tab.tabId })) && (await h.control.evaluate(() => chrome.storage.local.get('alwaysOn'))).alwaysOn?.includes(fixtures.url));
        const next = await open(h, `${fixtures.url}/dynamic.html`);
        await waitFor(async () => (await h.send({ type: 'stats', tabId: next.tabId }))?.done === true);
        assert.match((await h.send({ type: 'sent', tabId: next.tabId })).texts[0], /coastal road/);
        await panel.click('#always');
        await waitFor(async () => !(await h.control.evaluate(() => chrome.storage.local.get('alwaysOn'))).alwaysOn?.length);
        for (const p of [panel, tab.page, next.page]) await p.close();
      });

      await t.test('a real navigation ends the tab\'s session', async () => {
        const tab = await open(h, `${fixtures.url}/article.html`);
        await enableAndCheck(h, tab);
        await tab.page.goto(`${fixtures.url}/french.html`, { waitUntil: 'load' });
        await waitFor(async () => (await h.send({ type: 'stats', tabId: tab.tabId })) === null);
        assert.equal(await h.control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tab.tabId), '');
        assert.equal(await tab.page.evaluate(() => CSS.highlights.size), 0);
        await tab.page.close();
      });

      await t.test('French page: English-only notice, nothing marked', async () => {
        const tab = await open(h, `${fixtures.url}/french.html`);
        const { stats } = await enableAndCheck(h, tab);
        assert.equal(stats.language.english, false);
        assert.equal(stats.language.declared, 'fr');
        assert.equal(stats.highlights, 0);
        assert.equal(await tab.page.evaluate(() => CSS.highlights.size), 0);
        await disableAndCheck(h, tab);
        await tab.page.close();
      });

      await t.test('options page: default categories, never-on list, clearing', async () => {
        const c = h.control;  // the options page itself
        await c.evaluate(() => { document.querySelector('input[name=hedges]').checked = false; });
        await c.evaluate((origin) => { document.getElementById('never').value = origin; }, `${fixtures.url}`.replace(/:\d+$/, ':1'));
        await c.evaluate(() => document.getElementById('save').click());
        await waitFor(() => c.evaluate(() => document.getElementById('status').textContent === 'Saved.'));
        const stored = await c.evaluate(() => chrome.storage.local.get(null));
        assert.equal(stored.categories.hedges, false);
        assert.deepEqual(stored.never, ['http://127.0.0.1:1']);

        const tab = await open(h, `${fixtures.url}/article.html`);
        const { shown, stats } = await enableAndCheck(h, tab);
        assert.equal(shown['newsmark-hedges'], undefined, 'hedges off by default now');
        assert.ok(stats.highlights <= stats.people * 100);
        await disableAndCheck(h, tab);

        await c.evaluate((origin) => { document.getElementById('never').value = origin; }, fixtures.url);
        await c.evaluate(() => document.getElementById('save').click());
        await waitFor(async () => (await c.evaluate(() => chrome.storage.local.get('never'))).never?.[0] === fixtures.url);
        assert.deepEqual(await h.send({ type: 'enable', tabId: tab.tabId }), { ok: false, reason: 'never' }, 'never-on site refused');

        await c.evaluate(() => document.getElementById('clear').click());
        await waitFor(async () => Object.keys(await c.evaluate(() => chrome.storage.local.get(null))).length === 0);
        assert.deepEqual(await h.send({ type: 'enable', tabId: tab.tabId }), { ok: true }, 'allowed again after clearing');
        await h.settled(tab.tabId);
        await disableAndCheck(h, tab);
        await tab.page.close();
      });

      // The browser registers the shortcut; its handler calls toggle(tab), which the 'toggle'
      // message drives here. (Synthesized key events reach the page, not the browser's own
      // shortcut handling, in headless Chromium and over WebDriver BiDi in Firefox alike.)
      await t.test('keyboard command: registered, and its toggle turns the tab on and off', async () => {
        const commands = await h.control.evaluate(() => chrome.commands.getAll());
        const command = commands.find((c) => c.name === 'toggle-highlights');
        assert.ok(command, 'toggle-highlights command registered');
        // Headless Chromium leaves suggested shortcuts unassigned (''); Firefox assigns it.
        if (browser === 'Firefox' || command.shortcut) assert.match(command.shortcut, /^Alt\s*\+\s*Shift\s*\+\s*N$/, `shortcut Alt+Shift+N (got ${command.shortcut})`);
        const tab = await open(h, `${fixtures.url}/article.html`);
        assert.deepEqual(await h.send({ type: 'toggle', tabId: tab.tabId }), { ok: true });
        const on = await h.settled(tab.tabId);
        assert.ok(on.words > 100, 'toggled on: the article was analyzed');
        assert.equal((await tab.page.evaluate(() => CSS.highlights.size)) > 0, on.highlights > 0, 'and painted');
        assert.deepEqual(await h.send({ type: 'toggle', tabId: tab.tabId }), { ok: true });
        assert.equal(await tab.page.evaluate(() => CSS.highlights.size), 0, 'and off again');
        await tab.page.close();
      });

      await t.test(`${NEWS_PAGES.length} news pages of ../shared/pages`, async (st) => {
        const why = sharedMissing();
        if (why) return st.skip(why);
        const pages = await serve({ root: `${SHARED}/pages`, index: '/', headers: () => ({ 'Content-Security-Policy': STRICT_CSP }) });
        try {
          for (const name of NEWS_PAGES) {
            if (!existsSync(`${SHARED}/pages/${name}/source.html`)) continue;
            if (process.env.DEBUG_EXT) console.error(`page ${name}`);
            const tab = await open(h, `${pages.url}/${name}/source.html`);
            const { sent, stats } = await enableAndCheck(h, tab);
            assert.ok(stats.words > 100, `${name}: article text sent`);
            const article = expectedArticle(name);
            const outside = sent.highlights.filter(([, text]) => !article.includes(squash(text)));
            assert.deepEqual(outside, [], `${name}: every highlight lies in the expected article`);
            await disableAndCheck(h, tab);
            await tab.page.close();
          }
        } finally {
          await pages.close();
        }
      });
    } finally {
      await h.close();
      await fixtures.close();
      await strict.close();
    }
  });
}

async function waitFor(check, ms = 10000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function settledUnits(h, tabId, units) {
  let s = null;
  await waitFor(async () => {
    s = await h.send({ type: 'stats', tabId });
    return s?.done && s.units >= units;
  });
  return s;
}

// After incremental updates the counts still equal the core's on each unit's text.
async function enableAndCheckAgain(h, tab) {
  const r = await h.send({ type: 'enable', tabId: tab.tabId });
  assert.equal(r.already, true, 'enabling twice keeps one session');
}
