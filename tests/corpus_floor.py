#!/usr/bin/env python3
"""Scores a corpus (dev, real, or tests/national) with shared/eval/score.py and fails when any metric
falls below the floor committed in corpus-floor.json (a ratchet: raise the
floor when the scores rise; lower it only with a reason in the commit).
With --gold, the gold records are that folder's and the pages the corpus's
(tests/wild: gold written here for the shared wild corpus's pages).
Exits 77 (skipped) when the corpus is not beside the repository."""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extract", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--scorer", help="score.py, when the corpus is not under shared/corpus/")
    ap.add_argument("--gold", help="a folder of NAME.gold.json for the corpus's pages NAME")
    a = ap.parse_args()
    scorer = a.scorer or os.path.join(a.corpus, "..", "..", "eval", "score.py")
    if not os.path.isdir(a.corpus) or not os.path.exists(scorer):
        print(f"no corpus at {a.corpus}: skipped")
        return 77
    with open(a.floor) as f:
        floor = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = a.corpus
        if a.gold:  # the pages beside their gold, as score.py reads them
            corpus = os.path.join(tmp, "corpus")
            os.mkdir(corpus)
            for name in sorted(os.listdir(a.gold)):
                if not name.endswith(".gold.json"):
                    continue
                with open(os.path.join(a.gold, name)) as f:
                    page = json.load(f)["file"]
                if not os.path.exists(os.path.join(a.corpus, page)):
                    print(f"no page {page} in {a.corpus}")
                    return 1
                os.symlink(os.path.abspath(os.path.join(a.gold, name)), os.path.join(corpus, name))
                os.symlink(os.path.abspath(os.path.join(a.corpus, page)), os.path.join(corpus, page))
        out_json = os.path.join(tmp, "scores.json")
        run = subprocess.run([sys.executable, scorer, "--extract", a.extract, "--json", out_json, corpus],
                             capture_output=True, text=True, timeout=600)
        print(run.stdout)
        if run.returncode not in (0, 1) or not os.path.exists(out_json):
            print(run.stderr)
            return 1
        with open(out_json) as f:
            scores = json.load(f)
    short = [f"{k}: {scores.get(k, 0.0):.3f} < floor {v:.3f}" for k, v in sorted(floor.items())
             if k != "failures" and scores.get(k, 0.0) + 1e-9 < v]
    if scores.get("failures", 0) > floor.get("failures", 0):
        short.append(f"failures: {scores['failures']} > {floor.get('failures', 0)}")
    for s in short:
        print("BELOW FLOOR", s)
    passed = len(floor) - len(short)
    print(f"corpus: {passed} passed, {len(short)} failed")
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
