"""The README's examples run as written: every line of its ```sh blocks (but the
two `make` commands, which ctest itself is run by) and every ```python block,
from the repository's root, with build/ standing for the build under test."""
import os
import re
import subprocess
import sys
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BUILD = os.environ["BERITA_BUILD"]
LIBRARY = os.environ["BERITA_LIBRARY"]


def blocks(lang):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        return re.findall(r"```" + lang + r"\n(.*?)```", f.read(), re.S)


def has_module(python, module):
    return subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0


class ReadmeTest(unittest.TestCase):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "bindings", "python"), BERITA_LIBRARY=LIBRARY)

    def test_shell_examples(self):
        lines = [ln.split("  #")[0].strip() for b in blocks("sh") for ln in b.splitlines()]
        lines = [ln for ln in lines if ln and not ln.startswith("make ")]
        self.assertGreater(len(lines), 5)
        for line in lines:
            with self.subTest(line=line):
                if "dask_extract" in line and not has_module("python3", "distributed"):
                    python = "/usr/bin/python3"
                    if not has_module(python, "distributed"):
                        self.skipTest("dask is not installed")
                    line = line.replace("python3 ", python + " ", 1)
                cmd = re.sub(r"(?<![\w/.-])build/", BUILD.rstrip("/") + "/", line)
                out = subprocess.run(cmd, shell=True, cwd=ROOT, env=self.env, capture_output=True, text=True,
                                     timeout=600)
                self.assertEqual(out.returncode, 0, f"{cmd}\n{out.stderr[-2000:]}")

    def test_python_examples(self):
        code = blocks("python")
        self.assertTrue(code)
        for block in code:
            out = subprocess.run([sys.executable, "-c", block], cwd=ROOT, env=self.env, capture_output=True,
                                 text=True, timeout=120)
            self.assertEqual(out.returncode, 0, out.stderr[-2000:])
            self.assertTrue(out.stdout)


if __name__ == "__main__":
    unittest.main()
