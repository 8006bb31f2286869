#!/usr/bin/env node
// Helper of scripts/eval_tasks/extraction.py: loads the packaged extension into headless
// Chromium (or Firefox ESR), turns it on for each listed page of ../shared/pages (served from loopback under a
// strict CSP) and prints one JSON line per page: the texts sent for analysis and the text of
// every highlight painted. Usage: extraction_browser.mjs [--firefox] PAGE...
import { launchChrome, launchFirefox, SHARED, STRICT_CSP } from '../../tests/browser/extension_support.mjs';
import { serve } from '../serve.mjs';

const firefox = process.argv.includes('--firefox');
const pages = process.argv.slice(2).filter((a) => a !== '--firefox');
const server = await serve({ root: `${SHARED}/pages`, index: '/', headers: () => ({ 'Content-Security-Policy': STRICT_CSP }) });
const h = firefox ? await launchFirefox(server) : await launchChrome();
try {
  for (const name of pages) {
    const { page, tabId, enabled } = await h.openAndEnable(`${server.url}/${name}/source.html`);
    let line;
    try {
      if (!enabled.ok) throw new Error(`enable refused: ${JSON.stringify(enabled)}`);
      const stats = await h.settled(tabId);
      const sent = await h.send({ type: 'sent', tabId });
      line = { page: name, ms: stats.ms, language: stats.language, texts: sent?.texts ?? [], highlights: sent?.highlights ?? [] };
    } catch (e) {
      line = { page: name, error: String(e.message ?? e), texts: [], highlights: [] };
    }
    process.stdout.write(JSON.stringify(line) + '\n');
    await page.close();
  }
} finally {
  await h.close();
  await server.close();
}
