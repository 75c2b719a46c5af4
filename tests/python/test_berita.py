"""The Python binding, on the library just built (BERITA_LIBRARY) and the fixtures."""
import datetime
import glob
import gzip
import io
import itertools
import json
import os
import threading
import unittest

import berita

FIXTURES = os.environ.get("BERITA_FIXTURES", os.path.join(os.path.dirname(__file__), "..", "fixtures"))
PAGE = ("<html><head><title>Pasar Rakyat Diresmikan</title></head><body><article><h1>Pasar Rakyat Diresmikan</h1>"
        "<p>KUPANG - Bupati meresmikan pasar rakyat baru kemarin di pusat kota yang dibangun selama satu tahun.</p>"
        "<p>Pasar itu menampung lebih dari dua ratus pedagang kecil dari seluruh kecamatan.</p>"
        "</article></body></html>")


def warc_record(kind, uri, block, date="2025-07-25T03:04:05Z", number=1):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{number:032x}>\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http_response(body, content_type="text/html; charset=utf-8", status="200 OK"):
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def warc_archive():
    """A request, a page, an image, a 404, a revisit and a second page dated a day later."""
    page = PAGE.encode()
    return b"".join([
        warc_record("request", "https://a.go.id/1", b"GET /1 HTTP/1.1\r\n\r\n", number=1),
        warc_record("response", "https://a.go.id/1", http_response(page), number=2),
        warc_record("response", "https://a.go.id/logo.png", http_response(b"\x89PNG", "image/png"), number=3),
        warc_record("response", "https://a.go.id/gone", http_response(b"<p>hilang</p>", status="404 Not Found"),
                    number=4),
        warc_record("revisit", "https://a.go.id/1", b"", number=5),
        warc_record("response", "https://a.go.id/2", http_response(page), "2025-08-01T00:00:00Z", number=6),
    ])
ARTICLE = ("Judul Berita Percobaan\n\nKUPANG - Paragraf pertama yang cukup panjang untuk dibaca.\n\n"
           "Paragraf kedua.\n")


class ParseTest(unittest.TestCase):
    def test_parse_text_fields(self):
        a = berita.parse(ARTICLE)
        self.assertEqual(a.title, "Judul Berita Percobaan")
        self.assertEqual(a.format, "text")
        self.assertTrue(a.paragraphs)
        self.assertIsInstance(a.paragraphs[0], berita.Paragraph)
        self.assertEqual(a.paragraphs[-1].text, "Paragraf kedua.")

    def test_bytes_and_str_agree(self):
        self.assertEqual(berita.parse(ARTICLE).to_dict(), berita.parse(ARTICLE.encode()).to_dict())

    def test_options(self):
        a = berita.parse(ARTICLE, kind="text", url="https://kupangkota.go.id/b/1", reference_date="2025-07-25")
        self.assertEqual(a.url, "https://kupangkota.go.id/b/1")
        with self.assertRaises(ValueError):
            berita.parse(ARTICLE, kind="pdf")
        with self.assertRaises(berita.Error) as cm:
            berita.parse(ARTICLE, reference_date="2025-13-01")
        self.assertEqual(cm.exception.code, 1)
        with self.assertRaises(berita.Error) as cm:
            berita.parse(ARTICLE, charset="koi8-r")
        self.assertEqual(cm.exception.code, 9)

    def test_argument_types(self):
        for data in ({}, [72, 105], 3, None):
            with self.subTest(data=data), self.assertRaises(TypeError):
                berita.parse(data)
        with self.assertRaises(TypeError):
            berita.parse(ARTICLE, url=7)
        with self.assertRaises(ValueError):
            berita.parse(ARTICLE, url="https://a.go.id/x\0y")
        a = berita.parse(ARTICLE, url=b"https://a.go.id/\xff", source_path=os.fsdecode(b"caf\xe9.txt"))
        self.assertEqual(a.url, "https://a.go.id/\ufffd")  # repaired by the library, never invalid UTF-8
        self.assertEqual(berita.parse(bytearray(ARTICLE.encode())).title, "Judul Berita Percobaan")

    def test_reference_date_may_be_a_date(self):
        text = ARTICLE.replace("Paragraf kedua.", "Pasar itu diresmikan kemarin oleh Wali Kota.")
        as_text = berita.parse(text, kind="text", reference_date="2025-07-25").to_dict()["dates"]
        self.assertEqual([d["start"] for d in as_text], ["2025-07-24"])
        for ref in (datetime.date(2025, 7, 25), datetime.datetime(2025, 7, 25, 23, 59)):
            with self.subTest(ref=ref):
                self.assertEqual(berita.parse(text, kind="text", reference_date=ref).to_dict()["dates"], as_text)

    def test_errors(self):
        for data, code in ((b"", 3), (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 4), (b"<html><body></body></html>", 7)):
            with self.subTest(code=code):
                with self.assertRaises(berita.Error) as cm:
                    berita.parse(data)
                self.assertEqual(cm.exception.code, code)
                self.assertTrue(str(cm.exception))

    def test_version(self):
        self.assertRegex(berita.library_version(), r"^\d+\.\d+\.\d+$")


class WarcTest(unittest.TestCase):
    """Archives through the library's reader (berita_warc_*), when the library has it."""

    def setUp(self):
        if not hasattr(berita._lib, "berita_warc_open"):
            with self.assertRaises(NotImplementedError):
                list(berita.read_warc(io.BytesIO(warc_archive())))
            self.skipTest("the library has no WARC reader")

    def test_records_and_their_kinds(self):
        records = list(berita.read_warc(io.BytesIO(warc_archive()), name="crawl.warc"))
        self.assertEqual([r.kind for r in records], ["other", "page", "not_html", "not_ok", "revisit", "page"])
        self.assertEqual([r.name for r in records], [f"crawl.warc#{n}" for n in range(1, 7)])
        page = records[1]
        self.assertEqual((page.url, page.http_status, page.record_id),
                         ("https://a.go.id/1", 200, f"<urn:uuid:{2:032x}>"))
        self.assertEqual(page.body, PAGE.encode())
        self.assertIsNone(records[2].body)
        self.assertEqual(records[3].http_status, 404)
        self.assertEqual(records[0].offset, 0)
        self.assertGreater(records[1].offset, 0)

    def test_parse_many_reads_pages_as_berita_extract(self):
        results = list(berita.parse_many(berita.read_warc(io.BytesIO(warc_archive()), name="crawl.warc"),
                                         errors="return", workers=2))
        self.assertEqual([r.ok for r in results], [False, True, False, False, False, True])
        self.assertIn("no HTTP response", str(results[0].error))
        first, second = results[1].article, results[5].article
        self.assertEqual((first.source_path, first.url), ("crawl.warc#2", "https://a.go.id/1"))
        self.assertEqual(first.warc, berita.WarcSource(f"<urn:uuid:{2:032x}>", "2025-07-25T03:04:05Z",
                                                       results[1].input.offset))
        # 'kemarin' resolves against each record's WARC-Date
        self.assertEqual([d.start for d in first.dates if d.kind == "relative"], ["2025-07-24"])
        self.assertEqual([d.start for d in second.dates if d.kind == "relative"], ["2025-07-31"])
        self.assertEqual(first.to_dict()["source"]["warc"]["offset"], results[1].input.offset)
        self.assertEqual(berita.fingerprint_distance(first.fingerprint, second.fingerprint), 0)
        # a reference date given wins over the WARC-Date
        again = next(berita.parse_many([results[1].input], reference_date="2025-01-10"))
        self.assertEqual([d.start for d in again.dates if d.kind == "relative"], ["2025-01-09"])

    def test_by_content_limits_and_broken_archives(self):
        data = warc_archive()
        self.assertTrue(berita.is_warc(data[:512]))
        self.assertTrue(berita.is_warc(gzip.compress(data)[:512]))
        self.assertFalse(berita.is_warc(PAGE.encode()))
        records = list(berita.read_warc(io.BytesIO(data), name="big.warc", max_record=100))
        self.assertEqual(records[1].kind, "too_large")
        failed = next(berita.parse_many(records[1:2], errors="return"))
        self.assertEqual((failed.error.input.name, str(failed.error)),
                         ("big.warc#2", "the record, as stored or decoded, is over the 64 MiB input limit"))
        with self.assertRaises(berita.Error) as cm:
            list(berita.read_warc(io.BytesIO(data[:-40])))
        self.assertIsNone(cm.exception.code)
        with self.assertRaises(berita.ReadError):
            list(berita.read_warc(os.path.join(FIXTURES, "no-such.warc")))
        with self.assertRaises(TypeError):  # a text file gives str, not bytes
            list(berita.read_warc(io.StringIO("WARC/1.1\r\n")))
        with self.assertRaises(ValueError):
            berita.fingerprint_distance("a8d7bb807a144f9e", "not hex")


class PositionTest(unittest.TestCase):
    """Python's offsets count characters; the byte offsets of C and JSON are kept beside them."""

    def test_quotes_slice_their_paragraphs(self):
        shifted = 0
        for path in RecordTest.fixtures(self):
            a = berita.parse_file(path)
            with self.subTest(path=os.path.basename(path)):
                for q in a.quotes:
                    first, last = a.paragraphs[q.paragraph].text, a.paragraphs[q.end_paragraph].text
                    if q.paragraph == q.end_paragraph:
                        self.assertEqual(first[q.start:q.end], q.text)
                        self.assertEqual(first.encode()[q.byte_start:q.byte_end].decode(), q.text)
                    else:
                        self.assertTrue(q.text.startswith(first[q.start:q.start + 10]))
                        self.assertTrue(q.text.endswith(last[max(q.end - 10, 0):q.end]))
                    shifted += q.start != q.byte_start
        self.assertGreater(shifted, 0)  # the fixtures hold quotes after characters beyond ASCII

    def test_dates_slice_their_text(self):
        for path in RecordTest.fixtures(self):
            a = berita.parse_file(path)
            for d in a.dates:
                self.assertEqual(d.length, len(d.text))
                if d.paragraph == -2:
                    self.assertIsNone(d.offset)
                    continue
                where = a.title if d.paragraph == -1 else a.paragraphs[d.paragraph].text
                self.assertEqual(where[d.offset:d.offset + d.length], d.text)
                self.assertEqual(where.encode()[d.byte_offset:d.byte_offset + d.byte_length].decode(), d.text)

    def test_a_made_up_article(self):
        text = ("Judul Berita Percobaan Ini\n\nKUPANG \u2013 Gubernur NTT Melki Laka Lena mengatakan pembangunan "
                "jalan di Sumba selesai 12 Agustus 2025. \u201cKami bekerja keras untuk rakyat \u00e9t\u00e9 "
                "ini,\u201d kata Melki.\n")
        a = berita.parse(text, kind="text")
        for q in a.quotes:
            self.assertEqual(a.paragraphs[q.paragraph].text[q.start:q.end], q.text)
        for d in a.dates:
            if d.paragraph >= 0:
                self.assertEqual(a.paragraphs[d.paragraph].text[d.offset:d.offset + d.length], d.text)

    def test_char_offsets_walk(self):
        text = "a\u00e9\u201cb\U0001F600c"
        data = text.encode()
        # the library's offsets fall between characters
        offsets = [o for o in range(len(data) + 1) if o == len(data) or data[o] & 0xC0 != 0x80]
        want = {o: len(data[:o].decode()) for o in offsets}
        self.assertEqual(berita._char_offsets(text, reversed(offsets)), want)


class DocumentationTest(unittest.TestCase):
    def test_every_field_is_documented(self):
        import dataclasses
        for cls in (berita.Article, berita.Published, berita.Credit, berita.Paragraph, berita.Speaker, berita.Quote,
                    berita.DateMention, berita.Result):
            for f in dataclasses.fields(cls):
                with self.subTest(cls=cls.__name__, field=f.name):
                    self.assertRegex(cls.__doc__, rf"\n\s+{f.name}: \S")

    def test_version(self):
        self.assertRegex(berita.__version__, r"^\d+\.\d+\.\d+$")
        self.assertIn("__version__", berita.__all__)


class RecordTest(unittest.TestCase):
    """The binding's accessors and the library's JSON say the same about every fixture."""

    def fixtures(self):
        paths = [p for p in sorted(glob.glob(os.path.join(FIXTURES, "*")))
                 if p.endswith((".html", ".txt"))]
        self.assertTrue(paths)
        return paths

    def test_to_dict_equals_library_json(self):
        for path in self.fixtures():
            with self.subTest(path=os.path.basename(path)):
                with open(path, "rb") as f:
                    data = f.read()
                a = berita.parse(data, source_path=path)
                self.assertEqual(a.to_dict(), json.loads(berita.to_json(data, source_path=path)))

    def test_quotes_table_rows(self):
        for path in self.fixtures():
            a = berita.parse_file(path)
            rows = a.quotes_table()
            self.assertEqual(len(rows), len(a.quotes))
            for row, q in zip(rows, a.quotes):
                self.assertEqual(row["text"], q.text)
                if q.speaker is not None:
                    self.assertEqual(row["speaker"], a.speakers[q.speaker].name)

    def test_parse_many_keeps_order(self):
        paths = self.fixtures() * 3
        titles = [a.title for a in berita.parse_many(paths, workers=4)]
        self.assertEqual(titles, [berita.parse_file(p).title for p in paths])

    def test_parse_many_reads_items_as_it_goes(self):
        drawn = []

        def endless():
            while True:
                drawn.append(1)
                yield ARTICLE.encode()

        first = list(itertools.islice(berita.parse_many(endless(), workers=2), 3))
        self.assertEqual(len(first), 3)
        self.assertLessEqual(len(drawn), (2 * 2 + 1) * berita._BATCH)

    def test_parse_many_raises_in_turn(self):
        good = ARTICLE.encode()
        got = []
        with self.assertRaises(berita.Error) as cm:
            for article in berita.parse_many([good, good, b"", good], workers=2):
                got.append(article)
        self.assertEqual(len(got), 2)
        self.assertEqual(cm.exception.input, b"")

    def test_parse_many_a_missing_file_is_a_berita_error(self):
        good, missing = ARTICLE.encode(), os.path.join(FIXTURES, "no-such-article.txt")
        with self.assertRaises(berita.ReadError) as cm:
            list(berita.parse_many([good, missing, good], workers=2))
        e = cm.exception
        self.assertIsInstance(e, berita.Error)
        self.assertIsInstance(e, OSError)
        self.assertEqual((e.errno, e.filename, e.input, e.code), (2, missing, missing, None))
        self.assertIn("No such file", str(e))

    def test_parse_many_skip_and_return(self):
        good, missing = ARTICLE.encode(), os.path.join(FIXTURES, "no-such-article.txt")
        path = os.path.join(FIXTURES, "api-plain-text.txt")
        items = [good, missing, b"", path, ("archive.warc#3", good)]
        skipped = list(berita.parse_many(items, errors="skip", workers=2))
        self.assertEqual([a.source_path for a in skipped], [None, path, "archive.warc#3"])
        results = list(berita.parse_many(iter(items), errors="return", workers=2))
        self.assertEqual([r.input for r in results], items)
        self.assertEqual([r.ok for r in results], [True, False, False, True, True])
        for r in results:
            self.assertIsInstance(r, berita.Result)
            self.assertTrue((r.article is None) != (r.error is None))
            if r.error is not None:
                self.assertIsInstance(r.error, berita.Error)
                self.assertIs(r.error.input, r.input)
        self.assertIsInstance(results[1].error, berita.ReadError)
        self.assertEqual(results[2].error.code, 3)
        self.assertEqual(results[3].article.to_dict(), berita.parse_file(path).to_dict())

    def test_parse_many_refuses_bad_arguments_at_once(self):
        never = iter(())
        with self.assertRaises(ValueError):
            berita.parse_many(never, errors="ignore")
        for options, error in (({"kind": "pdf"}, ValueError), ({"url": 7}, TypeError),
                               ({"reference_date": "2025-13-01"}, berita.Error)):
            with self.subTest(options=options), self.assertRaises(error):
                berita.parse_many(never, errors="return", **options)
        with self.assertRaises(TypeError):
            list(berita.parse_many([42], errors="return"))

    def test_to_dict_keeps_what_the_binding_does_not_model(self):
        record = json.loads(berita.to_json(ARTICLE))
        record["language"] = "id"
        record["source"]["crawl"] = "CC-NEWS-2025-07"
        record["published"]["source"] = None
        self.assertEqual(berita._unmodelled(record), {"language": "id", "source": {"crawl": "CC-NEWS-2025-07"}})
        a = berita.parse(ARTICLE)
        a.extra.update(berita._unmodelled(record))
        a._written = ("published.source",)
        self.assertEqual(a.to_dict(), record)

    def test_errors_pickle(self):
        import pickle
        e = berita.Error(7, "no article", 12, b"<html>")
        back = pickle.loads(pickle.dumps(e))
        self.assertEqual((type(back), back.code, str(back), back.position, back.input),
                         (berita.Error, 7, "no article", 12, b"<html>"))
        r = pickle.loads(pickle.dumps(berita.ReadError(2, "No such file or directory", "a.txt")))
        self.assertEqual((type(r), r.errno, r.filename, r.input, r.code), (berita.ReadError, 2, "a.txt", "a.txt", None))

    def test_threads_share_nothing(self):
        data = ARTICLE.encode()
        want = berita.parse(data).to_dict()
        results = []

        def work():
            results.extend(berita.parse(data).to_dict() == want for _ in range(50))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(results), 200)
        self.assertTrue(all(results))


if __name__ == "__main__":
    unittest.main()
