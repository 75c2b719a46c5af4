#!/usr/bin/env python3
"""make bench: libberita's throughput, memory, scaling and threading, side by side with its peers.

Builds an optimised library into build-bench/, assembles the benchmark corpus (tests/fixtures and, when
present, ../shared/corpus/dev, repeated to at least --mb megabytes) and prints one table. A benchmark,
not a test: it reports figures and the targets they are held to, and always exits 0 unless it cannot run.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build-bench")
DEV = os.path.join(ROOT, "..", "shared", "corpus", "dev")


def sh(*cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def build():
    sh("cmake", "-S", ROOT, "-B", BUILD, "-DCMAKE_BUILD_TYPE=Release", "-DBERITA_TESTS=OFF")
    sh("cmake", "--build", BUILD, "-j", str(os.cpu_count() or 2), "--target", "berita", "berita-extract",
       "berita-bench")


def corpus_files():
    files = []
    for folder in (os.path.join(ROOT, "tests", "fixtures"), DEV):
        files += sorted(glob.glob(os.path.join(folder, "*.html")) + glob.glob(os.path.join(folder, "*.txt")))
    return files


def mb_s(nbytes, seconds):
    return nbytes / 1e6 / seconds if seconds else float("inf")


def row(label, value, target=""):
    print(f"  {label:52} {value:>22}  {target}")


def peak_rss(path):
    """(peak RSS of a process that parses `path` once, of it the part the parse added), in MiB."""
    r = json.loads(sh(os.path.join(BUILD, "berita-bench"), "one", path))
    return r["rss_peak_kib"] / 1024, (r["rss_peak_kib"] - r["rss_before_kib"]) / 1024


def bench_core(files, mb):
    out = json.loads(sh(os.path.join(BUILD, "berita-bench"), "corpus", str(mb), *files))
    print(f"\n== full extraction to JSON ({out['bytes'] / 1e6:.1f} MB, {out['articles']} articles, "
          f"{out['failures']} failed)")
    row("all articles", f"{mb_s(out['bytes'], out['full_s']):.1f} MB/s  {out['articles'] / out['full_s']:.0f} art/s")
    html_mb_s = mb_s(out["html_bytes"], out["full_html_s"])
    bare_mb_s = mb_s(out["html_bytes"], out["bare_libxml2_s"])
    row("HTML articles, libberita", f"{html_mb_s:.1f} MB/s  {out['html_articles'] / out['full_html_s']:.0f} art/s")
    row("HTML articles, bare htmlReadMemory + free", f"{bare_mb_s:.1f} MB/s")
    ratio = out["full_html_s"] / out["bare_libxml2_s"]
    row("time / bare libxml2 parse", f"{ratio:.2f}x", "[target <= 2.0x]" + ("" if ratio <= 2.0 else "  <- short"))
    best = out["full_best_pass_s"] / out["bare_best_pass_s"]
    row("  the same, each page's fastest run of each", f"{best:.2f}x")
    print("\n== cost of each stage on the HTML articles (share of full extraction)")
    total = out["full_html_s"]
    for stage, secs in out["stages_html"].items():
        label = {"decode": "decode (charset, kind)", "read": "read (decode, libxml2 SAX parse, tree, content)"}.get(stage, stage)
        row(label, f"{secs:.3f} s  {100 * secs / total:5.1f}%")
    row("bare htmlReadMemory + free, for scale", f"{out['bare_libxml2_s']:.3f} s  {100 * out['bare_libxml2_s'] / total:5.1f}%")
    return html_mb_s, out


def bench_rss(files):
    print("\n== peak memory (whole process, libraries included; in brackets what the parse added)")
    largest = max(files, key=os.path.getsize)
    grown = os.path.join(BUILD, "grown-20mb.html")
    page = next((f for f in files if f.endswith(".html")), None)
    targets = [(f"largest article ({os.path.getsize(largest) / 1e3:.0f} KB)", largest)]
    if page:
        with open(page, "rb") as f:
            data = f.read()
        start = data.find(b"<p")
        end = data.find(b"</p>", start) + 4
        with open(grown, "wb") as f:
            f.write(data[:start] + data[start:end] * (20_000_000 // (end - start)) + data[end:])
        targets.append((f"one {os.path.getsize(grown) / 1e6:.0f} MB article", grown))
    for label, path in targets:
        peak, added = peak_rss(path)
        limit = (4 * os.path.getsize(path) + 8 * 2 ** 20) / 2 ** 20
        row(f"{label} peak RSS", f"{peak:.1f} MB (+{added:.1f})",
            f"[target <= {limit:.1f} MB]" + ("" if peak <= limit else "  <- short"))
    if page:
        os.unlink(grown)


def bench_scaling(files):
    page = next((f for f in files if f.endswith(".html")), None)
    if not page:
        return
    sizes = json.loads(sh(os.path.join(BUILD, "berita-bench"), "scale", page, "20000000"))
    print("\n== one article grown from 10 KB to 20 MB (time must grow linearly)")
    prev = None
    for s in sizes:
        note = ""
        if prev:
            growth = (s["seconds"] / prev["seconds"]) / (s["bytes"] / prev["bytes"])
            note = f"time/size growth x{growth:.2f}" + (" [target <= 1.1]" if s["bytes"] >= 9 * prev["bytes"] else "")
            if growth > 1.1 and s["bytes"] >= 9 * prev["bytes"]:
                note += "  <- short"
        row(f"{s['bytes'] / 1e6:8.2f} MB", f"{mb_s(s['bytes'], s['seconds']):.1f} MB/s", note)
        prev = s


def timed(cmd, env=None, repeat=3):
    """The best of `repeat` wall-clock runs of cmd."""
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    return best


def two_core_ceiling(files, cpus):
    """What the two cores give together: the library's single-threaded benchmark run alone, then as two
    processes at once, one pinned to each core. A shared machine's "two cores" may be two hyperthreads of
    one, or share it with a neighbour; no program's two threads beat this ratio."""
    def start(c):
        return subprocess.Popen([os.path.join(BUILD, "berita-bench"), "corpus", "10", *files], stdout=subprocess.PIPE,
                                text=True, preexec_fn=lambda: os.sched_setaffinity(0, {c}))

    def rate(proc):
        o = json.loads(proc.communicate()[0])
        return mb_s(o["bytes"], o["full_s"])

    alone = max(rate(start(c)) for c in cpus)
    together = [start(c) for c in cpus]
    return alone, sum(rate(p) for p in together) / alone


def thread_row(label, one, two, ceiling):
    speedup = one / two
    row(label, f"{speedup:.2f}x", "[target >= 1.8x]" + ("" if speedup >= 1.8 else "  <- short"))
    row("  share of what the two cores give together", f"{speedup / ceiling:.0%}")


def bench_threads(files):
    cpus = sorted(os.sched_getaffinity(0))[:2]
    print("\n== threads (2 cores)")
    if len(cpus) < 2:
        print("  fewer than two cores: skipped")
        return
    alone, ceiling = two_core_ceiling(files, cpus)
    row("one process alone, two at once (one per core)", f"{alone:.1f} MB/s, {ceiling:.2f}x as much",
        "(no two threads do better)")
    listing = files * max(1, int(40e6 // sum(os.path.getsize(f) for f in files)))
    cli = [os.path.join(BUILD, "berita-extract"), "-q", "--format", "jsonl"]
    thread_row("berita-extract -j 2 vs -j 1", timed(cli + ["-j", "1", *listing]), timed(cli + ["-j", "2", *listing]),
               ceiling)
    env = dict(os.environ, BERITA_LIBRARY=os.path.join(BUILD, "libberita.so"),
               PYTHONPATH=os.path.join(ROOT, "bindings", "python"))
    code = "import sys, berita\nfor _ in berita.parse_many(sys.argv[2:], workers=int(sys.argv[1])): pass"
    py = [sys.executable, "-c", code]
    thread_row("berita.parse_many workers=2 vs 1", timed(py + ["1", *listing], env=env),
               timed(py + ["2", *listing], env=env), ceiling)


def bench_peers(files, ours_html_mb_s, mb):
    html = [f for f in files if f.endswith(".html")]
    peers = os.path.join(ROOT, "bench", "peers")
    print("\n== peers on the same HTML pages")
    if not shutil.which("node") or not shutil.which("npm"):
        print("  node/npm not installed: peers skipped")
        return
    if not os.path.isdir(os.path.join(peers, "node_modules")):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=peers, check=True)
    out = subprocess.run(["node", "run.mjs", str(mb), *html], cwd=peers, capture_output=True, text=True)
    for line in out.stdout.splitlines():
        p = json.loads(line)
        rate = mb_s(p["bytes"], p["seconds"])
        ratio = ours_html_mb_s / rate
        target = "[target >= 50x]" if p["name"].startswith("Readability") else ""
        if target and ratio < 50:
            target += "  <- short"
        row(p["name"], f"{rate:.2f} MB/s, ours {ratio:.0f}x", target)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=50, help="minimum corpus size for the throughput runs")
    ap.add_argument("--peer-mb", type=float, default=3, help="megabytes for each (slow) peer")
    a = ap.parse_args()
    build()
    files = corpus_files()
    print(f"benchmark corpus: {len(files)} files, {sum(map(os.path.getsize, files)) / 1e6:.2f} MB per pass")
    ours, _ = bench_core(files, a.mb)
    bench_rss(files)
    bench_scaling(files)
    bench_threads(files)
    bench_peers(files, ours, a.peer_mb)
    dates = os.path.join(ROOT, "bench", "dates_vs_dateparser.py")
    if os.path.exists(dates):
        print("\n== dates against dateparser")
        sys.stdout.flush()
        subprocess.run([sys.executable, dates], cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
