"""scripts/eval checkworthy [--json]: F1 of the check-worthy class (CFS) on the ClaimBuster
dev fifth (fixed split, see _claimbuster.py), never seen in training. An item is predicted
check-worthy when any of its sentences scores 0.5 or more, the threshold at which the core
lists a sentence as a claim."""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _claimbuster  # noqa: E402

CLI = os.path.join(_claimbuster.ROOT, 'build', 'native', 'bin', 'newsmark')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--json', action='store_true')
    args = ap.parse_args()
    if not os.path.exists(_claimbuster.PATH):
        print('checkworthy: ../shared/corpora/claims/claimbuster_train.jsonl is absent; nothing to measure')
        return
    if not os.path.exists(CLI):
        sys.exit('build the CLI first: scripts/build native')
    _, dev = _claimbuster.split()
    lines = ''.join(json.dumps({'id': i, 'text': r['text']}) + '\n' for i, r in enumerate(dev))
    out = subprocess.run([CLI, 'analyze', '--format', 'jsonl', '-'], input=lines.encode(), capture_output=True,
                         check=True).stdout.decode()
    res = sorted((json.loads(l) for l in out.splitlines() if l.strip()), key=lambda r: r['id'])
    tp = fp = fn = 0
    for r, gold in zip(res, dev):
        pred = max((s['checkworthy'] for s in r['sentences']), default=0.0) >= 0.5
        g = gold['label'] == 'CFS'
        tp += pred and g
        fp += pred and not g
        fn += g and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    report = {'items': len(dev), 'p': round(p, 3), 'r': round(rc, 3), 'f1': round(f1, 3)}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"ClaimBuster dev split ({len(dev)} sentences): check-worthy P {p:.3f} R {rc:.3f} F1 {f1:.3f}")


if __name__ == '__main__':
    main()
