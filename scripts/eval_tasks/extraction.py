#!/usr/bin/env python3
"""scripts/eval extraction [--json] [--pages a,b,...] [--errors] [--firefox]: the extension's article extraction.

On every English news page of ../shared/pages (PAGES below; Readability's test pages), the
packaged extension (dist/newsmark-chrome, built by scripts/package-extension) is turned on in
headless Chromium (--firefox: Firefox ESR) and reports what it sent for analysis. Against the page's expected.html
(the article content) plus its headline (expected-metadata.json's title: the extension reads
the headline with the body, as the issue asks; Readability keeps it apart):
  precision: the share of the words sent that are article words (bag-of-words overlap),
  recall:    the share of the article's words that were sent,
  outside:   highlights whose text is not in the article (should be 0).
Reported per page and as the mean over pages (macro) and over all words (micro).
Bars: precision >= 0.95, recall >= 0.90, outside = 0.
"""
import argparse
import collections
import html.parser
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("NEWSMARK_SHARED") or os.path.normpath(os.path.join(ROOT, "..", "shared"))
HELPER = os.path.join(ROOT, "scripts", "eval_tasks", "extraction_browser.mjs")
PAGES = ["aclu", "ars-1", "article-author-tag", "bug-1255978", "citylab-1", "cnet", "cnn", "engadget",
         "lazy-image-2", "lifehacker-post-comment-load", "lifehacker-working", "medicalnewstoday", "msn",
         "nytimes-1", "nytimes-2", "quanta-1", "schema-org-context-object", "theverge", "tmz-1", "videos-1",
         "wapo-1", "webmd-1", "webmd-2", "wikia", "yahoo-1", "yahoo-3"]
WORD = re.compile(r"\w+", re.UNICODE)


class TextOf(html.parser.HTMLParser):
    """The text of an HTML fragment, blocks separated by spaces, scripts and styles left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path):
    p = TextOf()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return "".join(p.parts)


def words(text):
    return collections.Counter(w.lower() for w in WORD.findall(text))


def squash(text):
    """Words only, joined without spaces: tags split words differently in the two texts."""
    return "".join(WORD.findall(text.lower()))


def title_of(page):
    """The headline, which the extension analyzes with the body (Readability keeps it apart)."""
    with open(os.path.join(SHARED, "pages", page, "expected-metadata.json"), encoding="utf-8") as f:
        return json.load(f).get("title") or ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--pages", help="comma-separated subset of the page list")
    ap.add_argument("--errors", action="store_true", help="list highlights outside the article")
    ap.add_argument("--firefox", action="store_true", help="run in Firefox ESR instead of Chromium")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "pages")):
        print(f"extraction: {SHARED}/pages not found: skipped")
        return 0
    build = "newsmark-firefox" if args.firefox else "newsmark-chrome"
    if not os.path.isfile(os.path.join(ROOT, "dist", build, "manifest.json")):
        print(f"extraction: dist/{build} missing: run scripts/package-extension", file=sys.stderr)
        return 2
    pages = args.pages.split(",") if args.pages else PAGES
    out = subprocess.run(["node", HELPER, *(["--firefox"] if args.firefox else []), *pages], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        return out.returncode
    rows, tp_all, sent_all, exp_all, outside_all, hl_all = [], 0, 0, 0, 0, 0
    for line in out.stdout.splitlines():
        r = json.loads(line)
        expected = title_of(r["page"]) + "\n" + text_of(os.path.join(SHARED, "pages", r["page"], "expected.html"))
        exp, sent = words(expected), words("\n".join(r["texts"]))
        tp = sum((exp & sent).values())
        n_sent, n_exp = sum(sent.values()), sum(exp.values())
        article = squash(expected)
        outside = [h for h in r["highlights"] if squash(h[1]) not in article]
        rows.append({"page": r["page"], "precision": tp / n_sent if n_sent else 0.0, "recall": tp / n_exp if n_exp else 0.0,
                     "sent_words": n_sent, "expected_words": n_exp, "highlights": len(r["highlights"]),
                     "outside": len(outside), "outside_examples": outside[:5], "ms": r.get("ms"), "error": r.get("error")})
        tp_all, sent_all, exp_all = tp_all + tp, sent_all + n_sent, exp_all + n_exp
        outside_all, hl_all = outside_all + len(outside), hl_all + len(r["highlights"])
    n = len(rows)
    summary = {
        "pages": n,
        "precision_macro": sum(r["precision"] for r in rows) / n,
        "recall_macro": sum(r["recall"] for r in rows) / n,
        "precision_micro": tp_all / sent_all if sent_all else 0.0,
        "recall_micro": tp_all / exp_all if exp_all else 0.0,
        "highlights": hl_all,
        "outside": outside_all,
    }
    if args.json:
        print(json.dumps({"summary": summary, "pages": rows}, indent=1))
        return 0
    print(f"{'page':30} {'prec':>6} {'recall':>6} {'sent':>6} {'exp':>6} {'hl':>5} {'out':>4}")
    for r in rows:
        flag = f"  ERROR {r['error']}" if r["error"] else ""
        print(f"{r['page']:30} {r['precision']:6.3f} {r['recall']:6.3f} {r['sent_words']:6d} {r['expected_words']:6d} "
              f"{r['highlights']:5d} {r['outside']:4d}{flag}")
        if args.errors:
            for kind, text in r["outside_examples"]:
                print(f"    outside: {kind}: {text[:80]!r}")
    s = summary
    print(f"\n{n} pages. precision {s['precision_macro']:.3f} (micro {s['precision_micro']:.3f}), "
          f"recall {s['recall_macro']:.3f} (micro {s['recall_micro']:.3f}); "
          f"highlights outside the article: {s['outside']} of {s['highlights']}")
    print(f"bars: precision >= 0.95 {'met' if s['precision_macro'] >= 0.95 else 'MISSED'}, "
          f"recall >= 0.90 {'met' if s['recall_macro'] >= 0.90 else 'MISSED'}, "
          f"outside = 0 {'met' if s['outside'] == 0 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
