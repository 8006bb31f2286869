"""The ClaimBuster split used to train and measure check-worthiness: a fixed-seed 80/20
split of ../shared/corpora/claims/claimbuster_train.jsonl (random.Random(2024) shuffle of
the lines in file order). The dev fifth is never trained on; scripts/eval checkworthy
measures on it."""
import json
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PATH = os.path.join(ROOT, '..', 'shared', 'corpora', 'claims', 'claimbuster_train.jsonl')


def split():
    with open(PATH, encoding='utf-8') as f:
        rows = [json.loads(l) for l in f if l.strip()]
    random.Random(2024).shuffle(rows)
    cut = len(rows) * 4 // 5
    return rows[:cut], rows[cut:]
