"""Reading PolNeAR (../shared/corpora/claims): attributions with code-point offsets turned
into UTF-16 offsets, the unit of Newsmark's results."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLAIMS = os.path.join(ROOT, '..', 'shared', 'corpora', 'claims')
TRAIN = [os.path.join(CLAIMS, f'polnear_train_part{i}.jsonl') for i in (1, 2)]
DEV = os.path.join(CLAIMS, 'polnear_dev.jsonl')


def utf16_map(text):
    """Code-point offset -> UTF-16 offset (they differ after characters beyond the BMP)."""
    out, u = [], 0
    for ch in text:
        out.append(u)
        u += 2 if ord(ch) > 0xFFFF else 1
    out.append(u)
    return out


def hull(spans):
    """One span covering discontinuous pieces (PolNeAR splits contents around the cue)."""
    return [min(s for s, _ in spans), max(e for _, e in spans)] if spans else None


def annotators(paths):
    """{document id: the id of its annotator} (PolNeAR has six; the cue trainer learns what they share)."""
    out = {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                doc = json.loads(line)
                out[doc['id']] = doc.get('annotator', '')
    return out


def read(paths):
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                doc = json.loads(line)
                m = utf16_map(doc['text'])
                atts = []
                for a in doc['attributions']:
                    conv = lambda spans: [[m[s], m[e]] for s, e in spans]
                    atts.append({'source': hull(conv(a['source'])), 'cue': hull(conv(a['cue'])),
                                 'content': hull(conv(a['content']))})
                yield doc['id'], doc['text'], atts
