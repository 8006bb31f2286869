#!/usr/bin/env python3
"""scripts/eval hedges [--data FILE] [--json] [--errors N]: hedge detection on the shared corpora.

Runs the native CLI once per corpus (jsonl mode) and reports, per corpus:
  sentence level: a sentence is uncertain when it has at least one hedge;
  cue level: a predicted hedge is right when it overlaps a gold cue, a gold cue is found when
             a predicted hedge overlaps it (precision, recall, F1).
Two views: "corpus" counts only the hedge types the corpora annotate (modal, speculative,
evidential, conditional); "all" counts every type (distancing, vague, anonymous-source, ...
look like false positives there: the corpora do not mark them).
By default: factbank_news_dev (the bar), wikiweasel_train (all, and its held-out fold: the
disambiguation model trains on the other four folds), bioscope and sfu (out of domain), and
the sample article's 13 expected hedges (found = an overlapping hedge of the same type).
The shipped model trains on factbank_news_dev too, so its factbank figure is in-sample; the
honest figure is "factbank_news_dev[5-fold cross-validated]": scripts/train-hedges --cv-out
trains five models, each without one fold of factbank documents, and each fold is scored with
the model that never saw it (the folds together cover the file once).
"""
import tempfile
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
CLI = os.path.join(ROOT, "build", "native", "bin", "newsmark")
CORPORA = os.path.join(SHARED, "corpora", "hedges")
SAMPLE_TEXT = os.path.join(SHARED, "samples", "trump-kim-letters.txt")
SAMPLE_EXPECTED = os.path.join(SHARED, "samples", "trump-kim-letters.expected.json")
CORPUS_TYPES = {"modal", "speculative", "evidential", "conditional"}
DEFAULT_FILES = ["factbank_news_dev.jsonl", "wikiweasel_train.jsonl", "bioscope_abstracts.jsonl", "sfu_reviews.jsonl"]


def heldout_fold(doc_id):
    """The wikiweasel documents the model never trains on (core/train/train_hedges.cpp agrees)."""
    return sum(doc_id.encode("utf-8")) % 5 == 0


def utf16_to_cp(text):
    """Maps UTF-16 offsets (the CLI's) to code-point offsets (the corpora's)."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    m = []
    for cp, c in enumerate(text):
        m.extend([cp] * (2 if ord(c) >= 0x10000 else 1))
    m.append(len(text))
    return m


def run_cli(path):
    out = subprocess.run([CLI, "analyze", "--format", "jsonl", path], capture_output=True, check=True)
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines() if line.strip()]


def prf(tp_p, n_p, tp_r, n_g):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


IGNORED = ()  # --ignore: cue phrases left out of the corpus view, to show what they cost


def score(rows, results, view, errors=None):
    s_tp = s_np = s_ng = 0
    c_tp_p = c_np = c_tp_r = c_ng = 0
    for row, res in zip(rows, results):
        m = utf16_to_cp(row["text"])
        pred = []
        for h in res["hedges"]:
            if view == "corpus" and h["type"] not in CORPUS_TYPES:
                continue
            s, e = h["span"]
            s, e = (m[s], m[e]) if m else (s, e)
            if view == "corpus" and IGNORED and row["text"][s:e].lower().startswith(IGNORED):
                continue
            pred.append((s, e))
        gold = [tuple(c[:2]) for c in row["cues"]]
        gu, pu = bool(row["uncertain"]), bool(pred)
        s_tp += gu and pu
        s_np += pu
        s_ng += gu
        c_np += len(pred)
        c_ng += len(gold)
        for p in pred:
            hit = any(overlaps(p, g) for g in gold)
            c_tp_p += hit
            if errors is not None and not hit:
                errors["fp"][row["text"][p[0]:p[1]].lower()] += 1
        for g in gold:
            hit = any(overlaps(p, g) for p in pred)
            c_tp_r += hit
            if errors is not None and not hit:
                errors["fn"][row["text"][g[0]:g[1]].lower()] += 1
    return {"sentence": prf(s_tp, s_np, s_tp, s_ng), "cue": prf(c_tp_p, c_np, c_tp_r, c_ng), "sentences": len(rows)}


def evaluate_file(path, n_errors):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    results = run_cli(path)
    assert len(results) == len(rows), f"{path}: {len(results)} results for {len(rows)} lines"
    name = os.path.basename(path).replace(".jsonl", "")
    errors = {"fp": collections.Counter(), "fn": collections.Counter()} if n_errors else None
    out = {name: {"corpus": score(rows, results, "corpus", errors), "all": score(rows, results, "all")}}
    if name.startswith("wikiweasel"):
        keep = [i for i, r in enumerate(rows) if heldout_fold(r.get("doc_id", r["id"]))]
        hr, hres = [rows[i] for i in keep], [results[i] for i in keep]
        out[name + "[held-out fold]"] = {"corpus": score(hr, hres, "corpus"), "all": score(hr, hres, "all")}
    if errors:
        print(f"-- {name}: most frequent false positives (corpus view): {errors['fp'].most_common(n_errors)}")
        print(f"-- {name}: most frequent missed cues: {errors['fn'].most_common(n_errors)}")
    return out


def evaluate_cross_validated():
    """factbank_news_dev scored with the hedges of the 5 fold models (scripts/train-hedges --cv-out)."""
    path = os.path.join(CORPORA, "factbank_news_dev.jsonl")
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as tmp:
        subprocess.run([os.path.join(ROOT, "scripts", "train-hedges"), "--cv-out", tmp.name],
                       check=True, capture_output=True)
        results = [json.loads(line) for line in open(tmp.name, encoding="utf-8") if line.strip()]
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    assert len(results) == len(rows), f"cross-validation: {len(results)} results for {len(rows)} lines"
    return {"factbank_news_dev[5-fold cross-validated]": {"corpus": score(rows, results, "corpus"),
                                                           "all": score(rows, results, "all")}}


def evaluate_sample():
    expected = json.load(open(SAMPLE_EXPECTED, encoding="utf-8"))["hedges"]
    res = json.loads(subprocess.run([CLI, "analyze", SAMPLE_TEXT], capture_output=True, check=True).stdout)
    text = open(SAMPLE_TEXT, encoding="utf-8").read()
    m = utf16_to_cp(text)
    pred = [((m[h["span"][0]], m[h["span"][1]]) if m else tuple(h["span"]), h["type"]) for h in res["hedges"]]
    found, missed = 0, []
    for h in expected:
        if any(overlaps(p, (h["start"], h["end"])) and t == h["type"] for p, t in pred):
            found += 1
        else:
            missed.append(f'{h["text"]} ({h["type"]})')
    return {"found": found, "expected": len(expected), "missed": missed}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="one corpus file (jsonl with text, cues, uncertain)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print the N most frequent errors per corpus")
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validated factbank figure")
    ap.add_argument("--ignore", action="append", default=[], metavar="PHRASE",
                    help="leave hedges starting with PHRASE out of the corpus view (e.g. 'according to', which the"
                         " issue marks as evidential and the corpora never mark): shows what following the issue costs")
    args = ap.parse_args()
    global IGNORED
    IGNORED = tuple(p.lower() for p in args.ignore)
    if not os.path.isfile(CLI):
        sys.exit(f"eval hedges: build the CLI first (scripts/build native): {CLI} is missing")
    files = [args.data] if args.data else [os.path.join(CORPORA, f) for f in DEFAULT_FILES]
    for f in files:
        if not os.path.isfile(f):
            sys.exit(f"eval hedges: {f} not found (../shared is needed)")
    figures = {}
    for f in files:
        figures.update(evaluate_file(f, args.errors))
        if os.path.basename(f) == "factbank_news_dev.jsonl" and not args.no_cv:
            figures.update(evaluate_cross_validated())
    if not args.data and os.path.isfile(SAMPLE_EXPECTED):
        figures["sample"] = evaluate_sample()
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"{'corpus':42} {'view':7} {'sent P':>7} {'sent R':>7} {'sent F1':>7}   {'cue P':>6} {'cue R':>6} {'cue F1':>6}")
    for name, fig in figures.items():
        if name == "sample":
            continue
        for view in ("corpus", "all"):
            s, c = fig[view]["sentence"], fig[view]["cue"]
            print(f"{name:42} {view:7} {s['p']:7.3f} {s['r']:7.3f} {s['f1']:7.3f}   {c['p']:6.3f} {c['r']:6.3f} {c['f1']:6.3f}")
    if "sample" in figures:
        s = figures["sample"]
        print(f"sample trump-kim-letters: {s['found']}/{s['expected']} expected hedges found with the right type"
              + (f"; missed: {', '.join(s['missed'])}" if s["missed"] else ""))
    print("bars: factbank_news_dev corpus view sentence F1 >= 0.86, cue F1 >= 0.78 (the cross-validated row is the"
          " honest one); wikiweasel sentence F1 >= 0.80; sample >= 12/13")


if __name__ == "__main__":
    main()
