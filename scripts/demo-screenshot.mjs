#!/usr/bin/env node
// node scripts/demo-screenshot.mjs [OUT] — a screenshot of the demo page with the sample
// article, as README.md shows it (default docs/demo.png). Build first: scripts/build wasm.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchChromium, serve, ROOT } from '../tests/browser/support.mjs';

const out = process.argv[2] ?? `${ROOT}/docs/demo.png`;
const server = await serve({ root: `${ROOT}/web/dist`, index: '/demo/' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.goto(`${server.url}/`);
  await page.evaluate(() => window.newsmarkDemo.ready);
  // Hover the first highlight, if any, so the picture shows a tooltip too.
  const at = await page.evaluate(() => {
    const h = window.newsmarkDemo.highlighter;
    const item = h?.items.find((i) => i.category === 'person') ?? h?.items[0];
    const r = item && h.targetsOf(item)[0]?.getClientRects()[0];
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  });
  if (at) await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(150);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`demo-screenshot: ${out}`);
} finally {
  await browser.close();
  await server.close();
}
