// Shared by the extension tests, `scripts/eval extraction` and the extension benchmark: the
// packaged extension (dist/) loaded into Chromium (playwright-core, persistent context) or
// Firefox ESR (puppeteer-core over WebDriver BiDi), and a handle on one of its own pages from
// which the message API is driven, as the popup or any other extension page would.
//
// The test copy of each build lists http://127.0.0.1/* in host_permissions: it stands for the
// user's grant (the toolbar click's activeTab, or "always on" for the site), which a headless
// browser has no way to click. Everything else is the shipped build, unchanged.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT } from './support.mjs';

export { ROOT };
export const SHARED = process.env.NEWSMARK_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIXTURES = `${ROOT}/tests/fixtures/extension`;
const FIREFOX_ID = 'newsmark@newsmark.invalid';
const FIREFOX_UUID = '6e3c7b52-5e0e-4b8c-9a43-6f1f0c1d2e3a';

// English news pages of ../shared/pages (Readability's test pages) used by the tests and the eval.
export const NEWS_PAGES = ['aclu', 'ars-1', 'article-author-tag', 'bug-1255978', 'citylab-1', 'cnet', 'cnn',
  'engadget', 'lazy-image-2', 'lifehacker-post-comment-load', 'lifehacker-working', 'medicalnewstoday', 'msn',
  'nytimes-1', 'nytimes-2', 'quanta-1', 'schema-org-context-object', 'theverge', 'tmz-1', 'videos-1', 'wapo-1',
  'webmd-1', 'webmd-2', 'wikia', 'yahoo-1', 'yahoo-3'];

// The corpus pages are served under a strict CSP: no page script runs, nothing leaves loopback,
// and the wasm core must still run (it runs in the extension, never in the page).
export const STRICT_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'";

export function extensionMissing(browser = 'chrome') {
  if (browser === 'chrome' && !existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM}`;
  if (browser === 'firefox' && !existsSync(FIREFOX)) return `Firefox ESR not found at ${FIREFOX}`;
  if (!existsSync(`${ROOT}/dist/newsmark-${browser}/manifest.json`)) return `dist/newsmark-${browser}/ not built (run scripts/package-extension)`;
  return null;
}

export const sharedMissing = () => (existsSync(`${SHARED}/pages`) ? null : `../shared not found at ${SHARED}: corpus pages skipped`);

function testCopy(browser) {
  const dir = mkdtempSync(join(tmpdir(), `newsmark-${browser}-`));
  cpSync(`${ROOT}/dist/newsmark-${browser}`, `${dir}/ext`, { recursive: true });
  const manifest = JSON.parse(readFileSync(`${dir}/ext/manifest.json`, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  // WebDriver BiDi refuses to navigate a tab to moz-extension://, but a page may link to a
  // web-accessible extension page: the Firefox test copy exposes the options page that way.
  if (browser === 'firefox') manifest.web_accessible_resources = [{ resources: ['options/options.html', 'popup/popup.html'], matches: ['http://127.0.0.1/*'] }];
  writeFileSync(`${dir}/ext/manifest.json`, JSON.stringify(manifest, null, 2));
  return dir;
}

// A common handle: { kind, newPage(), extensionPage(path), send(msg), tabIdOf(url), close() }.
export async function launchChrome() {
  const { chromium } = await import('playwright-core');
  const dir = testCopy('chrome');
  const ext = `${dir}/ext`;
  const context = await chromium.launchPersistentContext(`${dir}/profile`, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const base = worker.url().match(/^chrome-extension:\/\/[^/]+/)[0];
  const control = await context.newPage();
  await control.goto(`${base}/options/options.html`);
  // Stops the extension's service worker, as Chrome does when it idles (the next message wakes it).
  const stopWorker = async () => {
    const cdp = await context.newCDPSession(control);
    const closed = new Promise((r) => context.serviceWorkers()[0]?.once('close', r) ?? r());
    await cdp.send('ServiceWorker.enable').catch(() => {});
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([closed, new Promise((r) => setTimeout(r, 2000))]);
    await cdp.detach();
  };
  return handle({
    kind: 'chrome', base, control, context, worker, stopWorker,
    openExtensionPage: (page, path) => page.goto(`${base}/${path}`),
    newPage: () => context.newPage(),
    close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); },
  });
}

export async function launchFirefox(server) {
  const puppeteer = (await import('puppeteer-core')).default;
  const dir = testCopy('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true,
    extraPrefsFirefox: {
      // A fixed internal UUID, so the test knows the moz-extension:// origin of its pages.
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(`${dir}/ext`);
  const base = `moz-extension://${FIREFOX_UUID}`;
  // A page of the test server navigates itself to the (web-accessible) extension page.
  const openExtensionPage = async (page, path) => {
    await page.goto(`${server.url}/`).catch(() => {});
    await page.evaluate((url) => { location.href = url; }, `${base}/${path}`);
    // (puppeteer does not report this navigation's end; the document does)
    for (let i = 0; i < 200; i++) {
      const at = await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => '');
      if (String(at).startsWith(base)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`could not open ${path}`);
  };
  const control = await browser.newPage();
  await openExtensionPage(control, 'options/options.html');
  return handle({
    kind: 'firefox', base, control, browser, openExtensionPage,
    newPage: () => browser.newPage(),
    close: async () => { await browser.close(); rmSync(dir, { recursive: true, force: true }); },
  });
}

function handle(h) {
  // Retried like the extension's own sendToBackground (extension/src/shared/messages.mjs): right
  // after stopWorker() a message can find no receiver while the worker restarts.
  h.send = (msg) => h.control.evaluate(async (m) => {
    for (const delay of [25, 50, 100, 200, 400, 0]) {
      try {
        return await chrome.runtime.sendMessage(m);
      } catch (e) {
        if (!delay || !/Receiving end does not exist|Could not establish connection/.test(String(e?.message ?? e))) throw e;
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }, msg);
  // (the newest tab showing url)
  h.tabIdOf = (url) => h.control.evaluate(async (u) => Math.max(-1, ...(await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id)), url).then((id) => (id < 0 ? null : id));
  // Polls `stats` until the page's analysis settled.
  h.settled = async (tabId, timeoutMs = 15000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = await h.send({ type: 'stats', tabId });
      if (s?.done) return s;
      if (Date.now() > end) throw new Error(`analysis did not settle: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  // Opens url in a new tab, turns Newsmark on there and waits for it to settle.
  h.openAndEnable = async (url) => {
    const page = await h.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await h.tabIdOf(page.url());
    const enabled = await h.send({ type: 'enable', tabId });
    return { page, tabId, enabled };
  };
  return h;
}

// Text of each highlight registered in the page (CSS Custom Highlight API), by kind: read in the
// page's main world, where CSS.highlights is the one the renderer paints.
export function highlightsIn(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}
