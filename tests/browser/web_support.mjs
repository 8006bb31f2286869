// Shared by the web browser tests: a server over the whole tree (fixtures and web/dist), a
// Chromium page with its errors collected, the CLI's result for a text, screenshots.
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { browserMissing, collectErrors, launchChromium, serve, ROOT } from './support.mjs';

export { ROOT, browserMissing };
export const ARTIFACTS = `${ROOT}/build/artifacts`;
export const CLI = `${ROOT}/build/native/bin/newsmark`;

// The CLI's analysis of `text` (the reference the browser must match).
export function cliAnalyze(text) {
  const r = spawnSync(CLI, ['analyze', '--format', 'json', '-'], { input: text, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`newsmark analyze failed: ${r.stderr}`);
  return JSON.parse(r.stdout.toString('utf8'));
}

// Runs fn({ page, url, errors, browser }) with a fresh browser and server; closes both after.
export async function withPage(fn, { root = ROOT, index = '/', viewport = { width: 1280, height: 900 }, colorScheme = 'light', headers, init } = {}) {
  const server = await serve({ root, index, headers });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport, colorScheme });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const errors = collectErrors(page);
    return await fn({ page, url: server.url, errors, browser, context });
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}

// Errors other than the favicon the browser asks for on its own.
export const realErrors = (errors) => errors.filter((e) => !/favicon/.test(e));
