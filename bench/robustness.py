#!/usr/bin/env python3
"""Hostile input at 1x, 2x and 4x size: does berita-extract stay linear in time and bounded in memory?

Each generator makes a page built to cost a parser out of proportion (issue 14's inputs, see
../shared/robustness/README.md), at a base size and at twice and four times it. The table gives the
wall time and peak memory (ru_maxrss of the child) of one berita-extract run on each, the time ratio per
doubling (held to <= 2.2) and the peak against the input (held to <= 8x the input + 16 MB; issue 12's
quote-dense text to 4x + 8 MB). A benchmark,
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


def attributes_at_the_cap(n):
    """n elements with 256 attributes each, as many as the filter lets libxml2 see."""
    return HEAD + ('<i' + ''.join(' a%d=x' % i for i in range(256)) + '>t</i>') * n + TAIL


def stray_end_tags_opened_before(n):
    """A run of n stray end tags of a name the page opened once, under 4,000 open elements."""
    return HEAD + '<i>x</i>' + '<span>' * 4000 + 'Teks.' + '</i>' * n + TAIL


def stray_end_tags_text_between(n):
    """n stray end tags of a name the page opened once, a word between each, under 4,000 open elements:
    kept (text could imply an element), libxml2 looks for each in its stack, at most max_depth deep."""
    return HEAD + '<i>x</i>' + '<span>' * 4000 + 'Teks.' + '</i>a' * n + TAIL


def continued_quote(n):
    """A quote opened in each of n paragraphs and never closed (gen_continued_quote.py)."""
    para = '<p>\u201cKami akan terus bekerja keras untuk membangun daerah ini bersama seluruh masyarakat</p>\n'
    return HEAD + para * n + '<p>Selesai.\u201d kata Gubernur Budi.</p>' + TAIL


def office_holders(n):
    """n sentences each naming a different office-holder (speaker matching per mention)."""
    return HEAD + ''.join('<p>Kepala Dinas Nama%d Orang%d meresmikan jembatan baru di desa itu.</p>' % (i, i)
                          for i in range(n)) + TAIL


def box_beside_the_body(n):
    """A box of n dated bylines beside the body inside the article: every one is asked whether it sits in a
    teaser of another article (quadratic while each answer looked at all its siblings)."""
    return (HEAD + '</div><div class="side">' + ''.join('<span>Rabu, 1 Mei 2024 oleh Budi %d</span>' % i
                                                          for i in range(n)) + '</div>' + TAIL[len('</div>'):])


def quote_dense_text(n):
    """Plain text, n paragraphs each quoting a different village head (issue 12: speaker matching and its
    memory per quote); 9,658 paragraphs make 1 MB."""
    return ('Bupati Resmikan Program Desa\n\nBANTUL - Pemerintah kabupaten meresmikan program baru, Senin '
            '(5/5/2025).\n\n' + ''.join('"Kami akan terus bekerja untuk warga desa nomor %d," kata Kepala Desa '
                                       'Suka%d Budi%d Santoso%d.\n\n' % (i, i, i, i) for i in range(n)))


# name, generator, base count (the first two about 1 MB at 1x; the last two kept small, as they
# were quadratic or unbounded when written: 4x is the size the issue measured)
CASES = [
    ("attributes-on-one-element", attributes_on_one_element, 100000),
    ("stray-end-tags-4000-open", stray_end_tags, 250000),
    ("attributes-at-the-cap", attributes_at_the_cap, 600),
    ("stray-end-tags-opened-before", stray_end_tags_opened_before, 250000),
    ("stray-end-tags-text-between", stray_end_tags_text_between, 50000),
    ("continued-quote", continued_quote, 1000),
    ("office-holder-sentences", office_holders, 5000),
    ("box-beside-the-body", box_beside_the_body, 25000),
    ("quote-dense-text", quote_dense_text, 9658),
]
# Peak memory limits, (times the input, plus MB): issue 14's for every case but the quote-dense text,
# whose limit is issue 12's.
DEFAULT_LIMIT = (8, 16)
LIMITS = {"quote-dense-text": (4, 8)}
SUFFIXES = {"quote-dense-text": ".txt"}


GNU_TIME = "/usr/bin/time"  # Debian's time package: its small process makes the child's ru_maxrss its own


def measure(extract, path):
    """Wall seconds, peak resident kilobytes and exit status of one run. Linux keeps a process's peak
    across exec, so the child must come from a small parent: GNU time when present; else this
    interpreter, whose own size is then a floor under every figure."""
    argv = [extract, "-q", "-f", "jsonl", path]
    with open(os.devnull, "wb") as null:
        if os.access(GNU_TIME, os.X_OK):
            start = time.perf_counter()
            proc = subprocess.run([GNU_TIME, "-f", "%M", "-o", path + ".rss"] + argv, stdout=null, stderr=null)
            seconds = time.perf_counter() - start
            with open(path + ".rss") as f:
                peak = int(f.read().split()[-1])
            os.unlink(path + ".rss")
            return seconds, peak, proc.returncode
        start = time.perf_counter()
        pid = os.posix_spawn(extract, argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, null.fileno(), 1),
                                                                      (os.POSIX_SPAWN_DUP2, null.fileno(), 2)])
        _, status, usage = os.wait4(pid, 0)
        return time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


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
            with tempfile.NamedTemporaryFile(suffix=SUFFIXES.get(name, ".html"), delete=False) as f:
                f.write(page)
            try:
                seconds, peak_kb, code = measure(args.extract, f.name)
            finally:
                os.unlink(f.name)
            ratio = seconds / previous if previous else None
            previous = seconds
            mb_in, mb_peak = len(page) / 1e6, peak_kb / 1024
            times, plus = LIMITS.get(name, DEFAULT_LIMIT)
            limit = times * len(page) / 2**20 + plus
            ok = (ratio is None or ratio <= 2.2 or seconds < 0.05) and mb_peak <= limit
            print("%-27s %4dx %9.2f %9.3f %8s %10.1f %8.1f  %s%s" % (
                name, factor, mb_in, seconds, "-" if ratio is None else "%.2f" % ratio, mb_peak, limit,
                "ok" if ok else "OVER", "" if code in (0, 1) else " (exit %d)" % code))
    print("targets: time <= 2.2x per doubling (runs under 0.05 s are noise), peak <= 8x input + 16 MB "
          "(quote-dense-text: 4x input + 8 MB)")


if __name__ == "__main__":
    main()
