#!/usr/bin/env python3
"""Extract records from a whole archive on a Dask cluster, into JSON Lines partitions.

    # on this machine, with two worker processes:
    python3 examples/dask_extract.py --local 2 --out records/ archive/ crawl-*.warc.gz
    # on a running cluster (every worker needs libberita and the berita package):
    python3 examples/dask_extract.py --scheduler tcp://scheduler.example:8786 --out /shared/records/ inputs/

Inputs are article files (*.html, *.htm, *.txt), folders of them, and WARC archives (.warc, .warc.gz,
told by their content and read by libberita's reader: each 2xx HTML response record is an article whose
WARC-Target-URI becomes source.url and whose WARC-Date is its reference date). Each input is one
task; each task's records become lines of the partition files out/part-NNNN.jsonl. Failed articles are
written to out/failures.txt with their reason.
"""
import argparse
import json
import os
import sys

import berita

ARTICLE_SUFFIXES = (".html", ".htm", ".txt")
WARC_SUFFIXES = (".warc", ".warc.gz")


def expand(inputs):
    """Files and folders into a sorted list of article and WARC paths."""
    out = []
    for path in inputs:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                out += [os.path.join(root, f) for f in sorted(files)
                        if f.lower().endswith(ARTICLE_SUFFIXES + WARC_SUFFIXES)]
        else:
            out.append(path)
    return out


def extract(path):
    """The records of one input: (records, failures). A WARC archive, told by its content, is read
    through libberita's own reader (berita.read_warc), as berita-extract reads it: every page is an
    article, the records that are no page are skipped, one over the input limit is a failure."""
    records, failures = [], []
    try:
        with open(path, "rb") as f:
            warc = berita.is_warc(f.read(512))
        items = (r for r in berita.read_warc(path) if r.kind in ("page", "too_large")) if warc else [path]
        for result in berita.parse_many(items, workers=1, errors="return"):
            if result.error is None:
                records.append(result.article.to_dict())
            else:
                failures.append(f"{getattr(result.input, 'name', result.input)}: {result.error}")
    except (berita.Error, OSError) as e:
        failures.append(f"{path}: {e}")
    return records, failures


def run(client, inputs, out_dir, partitions=None):
    """Maps extract over the inputs on the client's cluster; returns (records written, failures)."""
    import dask.bag as db

    paths = expand(inputs)
    os.makedirs(out_dir, exist_ok=True)
    bag = db.from_sequence(paths, npartitions=partitions or max(1, min(len(paths), 64)))
    results = bag.map(extract).persist()
    lines = results.map(lambda r: r[0]).flatten().map(lambda rec: json.dumps(rec, ensure_ascii=False))
    lines.to_textfiles(os.path.join(out_dir, "part-*.jsonl"), encoding="utf-8")
    failures = results.map(lambda r: r[1]).flatten().compute()
    with open(os.path.join(out_dir, "failures.txt"), "w", encoding="utf-8") as f:
        f.writelines(x + "\n" for x in failures)
    return lines.count().compute(), failures


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running distributed scheduler")
    where.add_argument("--local", type=int, metavar="N", help="start a local cluster of N worker processes")
    ap.add_argument("--out", required=True, help="folder for the part-*.jsonl files")
    ap.add_argument("--partitions", type=int)
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args(argv)
    from distributed import Client, LocalCluster

    if a.local:
        cluster = LocalCluster(n_workers=a.local, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, Client(a.scheduler)
    try:
        written, failures = run(client, a.inputs, a.out, a.partitions)
    finally:
        client.close()
        if cluster:
            cluster.close()
    print(f"{written} records written to {a.out}, {len(failures)} failed", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
