"""python3 -m berita [OPTIONS] INPUT...: berita-extract's inputs, options and formats, in Python.

An INPUT is a saved HTML page, a page's copied text, a WARC archive (.warc, .warc.gz, told by
its content: every HTML response record is an article), a directory (searched recursively, in
name order, for *.html *.htm *.txt *.warc *.warc.gz) or '-' for standard input. Records come out
in input order; a failure is reported on stderr and the batch goes on. Exit status: 0 all inputs
extracted, 1 some failed, 2 usage error.
"""
import argparse
import contextlib
import csv
import io
import itertools
import os
import sys

from . import (Error, ReadError, WarcRecord, __version__, _each, _lib, _options, _record_json, is_warc, library_version,
               read_warc)

FORMATS = ("json", "jsonl", "csv", "csv-articles", "text")
# What a directory walk takes, as berita-extract's.
WALK_SUFFIXES = (".html", ".htm", ".txt", ".warc", ".warc.gz")
# Enough of an input to tell a WARC archive (berita_is_warc), as berita-extract reads.
HEAD_BYTES = 512
# The WARC records that hold no page, as berita-extract counts them on stderr; too_large is a failure.
SKIPPED_WHY = {"not_html": "not HTML", "not_ok": "HTTP status not 2xx", "revisit": "revisits",
               "other": "requests and metadata", "malformed": "unreadable HTTP"}
CSV_HEADER = ["source", "url", "title", "published", "speaker", "role", "organisation", "kind", "cue", "paragraph",
              "quote"]
CSV_ARTICLES_HEADER = ["source", "url", "title", "published", "dateline", "credits", "labels", "speakers", "quotes"]
# A cell a spreadsheet would run as a formula starts with one of these (OWASP's list): it gets a
# leading apostrophe, as berita-extract's CSV does.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _shown(name):
    # Control characters in a file name would reach the terminal raw.
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in os.fsdecode(name))


def _input_list(path):
    """--input-file: the inputs named one a line, blank lines and a trailing CR ignored; '-' reads
    the list from standard input."""
    with contextlib.nullcontext(sys.stdin.buffer) if path == "-" else open(path, "rb") as f:
        return [os.fsdecode(line.rstrip(b"\r\n")) for line in f if line.rstrip(b"\r\n")]


def _paths(arguments, report):
    """The inputs the arguments name, in order: files, '-', the files of folders."""
    for path in arguments:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, report)
        else:
            yield path


class _Rewound:
    """A stream whose first bytes were read already: they are served again first."""

    def __init__(self, head, rest):
        self.head, self.rest = head, rest

    def read(self, n):
        if self.head:
            out, self.head = self.head[:n], self.head[n:]
            return out
        return self.rest.read(n)


def _items(paths, force_warc, skipped, report):
    """parse_many's items for the inputs: a path, ("-", stdin's bytes), or a WARC archive's records,
    streamed (the records that hold no page counted in `skipped`)."""
    warc_reader = hasattr(_lib, "berita_warc_open")
    for path in paths:
        try:
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")
        except OSError:
            yield path  # read again by its worker, which reports why it cannot be
            continue
        with contextlib.nullcontext(stream) if path == "-" else stream:
            head = stream.read(HEAD_BYTES)
            if warc_reader and (force_warc or is_warc(head)):
                try:
                    for record in read_warc(_Rewound(head, stream), name=path):
                        if record.kind in SKIPPED_WHY:
                            skipped[record.kind] = skipped.get(record.kind, 0) + 1
                        else:
                            yield record
                except (Error, ReadError) as e:
                    why = e.strerror if isinstance(e, ReadError) else str(e)
                    report(path, why[len(path) + 2:] if why.startswith(f"{path}: ") else why)
            elif path.lower().endswith((".warc", ".warc.gz")) and not warc_reader:
                report(path, "this libberita is a build without the WARC reader")
            elif path == "-":
                yield ("-", head + stream.read())
            else:
                yield path


def _walk(top, report):
    """A folder's articles in name order, following links; a folder seen already (a link back up)
    and an unreadable one are reported."""
    seen = set()

    def visit(folder):
        try:
            st = os.stat(folder)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            report(folder, e.strerror or str(e))
            return
        if (st.st_dev, st.st_ino) in seen:
            report(folder, "a link back to a folder above: not followed")
            return
        seen.add((st.st_dev, st.st_ino))
        for entry in entries:
            if entry.is_dir():
                yield from visit(entry.path)
            elif entry.name.lower().endswith(WALK_SUFFIXES):
                if not os.path.exists(entry.path):
                    report(entry.path, "a dangling link")
                else:
                    yield entry.path
        seen.discard((st.st_dev, st.st_ino))

    yield from visit(top)


def _cell(value):
    if value is None:
        return ""
    value = str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_rows(a):
    rows = []
    for q in a.quotes:
        s = a.speakers[q.speaker] if q.speaker is not None else None
        rows.append([a.source_path, a.url, a.title, a.published.date, s and s.name, s and s.role,
                     s and s.organization, q.kind, q.cue, q.paragraph, q.text])
    return rows


def _csv_article_row(a):
    speakers = []
    for s in a.speakers:
        who = s.name or s.role or ""
        speakers.append(f"{who} ({s.role})" if s.name and s.role else who)
    return [[a.source_path, a.url, a.title, a.published.date, a.dateline,
             "; ".join(f"{c.role}: {c.name}" for c in a.credits), "; ".join(a.labels), "; ".join(speakers),
             len(a.quotes)]]


def _text_summary(a):
    lines = [f"== {a.source_path or ''}", a.title or "(no title)"]
    if a.published.date:
        lines.append(a.published.date + (f" {a.published.time}" if a.published.time else ""))
    if a.url:
        lines.append(f"url: {a.url}")
    if a.dateline:
        lines.append(f"dateline: {a.dateline}")
    if a.credits:
        lines.append("credits: " + ", ".join(f"{c.role} {c.name}" for c in a.credits))
    if a.labels:
        lines.append("labels: " + ", ".join(a.labels))
    for q in a.quotes:
        s = a.speakers[q.speaker] if q.speaker is not None else None
        name, role = (s.name, s.role) if s else (None, None)
        who = (name or role or "?") + (f" ({role})" if name and role else "")
        lines.append(f"  {who}: " + (f"\u201c{q.text}\u201d" if q.kind == "direct" else q.text))
    return "\n".join(lines) + "\n\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m berita", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-f", "--format", choices=FORMATS,
                    help="json (one pretty record, the default for one article; a JSON array of them for more), "
                         "jsonl (one record a line, the default for more), csv (one row per quote), "
                         "csv-articles (one row per article) or text (a summary)")
    ap.add_argument("-k", "--kind", choices=("auto", "html", "text", "warc"), default="auto",
                    help="how to read the inputs: an archive is told by its content; warc reads every input as one")
    ap.add_argument("-u", "--url", help="the page's URL, when the page does not name it")
    ap.add_argument("-r", "--reference-date", metavar="YYYY-MM-DD",
                    help="for relative and yearless dates when the article shows no publication date")
    ap.add_argument("-c", "--charset", help="force the input encoding (utf-8, windows-1252, ...)")
    ap.add_argument("-j", "--jobs", type=int, help="worker threads (default: the number of cores)")
    ap.add_argument("--input-file", metavar="FILE", help="read the inputs from FILE, one a line, besides any named")
    ap.add_argument("--failures", metavar="FILE", help="write each failed input and why to FILE, one a line")
    ap.add_argument("--bom", action="store_true", help="start CSV output with a UTF-8 byte order mark")
    ap.add_argument("-q", "--quiet", action="store_true", help="accepted for berita-extract's sake: no progress bar "
                    "is drawn anyway (failures are still reported)")
    ap.add_argument("-V", "--version", action="version",
                    version=f"berita (Python) {__version__}, libberita {library_version()}")
    ap.add_argument("inputs", nargs="*", metavar="INPUT")
    a = ap.parse_args(argv)
    if not a.inputs and not a.input_file:
        ap.error("no input files")
    options = {"kind": "auto" if a.kind == "warc" else a.kind, "url": a.url, "reference_date": a.reference_date,
               "charset": a.charset}
    try:
        _lib.berita_options_free(_options(**options))
    except Exception as e:  # an option the library refuses (berita.Error, ValueError): a usage error
        ap.error(str(e))

    try:
        failures = open(a.failures, "w", encoding="utf-8") if a.failures else None
    except OSError as e:
        print(f"berita: cannot write the failures file: {e.strerror}", file=sys.stderr)
        return 2
    failed = 0

    def report(name, message):
        nonlocal failed
        failed += 1
        line = f"{_shown(name)}: {message}"
        print(f"berita: {line}", file=sys.stderr)
        if failures:
            print(line, file=failures)

    named = list(a.inputs)
    if a.input_file:
        try:
            named += _input_list(a.input_file)
        except OSError as e:
            report(a.input_file, e.strerror or str(e))
    paths = list(_paths(named, report))
    skipped = {}
    items = _items(paths, a.kind == "warc", skipped, report)
    first = next(items, None)
    # One article (one input that is no archive): one record; anything else: a list of them.
    one_article = len(paths) == 1 and first is not None and not isinstance(first, WarcRecord)
    items = itertools.chain([first] if first is not None else [], items)
    fmt = a.format or ("json" if one_article else "jsonl")
    as_array = fmt == "json" and not one_article
    if fmt in ("json", "jsonl"):
        def use(doc):
            return _record_json(doc, pretty=fmt == "json")
    else:
        from . import _article as use
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(out, lineterminator="\r\n")
    if fmt in ("csv", "csv-articles"):
        if a.bom:
            out.write("\ufeff")
        writer.writerow(CSV_HEADER if fmt == "csv" else CSV_ARTICLES_HEADER)
    written = 0
    for result in _each(items, use, a.jobs, options):
        if result.error is not None:
            item = result.input
            name = item[0] if isinstance(item, tuple) else item.name if isinstance(item, WarcRecord) else item
            report(name, result.error.strerror if getattr(result.error, "strerror", None) else str(result.error))
            continue
        value = result.article  # the record's JSON text, or the Article
        if fmt in ("json", "jsonl"):
            out.write(("[\n" if not written else ",\n") if as_array else "")
            out.write(value + ("" if as_array else "\n"))
        elif fmt == "text":
            out.write(_text_summary(value))
        else:
            rows = _csv_rows(value) if fmt == "csv" else _csv_article_row(value)
            writer.writerows([_cell(v) for v in row] for row in rows)
        written += 1
    if as_array:
        out.write("\n]\n" if written else "[]\n")
    out.flush()
    out.detach()
    if skipped:
        counts = ", ".join(f"{skipped[k]} {why}" for k, why in SKIPPED_WHY.items() if k in skipped)
        print(f"berita: {sum(skipped.values())} WARC records skipped ({counts})", file=sys.stderr)
    if failures:
        failures.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
