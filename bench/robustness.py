#!/usr/bin/env python3
"""Hostile input at 1x, 2x and 4x size: does berita-extract stay linear in time and bounded in memory?

Each generator makes a page built to cost a parser out of proportion (issue 14's inputs, see
../shared/robustness/README.md), at a base size and at twice and four times it. The table gives the
wall time and peak memory (ru_maxrss of the child) of one berita-extract run on each, the time ratio per
doubling (held to <= 2.2) and the peak against the input (held to <= 8x the input + 16 MB). A benchmark,
not a test: it reports the figures and the targets, and exits 0 unless it cannot run.

usage: bench/robustness.py [--extract build/berita-extract] [--scale 1.0] [--only NAME]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = ('<html><head><meta charset="utf-8"><title>Gubernur Resmikan Jembatan Baru di Kupang</title></head>'
        '<body><article><h1>Gubernur Resmikan Jembatan Baru di Kupang</h1><div class="entry-content">'
        '<p>KUPANG - Gubernur Nusa Tenggara Timur meresmikan jembatan baru di Kota Kupang pada Senin '
        '(12/8/2024) bersama warga.</p>')
TAIL = '</div></article></body></html>'


def attributes_on_one_element(n):
    """n attributes on one element: libxml2 2.9.14 compares each with all before it."""
    return HEAD + '<div' + ''.join(' a%d="x"' % i for i in range(n)) + '><p>Paragraf kedua.</p></div>' + TAIL


def stray_end_tags(n):
    """n stray end tags under 4,000 open elements: libxml2 looks for each in the whole stack."""
    return HEAD + '<span>' * 4000 + 'Teks.' + '</b>' * n + TAIL


def continued_quote(n):
    """A quote opened in each of n paragraphs and never closed (gen_continued_quote.py)."""
    para = '<p>\u201cKami akan terus bekerja keras untuk membangun daerah ini bersama seluruh masyarakat</p>\n'
    return HEAD + para * n + '<p>Selesai.\u201d kata Gubernur Budi.</p>' + TAIL


def office_holders(n):
    """n sentences each naming a different office-holder (speaker matching per mention)."""
    return HEAD + ''.join('<p>Kepala Dinas Nama%d Orang%d meresmikan jembatan baru di desa itu.</p>' % (i, i)
                          for i in range(n)) + TAIL


# name, generator, base count (the first two about 1 MB at 1x; the last two kept small, as they
# were quadratic or unbounded when written: 4x is the size the issue measured)
CASES = [
    ("attributes-on-one-element", attributes_on_one_element, 100000),
    ("stray-end-tags-4000-open", stray_end_tags, 250000),
    ("continued-quote", continued_quote, 1000),
    ("office-holder-sentences", office_holders, 5000),
]


def measure(extract, page_bytes):
    """One run in a fresh child, so ru_maxrss is this run's alone."""
    with tempfile.NamedTemporaryFile(suffix=".html", delete=False) as f:
        f.write(page_bytes)
        path = f.name
    try:
        code = ("import sys, resource, subprocess, time\n"
                "t = time.perf_counter()\n"
                "p = subprocess.run([sys.argv[1], '-q', '-f', 'jsonl', sys.argv[2]], stdout=subprocess.DEVNULL,"
                " stderr=subprocess.PIPE)\n"
                "t = time.perf_counter() - t\n"
                "print(t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)\n")
        out = subprocess.run([sys.executable, "-c", code, extract, path], check=True, capture_output=True,
                             text=True).stdout.split()
        return float(out[0]), int(out[1]), int(out[2])
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extract", default=os.path.join(ROOT, "build", "berita-extract"))
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every base size")
    ap.add_argument("--only", help="run only the case with this name")
    args = ap.parse_args()
    if not os.access(args.extract, os.X_OK):
        sys.exit("no berita-extract at %s (build first, or give --extract)" % args.extract)
    print("%-27s %5s %9s %9s %8s %10s %8s  %s" % ("case", "size", "input MB", "seconds", "x/doubl",
                                                    "peak MB", "limit MB", "verdict"))
    for name, make, base in CASES:
        if args.only and args.only != name:
            continue
        previous = None
        for factor in (1, 2, 4):
            page = make(max(1, int(base * args.scale * factor))).encode("utf-8")
            seconds, peak_kb, code = measure(args.extract, page)
            ratio = seconds / previous if previous else None
            previous = seconds
            mb_in, mb_peak = len(page) / 1e6, peak_kb / 1024
            limit = 8 * len(page) / 2**20 + 16
            ok = (ratio is None or ratio <= 2.2 or seconds < 0.05) and mb_peak <= limit
            print("%-27s %4dx %9.2f %9.3f %8s %10.1f %8.1f  %s%s" % (
                name, factor, mb_in, seconds, "-" if ratio is None else "%.2f" % ratio, mb_peak, limit,
                "ok" if ok else "OVER", "" if code in (0, 1) else " (exit %d)" % code))
    print("targets: time <= 2.2x per doubling (runs under 0.05 s are noise), peak <= 8x input + 16 MB")


if __name__ == "__main__":
    main()
