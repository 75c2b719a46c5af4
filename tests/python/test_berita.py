"""The Python binding, on the library just built (BERITA_LIBRARY) and the fixtures."""
import datetime
import glob
import itertools
import json
import os
import threading
import unittest

import berita

FIXTURES = os.environ.get("BERITA_FIXTURES", os.path.join(os.path.dirname(__file__), "..", "fixtures"))
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
        with self.assertRaises(berita.Error):
            for article in berita.parse_many([good, good, b"", good], workers=2):
                got.append(article)
        self.assertEqual(len(got), 2)

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
