"""scripts/eval people_linking [--data FILE] [--json] [--cli PATH]: person linking on the
worked example ../shared/samples/trump-kim-letters.{txt,expected.json}, through the native CLI.

Figures (the bars of issue 3 in brackets):
  mentions found      expected mentions overlapped by a found person mention      [23/23]
  entities grouped    expected people whose mentions one found person holds,
                      all of them and nothing else                                [5/5]
  non-people marked   found mentions on a phrase the file lists as not a person   [0]
  descriptors found   expected role phrases overlapped by a descriptor of the
                      person that holds that entity's mentions                    (no bar)
Found mentions that match nothing expected and descriptors that match nothing expected
are listed too, so precision can be judged.

`report(cli_path)` is the entry point other tasks (scripts/eval people) call; it prints the
figures and returns them as a dict.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(ROOT, '..', 'shared', 'samples')
DEFAULT_EXPECTED = os.path.join(SAMPLES, 'trump-kim-letters.expected.json')
DEFAULT_CLI = os.path.join(ROOT, 'build', 'native', 'bin', 'newsmark')


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def span(d):
    return (d['start'], d['end'])


def load(expected_path):
    with open(expected_path, encoding='utf-8') as f:
        expected = json.load(f)
    text_path = os.path.join(os.path.dirname(expected_path), expected['text_file'])
    with open(text_path, encoding='utf-8') as f:
        text = f.read()
    return expected, text_path, text


def analyze(cli_path, text_path):
    out = subprocess.run([cli_path, 'analyze', '--format', 'json', text_path], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def utf16_spans_of(text, phrase):
    """Every occurrence of phrase in text, as UTF-16 offsets."""
    out, i = [], text.find(phrase)
    while i >= 0:
        start = len(text[:i].encode('utf-16-le')) // 2
        out.append((start, start + len(phrase.encode('utf-16-le')) // 2))
        i = text.find(phrase, i + 1)
    return out


def measure(expected, text, result):
    people = result.get('people', [])
    found_mentions = [(tuple(m), p['id']) for p in people for m in p['mentions']]
    gold = expected['people']
    gold_mentions = [span(m) for e in gold for m in e['mentions']]

    found = sum(any(overlaps(g, f) for f, _ in found_mentions) for g in gold_mentions)
    unmatched = [f for f, _ in found_mentions if not any(overlaps(g, f) for g in gold_mentions)]

    grouped, names, desc_found, desc_total, desc_extra, entity_rows = 0, 0, 0, 0, [], []
    for e in gold:
        mentions = [span(m) for m in e['mentions']]
        # The found person holding most of this entity's mentions stands for it.
        holders = {}
        for f, pid in found_mentions:
            if any(overlaps(f, g) for g in mentions):
                holders[pid] = holders.get(pid, 0) + 1
        pid = max(holders, key=lambda k: holders[k]) if holders else None
        person = next((p for p in people if p['id'] == pid), None)
        exact = False
        if person is not None:
            pm = [tuple(m) for m in person['mentions']]
            exact = (all(any(overlaps(g, f) for f in pm) for g in mentions)
                     and all(any(overlaps(f, g) for g in mentions) for f in pm))
        grouped += exact
        names += person is not None and person['name'] == e['name']
        gold_desc = [span(d) for d in e['descriptors']]
        found_desc = [tuple(d) for d in person['descriptors']] if person else []
        hit = sum(any(overlaps(g, f) for f in found_desc) for g in gold_desc)
        desc_found += hit
        desc_total += len(gold_desc)
        desc_extra += [f for f in found_desc if not any(overlaps(f, g) for g in gold_desc)]
        entity_rows.append({'name': e['name'], 'found_as': person['name'] if person else None,
                            'exact': exact, 'descriptors': f'{hit}/{len(gold_desc)}'})

    not_people = [s for phrase in expected.get('not_people', []) for s in utf16_spans_of(text, phrase)]
    wrongly = [f for f, _ in found_mentions if any(overlaps(f, s) for s in not_people)]
    return {
        'mentions_found': found, 'mentions_expected': len(gold_mentions),
        'entities_grouped': grouped, 'entities_expected': len(gold),
        'names_matching': names,
        'non_people_marked': len(wrongly),
        'descriptors_found': desc_found, 'descriptors_expected': desc_total,
        'found_people': len(people),
        'unmatched_mentions': [[s, e] for s, e in unmatched],
        'unmatched_descriptors': [[s, e] for s, e in desc_extra],
        'non_people_spans': [[s, e] for s, e in wrongly],
        'entities': entity_rows,
    }


def u16_slice(text, s, e):
    return text.encode('utf-16-le')[2 * s:2 * e].decode('utf-16-le', errors='replace')


def print_report(r, text, out=sys.stdout):
    p = lambda *a: print(*a, file=out)
    p('person linking on the sample (../shared/samples/trump-kim-letters):')
    p(f"  mentions found      {r['mentions_found']}/{r['mentions_expected']}   (bar: all)")
    p(f"  entities grouped    {r['entities_grouped']}/{r['entities_expected']}   (bar: all)")
    p(f"  non-people marked   {r['non_people_marked']}   (bar: 0)")
    p(f"  descriptors found   {r['descriptors_found']}/{r['descriptors_expected']}")
    p(f"  names as expected   {r['names_matching']}/{r['entities_expected']}; people found: {r['found_people']}")
    for row in r['entities']:
        p(f"    {row['name']:<16} -> {row['found_as']!s:<16} exact={row['exact']!s:<5} descriptors {row['descriptors']}")
    for key, label in (('unmatched_mentions', 'mentions matching nothing expected'),
                       ('non_people_spans', 'non-people marked'),
                       ('unmatched_descriptors', 'descriptors matching nothing expected')):
        if r[key]:
            p(f'  {label}: ' + '; '.join(repr(u16_slice(text, s, e)) for s, e in r[key]))


def report(cli_path=DEFAULT_CLI, expected_path=DEFAULT_EXPECTED, out=sys.stdout):
    """Runs the CLI on the sample, prints the linking figures to `out`, returns them (a dict),
    or None (with a message) when ../shared is absent."""
    if not os.path.exists(expected_path):
        print(f'person linking: skipped, {expected_path} is absent', file=out)
        return None
    expected, text_path, text = load(expected_path)
    r = measure(expected, text, analyze(cli_path, text_path))
    print_report(r, text, out)
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--data', default=DEFAULT_EXPECTED, help='an *.expected.json beside its text file')
    ap.add_argument('--cli', default=DEFAULT_CLI)
    ap.add_argument('--json', action='store_true', help='print the figures as JSON')
    args = ap.parse_args()
    if not os.path.exists(args.cli):
        sys.exit(f'people_linking: {args.cli} not found; run scripts/build native')
    if args.json:
        if not os.path.exists(args.data):
            print(json.dumps(None))
            return
        expected, text_path, text = load(args.data)
        print(json.dumps(measure(expected, text, analyze(args.cli, text_path)), indent=1))
    else:
        report(args.cli, args.data)


if __name__ == '__main__':
    main()
