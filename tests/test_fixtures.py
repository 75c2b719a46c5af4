#!/usr/bin/env python3
"""Runs berita-extract on every fixture article (NAME.html / NAME.txt) that has
a NAME.expect.json beside it, and checks the record holds what it says.

An expect file lists only the fields a fixture is about:
- scalars ("title", "dateline", "url"): equal;
- "published": a "YYYY-MM-DD" string compared with published.date, or an
  object whose keys must all match published's;
- lists ("labels", "credits", "paragraphs", "speakers", "quotes", "dates"): the
  same number of items, in order; an item that is an object must agree on the
  keys it gives. On quotes, "speaker_name" is the name (or, for an unnamed
  speaker, the role) of the quote's speaker, null for no speaker;
- "options": {"reference_date", "url", "kind", "charset"} passed to the CLI;
- "error": true when the extraction must fail (exit status 1).
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def speaker_label(rec, index):
    if index is None:
        return None
    s = rec["speakers"][index]
    return s.get("name") or s.get("role")


def compare(want, got, rec, path, problems):
    if isinstance(want, dict):
        if not isinstance(got, dict):
            problems.append(f"{path}: want an object, got {got!r}")
            return
        for key, value in want.items():
            if key == "speaker_name":
                actual = speaker_label(rec, got.get("speaker"))
                if actual != value:
                    problems.append(f"{path}.speaker_name: want {value!r}, got {actual!r}")
            else:
                compare(value, got.get(key), rec, f"{path}.{key}", problems)
    elif isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            problems.append(f"{path}: want {len(want)} items {want!r}, got {got!r}")
            return
        for i, (w, g) in enumerate(zip(want, got)):
            compare(w, g, rec, f"{path}[{i}]", problems)
    elif want != got:
        problems.append(f"{path}: want {want!r}, got {got!r}")


def check_fixture(extract, article, expect):
    cmd = [extract, "--format", "json"]
    for key, flag in (("reference_date", "--reference-date"), ("url", "--url"), ("kind", "--kind"),
                      ("charset", "--charset")):
        if key in expect.get("options", {}):
            cmd += [flag, expect["options"][key]]
    out = subprocess.run(cmd + [article], capture_output=True, timeout=60)
    if expect.get("error"):
        return [] if out.returncode == 1 and out.stderr else [f"want a failure, got exit {out.returncode}"]
    if out.returncode != 0:
        return [f"exit {out.returncode}: {out.stderr.decode(errors='replace')}"]
    rec = json.loads(out.stdout)
    problems = []
    for key, want in expect.items():
        if key in ("options", "error"):
            continue
        got = rec.get(key)
        if key == "published" and isinstance(want, str):
            got = (got or {}).get("date")
        compare(want, got, rec, key, problems)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extract", required=True)
    ap.add_argument("folder")
    a = ap.parse_args()
    passed = failed = 0
    for expect_path in sorted(glob.glob(os.path.join(a.folder, "*.expect.json"))):
        stem = expect_path[: -len(".expect.json")]
        articles = [p for p in (stem + ".html", stem + ".txt", stem + ".bin") if os.path.exists(p)]
        name = os.path.basename(stem)
        if len(articles) != 1:
            print(f"FAIL {name}: want one article beside the expect file, found {articles}")
            failed += 1
            continue
        with open(expect_path, encoding="utf-8") as f:
            expect = json.load(f)
        problems = check_fixture(a.extract, articles[0], expect)
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems:
                print("   ", p)
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
