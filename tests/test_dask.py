"""examples/dask_extract.py on a LocalCluster with two worker processes on
loopback: every record arrives exactly once. Run by an interpreter that has
Debian's python3-dask and python3-distributed; exits 77 (skipped) without them."""
import glob
import gzip
import json
import os
import shutil
import sys
import tempfile
import unittest

try:
    from distributed import Client, LocalCluster
except ImportError:
    print("dask/distributed not installed: skipped")
    sys.exit(77)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(ROOT, "examples"))
import dask_extract  # noqa: E402

FIXTURES = os.path.join(ROOT, "tests", "fixtures")


def warc(records):
    out = b""
    for uri, body in records:
        block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
                f"Content-Length: {len(block)}\r\n\r\n").encode()
        out += gzip.compress(head + block + b"\r\n\r\n")
    return out


class DaskTest(unittest.TestCase):
    def test_every_record_arrives_once(self):
        tmp = tempfile.mkdtemp()
        try:
            inputs = os.path.join(tmp, "in")
            shutil.copytree(FIXTURES, inputs)
            with open(os.path.join(FIXTURES, "api-minimal.html"), "rb") as f:
                page = f.read()
            with open(os.path.join(inputs, "crawl.warc.gz"), "wb") as f:
                f.write(warc([(f"https://a.go.id/{i}", page) for i in range(5)]))
            paths = dask_extract.expand([inputs])
            expected = {os.path.basename(p) for p in paths if not p.endswith(".warc.gz")}
            expected |= {f"crawl.warc.gz#{i}" for i in range(1, 6)}
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                   processes=True)
            client = Client(cluster)
            try:
                self.assertEqual(len(client.scheduler_info()["workers"]), 2)
                written, failures = dask_extract.run(client, [inputs], os.path.join(tmp, "out"), partitions=4)
            finally:
                client.close()
                cluster.close()
            seen = []
            for part in sorted(glob.glob(os.path.join(tmp, "out", "part-*.jsonl"))):
                with open(part, encoding="utf-8") as f:
                    seen += [os.path.basename(json.loads(line)["source"]["path"]) for line in f]
            failed = {os.path.basename(x.split(":")[0]) for x in failures}
            self.assertEqual(len(seen), len(set(seen)), "a record arrived twice")
            self.assertEqual(set(seen) | failed, expected)
            self.assertEqual(written, len(seen))
        finally:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    unittest.main()
