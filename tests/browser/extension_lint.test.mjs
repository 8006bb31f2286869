// The Firefox build passes Mozilla's add-on linter (`web-ext lint`, as addons.mozilla.org runs it).
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT } from './extension_support.mjs';

test('web-ext lint: no errors in dist/newsmark-firefox', (t) => {
  const dir = `${ROOT}/dist/newsmark-firefox`;
  if (!existsSync(`${dir}/manifest.json`)) return t.skip('dist/newsmark-firefox not built (run scripts/package-extension)');
  const out = execFileSync(`${ROOT}/node_modules/.bin/web-ext`, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  const report = JSON.parse(out);
  assert.deepEqual(report.errors.map((e) => `${e.code}: ${e.message}`), []);
});
