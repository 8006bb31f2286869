"""scripts/eval claims [--data FILE] [--json] [--sample-only] [--missed N]

Attribution on PolNeAR (default: polnear_dev; tune on train with
--data ../shared/corpora/claims/polnear_train_part1.jsonl): cue, source and content
precision, recall and F1, exact and by overlap, each matched one-to-one (greedy, largest
overlap first). Gold pieces split around the cue are joined into one span. Exact ignores
surrounding white space, punctuation and quote marks. Recall is also given per cue class
(the class the lexicon core/data/cue_lexicon.tsv gives the gold cue's words). Then the
check on ../shared/samples/trump-kim-letters.expected.json: a claim is right when one
predicted claim overlaps its cue and its source and has its source type.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _polnear  # noqa: E402

ROOT = _polnear.ROOT
CLI = os.path.join(ROOT, 'build', 'native', 'bin', 'newsmark')
SAMPLE = os.path.join(ROOT, '..', 'shared', 'samples', 'trump-kim-letters.expected.json')
TRIM = set(' \t\n\xa0.,;:!?"\'\u201c\u201d\u2018\u2019()[]\u2014-')


def analyze(texts):
    lines = ''.join(json.dumps({'id': i, 'text': t}) + '\n' for i, t in enumerate(texts))
    out = subprocess.run([CLI, 'analyze', '--format', 'jsonl', '-'], input=lines.encode(),
                         capture_output=True, check=True).stdout.decode()
    res = [json.loads(l) for l in out.splitlines() if l.strip()]
    return sorted(res, key=lambda r: r['id'])


def lexicon():
    forms = {}
    with open(os.path.join(ROOT, 'core', 'data', 'cue_lexicon.tsv'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cls, words = line.split('\t')
            for w in words.split():
                forms.setdefault(w.replace('_', ' '), cls)
    return forms


def gold_class(text, forms):
    words = text.lower().replace('\u2019', "'").split()
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            c = forms.get(' '.join(w.strip('.,:;"') for w in words[i:i + n]))
            if c:
                return c
    return 'unknown'


def trimmed(text, span):
    s, e = span
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return (s, e)


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold, pred):
    """One-to-one greedy matching by overlap size; returns {gold index: pred index}."""
    pairs = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                    if overlap(g, p) > 0), reverse=True)
    used_g, used_p, out = set(), set(), {}
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi), used_p.add(pi)
            out[gi] = pi
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {'p': round(p, 3), 'r': round(r, 3), 'f1': round(2 * p * r / (p + r), 3) if p + r else 0.0}


def sample_check():
    if not os.path.exists(SAMPLE):
        return None
    exp = json.load(open(SAMPLE, encoding='utf-8'))
    text = open(os.path.join(os.path.dirname(SAMPLE), exp['text_file']), encoding='utf-8').read()
    res = analyze([text])[0]
    right, details = 0, []
    for c in exp['claims']:
        src, cue = (c['source']['start'], c['source']['end']), (c['cue']['start'], c['cue']['end'])
        ok = any(p['cue'] and overlap(cue, p['cue']) and p['source'] and overlap(src, p['source'])
                 and p['source_type'] == c['source_type'] for p in res['claims'])
        right += ok
        if not ok:
            details.append(f"missed: {c['source']['text']!r} {c['cue']['text']!r} ({c['source_type']})")
    return {'right': right, 'of': len(exp['claims']), 'missed': details}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', action='append')
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--missed', type=int, default=0, help='print the N most frequent missed gold cues')
    args = ap.parse_args()
    if not os.path.exists(CLI):
        sys.exit('build the CLI first: scripts/build native')
    paths = args.data or [_polnear.DEV]
    if not all(os.path.exists(p) for p in paths):
        print('claims: ../shared/corpora/claims is absent; nothing to measure')
        return
    docs = list(_polnear.read(paths))
    results = analyze([t for _, t, _ in docs])
    forms = lexicon()
    counts = {f'{layer}_{mode}': [0, 0, 0] for layer in ('cue', 'source', 'content') for mode in ('exact', 'overlap')}
    per_class = collections.defaultdict(lambda: [0, 0])
    missed = collections.Counter()
    for (_, text, atts), res in zip(docs, results):
        claims = [c for c in res['claims'] if c['kind'] != 'checkworthy']
        for layer in ('cue', 'source', 'content'):
            gold = [tuple(a[layer]) for a in atts if a[layer]]
            pred = [tuple(c[layer]) for c in claims if c[layer]]
            m = match(gold, pred)
            gx = [trimmed(text, g) for g in gold]
            px = [trimmed(text, p) for p in pred]
            mx = match(gx, px)
            exact = sum(1 for gi, pi in mx.items() if gx[gi] == px[pi])
            for mode, tp in (('exact', exact), ('overlap', len(m))):
                c = counts[f'{layer}_{mode}']
                c[0] += tp
                c[1] += len(pred)
                c[2] += len(gold)
            if layer == 'cue':
                for gi, g in enumerate(gold):
                    cls = gold_class(text[g[0]:g[1]], forms)
                    per_class[cls][1] += 1
                    if gi in m:
                        per_class[cls][0] += 1
                    else:
                        missed[text[g[0]:g[1]].lower()] += 1
    report = {k: prf(*v) for k, v in counts.items()}
    report['gold_attributions'] = counts['cue_overlap'][2]
    report['cue_recall_by_class'] = {k: {'recall': round(v[0] / v[1], 3), 'gold': v[1]}
                                     for k, v in sorted(per_class.items(), key=lambda kv: -kv[1][1])}
    report['sample'] = sample_check()
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"data: {', '.join(os.path.basename(p) for p in paths)} ({len(docs)} articles, "
          f"{report['gold_attributions']} attributions)")
    print(f"{'':10}{'exact P':>9}{'R':>7}{'F1':>7}   {'overlap P':>9}{'R':>7}{'F1':>7}")
    for layer in ('cue', 'source', 'content'):
        e, o = report[f'{layer}_exact'], report[f'{layer}_overlap']
        print(f"{layer:10}{e['p']:9.3f}{e['r']:7.3f}{e['f1']:7.3f}   {o['p']:9.3f}{o['r']:7.3f}{o['f1']:7.3f}")
    print('cue recall by class: ' + ', '.join(f"{k} {v['recall']:.3f} ({v['gold']})"
                                              for k, v in report['cue_recall_by_class'].items()))
    s = report['sample']
    if s is None:
        print('sample: ../shared/samples absent, skipped')
    else:
        print(f"sample trump-kim-letters: {s['right']}/{s['of']} claims with the right source, cue and source type")
        for d in s['missed']:
            print('  ' + d)
    if args.missed:
        print('most frequent missed gold cues: ' + ', '.join(f'{w!r} {n}' for w, n in missed.most_common(args.missed)))


if __name__ == '__main__':
    main()
