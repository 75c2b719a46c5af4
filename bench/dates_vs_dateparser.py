#!/usr/bin/env python3
"""Date extraction side by side: libberita against dateparser's search_dates.

  bench/dates_vs_dateparser.py [--extract BUILD/berita-extract] [--library BUILD/libberita.so]
                               [--corpus ../shared/corpus/dev] [--limit N]

Both tools read the same plain texts: each article's headline, its visible date line and its paragraphs
as berita-extract finds them (so neither is scored on page reading). Both resolve relative and yearless
dates against the gold publication date (dateparser's RELATIVE_BASE, libberita's reference date, used
only when it finds no publication date of its own).

F1 is computed against the gold dates with score.py's own matching (same start and end, texts that
share most words). dateparser has no ranges: each date it finds is one day. Throughput is bytes of text
per CPU second, single-threaded: dateparser's search_dates(text, languages=["id"]) against libberita's
dates stage (dates_extract, timed by bench/dates_driver.c, compiled here with cc against lib/), and, for
scale, the whole library pipeline (berita_parse on the text through ctypes: reader, quotes, speakers).

A benchmark, not a test: it needs Debian's python3-dateparser and prints a table.
"""
import argparse
import ctypes
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load_texts(extract, corpus, limit):
    """(text, gold dates, gold published) for each annotated article of the corpus."""
    out = []
    for gp in sorted(glob.glob(os.path.join(corpus, "*.gold.json")))[:limit or None]:
        gold = json.load(open(gp, encoding="utf-8"))
        if "dates" in gold.get("skip", []) or not gold.get("published"):
            continue
        src = os.path.join(corpus, gold["file"])
        rec = json.loads(subprocess.run([extract, "--format", "json", src], capture_output=True,
                                        check=True).stdout)
        lines = [rec.get("title") or ""]
        # the date lines the page shows apart from the body (paragraph -2); published.text may instead be
        # a body paragraph's date, which the paragraphs below hold already
        lines += [d["text"] for d in rec.get("dates", []) if d.get("paragraph") == -2]
        lines += [p["text"] for p in rec.get("paragraphs", [])]
        out.append(("\n\n".join(lines), gold["dates"], gold["published"]))
    return out


def f1(pairs_found, n_pred, n_gold):
    p = pairs_found / n_pred if n_pred else 0.0
    r = pairs_found / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def matched(gold, pred, score):
    ok = lambda gi, pi: 1.0 if ((gold[gi]["start"], gold[gi]["end"]) == (pred[pi]["start"], pred[pi]["end"])
                               and score.date_text_match(gold[gi]["text"], pred[pi]["text"])) else 0.0
    return len(score.max_matching(len(gold), len(pred), ok, 1.0))


class Berita:
    """The library through ctypes: parse a text, read its dates, free it."""

    def __init__(self, path):
        lib = ctypes.CDLL(path)
        P, S, Z = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t
        for name, res, args in (
                ("berita_options_new", P, []), ("berita_options_free", None, [P]),
                ("berita_options_set_kind", ctypes.c_int, [P, ctypes.c_int]),
                ("berita_options_set_reference_date", ctypes.c_int, [P, S]),
                ("berita_parse", ctypes.c_int, [S, Z, P, ctypes.POINTER(P), P]),
                ("berita_doc_free", None, [P]), ("berita_doc_date_count", Z, [P]),
                ("berita_doc_date_text", S, [P, Z]), ("berita_doc_date_start", S, [P, Z]),
                ("berita_doc_date_end", S, [P, Z])):
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = res, args
        self.lib = lib
        self.text_kind = 2  # BERITA_INPUT_TEXT

    def options(self, reference):
        o = self.lib.berita_options_new()
        self.lib.berita_options_set_kind(o, self.text_kind)
        self.lib.berita_options_set_reference_date(o, reference.encode())
        return o

    def dates(self, data, opts):
        doc = ctypes.c_void_p()
        if self.lib.berita_parse(data, len(data), opts, ctypes.byref(doc), None) != 0:
            return []
        d = lambda fn, i: fn(doc, i).decode()
        out = [{"text": d(self.lib.berita_doc_date_text, i), "start": d(self.lib.berita_doc_date_start, i),
                "end": d(self.lib.berita_doc_date_end, i)} for i in range(self.lib.berita_doc_date_count(doc))]
        self.lib.berita_doc_free(doc)
        return out

    def parse_only(self, data, opts):
        doc = ctypes.c_void_p()
        if self.lib.berita_parse(data, len(data), opts, ctypes.byref(doc), None) == 0:
            self.lib.berita_doc_free(doc)


def dates_stage_seconds(texts, rounds):
    """Seconds the dates stage takes over the texts, `rounds` times, in the C driver."""
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "dates_driver")
        lib = os.path.join(ROOT, "lib")
        sources = [os.path.join(HERE, "dates_driver.c")] + [os.path.join(lib, f) for f in (
            "dates.c", "calendar.c", "lexicon.c", "unicode.c", "arena.c")]
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libutf8proc"], capture_output=True,
                               text=True, check=True).stdout.split()
        subprocess.run(["cc", "-O2", "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-I", lib, "-o", exe]
                       + sources + flags, check=True)
        data = b"\0".join(t.encode() for t, _, _ in texts)
        out = subprocess.run([exe, str(rounds)], input=data, capture_output=True, check=True).stdout.split()
        return float(out[1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extract", default=os.path.join(ROOT, "build", "berita-extract"))
    ap.add_argument("--library", default=None, help="libberita.so (default: beside --extract)")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "dev"))
    ap.add_argument("--eval", default=os.path.join(ROOT, "..", "shared", "eval"), help="where score.py is")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    a = ap.parse_args()
    sys.path.insert(0, a.eval)
    import score  # the scorer's own date matching
    try:
        from dateparser.search import search_dates
    except ImportError:
        system = "/usr/bin/python3"  # Debian's package installs for the system interpreter
        if os.path.exists(system) and os.path.realpath(sys.executable) != os.path.realpath(system):
            os.execv(system, [system] + sys.argv)
        sys.exit("dateparser is missing: apt-get install python3-dateparser")

    texts = load_texts(a.extract, a.corpus, a.limit)
    n_bytes = sum(len(t.encode()) for t, _, _ in texts)
    n_gold = sum(len(g) for _, g, _ in texts)

    # dateparser: one pass, timed call by call
    dp_found = dp_pred = 0
    dp_secs = 0.0
    for text, gold, published in texts:
        base = datetime.datetime.fromisoformat(published)
        t0 = time.process_time()
        found = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base}) or []
        dp_secs += time.process_time() - t0
        pred = [{"text": s, "start": d.date().isoformat(), "end": d.date().isoformat()} for s, d in found]
        dp_found += matched(gold, pred, score)
        dp_pred += len(pred)

    # libberita: one pass for the score, then repeated passes for a stable time
    lib = Berita(a.library or os.path.join(os.path.dirname(os.path.abspath(a.extract)), "libberita.so"))
    prepared = [(t.encode(), lib.options(p), g) for t, g, p in texts]
    b_found = b_pred = 0
    for data, opts, gold in prepared:
        pred = lib.dates(data, opts)
        b_found += matched(gold, pred, score)
        b_pred += len(pred)
    rounds, b_secs = 0, 0.0
    while b_secs < 1.0:
        t0 = time.process_time()
        for data, opts, _ in prepared:
            lib.parse_only(data, opts)
        b_secs += time.process_time() - t0
        rounds += 1
    for _, opts, _ in prepared:
        lib.lib.berita_options_free(opts)

    stage_rounds = max(1, int(50e6 / max(n_bytes, 1)))  # about 50 MB through the stage
    stage_mbs = n_bytes * stage_rounds / dates_stage_seconds(texts, stage_rounds) / 1e6
    dp_mbs = n_bytes / dp_secs / 1e6
    b_mbs = n_bytes * rounds / b_secs / 1e6
    print(f"{len(texts)} articles, {n_bytes / 1e3:.0f} kB of text, {n_gold} gold dates")
    print(f"{'':30}{'F1':>7}{'precision':>11}{'recall':>8}{'MB/s':>11}")
    for name, found, pred, mbs in (("dateparser search_dates (id)", dp_found, dp_pred, dp_mbs),
                                   ("libberita dates stage", b_found, b_pred, stage_mbs)):
        p = found / pred if pred else 0.0
        r = found / n_gold if n_gold else 0.0
        print(f"{name:30}{f1(found, pred, n_gold):7.3f}{p:11.3f}{r:8.3f}{mbs:11.3f}")
    print(f"{'libberita whole pipeline':30}{'':26}{b_mbs:11.3f}")
    print(f"throughput ratio, dates stage / dateparser:    {stage_mbs / dp_mbs:,.0f}x")
    print(f"throughput ratio, whole pipeline / dateparser: {b_mbs / dp_mbs:,.0f}x")


if __name__ == "__main__":
    main()
