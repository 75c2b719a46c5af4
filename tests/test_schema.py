#!/usr/bin/env python3
"""Every record berita-extract writes for the fixtures, a small WARC archive and, when they are
beside the repository, the dev and real corpora validates against schema/berita-1.schema.json
(Debian's python3-jsonschema).

The schema leaves its objects open, as berita/1 promises that fields may be added; here every object
is closed (additionalProperties false), so a field the library writes and the schema does not
document fails. The record's own references are checked too: speaker and paragraph indexes point
into their lists, and a quote ends no earlier than it starts.

Exit status 77 (ctest: skipped) when jsonschema is not installed."""
import argparse
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

SKIPPED = 77


def closed(schema):
    """The schema with additionalProperties false wherever it lists properties."""
    schema = copy.deepcopy(schema)

    def close(node):
        if isinstance(node, dict):
            if "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(schema)
    return schema


def reference_problems(rec):
    """What the schema cannot say: indexes into the record's own lists, and spans in order."""
    problems = []
    paragraphs, speakers = len(rec["paragraphs"]), len(rec["speakers"])
    for i, q in enumerate(rec["quotes"]):
        if q["speaker"] is not None and q["speaker"] >= speakers:
            problems.append(f"quotes[{i}].speaker {q['speaker']} of {speakers} speakers")
        if q["paragraph"] >= paragraphs or q["end_paragraph"] >= paragraphs:
            problems.append(f"quotes[{i}] paragraphs {q['paragraph']}-{q['end_paragraph']} of {paragraphs}")
        if (q["end_paragraph"], q["end"]) < (q["paragraph"], q["start"]):
            problems.append(f"quotes[{i}] ends before it starts")
    for i, d in enumerate(rec["dates"]):
        if d["paragraph"] >= paragraphs:
            problems.append(f"dates[{i}].paragraph {d['paragraph']} of {paragraphs}")
        if d["end"] < d["start"]:
            problems.append(f"dates[{i}] ends before it starts")
    return problems


def warc_archive(folder, page):
    """A WARC file holding page as two HTML responses (so source.warc has ids, dates and offsets)."""
    response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    records = []
    for n in (1, 2):
        head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.go.id/{n}\r\n"
                f"WARC-Date: 2025-07-2{n}T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:{n:032x}>\r\n"
                f"Content-Length: {len(response)}\r\n\r\n")
        records.append(head.encode() + response + b"\r\n\r\n")
    path = os.path.join(folder, "pages.warc")
    with open(path, "wb") as f:
        f.write(b"".join(records))
    return path


def records(extract, inputs):
    """berita-extract's records for the inputs (files and folders), one JSON Lines run."""
    out = subprocess.run([extract, "-q", "-f", "jsonl", *inputs], capture_output=True, text=True)
    if out.returncode not in (0, 1):  # 1: some input failed, which the fixtures include on purpose
        sys.exit(f"berita-extract exit {out.returncode}: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines()]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--extract", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--corpus", action="append", default=[], help="a corpus folder; skipped when absent")
    a = ap.parse_args()
    try:
        import jsonschema
    except ImportError:
        print("jsonschema is not installed (Debian: python3-jsonschema): skipped")
        return SKIPPED
    with open(a.schema, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(closed(schema))

    fixtures = sorted(glob.glob(os.path.join(a.fixtures, "*.html")) + glob.glob(os.path.join(a.fixtures, "*.txt")))
    tmp = tempfile.TemporaryDirectory()
    with open(os.path.join(a.fixtures, "api-minimal.html"), "rb") as f:
        archive = warc_archive(tmp.name, f.read())
    sets = [("fixtures", fixtures), ("WARC", [archive])] + [(c, [c]) for c in a.corpus if os.path.isdir(c)]
    failed = 0
    for name, inputs in sets:
        recs = records(a.extract, inputs)
        if not recs:
            print(f"{name}: no records")
            failed += 1
        for rec in recs:
            where = rec.get("source", {}).get("path")
            problems = [f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
                        for e in validator.iter_errors(rec)]
            if not problems:
                problems = reference_problems(rec)
            for p in problems[:5]:
                print(f"{where}: {p}")
            failed += bool(problems)
        print(f"{name}: {len(recs)} records")
    tmp.cleanup()
    print(f"schema: {'every record valid' if not failed else f'{failed} records invalid'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
