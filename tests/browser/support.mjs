// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, pages
// served from loopback by scripts/serve.mjs. Chromium's own network chatter is switched off
// (this machine has no network, and tests must see only the page's own requests).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Why a browser test cannot run here, or null when it can.
export function browserMissing() {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (run scripts/setup)`;
  if (!existsSync(`${ROOT}/web/dist/newsmark.wasm`)) return 'web/dist/ not built (run scripts/build)';
  return null;
}

export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, ...options });
}

// Collects console errors and uncaught page errors, so a test can assert there were none.
export function collectErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

export { serve } from '../../scripts/serve.mjs';
