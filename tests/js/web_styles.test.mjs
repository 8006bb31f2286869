// Highlight colours against WCAG 2.x: text on every highlight background at least 4.5:1 (AA)
// and underlines at least 3:1 against the page, in light and dark schemes; categories differ
// by underline style as well as colour.
import test from 'node:test';
import assert from 'node:assert/strict';
import { distMissing, DIST } from './support.mjs';

const skip = distMissing() || false;

test('the contrast formula matches WCAG reference values', { skip }, async () => {
  const { contrastRatio } = await import(`${DIST}/newsmark.mjs`);
  assert.equal(contrastRatio('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrastRatio('#ffffff', '#ffffff').toFixed(2), '1.00');
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');  // the classic AA grey
  assert.equal(contrastRatio('#777777', '#ffffff').toFixed(2), '4.48');
});

test('every painted colour pair meets WCAG AA in light and dark', { skip }, async () => {
  const { contrastPairs } = await import(`${DIST}/newsmark.mjs`);
  const pairs = contrastPairs();
  assert.ok(pairs.length >= 2 * (8 * 2 + 5), `checks ${pairs.length} pairs`);
  const failing = pairs.filter((p) => p.ratio < p.min);
  assert.deepEqual(failing, [], failing.map((p) => `${p.scheme} ${p.what}: ${p.ratio.toFixed(2)} < ${p.min}`).join('\n'));
  const worst = Object.fromEntries(['light', 'dark'].map((s) => [s, Math.min(...pairs.filter((p) => p.scheme === s && p.min === 4.5).map((p) => p.ratio))]));
  console.log(`lowest text contrast: light ${worst.light.toFixed(2)}:1, dark ${worst.dark.toFixed(2)}:1`);
});

test('categories differ by underline style, not only colour', { skip }, async () => {
  const { swatchStyle } = await import(`${DIST}/newsmark.mjs`);
  const style = (c) => /text-decoration-style: (\w+)/.exec(swatchStyle(c, 'light'))[1];
  const styles = ['person', 'claim', 'hedge'].map(style);
  assert.equal(new Set(styles).size, 3, `underline styles: ${styles.join(', ')}`);
});

test('person colours are distinct from each other and from claims and hedges', { skip }, async () => {
  const { PERSON_PALETTE } = await import(`${DIST}/newsmark.mjs`);
  for (const scheme of ['light', 'dark']) {
    const bgs = PERSON_PALETTE.map((p) => p[scheme]);
    assert.equal(new Set(bgs).size, bgs.length, `${scheme}: one colour per slot`);
  }
});
