"""berita-extract as a user runs it: formats, options, exit statuses, stdin."""
import json
import os
import subprocess
import tempfile
import unittest

EXTRACT = os.environ["BERITA_EXTRACT"]
FIXTURES = os.environ["BERITA_FIXTURES"]
TEXT = os.path.join(FIXTURES, "api-plain-text.txt")
PNG = os.path.join(FIXTURES, "api-png-refused.bin")


def run(*args, stdin=None):
    return subprocess.run([EXTRACT, *args], input=stdin, capture_output=True, timeout=60)


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

    def test_quiet_hides_failures(self):
        out = run("--quiet", PNG)
        self.assertEqual(out.returncode, 1)
        self.assertEqual(out.stderr, b"")

    def test_usage_errors_exit_2(self):
        for args in ([], ["--format", "xml", TEXT], ["--kind", "pdf", TEXT], ["--reference-date", "2025-02-30", TEXT],
                     ["--charset", "koi8-r", TEXT], ["--no-such-flag", TEXT]):
            with self.subTest(args=args):
                out = run(*args)
                self.assertEqual(out.returncode, 2)
                self.assertIn(b"usage", out.stderr)

    def test_options_reach_the_record(self):
        out = run("--url", "https://ntt.go.id/x", "--kind", "html", TEXT)
        rec = json.loads(out.stdout)
        self.assertEqual(rec["source"]["url"], "https://ntt.go.id/x")
        self.assertEqual(rec["source"]["format"], "html")

    def test_charset_override(self):
        with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
            f.write("Judul \u201cKutipan\u201d\n\nIsi berita yang cukup panjang.\n".encode("cp1252"))
        try:
            rec = json.loads(run("--charset", "windows-1252", f.name).stdout)
            self.assertEqual(rec["title"], "Judul \u201cKutipan\u201d")
        finally:
            os.unlink(f.name)

    def test_version_and_help(self):
        out = run("--version")
        self.assertEqual(out.returncode, 0)
        self.assertRegex(out.stdout.decode(), r"^berita-extract \d+\.\d+\.\d+ \(libberita")
        out = run("--help")
        self.assertEqual(out.returncode, 0)
        self.assertIn(b"Exit status", out.stdout)


if __name__ == "__main__":
    unittest.main()
