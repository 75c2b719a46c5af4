#!/usr/bin/env python3
"""The library's ABI against what the repository commits, in two checks:
- symbols: the exported symbols (nm -D) are exactly abi/exported-symbols.txt,
  and the static library (--static) defines no global symbol but berita_ ones;
- baseline: abidiff (Debian's abigail-tools) finds no incompatible change
  against abi/berita.abi. Without abidiff it exits 77, which ctest reports as
  skipped, not passed.
To accept a deliberate, compatible addition: --update rewrites both files."""
import argparse
import shutil
import subprocess
import sys


SKIPPED = 77


def exported(library):
    out = subprocess.run(["nm", "-D", "--defined-only", library], capture_output=True, text=True, check=True)
    return sorted(line.split()[-1] for line in out.stdout.splitlines() if line.split()[1] in "TDRB")


def static_globals(archive):
    """The global symbols the archive's members define (nm -g lists a member's name alone on a line)."""
    out = subprocess.run(["nm", "-g", "--defined-only", archive], capture_output=True, text=True, check=True)
    return sorted(line.split()[-1] for line in out.stdout.splitlines() if len(line.split()) == 3)


def check_symbols(a):
    failed = 0
    have = exported(a.library)
    with open(a.symbols) as f:
        want = sorted(line.strip() for line in f if line.strip())
    stray = [s for s in have if not s.startswith("berita_")]
    if stray:
        print("exported without the berita_ prefix:", stray)
        failed += 1
    if have != want:
        print("added:", sorted(set(have) - set(want)), "removed:", sorted(set(want) - set(have)))
        failed += 1
    if a.static:
        stray = [s for s in static_globals(a.static) if not s.startswith("berita_")]
        if stray:
            print(f"{a.static} defines {len(stray)} global symbols without the berita_ prefix:", stray)
            failed += 1
    print(f"abi symbols: {'passed' if not failed else f'{failed} failed'}")
    return 1 if failed else 0


def check_baseline(a):
    if not shutil.which("abidiff"):
        print("abidiff not installed (Debian: abigail-tools): baseline comparison skipped")
        return SKIPPED
    r = subprocess.run(["abidiff", "--headers-dir2", a.headers, a.baseline, a.library], capture_output=True, text=True)
    # abidiff's exit status is a bit field; bit 3 (8) is an incompatible change.
    if r.returncode & 0b1000 or r.returncode & 0b11:
        print(r.stdout, r.stderr)
        return 1
    print("abidiff: compatible with the baseline")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--library", required=True)
    ap.add_argument("--static", help="libberita.a, whose global symbols must all be berita_ ones")
    ap.add_argument("--symbols", required=True)
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--headers", required=True)
    ap.add_argument("--check", choices=("symbols", "baseline", "all"), default="all")
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    if a.update:
        with open(a.symbols, "w") as f:
            f.write("\n".join(exported(a.library)) + "\n")
        subprocess.run(["abidw", "--headers-dir", a.headers, "--no-corpus-path", "--out-file", a.baseline,
                        a.library], check=True)
        return 0
    status = check_symbols(a) if a.check in ("symbols", "all") else 0
    if a.check in ("baseline", "all"):
        baseline = check_baseline(a)
        status = status or (0 if baseline == SKIPPED and a.check == "all" else baseline)
    return status


if __name__ == "__main__":
    sys.exit(main())
