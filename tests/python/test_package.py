"""The binding as a package: pip installs it, python3 -m berita mirrors the CLI."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
FIXTURES = os.environ.get("BERITA_FIXTURES", os.path.join(ROOT, "tests", "fixtures"))
TEXT = os.path.join(FIXTURES, "api-plain-text.txt")
HTML = os.path.join(FIXTURES, "api-minimal.html")


class PackageTest(unittest.TestCase):
    def test_pip_installs_the_package(self):
        # An interpreter whose pip can build a wheel offline (Debian's python3-pip brings wheel along).
        builders = [p for p in (sys.executable, "/usr/bin/python3") if os.path.exists(p) and subprocess.run(
            [p, "-c", "import setuptools, wheel, pip"], capture_output=True).returncode == 0]
        if not builders:
            self.skipTest("no interpreter with pip, setuptools and wheel")
        target = tempfile.mkdtemp()
        try:
            # No build isolation: the build needs only setuptools, and PyPI may be out of reach.
            # Built from a copy: setuptools leaves build/ and *.egg-info where it builds.
            source = os.path.join(target, "src")
            shutil.copytree(os.path.join(ROOT, "bindings", "python"), source)
            out = subprocess.run([builders[0], "-m", "pip", "install", "--quiet", "--no-build-isolation",
                                  "--no-deps", "--target", os.path.join(target, "site"), source],
                                 capture_output=True, text=True)
            self.assertEqual(out.returncode, 0, out.stderr)
            site = os.path.join(target, "site")
            self.assertTrue(os.path.exists(os.path.join(site, "berita", "py.typed")))
            env = dict(os.environ, PYTHONPATH=site)
            if "BERITA_LIBRARY" in env:
                env["BERITA_LIBRARY"] = os.path.abspath(env["BERITA_LIBRARY"])
            out = subprocess.run([sys.executable, "-c", "import berita; print(berita.__file__)"], env=env,
                                 capture_output=True, text=True, cwd=target)
            self.assertEqual(out.returncode, 0, out.stderr)
            self.assertTrue(out.stdout.startswith(site))
        finally:
            shutil.rmtree(target)

    def test_module_main_mirrors_the_library_json(self):
        import berita
        for fmt, files in (("json", [TEXT]), ("jsonl", [TEXT, HTML])):
            out = subprocess.run([sys.executable, "-m", "berita", "--format", fmt, *files], capture_output=True,
                                 text=True)
            self.assertEqual(out.returncode, 0, out.stderr)
            if fmt == "json":
                records = [json.loads(out.stdout)]
            else:
                records = [json.loads(line) for line in out.stdout.splitlines()]
            for path, rec in zip(files, records):
                with open(path, "rb") as f:
                    self.assertEqual(rec, json.loads(berita.to_json(f.read(), source_path=path)))

    def test_module_main_reports_failures(self):
        out = subprocess.run([sys.executable, "-m", "berita", "/nonexistent.html", TEXT], capture_output=True,
                             text=True)
        self.assertEqual(out.returncode, 1)
        self.assertIn("/nonexistent.html", out.stderr)
        self.assertEqual(json.loads(out.stdout)["source"]["path"], TEXT)


if __name__ == "__main__":
    unittest.main()
