"""python3 -m berita [--format json|jsonl] FILE...: the records as berita-extract prints them."""
import argparse
import json
import sys

from . import Error, parse_file


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m berita", description=__doc__)
    ap.add_argument("--format", choices=("json", "jsonl"))
    ap.add_argument("--kind", choices=("auto", "html", "text"), default="auto")
    ap.add_argument("--url")
    ap.add_argument("--reference-date")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args(argv)
    fmt = a.format or ("json" if len(a.files) == 1 else "jsonl")
    status = 0
    for path in a.files:
        try:
            record = parse_file(path, kind=a.kind, url=a.url, reference_date=a.reference_date).to_dict()
        except (Error, OSError) as e:
            print(f"berita: {path}: {e}", file=sys.stderr)
            status = 1
            continue
        print(json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None))
    return status


if __name__ == "__main__":
    sys.exit(main())
