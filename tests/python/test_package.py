"""The binding as a package: pip installs it offline into a fresh venv with libberita inside, its
build backend writes valid wheels, and python3 -m berita mirrors berita-extract."""
import base64
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unittest
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PACKAGE = os.path.join(ROOT, "bindings", "python")
FIXTURES = os.environ.get("BERITA_FIXTURES", os.path.join(ROOT, "tests", "fixtures"))
TEXT = os.path.join(FIXTURES, "api-plain-text.txt")
HTML = os.path.join(FIXTURES, "api-minimal.html")
QUOTES = os.path.join(FIXTURES, "quotes-reader-follows-the-speaker.txt")
PNG = os.path.join(FIXTURES, "api-png-refused.bin")
sys.path.insert(0, os.path.join(PACKAGE, "backend"))
import berita_backend  # noqa: E402


def venv_python():
    """An interpreter that can make a venv with pip in it (Debian: python3-venv), or None."""
    for python in (sys.executable, "/usr/bin/python3"):
        if os.path.exists(python) and subprocess.run([python, "-c", "import venv, ensurepip"],
                                                     capture_output=True).returncode == 0:
            return python
    return None


def clean_env(**more):
    """The environment without what would let the venv's python find the package or the library
    elsewhere than where pip put them."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BERITA_LIBRARY", "PIP_INDEX_URL",
                                                              "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS")}
    env.update(more)
    return env


class VenvInstallTest(unittest.TestCase):
    def test_pip_installs_offline_into_a_fresh_venv(self):
        python = venv_python()
        if not python:
            self.skipTest("no interpreter with venv and ensurepip (Debian: python3-venv)")
        with tempfile.TemporaryDirectory() as tmp:
            venv = os.path.join(tmp, "venv")
            made = subprocess.run([python, "-m", "venv", venv], capture_output=True, text=True)
            self.assertEqual(made.returncode, 0, made.stderr)
            vpython = os.path.join(venv, "bin", "python")
            if subprocess.run([vpython, "-m", "pip", "--version"], capture_output=True).returncode != 0:
                self.skipTest("the venv has no pip")
            # No index at all: the in-tree backend needs nothing from PyPI, and builds libberita with CMake.
            out = subprocess.run([vpython, "-m", "pip", "install", "--no-index", "--no-cache-dir",
                                  "--disable-pip-version-check", PACKAGE],
                                 capture_output=True, text=True, env=clean_env(), cwd=tmp, timeout=900)
            self.assertEqual(out.returncode, 0, out.stdout[-3000:] + out.stderr[-3000:])
            code = ("import sys, berita; a = berita.parse_file(sys.argv[1]); "
                    "print(berita.__file__, berita._cdll._name, 'ctypes.util' in sys.modules, a.title, sep='\\n')")
            out = subprocess.run([vpython, "-c", code, TEXT], capture_output=True, text=True, env=clean_env(),
                                 cwd=tmp)
            self.assertEqual(out.returncode, 0, out.stderr)
            package_file, library, searched, title = out.stdout.splitlines()
            self.assertTrue(package_file.startswith(venv), package_file)
            self.assertEqual(library, os.path.join(os.path.dirname(package_file), "libberita.so"))
            self.assertEqual(searched, "False")  # the bundled library, found without find_library
            self.assertEqual(title, "Pemprov Gelar Rapat Koordinasi Daerah")
            out = subprocess.run([os.path.join(venv, "bin", "python"), "-m", "berita", "-f", "jsonl", TEXT],
                                 capture_output=True, text=True, env=clean_env(), cwd=tmp)
            self.assertEqual(out.returncode, 0, out.stderr)
            self.assertEqual(json.loads(out.stdout)["title"], title)


def library_to_bundle():
    return os.environ.get("BERITA_LIBRARY")


class BackendTest(unittest.TestCase):
    """The PEP 517 hooks, called as pip calls them."""

    def setUp(self):
        if not library_to_bundle():
            self.skipTest("BERITA_LIBRARY (a built libberita.so) is not set")

    def test_wheel_follows_the_spec(self):
        with tempfile.TemporaryDirectory() as out:
            name = berita_backend.build_wheel(out)
            self.assertRegex(name, r"^berita-\d+\.\d+\.\d+-py3-none-[a-z0-9_]+\.whl$")
            with zipfile.ZipFile(os.path.join(out, name)) as whl:
                names = whl.namelist()
                dist_info = f"berita-{berita_backend._version()}.dist-info"
                for member in ("berita/__init__.py", "berita/__main__.py", "berita/py.typed", "berita/libberita.so",
                               f"{dist_info}/METADATA", f"{dist_info}/WHEEL", f"{dist_info}/RECORD"):
                    self.assertIn(member, names)
                self.assertEqual(names[-1], f"{dist_info}/RECORD")
                record = list(csv.reader(io.StringIO(whl.read(f"{dist_info}/RECORD").decode())))
                self.assertEqual(sorted(r[0] for r in record), sorted(names))
                for path, digest, size in record:
                    if path.endswith("RECORD"):
                        self.assertEqual((digest, size), ("", ""))
                        continue
                    data = whl.read(path)
                    want = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
                    self.assertEqual(digest, "sha256=" + want, path)
                    self.assertEqual(int(size), len(data), path)
                wheel = whl.read(f"{dist_info}/WHEEL").decode()
                self.assertIn("Root-Is-Purelib: false", wheel)
                self.assertIn(f"Tag: {name.split('-', 2)[2][:-4]}", wheel)
                metadata = whl.read(f"{dist_info}/METADATA").decode()
                self.assertIn("Name: berita\n", metadata)
                self.assertIn(f"Version: {berita_backend._version()}\n", metadata)
                self.assertTrue(whl.getinfo("berita/libberita.so").external_attr >> 16 & 0o111)

    def test_metadata_hook_agrees_with_the_wheel(self):
        with tempfile.TemporaryDirectory() as out:
            dist_info = berita_backend.prepare_metadata_for_build_wheel(out)
            self.assertEqual(dist_info, f"berita-{berita_backend._version()}.dist-info")
            with open(os.path.join(out, dist_info, "METADATA"), encoding="utf-8") as f:
                self.assertIn("Requires-Python: >=3.8", f.read())
        self.assertEqual(berita_backend.get_requires_for_build_wheel(), [])

    def test_pyproject_reads_the_same_without_tomllib(self):
        code = ("import sys; sys.modules['tomllib'] = None; sys.path.insert(0, sys.argv[1]); import json, "
                "berita_backend; print(json.dumps(berita_backend._project()))")
        out = subprocess.run([sys.executable, "-c", code, os.path.join(PACKAGE, "backend")], capture_output=True,
                             text=True)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(json.loads(out.stdout), berita_backend._project())

    def test_sdist_builds_a_wheel_only_with_a_library(self):
        with tempfile.TemporaryDirectory() as out:
            name = berita_backend.build_sdist(out)
            with tarfile.open(os.path.join(out, name)) as tar:
                tar.extractall(out, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
                members = tar.getnames()
            base = name[:-len(".tar.gz")]
            for member in ("PKG-INFO", "pyproject.toml", "backend/berita_backend.py", "berita/__init__.py"):
                self.assertIn(f"{base}/{member}", members)
            # Outside the repository: without BERITA_LIBRARY the build says why it cannot build...
            hook = ("import sys; sys.path.insert(0, 'backend'); import berita_backend; "
                    "print(berita_backend.build_wheel(sys.argv[1]))")
            unpacked = os.path.join(out, base)
            failed = subprocess.run([sys.executable, "-c", hook, out], cwd=unpacked, capture_output=True, text=True,
                                    env=clean_env())
            self.assertNotEqual(failed.returncode, 0)
            self.assertIn("outside the libberita repository", failed.stderr)
            self.assertIn("BERITA_LIBRARY", failed.stderr)
            # ...and with it bundles that library.
            built = subprocess.run([sys.executable, "-c", hook, out], cwd=unpacked, capture_output=True, text=True,
                                   env=clean_env(BERITA_LIBRARY=os.path.abspath(library_to_bundle())))
            self.assertEqual(built.returncode, 0, built.stderr)
            self.assertTrue(os.path.exists(os.path.join(out, built.stdout.strip())))


class VersionTest(unittest.TestCase):
    def test_version_is_the_library_project_version(self):
        import berita
        with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
            project = re.search(r"project\(berita VERSION (\S+)", f.read()).group(1)
        self.assertEqual(berita.__version__, project)
        self.assertEqual(berita_backend._version(), project)


class ImportTest(unittest.TestCase):
    def run_import(self, env, cwd):
        code = "import sys, berita; print(berita._cdll._name); print('ctypes.util' in sys.modules)"
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd, capture_output=True, text=True)
        self.assertEqual(out.returncode, 0, out.stderr)
        return out.stdout.split()

    def test_no_library_search_when_named_or_beside(self):
        library = library_to_bundle()
        if not library:
            self.skipTest("BERITA_LIBRARY is not set")
        with tempfile.TemporaryDirectory() as tmp:
            self.assertEqual(self.run_import(clean_env(PYTHONPATH=PACKAGE, BERITA_LIBRARY=library), tmp),
                             [library, "False"])
            shutil.copytree(os.path.join(PACKAGE, "berita"), os.path.join(tmp, "berita"))
            beside = os.path.join(tmp, "berita", "libberita.so")
            shutil.copy(library, beside)
            self.assertEqual(self.run_import(clean_env(PYTHONPATH=tmp), tmp), [beside, "False"])

    def test_a_wrong_library_path_says_so(self):
        out = subprocess.run([sys.executable, "-c", "import berita"], capture_output=True, text=True,
                             env=clean_env(PYTHONPATH=PACKAGE, BERITA_LIBRARY="/nonexistent/libberita.so"))
        self.assertNotEqual(out.returncode, 0)
        self.assertIn("BERITA_LIBRARY=/nonexistent/libberita.so", out.stderr)


def module_main(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "berita", *args], capture_output=True, input=stdin)


class ModuleMainTest(unittest.TestCase):
    def test_mirrors_the_library_json(self):
        import berita
        for fmt, files in (("json", [TEXT]), ("jsonl", [TEXT, HTML])):
            out = module_main("--format", fmt, *files)
            self.assertEqual(out.returncode, 0, out.stderr)
            text = out.stdout.decode()
            records = [json.loads(text)] if fmt == "json" else [json.loads(line) for line in text.splitlines()]
            for path, rec in zip(files, records):
                with open(path, "rb") as f:
                    self.assertEqual(rec, json.loads(berita.to_json(f.read(), source_path=path)))

    def test_every_format_is_berita_extract_s(self):
        extract = os.environ.get("BERITA_EXTRACT")
        if not extract:
            self.skipTest("BERITA_EXTRACT is not set")
        for fmt in ("json", "jsonl", "csv", "csv-articles", "text"):
            for inputs in ([QUOTES], [FIXTURES], [PNG, QUOTES, TEXT]):
                with self.subTest(fmt=fmt, inputs=inputs):
                    want = subprocess.run([extract, "-q", "-f", fmt, "--bom", *inputs], capture_output=True)
                    got = module_main("-q", "-f", fmt, "--bom", *inputs)
                    self.assertEqual(got.stdout, want.stdout)
                    self.assertEqual(got.returncode, want.returncode)
        with open(TEXT, "rb") as f:
            data = f.read()
        want = subprocess.run([extract, "-f", "jsonl", "-"], input=data, capture_output=True)
        self.assertEqual(module_main("-f", "jsonl", "-", stdin=data).stdout, want.stdout)

    def test_csv_cells_a_spreadsheet_would_run(self):
        article = ('=HYPERLINK("x") Judul Berita Percobaan\n\n'
                   "KUPANG - Paragraf pertama yang cukup panjang untuk dibaca oleh pembaca berita.\n\n"
                   '"-Kami siap bekerja, kata dia," ujar Bupati Kupang Yosef Lede.\n')
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "formula.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(article)
            for fmt in ("csv", "csv-articles"):
                out = module_main("-f", fmt, path)
                rows = list(csv.reader(io.StringIO(out.stdout.decode("utf-8"))))
                self.assertEqual(rows[1][2], "'" + article.split("\n")[0])  # the title, shown as text
                extract = os.environ.get("BERITA_EXTRACT")
                if extract:
                    self.assertEqual(out.stdout, subprocess.run([extract, "-f", fmt, path], capture_output=True).stdout)
            self.assertEqual(rows[0], ["source", "url", "title", "published", "dateline", "credits", "labels",
                                       "speakers", "quotes"])

    def test_reports_failures_and_goes_on(self):
        out = module_main("/nonexistent.html", TEXT)
        self.assertEqual(out.returncode, 1)
        self.assertIn(b"/nonexistent.html: No such file or directory", out.stderr)
        self.assertEqual(json.loads(out.stdout)["source"]["path"], TEXT)

    def test_folder_loop(self):
        with tempfile.TemporaryDirectory() as tmp:
            inner = os.path.join(tmp, "a", "b")
            os.makedirs(inner)
            shutil.copy(TEXT, os.path.join(inner, "one.txt"))
            os.symlink(os.path.join(tmp, "a"), os.path.join(inner, "up"))
            out = module_main("-f", "jsonl", tmp)
            self.assertEqual(out.returncode, 1)
            self.assertEqual(len(out.stdout.splitlines()), 1)  # one record, not one per trip round the loop
            self.assertIn(b"a link back to a folder above", out.stderr)

    def test_warc_archives_as_berita_extract_reads_them(self):
        import berita
        extract = os.environ.get("BERITA_EXTRACT")
        if not extract or not hasattr(berita._lib, "berita_warc_open"):
            self.skipTest("BERITA_EXTRACT is not set, or the library has no WARC reader")
        sys.path.insert(0, os.path.join(ROOT, "tests", "python"))
        from test_berita import warc_archive
        with tempfile.TemporaryDirectory() as tmp:
            archive = os.path.join(tmp, "crawl.dat")  # told by its content, not its name
            with open(archive, "wb") as f:
                f.write(warc_archive())
            with open(archive, "rb") as f:
                data = f.read()
            for fmt in ("json", "jsonl", "csv", "csv-articles", "text"):
                for args in ([archive], [TEXT, archive], ["-"]):
                    with self.subTest(fmt=fmt, args=args):
                        want = subprocess.run([extract, "-q", "-f", fmt, *args], capture_output=True, input=data)
                        got = module_main("-f", fmt, *args, stdin=data)
                        self.assertEqual(got.stdout, want.stdout)
                        self.assertEqual(got.returncode, want.returncode)
                        self.assertIn(b"WARC records skipped (1 not HTML, 1 HTTP status not 2xx, 1 revisits, "
                                      b"1 requests and metadata)", got.stderr)

    def test_input_file_and_failures(self):
        with tempfile.TemporaryDirectory() as tmp:
            listing, failures = os.path.join(tmp, "inputs.txt"), os.path.join(tmp, "failures.txt")
            with open(listing, "w") as f:
                f.write(f"{TEXT}\r\n\n{PNG}\n/nonexistent.html\n")
            out = module_main("-f", "jsonl", "--input-file", listing, "--failures", failures, HTML)
            self.assertEqual(out.returncode, 1)
            self.assertEqual([json.loads(line)["source"]["path"] for line in out.stdout.splitlines()], [HTML, TEXT])
            with open(failures) as f:
                self.assertEqual(f.read().splitlines(), [f"{PNG}: the input is a PNG image, not a page",
                                                         "/nonexistent.html: No such file or directory"])
            extract = os.environ.get("BERITA_EXTRACT")
            if extract and "--input-file" in subprocess.run([extract, "--help"], capture_output=True, text=True).stdout:
                want = subprocess.run([extract, "-q", "-f", "jsonl", "--input-file", listing, HTML],
                                      capture_output=True)
                self.assertEqual(out.stdout, want.stdout)

    def test_usage_errors(self):
        for args in (["--reference-date", "2025-13-01", TEXT], ["--kind", "pdf", TEXT], []):
            with self.subTest(args=args):
                self.assertEqual(module_main(*args).returncode, 2)


if __name__ == "__main__":
    unittest.main()
