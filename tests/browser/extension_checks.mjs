// The extension's behaviour checks, run in Chromium (extension_chromium.test.mjs) and Firefox
// (extension_firefox.test.mjs) alike. `h` is a handle from extension_support.mjs. Expectations
// about the analysis come from the core itself at run time (node, same wasm), never from a list
// of what the analysis ought to find: the stages keep improving.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { highlightsIn, ROOT, SHARED } from './extension_support.mjs';

let nm = null;
async function core() {
  if (!nm) {
    const { Newsmark } = await import(`${ROOT}/web/dist/newsmark.mjs`);
    nm = await Newsmark.load();
  }
  return nm;
}

// Page errors and every http(s) request a page makes, from the moment it is opened.
export function watch(page) {
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('request', (r) => { if (/^https?:/.test(r.url())) requests.push(r.url()); });
  return { errors, requests };
}

// Waits until the page has made no request and logged no error for 400 ms (favicons and the
// like come after `load`), so what follows enabling is the extension's doing.
async function quiet(seen) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const now = seen.errors.length + seen.requests.length;
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 400));
  }
}

export async function open(h, url) {
  const page = await h.newPage();
  const seen = watch(page);
  await page.goto(url, { waitUntil: 'load' });
  await quiet(seen);
  const tabId = await h.tabIdOf(page.url());
  assert.ok(tabId !== null, `tab of ${url} found`);
  return { page, tabId, seen };
}

// Turns the extension on, waits for the analysis, and checks what every page must satisfy:
// no page error and no request caused by the extension, stats equal to the core's own counts
// on the text sent, the badge showing the number of highlights. Returns { stats, sent, shown }.
export async function enableAndCheck(h, { page, tabId, seen }) {
  const before = { errors: seen.errors.length, requests: seen.requests.length };
  const r = await h.send({ type: 'enable', tabId });
  assert.deepEqual(r, { ok: true }, 'enable accepted');
  const stats = await h.settled(tabId);
  const sent = await h.send({ type: 'sent', tabId });
  assert.deepEqual(seen.errors.slice(before.errors), [], 'no page error after enabling');
  assert.deepEqual(seen.requests.slice(before.requests), [], 'no network request after enabling');
  const shown = await highlightsIn(page);
  if (stats.language?.english === false) return { stats, sent, shown };

  const results = [];
  for (const text of sent.texts) results.push((await core()).analyze(text));
  const count = (k) => results.reduce((n, res) => n + res[k].length, 0);
  const people = new Set(results.flatMap((res) => res.people.map((p) => p.name)));
  assert.equal(stats.people, people.size, 'stats.people = distinct people the core finds');
  assert.equal(stats.claims, count('claims'), 'stats.claims = the core\'s claims');
  assert.equal(stats.hedges, count('hedges'), 'stats.hedges = the core\'s hedges');
  assert.equal(stats.highlights, sent.highlights.length, 'stats.highlights = highlights painted');
  const painted = Object.entries(shown).filter(([name]) => /-(people|claims|hedges)$/.test(name)).reduce((n, [, v]) => n + v.length, 0);
  assert.ok(painted >= stats.highlights, 'every highlight is registered with CSS.highlights');
  const badge = await h.control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  assert.equal(badge, String(stats.highlights), 'badge = number of highlights');
  return { stats, sent, shown };
}

export async function disableAndCheck(h, { page, tabId }) {
  assert.deepEqual(await h.send({ type: 'disable', tabId }), { ok: true });
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0, 'toggling off removes every highlight');
  assert.equal(await h.control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '', 'badge cleared');
  assert.equal(await h.send({ type: 'stats', tabId }), null, 'no stats once off');
}

// Every registered highlight range lies inside the <article>, none in nav, aside, comments or footer.
export function rangesOutside(page, inside = 'article', outside = 'nav, footer, aside, .comments, .cookie, form') {
  return page.evaluate(([ok, bad]) => {
    const wrong = [];
    for (const [name, h] of CSS.highlights) {
      for (const r of h) {
        const el = r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
        if (!el.closest(ok) || el.closest(bad)) wrong.push(`${name}: ${r.toString()}`);
      }
    }
    return wrong;
  }, [inside, outside]);
}

export async function screenshot(page, name) {
  mkdirSync(`${ROOT}/build/artifacts`, { recursive: true });
  await page.screenshot({ path: `${ROOT}/build/artifacts/${name}.png` });
}

// The article text of a shared page's expected.html plus its headline, as letters and digits
// only (tags split words differently in the live page and the expected copy).
export function expectedArticle(name) {
  const html = readFileSync(`${SHARED}/pages/${name}/expected.html`, 'utf8');
  const meta = JSON.parse(readFileSync(`${SHARED}/pages/${name}/expected-metadata.json`, 'utf8'));
  const text = `${meta.title ?? ''} ${html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')}`;
  return squash(decode(text));
}
export const squash = (s) => (s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join('');
const decode = (s) => s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e) => {
  if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[e.toLowerCase()] ?? m;
});
