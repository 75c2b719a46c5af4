#!/usr/bin/env python3
"""The library's ABI against what the repository commits:
- the exported symbols (nm -D) are exactly abi/exported-symbols.txt;
- abidiff (Debian's abigail-tools) finds no incompatible change against
  abi/berita.abi, when abidiff is installed.
To accept a deliberate, compatible addition: --update rewrites both files."""
import argparse
import shutil
import subprocess
import sys


def exported(library):
    out = subprocess.run(["nm", "-D", "--defined-only", library], capture_output=True, text=True, check=True)
    return sorted(line.split()[-1] for line in out.stdout.splitlines() if line.split()[1] in "TDRB")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--library", required=True)
    ap.add_argument("--symbols", required=True)
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--headers", required=True)
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    have = exported(a.library)
    if a.update:
        with open(a.symbols, "w") as f:
            f.write("\n".join(have) + "\n")
        subprocess.run(["abidw", "--headers-dir", a.headers, "--no-corpus-path", "--out-file", a.baseline,
                        a.library], check=True)
        return 0
    failed = 0
    with open(a.symbols) as f:
        want = sorted(line.strip() for line in f if line.strip())
    stray = [s for s in have if not s.startswith("berita_")]
    if stray:
        print("exported without the berita_ prefix:", stray)
        failed += 1
    if have != want:
        print("added:", sorted(set(have) - set(want)), "removed:", sorted(set(want) - set(have)))
        failed += 1
    if shutil.which("abidiff"):
        r = subprocess.run(["abidiff", "--headers-dir2", a.headers, a.baseline, a.library],
                           capture_output=True, text=True)
        # abidiff's exit status is a bit field; bit 3 (8) is an incompatible change.
        if r.returncode & 0b1000 or r.returncode & 0b11:
            print(r.stdout, r.stderr)
            failed += 1
        else:
            print("abidiff: compatible with the baseline")
    else:
        print("abidiff not installed: baseline comparison skipped")
    print(f"abi: {2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
