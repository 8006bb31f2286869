#!/usr/bin/env python3
"""scripts/eval people [--data FILE] [--json] [--errors N]: person mentions, exact spans.

Runs the native CLI in jsonl mode over a file of {"id", "text", "persons": [[s, e], ...]}
documents (default: CoNLL++ dev) and scores every mention span of every `people` entry
against the gold person spans: precision, recall and F1 of exact [start, end) matches.
The corpus gives offsets in code points, the CLI in UTF-16 units; they are converted (and
the number of texts where they differ is printed). When scripts/eval_tasks/people_linking.py
exists, its report(cli_path) adds the linking figures on the sample article.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, 'build', 'native', 'bin', 'newsmark')
DEFAULT_DATA = os.path.join(ROOT, '..', 'shared', 'corpora', 'people', 'conllpp_dev.jsonl')


def utf16_offsets(text):
    """Maps code-point offsets to UTF-16 offsets (one entry per code point, plus the end)."""
    out, n = [0], 0
    for c in text:
        n += 2 if ord(c) > 0xFFFF else 1
        out.append(n)
    return out


def run_cli(docs):
    lines = ''.join(json.dumps({'id': d['id'], 'text': d['text']}) + '\n' for d in docs)
    proc = subprocess.run([CLI, 'analyze', '--format', 'jsonl', '-'], input=lines.encode('utf-8'),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        sys.exit(f'people: the CLI failed ({proc.returncode}): {proc.stderr.decode(errors="replace").strip()}')
    results = {}
    for line in proc.stdout.decode('utf-8').splitlines():
        r = json.loads(line)
        results[r['id']] = r
    return results


def main():
    ap = argparse.ArgumentParser(prog='scripts/eval people')
    ap.add_argument('--data', default=DEFAULT_DATA)
    ap.add_argument('--json', action='store_true', help='print the figures as one JSON object')
    ap.add_argument('--errors', type=int, default=0, help='print up to N missed and N spurious spans')
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f'people: skipped ({args.data} not found)')
        return
    if not os.access(CLI, os.X_OK):
        sys.exit(f'people: {CLI} missing; run scripts/build native')

    with open(args.data, encoding='utf-8') as f:
        docs = [json.loads(line) for line in f if line.strip()]
    for i, d in enumerate(docs):
        d.setdefault('id', f'doc-{i}')
    results = run_cli(docs)

    gold_n = found_n = right = 0
    differing = 0
    missed, spurious = [], []
    for d in docs:
        text = d['text']
        m = utf16_offsets(text)
        if m[-1] != len(text):
            differing += 1
        gold = {(m[s], m[e]) for s, e in d.get('persons', [])}
        r = results.get(d['id'])
        if r is None:
            sys.exit(f'people: no result for {d["id"]}')
        if r['length'] != m[-1]:
            sys.exit(f'people: {d["id"]}: the CLI counts {r["length"]} UTF-16 units, expected {m[-1]}')
        found = {tuple(s) for p in r['people'] for s in p['mentions']}
        gold_n += len(gold)
        found_n += len(found)
        right += len(gold & found)
        if args.errors:
            u16 = text.encode('utf-16-le')
            cut = lambda s, e: u16[2 * s:2 * e].decode('utf-16-le')
            missed += [(d['id'], cut(s, e), cut(max(0, s - 40), min(len(u16) // 2, e + 40))) for s, e in sorted(gold - found)]
            spurious += [(d['id'], cut(s, e), cut(max(0, s - 40), min(len(u16) // 2, e + 40))) for s, e in sorted(found - gold)]

    p = right / found_n if found_n else 0.0
    r = right / gold_n if gold_n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    figures = {'data': os.path.relpath(args.data, ROOT), 'documents': len(docs), 'gold': gold_n, 'found': found_n,
               'correct': right, 'precision': round(p, 4), 'recall': round(r, 4), 'f1': round(f1, 4),
               'texts_with_offset_conversion': differing}
    if args.json:
        print(json.dumps(figures))
    else:
        print(f'people: {len(docs)} documents, {gold_n} gold mentions, {found_n} found, {right} exact')
        print(f'  precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f}   (bar: F1 >= 0.92)')
        if differing:
            print(f'  {differing} texts have characters outside the BMP (offsets converted to UTF-16)')
        for title, rows in (('missed', missed), ('spurious', spurious)):
            if rows:
                print(f'  {title} ({len(rows)}):')
                for doc_id, span, ctx in rows[:args.errors]:
                    print(f'    {doc_id}: {span!r}   ...{ctx.replace(chr(10), " / ")}...')

    linking = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'people_linking.py')
    if os.path.exists(linking) and not args.json:
        spec = importlib.util.spec_from_file_location('people_linking', linking)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.report(CLI)


if __name__ == '__main__':
    main()
