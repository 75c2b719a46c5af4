"""berita-extract as a user runs it: formats, options, exit statuses, stdin."""
import csv
import gzip
import io
import json
import os
import shutil
import subprocess
import tempfile
import unittest

EXTRACT = os.environ["BERITA_EXTRACT"]
FIXTURES = os.environ["BERITA_FIXTURES"]
TEXT = os.path.join(FIXTURES, "api-plain-text.txt")
HTML = os.path.join(FIXTURES, "api-minimal.html")
PNG = os.path.join(FIXTURES, "api-png-refused.bin")


def run(*args, stdin=None):
    return subprocess.run([EXTRACT, *args], input=stdin, capture_output=True, timeout=600)


class CliTest(unittest.TestCase):
    def test_one_file_is_pretty_json(self):
        out = run(TEXT)
        self.assertEqual(out.returncode, 0, out.stderr)
        rec = json.loads(out.stdout)
        self.assertEqual(rec["schema"], "berita/1")
        self.assertEqual(rec["source"], {"path": TEXT, "url": None, "format": "text"})
        self.assertIn(b"\n  ", out.stdout)

    def test_jsonl_is_one_record_a_line(self):
        out = run("--format", "jsonl", TEXT, TEXT)
        self.assertEqual(out.returncode, 0)
        lines = out.stdout.decode().splitlines()
        self.assertEqual(len(lines), 2)
        self.assertEqual(json.loads(lines[0]), json.loads(lines[1]))

    def test_stdin(self):
        with open(TEXT, "rb") as f:
            data = f.read()
        out = run("-", stdin=data)
        self.assertEqual(out.returncode, 0)
        self.assertEqual(json.loads(out.stdout)["source"]["path"], "-")

    def test_failure_goes_on_and_exits_1(self):
        out = run("--format", "jsonl", PNG, "/nonexistent/x.html", TEXT)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(len(out.stdout.decode().splitlines()), 1)
        err = out.stderr.decode()
        self.assertIn(PNG, err)
        self.assertIn("PNG", err)
        self.assertIn("/nonexistent/x.html", err)

    def test_quiet_hides_only_the_progress_bar(self):
        out = run("--quiet", PNG)
        self.assertEqual(out.returncode, 1)
        self.assertIn(PNG.encode(), out.stderr)  # which file failed is never hidden

    def test_usage_errors_exit_2(self):
        for args in ([], ["--format", "xml", TEXT], ["--jobs", "x", TEXT], ["--kind", "pdf", TEXT], ["--reference-date", "2025-02-30", TEXT],
                     ["--charset", "koi8-r", TEXT], ["--no-such-flag", TEXT]):
            with self.subTest(args=args):
                out = run(*args)
                self.assertEqual(out.returncode, 2)
                self.assertIn(b"usage", out.stderr)

    def test_options_reach_the_record(self):
        rec = json.loads(run("--url", "https://ntt.go.id/x", TEXT).stdout)
        self.assertEqual(rec["source"]["url"], "https://ntt.go.id/x")
        rec = json.loads(run("--kind", "text", HTML).stdout)
        self.assertEqual(rec["source"]["format"], "text")
        rec = json.loads(run("--kind", "html", HTML).stdout)
        self.assertEqual(rec["source"]["format"], "html")

    def test_charset_override(self):
        with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
            f.write(("Gubernur Sampaikan \u201cPesan Damai\u201d untuk Seluruh Warga\n\nKUPANG - Isi berita yang cukup panjang untuk dibaca orang.\n\n"
                     "Paragraf kedua juga berisi kalimat lengkap.\n").encode("cp1252"))
        try:
            rec = json.loads(run("--charset", "windows-1252", f.name).stdout)
            texts = [rec["title"]] + [p["text"] for p in rec["paragraphs"]]
            self.assertIn("Gubernur Sampaikan \u201cPesan Damai\u201d untuk Seluruh Warga", texts)
        finally:
            os.unlink(f.name)

    def test_version_and_help(self):
        out = run("--version")
        self.assertEqual(out.returncode, 0)
        self.assertRegex(out.stdout.decode(), r"^berita-extract \d+\.\d+\.\d+ \(libberita")
        out = run("--help")
        self.assertEqual(out.returncode, 0)
        self.assertIn(b"Exit status", out.stdout)


def warc_record(kind, uri, block, date="2025-07-25T03:04:05Z"):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash((kind, uri))):032x}>\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http_response(body, content_type="text/html; charset=utf-8", extra="", status="200 OK"):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


class BatchTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        with open(HTML, "rb") as f:
            self.page = f.read()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def records(self):
        """Three HTML responses (one gzip content-encoded and chunked), a request and an image."""
        gz = gzip.compress(self.page)
        chunked = b"%x\r\n" % len(gz) + gz + b"\r\n0\r\n\r\n"
        return [
            warc_record("warcinfo", "", b"software: test\r\n"),
            warc_record("request", "https://a.go.id/1", b"GET /1 HTTP/1.1\r\n\r\n"),
            warc_record("response", "https://a.go.id/1", http_response(self.page)),
            warc_record("response", "https://a.go.id/logo.png", http_response(b"\x89PNG....", "image/png")),
            warc_record("response", "https://a.go.id/2", http_response(
                chunked, extra="Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")),
            warc_record("response", "https://a.go.id/3", http_response(self.page)),
        ]

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_warc_plain_and_multi_member_gzip(self):
        recs = self.records()
        plain = self.write("a.warc", b"".join(recs))
        # One gzip member per record, as web archives write them.
        multi = self.write("b.warc.gz", b"".join(gzip.compress(r) for r in recs))
        for path in (plain, multi):
            with self.subTest(path=os.path.basename(path)):
                out = run(path)
                self.assertEqual(out.returncode, 0, out.stderr)
                lines = [json.loads(x) for x in out.stdout.decode().splitlines()]
                self.assertEqual([r["source"]["url"] for r in lines],
                                 ["https://a.go.id/1", "https://a.go.id/2", "https://a.go.id/3"])
                self.assertEqual(len({r["title"] for r in lines}), 1)
                # "#N": the record's number in the archive; source.warc locates it too
                self.assertEqual([r["source"]["path"] for r in lines], [path + "#3", path + "#5", path + "#6"])
                warc = lines[0]["source"]["warc"]
                self.assertEqual(warc["date"], "2025-07-25T03:04:05Z")
                self.assertTrue(warc["record_id"].startswith("<urn:uuid:"))
                self.assertIn(b"3 WARC records skipped (1 not HTML, 2 requests and metadata)", out.stderr)
        # the offset of each record: its gzip member's in a .warc.gz, its header's in a .warc
        for path, starts in ((plain, [0]), (multi, [0])):
            for r in recs:
                starts.append(starts[-1] + len(gzip.compress(r) if path == multi else r))
            out = run(path)
            offsets = [json.loads(x)["source"]["warc"]["offset"] for x in out.stdout.decode().splitlines()]
            self.assertEqual(offsets, [starts[2], starts[4], starts[5]])

    def test_warc_is_told_by_content(self):
        recs = self.records()
        data = b"".join(gzip.compress(r) for r in recs)
        renamed = self.write("crawl.dat", data)
        for args, stdin in (((renamed,), None), (("-",), data), (("--kind", "warc", "-"), b"".join(recs))):
            with self.subTest(args=args):
                out = run(*args, stdin=stdin)
                self.assertEqual(out.returncode, 0, out.stderr)
                self.assertEqual(len(out.stdout.decode().splitlines()), 3)  # JSON Lines: one record a line

    def test_warc_skips_error_pages_and_revisits(self):
        recs = [warc_record("response", "https://a.go.id/404", http_response(self.page, status="404 Not Found")),
                warc_record("revisit", "https://a.go.id/1", b"HTTP/1.1 200 OK\r\n\r\n"),
                warc_record("response", "https://a.go.id/1", http_response(self.page))]
        out = run(self.write("s.warc", b"".join(recs)))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual([json.loads(x)["source"]["url"] for x in out.stdout.decode().splitlines()],
                         ["https://a.go.id/1"])
        self.assertIn(b"2 WARC records skipped (1 HTTP status not 2xx, 1 revisits)", out.stderr)

    def test_warc_date_is_the_reference_date(self):
        page = self.page.replace(b"Bupati meresmikan pasar", b"Bupati kemarin meresmikan pasar")
        path = self.write("d.warc", warc_record("response", "https://a.go.id/d", http_response(page),
                                               date="2024-02-29T23:00:00Z"))
        rec = json.loads(run(path).stdout)
        self.assertEqual([d["start"] for d in rec["dates"]], ["2024-02-28"])
        rec = json.loads(run("--reference-date", "2025-01-02", path).stdout)  # the command line wins
        self.assertEqual([d["start"] for d in rec["dates"]], ["2025-01-01"])

    def test_truncated_gzip_member(self):
        members = [gzip.compress(r) for r in self.records()]
        path = self.write("t.warc.gz", b"".join(members[:3]) + members[3][: len(members[3]) // 2])
        out = run(path)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(len(out.stdout.decode().splitlines()), 1)  # the record before the damage
        self.assertIn(b"truncated gzip member", out.stderr)

    def test_directory_is_searched_recursively(self):
        self.write("x/1.html", self.page)
        self.write("x/sub/2.txt", open(TEXT, "rb").read())
        self.write("x/sub/notes.md", b"# not an article")
        out = run(os.path.join(self.tmp, "x"))
        self.assertEqual(out.returncode, 0, out.stderr)
        paths = [json.loads(x)["source"]["path"] for x in out.stdout.decode().splitlines()]
        self.assertEqual([os.path.relpath(p, self.tmp) for p in paths], ["x/1.html", "x/sub/2.txt"])

    def test_jobs_keep_input_order(self):
        files = [TEXT, HTML] * 20
        one = run("-j", "1", "--format", "jsonl", *files)
        many = run("-j", "4", "--format", "jsonl", *files)
        self.assertEqual(one.returncode, 0)
        self.assertEqual(one.stdout, many.stdout)
        self.assertEqual(len(many.stdout.splitlines()), 40)
        self.assertEqual(run("-j", "0", TEXT).returncode, 2)

    def test_no_progress_bar_when_stderr_is_not_a_terminal(self):
        out = run(TEXT, HTML)
        self.assertEqual(out.stderr, b"")

    def test_csv_is_one_row_per_quote(self):
        page = self.write("q.txt", "Judul\n\nKUPANG - Bupati berbicara.\n\n\u201cKami siap, \"penuh\" "
                          "semangat,\u201d kata Bupati Kupang Yohanes Ndun.\n".encode())
        out = run("--format", "csv", page, TEXT)
        self.assertEqual(out.returncode, 0)
        rows = list(csv.reader(io.StringIO(out.stdout.decode(), newline="")))
        self.assertEqual(rows[0], ["source", "url", "title", "published", "speaker", "role", "organisation",
                                   "kind", "cue", "paragraph", "quote"])
        rec = json.loads(run(page).stdout)
        self.assertEqual(len(rows) - 1, len(rec["quotes"]))
        for row, q in zip(rows[1:], rec["quotes"]):
            self.assertEqual(row[0], page)
            self.assertEqual(row[2], rec["title"])
            self.assertEqual(row[8], q["cue"] or "")
            self.assertEqual(row[9], str(q["paragraph"]))
            self.assertEqual(row[10], q["text"])

    def test_csv_articles_keeps_articles_without_quotes(self):
        out = run("--format", "csv-articles", TEXT, HTML)
        self.assertEqual(out.returncode, 0)
        rows = list(csv.reader(io.StringIO(out.stdout.decode(), newline="")))
        self.assertEqual(rows[0], ["source", "url", "title", "published", "dateline", "credits", "labels",
                                   "speakers", "quotes"])
        self.assertEqual([r[0] for r in rows[1:]], [TEXT, HTML])
        self.assertEqual([r[2] for r in rows[1:]], [json.loads(run(p).stdout)["title"] for p in (TEXT, HTML)])
        self.assertEqual(rows[1][8], "0")

    def test_csv_bom_and_formula_cells(self):
        page = self.write("=cmd|' /C calc'!A0.txt", "=HYPERLINK(\"x\")\n\nKUPANG - Paragraf pertama yang "
                          "cukup panjang untuk dibaca.\n\n@Paragraf kedua.\n".encode())
        out = run("--format", "csv-articles", "--bom", page)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertTrue(out.stdout.startswith(b"\xef\xbb\xbfsource,"))
        rows = list(csv.reader(io.StringIO(out.stdout.decode("utf-8-sig"), newline="")))
        self.assertEqual(rows[1][2], "'=HYPERLINK(\"x\")")  # shown as text, never evaluated
        self.assertTrue(all(not cell or cell[0] not in "=+-@" for row in rows for cell in row))

    def test_json_over_several_inputs_is_one_array(self):
        out = run("--format", "json", TEXT, HTML)
        self.assertEqual(out.returncode, 0)
        records = json.loads(out.stdout)
        self.assertEqual([r["source"]["path"] for r in records], [TEXT, HTML])
        out = run("--format", "json", PNG, PNG)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(json.loads(out.stdout), [])

    def test_walk_reports_loops_and_dangling_links(self):
        shutil.copy(TEXT, self.write("a/b/x.txt", b"") )
        os.symlink("..", os.path.join(self.tmp, "a", "b", "up"))
        os.symlink("gone.txt", os.path.join(self.tmp, "a", "dangling.txt"))
        out = run("--format", "jsonl", self.tmp)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(len(out.stdout.splitlines()), 1)  # the loop is not followed round
        self.assertIn(b"up: a link back to a folder above it", out.stderr)
        self.assertIn(b"dangling.txt", out.stderr)

    def test_walk_reports_unreadable_folders(self):
        shutil.copy(TEXT, self.write("ok/x.txt", b""))
        locked = os.path.join(self.tmp, "locked")
        os.makedirs(locked)
        os.chmod(locked, 0)
        os.chmod(self.tmp, 0o755)
        cmd = [EXTRACT, "--format", "jsonl", self.tmp]
        if os.geteuid() == 0:  # root reads every folder: walk as nobody (CI runs as root)
            if not shutil.which("setpriv"):
                self.skipTest("root, and no setpriv to walk as another user")
            cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
        try:
            out = subprocess.run(cmd, capture_output=True, timeout=600)
        finally:
            os.chmod(locked, 0o700)
        if os.geteuid() == 0 and out.returncode not in (0, 1):
            self.skipTest(f"nobody cannot run the tool here: {out.stderr[-200:]!r}")
        self.assertEqual(out.returncode, 1, out.stderr)
        self.assertEqual(len(out.stdout.splitlines()), 1)
        self.assertIn(b"locked: Permission denied", out.stderr)

    def test_text_summary(self):
        out = run("--format", "text", HTML)
        self.assertEqual(out.returncode, 0)
        text = out.stdout.decode()
        self.assertTrue(text.startswith("== " + HTML + "\n"))
        self.assertIn(json.loads(run(HTML).stdout)["title"], text)
        page = os.path.join(FIXTURES, "text-credits-and-sign-off.txt")
        rec = json.loads(run(page).stdout)
        self.assertTrue(rec["credits"])
        self.assertIn("credits: " + ", ".join(f"{c['role']} {c['name']}" for c in rec["credits"]) + "\n",
                      run("--format", "text", page).stdout.decode())


    def test_dedupe_leaves_out_copies_of_one_release(self):
        with open(TEXT, "rb") as f:
            release = f.read()
        lines = release.split(b"\n")
        # the same release posted by another site: its own dateline and a sign-off
        copy = self.write("b/copy.txt", b"\n".join(lines).replace(b"Kupang", b"Kupang (ANTARA)", 1) + b"\n(Humas/Kupang)\n")
        first = self.write("a/first.txt", release)
        out = run("--dedupe", "-f", "jsonl", first, copy, HTML)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual([json.loads(x)["source"]["path"] for x in out.stdout.decode().splitlines()], [first, HTML])
        self.assertIn(f"{copy}: a copy of {first}".encode(), out.stderr)
        fps = [json.loads(run(p).stdout)["fingerprint"] for p in (first, copy, HTML)]
        self.assertRegex(fps[0], "^[0-9a-f]{16}$")
        self.assertEqual(len(set(fps)), len(fps) - (fps[0] == fps[1]))
        # without --dedupe every record is written
        self.assertEqual(len(run("-f", "jsonl", first, copy, HTML).stdout.splitlines()), 3)

    def test_input_file_and_failures_file(self):
        listing = self.write("inputs.txt", f"{TEXT}\r\n\n/nonexistent/a.txt\n{PNG}\n".encode())
        failures = os.path.join(self.tmp, "failures.txt")
        out = run("--input-file", listing, "--failures", failures, HTML)
        self.assertEqual(out.returncode, 1)
        self.assertEqual([json.loads(x)["source"]["path"] for x in out.stdout.decode().splitlines()], [HTML, TEXT])
        with open(failures) as f:
            lines = f.read().splitlines()
        self.assertEqual([x.split(": ")[0] for x in lines], ["/nonexistent/a.txt", PNG])
        out = run("--input-file", "-", stdin=TEXT.encode() + b"\n")
        self.assertEqual(json.loads(out.stdout)["source"]["path"], TEXT)

    def test_output_dir_writes_a_file_per_input_and_resumes(self):
        shutil.copy(TEXT, self.write("in/sub/a.txt", b""))
        shutil.copy(PNG, self.write("in/b.html", b""))  # fails: no file for it
        warc = self.write("crawl.warc", b"".join(self.records()))
        out_dir = os.path.join(self.tmp, "out")
        out = run("--output-dir", out_dir, os.path.join(self.tmp, "in"), warc)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(out.stdout, b"")
        names = sorted(os.path.relpath(os.path.join(d, f), out_dir) for d, _, fs in os.walk(out_dir) for f in fs)
        self.assertEqual(names, ["crawl.warc.json", "sub/a.txt.json"])
        with open(os.path.join(out_dir, "sub", "a.txt.json")) as f:
            self.assertEqual(json.load(f)["source"]["path"], os.path.join(self.tmp, "in", "sub", "a.txt"))
        with open(os.path.join(out_dir, "crawl.warc.json")) as f:
            self.assertEqual(len(json.load(f)), 3)  # a WARC's pages: one JSON array
        # a second run leaves what is done and retries what failed
        with open(os.path.join(out_dir, "sub", "a.txt.json"), "w") as f:
            f.write("kept")
        out = run("--output-dir", out_dir, "-f", "json", os.path.join(self.tmp, "in"), warc)
        self.assertIn(b"2 inputs already in", out.stderr)
        self.assertIn(b"b.html", out.stderr)
        with open(os.path.join(out_dir, "sub", "a.txt.json")) as f:
            self.assertEqual(f.read(), "kept")
        out = run("--output-dir", out_dir, "-f", "csv", warc)
        with open(os.path.join(out_dir, "crawl.warc.csv")) as f:
            self.assertTrue(f.readline().startswith("source,url,title,"))


class HostileArchiveTest(unittest.TestCase):
    """Archives and inputs built to exhaust memory or to smuggle bytes into the output."""

    setUp, tearDown, records, write = BatchTest.setUp, BatchTest.tearDown, BatchTest.records, BatchTest.write

    LIMIT = 64 << 20  # the library's default input limit, which the CLI applies to every record

    def test_oversized_record_is_skipped_unbuffered_and_reported(self):
        # A record whose gzip member inflates past the limit: reported, the records after it still read.
        bomb = warc_record("response", "https://a.go.id/big", http_response(b"<p>" + b" " * (self.LIMIT + 16)))
        recs = self.records()
        path = self.write("bomb.warc.gz", gzip.compress(recs[2]) + gzip.compress(bomb, 1) + gzip.compress(recs[5]))
        out = run(path)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(len(out.stdout.decode().splitlines()), 2)
        self.assertIn(b"bomb.warc.gz#2: the record, as stored or decoded, is over the 64 MiB input limit", out.stderr)

    def test_content_encoding_bomb_is_refused_at_the_limit(self):
        body = gzip.compress(b" " * (self.LIMIT + 16), 1)
        rec = warc_record("response", "https://a.go.id/bomb", http_response(body, extra="Content-Encoding: gzip\r\n"))
        out = run(self.write("enc.warc", rec + self.records()[2]))
        self.assertEqual(out.returncode, 1)
        self.assertEqual(len(out.stdout.decode().splitlines()), 1)
        self.assertIn(b"over the 64 MiB input limit", out.stderr)

    def test_negative_content_length_is_refused(self):
        path = self.write("neg.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -1\r\n\r\n")
        out = run(path)
        self.assertEqual(out.returncode, 1)
        self.assertIn(b"bad WARC Content-Length", out.stderr)

    def test_long_target_uri_is_kept_whole(self):
        uri = "https://a.go.id/" + "x" * 6000
        out = run(self.write("long.warc", warc_record("response", uri, http_response(self.page))))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(json.loads(out.stdout)["source"]["url"], uri)

    def test_non_utf8_uri_and_path_come_out_as_valid_utf8(self):
        with open(os.path.join(FIXTURES, "html-press-release-box.html"), "rb") as f:  # a page with quotes
            page = f.read()
        rec = warc_record("response", "https://a.go.id/@@", http_response(page)).replace(b"/@@", b"/\xff\xfe")
        path = self.write(os.fsdecode(b"caf\xe9.warc"), rec)  # a Latin-1 file name
        for fmt in ("jsonl", "csv", "text"):
            with self.subTest(fmt=fmt):
                out = run("-f", fmt, path)
                self.assertEqual(out.returncode, 0, out.stderr)
                text = out.stdout.decode("utf-8")  # raises on invalid UTF-8
                self.assertIn("https://a.go.id/\ufffd\ufffd", text)
                self.assertIn("caf\ufffd.warc", text)

    def test_stderr_escapes_control_characters(self):
        out = run(os.path.join(self.tmp, "no\x1b[31msuch.txt"))
        self.assertEqual(out.returncode, 1)
        self.assertIn(b"no\\x1b[31msuch.txt", out.stderr)
        self.assertNotIn(b"\x1b", out.stderr)

    def test_stdin_over_the_limit_is_refused(self):
        out = run("-k", "text", "-", stdin=b"a" * (self.LIMIT + 1))
        self.assertEqual(out.returncode, 1)
        self.assertIn(b"-: the input is over the 64 MiB input limit", out.stderr)


if __name__ == "__main__":
    unittest.main()
