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


def documents(paths):
    """The documents of PolNeAR files as read from them (dicts), one pass over each file."""
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                yield json.loads(line)


def attributions(doc):
    """A document's attributions as {'source', 'cue', 'content'} spans in UTF-16 offsets."""
    m = utf16_map(doc['text'])
    conv = lambda spans: [[m[s], m[e]] for s, e in spans]
    return [{'source': hull(conv(a['source'])), 'cue': hull(conv(a['cue'])), 'content': hull(conv(a['content']))}
            for a in doc['attributions']]


def read(paths):
    for doc in documents(paths):
        yield doc['id'], doc['text'], attributions(doc)


def cue_training_lines(paths):
    """The cue trainer's input (core/train/train_cues.cpp), one jsonl line a document: its gold
    cue spans and its annotator (PolNeAR has six; the trainer learns what they share)."""
    for doc in documents(paths):
        cues = [a['cue'] for a in attributions(doc) if a['cue']]
        yield json.dumps({'id': {'cues': cues, 'annotator': doc.get('annotator', '')}, 'text': doc['text']})
