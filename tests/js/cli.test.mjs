// The CLI as a user meets it: formats, exit statuses and one-line errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliMissing, runCli, ROOT } from './support.mjs';

const skip = cliMissing();

test('json: one result for the whole input, from a file or stdin', { skip }, () => {
  const text = 'Mr. Trump met Kim Jong-un. It went well.';
  const fromStdin = runCli(['analyze'], text);
  assert.equal(fromStdin.status, 0, fromStdin.stderr);
  const r = JSON.parse(fromStdin.stdout);
  assert.equal(r.schema, 1);
  assert.equal(r.id, null);
  assert.equal(r.length, text.length);
  assert.deepEqual(r.sentences.map((s) => text.slice(...s.span)), ['Mr. Trump met Kim Jong-un.', 'It went well.']);
  const dir = mkdtempSync(join(tmpdir(), 'nm-'));
  writeFileSync(join(dir, 'a.txt'), text);
  const fromFile = runCli(['analyze', '--format', 'json', join(dir, 'a.txt')]);
  assert.equal(fromFile.stdout, fromStdin.stdout);
});

test('empty input gives an empty result', { skip }, () => {
  const r = runCli(['analyze', '-'], '');
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout).sentences, []);
});

test('jsonl: one result a line, ids echoed, other fields ignored', { skip }, () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'One. Two.', lang: 'en' }),
    '',
    JSON.stringify({ text: 'No id here.', id: 7 }),
    JSON.stringify({ id: { deep: [1] }, text: '' }),
  ].join('\n');
  const r = runCli(['analyze', '--format', 'jsonl'], input);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', 7, { deep: [1] }]);
  assert.equal(lines[0].sentences.length, 2);
});

test('jsonl: a malformed line is reported with its number, the others still come out', { skip }, () => {
  const input = `${JSON.stringify({ id: 1, text: 'Fine.' })}\n{"id": 2, "text": "trunc\n${JSON.stringify({ id: 3, text: 'Also fine.' })}\n{"id": 4}`;
  const r = runCli(['analyze', '--format=jsonl'], input);
  assert.equal(r.status, 2);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), [1, 3]);
  assert.match(r.stderr, /line 2: malformed JSONL: unterminated string/);
  assert.match(r.stderr, /line 4: malformed JSONL: no "text" field/);
});

test('jsonl --jobs: the same output in input order for any number of jobs', { skip }, () => {
  const lines = [];
  for (let i = 0; i < 700; i++) {
    // more lines than one batch, of very different lengths, one of them malformed
    const text = `Anna Berg said it may rain. ${'"We will see," Mr Holm told reporters. '.repeat(i % 13)}`;
    lines.push(i === 600 ? '{"id": 600, "text": 5}' : JSON.stringify({ id: i, text }));
  }
  const one = runCli(['analyze', '--format', 'jsonl', '--jobs', '1'], lines.join('\n'));
  const four = runCli(['analyze', '--format=jsonl', '--jobs=4'], lines.join('\n'));
  assert.equal(one.status, 2);
  assert.equal(four.status, 2);
  assert.equal(four.stdout, one.stdout);
  assert.equal(four.stderr, one.stderr);
  assert.match(four.stderr, /line 601: malformed JSONL/);
  const ids = four.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(ids, lines.map((_, i) => i).filter((i) => i !== 600));
  for (const bad of ['0', 'many', '1000', '']) {
    const r = runCli(['analyze', '--format', 'jsonl', '--jobs', bad], '');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs needs a whole number from 1 to 256/);
  }
  const empty = runCli(['analyze', '--format', 'jsonl', '--jobs=', '-'], '');  // does not take '-' as its value
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /--jobs needs a whole number/);
});

test('invalid UTF-8 is refused with the byte offset', { skip }, () => {
  const r = runCli(['analyze'], Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x43]));
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^newsmark: invalid UTF-8 at byte 2 of standard input\n$/);
});

test('an unreadable file, an unknown option or format: one clear line and status 2', { skip }, () => {
  const missing = runCli(['analyze', '/nonexistent/article.txt']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^newsmark: cannot read '\/nonexistent\/article.txt': No such file or directory\n$/);
  const fmt = runCli(['analyze', '--format', 'xml'], 'x');
  assert.equal(fmt.status, 2);
  assert.match(fmt.stderr, /unknown format 'xml'/);
  const opt = runCli(['analyze', '--colour'], 'x');
  assert.equal(opt.status, 2);
  assert.match(opt.stderr, /unknown option '--colour'/);
  assert.equal(runCli([]).status, 2);
});

test('ansi: the text with escape codes and a summary', { skip }, () => {
  const r = runCli(['analyze', '--format', 'ansi', `${ROOT}/web/demo/sample-article.txt`]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Harbour city council/);
  assert.match(r.stdout, /── Newsmark ──.*\d+ words, \d+ sentences/);
  assert.match(r.stdout, /\x1b\[/);
});

test('a leading byte-order mark is skipped and offsets start after it', { skip }, () => {
  const r = runCli(['analyze'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hi there.')]));
  assert.equal(JSON.parse(r.stdout).length, 9);
});

test('tens of megabytes in one document', { skip }, () => {
  const para = 'The council met on Tuesday. Mr. Ruiz said the plan may fail, according to the report.\n\n';
  const text = para.repeat(Math.ceil((20 << 20) / para.length));
  const r = runCli(['analyze'], text);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.length, text.length);
  assert.equal(result.sentences.length, 2 * Math.ceil((20 << 20) / para.length));
});
