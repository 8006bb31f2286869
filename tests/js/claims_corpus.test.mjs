// Corpus checks for the claims issue: the figures scripts/eval claims and scripts/eval
// checkworthy measured, asserted a little below so that a regression fails loudly. Skipped
// without ../shared (the corpora) or without the CLI.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cliMissing, sharedMissing, ROOT } from './support.mjs';

const skip = cliMissing() || sharedMissing();

// Measured values minus about 0.01 (the README's claims section has the measured ones).
const CUE = 0.787;
const SOURCE = 0.767;
const CONTENT = 0.791;
const CHECKWORTHY = 0.79;

function evalJson(task) {
  const r = spawnSync('python3', [`${ROOT}/scripts/eval_tasks/${task}.py`, '--json'], { maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr.toString());
  return JSON.parse(r.stdout.toString());
}

test('PolNeAR dev: cue, source and content overlap F1; the sample article', { skip }, () => {
  const r = evalJson('claims');
  assert.ok(r.cue_overlap.f1 >= CUE, `cue overlap F1 ${r.cue_overlap.f1}`);
  assert.ok(r.source_overlap.f1 >= SOURCE, `source overlap F1 ${r.source_overlap.f1}`);
  assert.ok(r.content_overlap.f1 >= CONTENT, `content overlap F1 ${r.content_overlap.f1}`);
  assert.ok(r.sample.right >= 12, `sample: ${r.sample.right}/${r.sample.of}: ${r.sample.missed.join('; ')}`);
});

test('ClaimBuster dev split: check-worthy F1', { skip }, () => {
  const r = evalJson('checkworthy');
  assert.ok(r.f1 >= CHECKWORTHY, `check-worthy F1 ${r.f1}`);
});

