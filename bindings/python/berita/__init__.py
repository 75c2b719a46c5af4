"""Python binding for libberita: Indonesian government news articles into records.

    import berita
    article = berita.parse(open("page.html", "rb").read())
    for q in article.quotes:
        print(article.speakers[q.speaker].name if q.speaker is not None else "?", q.text)

The shared library is loaded from BERITA_LIBRARY when it is set, else from next to this
package (where `pip install bindings/python` puts it), and only then looked for on the
system's library path.

Positions: the C API and the JSON record count UTF-8 bytes; the dataclasses count characters
of the Python strings, so `article.paragraphs[q.paragraph].text[q.start:q.end]` is the quote.
The byte values are kept too (`Quote.byte_start`, `DateMention.byte_offset`...), and
`Article.to_dict()` gives the record with them, as berita-extract writes it.
"""
from __future__ import annotations

import ctypes
import datetime
import itertools
import json
import operator
import os
from collections import deque
from dataclasses import dataclass, field, fields
from typing import BinaryIO, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, TypeVar, Union

__version__ = "0.1.0"

__all__ = ["Article", "Credit", "DateMention", "Error", "Paragraph", "Published", "Quote", "ReadError", "Result",
           "Speaker", "WarcRecord", "WarcSource", "fingerprint_distance", "is_warc", "parse", "parse_file",
           "parse_many", "read_warc", "to_json", "library_version", "__version__"]


class Error(Exception):
    """A failed parse. `code` is the berita_status value (berita.h), or None for a failure that is no
    parse's (a file that cannot be read, a broken WARC archive, a WARC record that is no page);
    `position` the byte offset in the input where the problem was found (0 when none applies);
    `input` the parse_many item that failed (None for parse and parse_file)."""

    def __init__(self, code: Optional[int], message: str, position: int = 0, input: object = None):
        super().__init__(message)
        self.code = code
        self.position = position
        self.input = input

    def __reduce__(self):
        # Pickled whole (a Dask worker's failure reaches the client so).
        return type(self), (self.code, str(self), self.position, self.input)


class ReadError(Error, OSError):
    """A file parse_many could not read: a berita.Error (code None) and an OSError with its errno,
    strerror and filename, so that every failure of a batch is a berita.Error."""

    def __init__(self, errno: Optional[int], strerror: str, filename: object):
        OSError.__init__(self, errno, strerror, filename)
        self.code, self.position, self.input = None, 0, filename

    def __str__(self) -> str:
        return OSError.__str__(self)

    def __reduce__(self):
        return type(self), (self.errno, self.strerror, self.filename)


class _ErrorStruct(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("position", ctypes.c_size_t), ("message", ctypes.c_char * 256)]


# The names a built library has, in the order they are tried beside the package.
_LIBRARY_NAMES = ("libberita.so", "libberita.so.0", "libberita.dylib")


def _load() -> ctypes.CDLL:
    """BERITA_LIBRARY, else the library next to the package, else the system's. ctypes.util is
    imported only for the last: find_library runs ldconfig and a compiler, which took 86 of
    import's 110 ms."""
    given = os.environ.get("BERITA_LIBRARY")
    if given:
        try:
            return ctypes.CDLL(given)
        except OSError as e:
            raise ImportError(f"BERITA_LIBRARY={given}: {e}") from None
    here = os.path.dirname(os.path.abspath(__file__))
    for name in _LIBRARY_NAMES:
        path = os.path.join(here, name)
        if os.path.exists(path):
            return ctypes.CDLL(path)
    from ctypes.util import find_library
    errors = []
    for name in filter(None, (find_library("berita"), "libberita.so.0")):
        try:
            return ctypes.CDLL(name)
        except OSError as e:
            errors.append(f"{name}: {e}")
    raise ImportError("libberita not found next to the package nor on the system's library path; set "
                      "BERITA_LIBRARY to the path of libberita.so (" + "; ".join(errors) + ")")


_cdll = _load()

_P, _S, _I, _Z, _CP = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p
# Every function's signature, declared once: name -> (restype, argtypes).
_SIGNATURES = {
    "berita_version": (_S, []),
    "berita_strerror": (_S, [_I]),
    "berita_options_new": (_P, []),
    "berita_options_free": (None, [_P]),
    "berita_options_set_kind": (_I, [_P, _I]),
    "berita_options_set_url": (_I, [_P, _S]),
    "berita_options_set_source_name": (_I, [_P, _S]),
    "berita_options_set_reference_date": (_I, [_P, _S]),
    "berita_options_set_charset": (_I, [_P, _S]),
    "berita_parse": (_I, [_CP, _Z, _P, ctypes.POINTER(_P), ctypes.POINTER(_ErrorStruct)]),
    "berita_doc_free": (None, [_P]),
    "berita_doc_to_json": (_I, [_P, ctypes.c_uint, ctypes.POINTER(ctypes.POINTER(ctypes.c_char)), ctypes.POINTER(_Z)]),
    "berita_free": (None, [_P]),
}


class _WarcStruct(ctypes.Structure):
    """berita_warc_record."""
    _fields_ = [("kind", ctypes.c_int), ("type", _S), ("target_uri", _S), ("record_id", _S), ("date", _S),
                ("offset", ctypes.c_uint64), ("http_status", ctypes.c_int), ("body", _P), ("body_len", _Z)]


_READ_FN = ctypes.CFUNCTYPE(ctypes.c_long, _P, _P, _Z)
# What newer builds of the library add (WARC, fingerprints): declared when the loaded library has them.
_SIGNATURES_NEWER = {
    "berita_options_set_warc_record": (_I, [_P, _S, _S, ctypes.c_uint64]),
    "berita_is_warc": (ctypes.c_bool, [_CP, _Z]),
    "berita_warc_open": (_P, [_READ_FN, _P, _Z]),
    "berita_warc_next": (_I, [_P, ctypes.POINTER(_WarcStruct)]),
    "berita_warc_error": (_S, [_P]),
    "berita_warc_free": (None, [_P]),
    "berita_fingerprint_distance": (_I, [_S, _S]),
}
# The calls that do real work release the GIL (CDLL), so threads parse in
# parallel; the small ones keep it (PyDLL): handing the GIL back and forth
# costs more than they do.
_RELEASE_GIL = {"berita_parse", "berita_doc_to_json", "berita_warc_next"}
_pydll = ctypes.PyDLL(_cdll._name)


class _Library:
    """The functions of libberita the package calls, declared once from the signatures."""


_lib = _Library()
for _name, (_res, _args) in itertools.chain(_SIGNATURES.items(), _SIGNATURES_NEWER.items()):
    if _name in _SIGNATURES_NEWER and not hasattr(_cdll, _name):
        continue
    _fn = getattr(_cdll if _name in _RELEASE_GIL else _pydll, _name)
    _fn.restype, _fn.argtypes = _res, _args
    setattr(_lib, _name, _fn)

_KINDS = {"auto": 0, "html": 1, "text": 2}
# berita_warc_kind's values, by index.
_WARC_KINDS = ("page", "not_html", "not_ok", "revisit", "other", "too_large", "malformed")
# Why a record that is no page gives no article (parse_many's error for it).
_WARC_NOT_A_PAGE = {"not_html": "the record is not HTML", "not_ok": "the HTTP status is not 2xx",
                    "revisit": "a revisit record holds no page", "other": "the record is no HTTP response",
                    "too_large": "the record, as stored or decoded, is over the 64 MiB input limit",
                    "malformed": "the record's HTTP response cannot be read"}
_INPUT_LIMIT = 64 << 20  # the library's default input limit, the largest record read_warc keeps
_BATCH = 8  # articles a parse_many task takes at once
_ERRORS = ("raise", "skip", "return")


@dataclass
class Published:
    """When the article was published.

    Attributes:
        text: the date as the page writes it ("Jumat, 25 Juli 2025 09:30 WIB"), or None.
        date: the local publication date, "YYYY-MM-DD", or None when none was found.
        time: "HH:MM", or None.
        utc_offset: "+07:00" (WIB), "+08:00" (WITA), "+09:00" (WIT), or None.
        source: where the date was read ("meta", "json-ld", "date_line", "lead", "body_event",
            "reference_date"), or None; None too from a library that does not tell.
    """
    text: Optional[str]
    date: Optional[str]
    time: Optional[str]
    utc_offset: Optional[str]
    source: Optional[str] = None


@dataclass
class Credit:
    """A person credited by the article.

    Attributes:
        role: "author", "reporter", "editor", "photographer" or "source".
        name: the name as written.
    """
    role: str
    name: str


@dataclass
class Paragraph:
    """A paragraph of the article's body, in reading order.

    Attributes:
        kind: "body", "heading" or "caption".
        text: the paragraph's text, cleaned (NFC, single spaces).
    """
    kind: str
    text: str


@dataclass
class Speaker:
    """A person the article quotes, once however often quoted.

    Attributes:
        name: the person's name without honorific, titles or degrees, or None when the article
            gives only an office ("Gubernur NTT").
        honorific: "Bapak", "Ibu"..., or None.
        titles: titles written before the name ("Dr.", "H."), or None.
        degrees: degrees written after it ("S.H., M.Si."), or None.
        role: the office or function ("Kepala Dinas Kesehatan"), or None.
        organization: the body the role belongs to, or None.
        mentions: how many times the article mentions the person.
    """
    name: Optional[str]
    honorific: Optional[str]
    titles: Optional[str]
    degrees: Optional[str]
    role: Optional[str]
    organization: Optional[str]
    mentions: int


@dataclass
class Quote:
    """A direct or indirect quote.

    Attributes:
        kind: "direct" (within quotation marks) or "indirect" (reported speech).
        text: what was said.
        speaker: index into Article.speakers, or None when nothing tells who spoke.
        cue: the word that attributes it ("ujarnya", "kata"), or None.
        paragraph: index of the paragraph where the quote starts.
        start: character offset of the quote's start in that paragraph's text.
        end: character offset just past its end in the text of paragraph end_paragraph.
        end_paragraph: index of the paragraph where it ends (paragraph but for a quote that
            runs over several).
        byte_start: start as a UTF-8 byte offset (the C API's and the JSON record's `start`).
        byte_end: end as a UTF-8 byte offset (the record's `end`).
    """
    kind: str
    text: str
    speaker: Optional[int]
    cue: Optional[str]
    paragraph: int
    start: int
    end: int
    end_paragraph: int
    byte_start: int
    byte_end: int


@dataclass
class DateMention:
    """A date expression of the article, resolved to the days it names.

    Attributes:
        text: the expression exactly as written ("Kamis (24/7)", "kemarin").
        start: its first day, "YYYY-MM-DD".
        end: its last day, "YYYY-MM-DD" (start for a single day).
        kind: "day", "range", "month" or "relative".
        paragraph: index of the paragraph holding it, -1 for the title, -2 for the page's date line.
        offset: character offset of the expression in that paragraph's text (or the title's);
            None on the date line (-2), whose text the record does not hold.
        length: its length in characters.
        weekday_mismatch: True when a weekday written with the date disagrees with it (the date wins).
        byte_offset: offset as UTF-8 bytes (the C API's and the JSON record's `offset`).
        byte_length: length as UTF-8 bytes (the record's `length`).
    """
    text: str
    start: str
    end: str
    kind: str
    paragraph: int
    offset: Optional[int]
    length: int
    weekday_mismatch: bool
    byte_offset: int
    byte_length: int


@dataclass
class WarcSource:
    """The WARC record an article was read from (the record's source.warc).

    Attributes:
        record_id: WARC-Record-ID ("<urn:uuid:...>"), or None.
        date: WARC-Date as the archive writes it ("2025-07-25T03:04:05Z"), or None.
        offset: where the record starts in the archive: its gzip member's byte offset in a
            .warc.gz, its header's in a .warc.
    """
    record_id: Optional[str]
    date: Optional[str]
    offset: int


@dataclass
class Article:
    """One article's record ("berita/1").

    Attributes:
        title: the headline without the site's name, or None.
        published: when it was published (a Published).
        dateline: the place that opens the body ("KUPANG"), or None.
        credits: the people credited, a list of Credit.
        labels: the article's tags and categories, lower-cased.
        paragraphs: the body, a list of Paragraph.
        speakers: the people quoted, a list of Speaker.
        quotes: what they said, a list of Quote.
        dates: every date expression, a list of DateMention.
        url: the page's URL (canonical link, og:url or the url option), or None.
        source_path: the input's name (the file's path, or the source_path option), or None.
        format: how the input was read: "html" or "text".
        page_type: "article", or "listing" for a page that lists several articles; None from a
            library that does not tell.
        fingerprint: the body's content fingerprint, 16 hex digits (a 64-bit SimHash of its word
            3-grams: copies of one release differ in a few bits, see fingerprint_distance), or None
            when the body has no words or the library does not tell.
        warc: the WARC record the article was read from (a WarcSource), or None.
        extra: fields of the record this version of the binding has no attribute for, as the
            library wrote them (a newer library's additions): top-level ones by name, those of
            source and published as a dict under "source" and "published". to_dict() writes them
            back.
    """
    title: Optional[str]
    published: Published
    dateline: Optional[str]
    credits: List[Credit] = field(default_factory=list)
    labels: List[str] = field(default_factory=list)
    paragraphs: List[Paragraph] = field(default_factory=list)
    speakers: List[Speaker] = field(default_factory=list)
    quotes: List[Quote] = field(default_factory=list)
    dates: List[DateMention] = field(default_factory=list)
    url: Optional[str] = None
    source_path: Optional[str] = None
    format: str = "html"
    page_type: Optional[str] = None
    fingerprint: Optional[str] = None
    warc: Optional[WarcSource] = None
    extra: Dict[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The "berita/1" record, as berita-extract prints it (UTF-8 byte offsets, as in JSON)."""
        published = {"text": self.published.text, "date": self.published.date, "time": self.published.time,
                     "utc_offset": self.published.utc_offset}
        written = getattr(self, "_written", ())
        if self.published.source is not None or "published.source" in written:
            published["source"] = self.published.source
        source = {"path": self.source_path, "url": self.url, "format": self.format}
        if self.warc is not None:
            source["warc"] = {"record_id": self.warc.record_id, "date": self.warc.date, "offset": self.warc.offset}
        record = {
            "schema": "berita/1",
            "source": source,
            "title": self.title,
            "published": published,
            "dateline": self.dateline,
            "credits": [{"role": c.role, "name": c.name} for c in self.credits],
            "labels": list(self.labels),
            "paragraphs": [{"kind": p.kind, "text": p.text} for p in self.paragraphs],
            "speakers": [{f.name: getattr(s, f.name) for f in fields(Speaker)} for s in self.speakers],
            "quotes": [{"kind": q.kind, "text": q.text, "speaker": q.speaker, "cue": q.cue, "paragraph": q.paragraph,
                        "start": q.byte_start, "end": q.byte_end, "end_paragraph": q.end_paragraph}
                       for q in self.quotes],
            "dates": [{"text": d.text, "start": d.start, "end": d.end, "kind": d.kind, "paragraph": d.paragraph,
                       "offset": d.byte_offset, "length": d.byte_length, "weekday_mismatch": d.weekday_mismatch}
                      for d in self.dates],
        }
        if self.page_type is not None or "page_type" in written:
            record["page_type"] = self.page_type
        if self.fingerprint is not None or "fingerprint" in written:
            record["fingerprint"] = self.fingerprint
        for key, value in self.extra.items():
            if isinstance(value, dict) and isinstance(record.get(key), dict):
                record[key].update(value)
            else:
                record[key] = value
        return record

    def quotes_table(self) -> List[dict]:
        """One row per quote: speaker name, role, kind and text, ready for csv or pandas."""
        rows = []
        for q in self.quotes:
            s = self.speakers[q.speaker] if q.speaker is not None else None
            rows.append({"url": self.url, "published": self.published.date, "speaker": s.name if s else None,
                         "role": s.role if s else None, "kind": q.kind, "text": q.text})
        return rows


@dataclass
class Result:
    """One item of parse_many(..., errors="return"): exactly one of article and error is set.

    Attributes:
        input: the item as parse_many took it (a path, the bytes, or the (name, bytes) pair).
        article: its Article, or None when it failed.
        error: why it failed (a berita.Error; a berita.ReadError for a file that could not be
            read), or None.
    """
    input: object
    article: Optional[Article]
    error: Optional[Error]

    @property
    def ok(self) -> bool:
        """True when the item was parsed."""
        return self.error is None


@dataclass
class WarcRecord:
    """A record of a WARC archive, as read_warc yields it; parse_many takes one as an item.

    Attributes:
        name: "ARCHIVE#N", N the record's number in the archive from 1: its article's source.path.
        kind: "page" (a 2xx HTML response: body holds the page, de-chunked and decoded),
            "not_html", "not_ok" (an HTTP status other than 2xx), "revisit", "other" (a request,
            metadata, warcinfo), "too_large" (over the limit: read past, not kept) or "malformed".
        type: WARC-Type ("response"), or None.
        url: WARC-Target-URI, or None.
        record_id: WARC-Record-ID, or None.
        date: WARC-Date ("2025-07-25T03:04:05Z"), or None.
        offset: where the record starts: its gzip member's byte offset in a .warc.gz.
        http_status: the HTTP status, 0 when the record holds no HTTP response.
        body: the page's bytes for a "page", else None.
    """
    name: str
    kind: str
    type: Optional[str]
    url: Optional[str]
    record_id: Optional[str]
    date: Optional[str]
    offset: int
    http_status: int
    body: Optional[bytes]


def _warc_functions() -> None:
    if not hasattr(_lib, "berita_warc_open"):
        raise NotImplementedError(f"the loaded libberita ({_cdll._name}) is a build without the WARC reader "
                                  "(berita_warc_open)")


def is_warc(data: bytes) -> bool:
    """Whether the bytes start a WARC archive, plain or gzip (by content: a few hundred bytes are
    enough). NotImplementedError from a library that reads no WARC archives."""
    _warc_functions()
    data = _data_bytes(data)
    return bool(_lib.berita_is_warc(data, len(data)))


def read_warc(source: Union[str, os.PathLike, BinaryIO], *, name: Optional[str] = None,
              max_record: int = _INPUT_LIMIT) -> Iterator[WarcRecord]:
    """The records of a WARC archive (.warc, or .warc.gz with a gzip member a record), streamed
    through libberita's reader from a path or a binary file: only the current record is held, and a
    record over max_record bytes (stored or decoded) comes as kind "too_large", unread. `name`
    (default: the path, or the file's name) names the records "NAME#N". A broken archive (a
    truncated gzip member, a malformed header) ends the iteration with berita.Error (code None), a
    file that cannot be read with berita.ReadError; NotImplementedError from a build of the library
    without the WARC reader. Give parse_many the records (or those of kind "page") to parse
    them: each page's article gets its target URI as url, its date as reference date and its
    record as source.warc."""
    _warc_functions()
    opened = isinstance(source, (str, os.PathLike))
    try:
        f = open(source, "rb") if opened else source
    except OSError as e:
        raise ReadError(e.errno, e.strerror or str(e), source) from None
    if name is None:
        name = os.fspath(source) if opened else str(getattr(source, "name", "-"))
    failures: List[BaseException] = []

    def read(_ctx, buf, n):
        try:
            data = f.read(n)
            if not isinstance(data, (bytes, bytearray)):  # memmove would copy a str's code units
                raise TypeError(f"{name}: the archive must be opened in binary mode")
            if len(data) > n:
                raise ValueError(f"{name}: read({n}) gave {len(data)} bytes")
            ctypes.memmove(buf, data, len(data))
            return len(data)
        except Exception as e:  # noqa: BLE001 (the C reader sees -1; the error is raised below)
            failures.append(e)
            return -1

    callback = _READ_FN(read)  # kept alive as long as the reader
    reader = _lib.berita_warc_open(callback, None, max_record)
    try:
        if not reader:
            raise MemoryError("berita_warc_open")
        rec, number = _WarcStruct(), 0
        while True:
            status = _lib.berita_warc_next(reader, ctypes.byref(rec))
            if status == 0:
                return
            if status < 0:
                if failures and isinstance(failures[0], OSError):
                    raise ReadError(failures[0].errno, failures[0].strerror or str(failures[0]), name)
                if failures:
                    raise failures[0]
                raise Error(None, f"{name}: {_lib.berita_warc_error(reader).decode('utf-8', 'replace')}",
                            input=name)
            number += 1
            kind = _WARC_KINDS[rec.kind] if 0 <= rec.kind < len(_WARC_KINDS) else "malformed"
            text = [None if v is None else v.decode("utf-8", "replace")
                    for v in (rec.type, rec.target_uri, rec.record_id, rec.date)]
            body = ctypes.string_at(rec.body, rec.body_len) if kind == "page" and rec.body else None
            yield WarcRecord(f"{name}#{number}", kind, *text, rec.offset, rec.http_status, body)
    finally:
        if reader:
            _lib.berita_warc_free(reader)
        if opened:
            f.close()


def fingerprint_distance(a: str, b: str) -> int:
    """The number of bits two fingerprints (Article.fingerprint) differ in, 0 to 64: 3 or fewer are
    near-exact duplicates (one release posted by several sites). ValueError for a value that is no
    fingerprint (16 hex digits)."""
    if not hasattr(_lib, "berita_fingerprint_distance"):
        raise NotImplementedError(f"the loaded libberita ({_cdll._name}) is a build without fingerprints")
    bits = _lib.berita_fingerprint_distance(_option_bytes(a, "fingerprint"), _option_bytes(b, "fingerprint"))
    if bits < 0:
        raise ValueError(f"not two fingerprints: {a!r}, {b!r}")
    return bits


def library_version() -> str:
    """The version of the loaded libberita."""
    return _lib.berita_version().decode()


def _record_json(doc, pretty: bool = False) -> str:
    out, n = ctypes.POINTER(ctypes.c_char)(), ctypes.c_size_t()
    _check(_lib.berita_doc_to_json(doc, 1 if pretty else 0, ctypes.byref(out), ctypes.byref(n)), "to_json")
    try:
        return ctypes.string_at(out, n.value).decode("utf-8")
    finally:
        _lib.berita_free(out)


def _values(*names):
    """The record's values for names, in their order, as one C call (a record may hold more)."""
    return operator.itemgetter(*names)


_PUBLISHED = _values("text", "date", "time", "utc_offset")
_CREDIT = _values("role", "name")
_PARAGRAPH = _values("kind", "text")
_SPEAKER = _values(*(f.name for f in fields(Speaker)))
_QUOTE = _values("kind", "text", "speaker", "cue", "paragraph", "start", "end", "end_paragraph")
_DATE = _values("text", "start", "end", "kind", "paragraph", "offset", "length", "weekday_mismatch")
_WARC = _values("record_id", "date", "offset")
# The record's top-level keys that Article's attributes hold; any other goes to Article.extra.
_MODELLED = frozenset(("schema", "source", "title", "published", "dateline", "credits", "labels", "paragraphs",
                       "speakers", "quotes", "dates", "page_type", "fingerprint"))
_MODELLED_IN = {"source": frozenset(("path", "url", "format", "warc")),
                "published": frozenset(("text", "date", "time", "utc_offset", "source"))}


def _char_offsets(text: str, byte_offsets: Iterable[int]) -> Dict[int, int]:
    """UTF-8 byte offsets into text -> character offsets, in one walk over the text, whatever the
    number of offsets (the library's offsets fall between characters)."""
    data = text.encode("utf-8")
    chars, previous, out = 0, 0, {}
    for offset in sorted(set(byte_offsets)):
        chars += len(data[previous:offset].decode("utf-8", "ignore"))
        out[offset] = chars
        previous = offset
    return out


def _positions(title: Optional[str], paragraphs: List[Paragraph], quotes: list,
               dates: list) -> Dict[int, Dict[int, int]]:
    """For each text the quotes and dates point into (paragraph index, -1 the title) that is not
    ASCII, its byte -> character offsets; an ASCII text needs none (bytes are characters). quotes
    and dates are the record's values in _QUOTE's and _DATE's order."""
    wanted: Dict[int, List[int]] = {}
    for _kind, _text, _speaker, _cue, paragraph, start, end, end_paragraph in quotes:
        wanted.setdefault(paragraph, []).append(start)
        wanted.setdefault(end_paragraph, []).append(end)
    for _text, _start, _end, _kind, paragraph, offset, length, _mismatch in dates:
        if paragraph >= -1:
            wanted.setdefault(paragraph, []).extend((offset, offset + length))
    out = {}
    for where, offsets in wanted.items():
        text = title if where == -1 else paragraphs[where].text if 0 <= where < len(paragraphs) else None
        if text is not None and not text.isascii():
            out[where] = _char_offsets(text, offsets)
    return out


def _unmodelled(r: dict) -> dict:
    """The record's fields Article has no attribute for (Article.extra)."""
    extra = {k: v for k, v in r.items() if k not in _MODELLED}
    for key, known in _MODELLED_IN.items():
        more = {k: v for k, v in r[key].items() if k not in known}
        if more:
            extra[key] = more
    return extra


def _article(doc) -> Article:
    """The document's record, read through its JSON: one call that releases the GIL and one json.loads,
    where an accessor call per field kept the GIL for most of the time a thread spent on an article
    (parse_many on two threads ran 1.1x to 1.5x one thread). The objects are made from positional
    values: keyword unpacking took twice as long."""
    r = json.loads(_record_json(doc))
    source = r["source"]
    paragraphs = [Paragraph(*_PARAGRAPH(p)) for p in r["paragraphs"]]
    quotes = [_QUOTE(q) for q in r["quotes"]]
    dates = [_DATE(d) for d in r["dates"]]
    chars = _positions(r["title"], paragraphs, quotes, dates)

    def char(where, offset):
        return chars[where][offset] if where in chars else offset

    pub = r["published"]
    article = Article(
        title=r["title"],
        published=Published(*_PUBLISHED(pub), pub.get("source")),
        dateline=r["dateline"],
        credits=[Credit(*_CREDIT(c)) for c in r["credits"]],
        labels=r["labels"],
        paragraphs=paragraphs,
        speakers=[Speaker(*_SPEAKER(s)) for s in r["speakers"]],
        quotes=[Quote(kind, text, speaker, cue, p, char(p, start), char(end_p, end), end_p, start, end)
                for kind, text, speaker, cue, p, start, end, end_p in quotes],
        dates=[DateMention(text, start, end, kind, p, char(p, offset) if p >= -1 else None,
                           char(p, offset + length) - char(p, offset) if p >= -1 else len(text), mismatch,
                           offset, length)
               for text, start, end, kind, p, offset, length, mismatch in dates],
        url=source["url"],
        source_path=source["path"],
        format=source["format"],
        page_type=r.get("page_type"),
        fingerprint=r.get("fingerprint"),
        warc=WarcSource(*_WARC(source["warc"])) if "warc" in source else None,
        extra=_unmodelled(r),
    )
    # The optional fields this library writes, null or not: to_dict() writes them as it does.
    article._written = tuple(k for k in ("page_type", "fingerprint") if k in r) + (
        ("published.source",) if "source" in pub else ())
    return article


def _check(status: int, what: str) -> None:
    if status != 0:
        raise Error(status, f"{what}: {_lib.berita_strerror(status).decode()}")


T = TypeVar("T")


def _data_bytes(data: object) -> bytes:
    """The article's bytes: str is encoded as UTF-8; anything but text or bytes is a TypeError (a list
    of ints is not taken for bytes, a dict not for an empty input)."""
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"data must be bytes or str, not {type(data).__name__}")


def _option_bytes(value: object, what: str) -> bytes:
    """An option as the C API takes it. str, bytes and path-like values are accepted (a str from
    os.fsdecode keeps its undecodable bytes, which the library turns into U+FFFD); a reference date may
    be a datetime.date. A NUL would cut the value short in C: ValueError."""
    if what == "reference_date" and isinstance(value, datetime.date):
        value = (value.date() if isinstance(value, datetime.datetime) else value).isoformat()
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogateescape")
    elif isinstance(value, (bytes, bytearray)):
        value = bytes(value)
    else:
        raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")
    if b"\0" in value:
        raise ValueError(f"{what} holds a NUL character")
    return value


def _options(kind: str = "auto", url: Optional[str] = None, reference_date: Optional[str] = None,
             charset: Optional[str] = None, source_path: Optional[str] = None,
             warc: Optional[WarcSource] = None) -> int:
    """The C options (the caller frees them), or the error an option is refused with."""
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {sorted(_KINDS)}, not {kind!r}")
    opts = _lib.berita_options_new()
    if not opts:
        raise MemoryError("berita_options_new")
    try:
        _check(_lib.berita_options_set_kind(opts, _KINDS[kind]), "kind")
        for setter, value, what in ((_lib.berita_options_set_url, url, "url"),
                                    (_lib.berita_options_set_reference_date, reference_date, "reference_date"),
                                    (_lib.berita_options_set_charset, charset, "charset"),
                                    (_lib.berita_options_set_source_name, source_path, "source_path")):
            if value is not None:
                _check(setter(opts, _option_bytes(value, what)), f"{what} {value!r}")
        if warc is not None:
            _check(_lib.berita_options_set_warc_record(
                opts, *(None if v is None else _option_bytes(v, "warc") for v in (warc.record_id, warc.date)),
                warc.offset), "warc")
    except BaseException:
        _lib.berita_options_free(opts)
        raise
    return opts


def _with_doc(data: Union[bytes, str], use: Callable[[ctypes.c_void_p], T], kind: str = "auto",
              url: Optional[str] = None, reference_date: Optional[str] = None, charset: Optional[str] = None,
              source_path: Optional[str] = None, warc: Optional[WarcSource] = None) -> T:
    """Parse `data` with the options and hand the document to `use`; the document never outlives it."""
    data = _data_bytes(data)
    opts = _options(kind, url, reference_date, charset, source_path, warc)
    try:
        doc, err = ctypes.c_void_p(), _ErrorStruct()
        status = _lib.berita_parse(data, len(data), opts, ctypes.byref(doc), ctypes.byref(err))
        if status != 0:
            raise Error(status, err.message.decode("utf-8", "replace"), err.position)
        try:
            return use(doc)
        finally:
            _lib.berita_doc_free(doc)
    finally:
        _lib.berita_options_free(opts)


def parse(data: Union[bytes, str], *, kind: str = "auto", url: Optional[str] = None,
          reference_date: Union[str, datetime.date, None] = None, charset: Optional[str] = None,
          source_path: Optional[str] = None) -> Article:
    """Parse one article (HTML or copied text) into an Article. Raises berita.Error when the input is
    empty, binary or holds no article, or an option is invalid; ValueError for an unknown kind or a
    NUL inside an option; TypeError for data that is neither bytes nor str, or an option of the wrong
    type. Options may be str or bytes; reference_date may also be a datetime.date."""
    return _with_doc(data, _article, kind, url, reference_date, charset, source_path)


def to_json(data: Union[bytes, str], *, pretty: bool = False, **options) -> str:
    """The record as the library serialises it: the same text berita-extract prints (byte offsets)."""
    return _with_doc(data, lambda doc: _record_json(doc, pretty), **options)


def _read(path: Union[str, os.PathLike]) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def parse_file(path: Union[str, os.PathLike], **options) -> Article:
    """Parse the article in a file; its path becomes source.path. A file that cannot be read raises
    the OSError open() gives (FileNotFoundError...)."""
    options.setdefault("source_path", os.fspath(path))
    return parse(_read(path), **options)


def _warc_options(record: WarcRecord, options: dict) -> dict:
    """The options a WARC page is parsed with, as berita-extract's: its target URI is the URL (over
    the url option), its WARC-Date the reference date (under the reference_date option), its name the
    source path and its record source.warc. A record that is no page is a berita.Error."""
    if record.kind != "page":
        raise Error(None, _WARC_NOT_A_PAGE.get(record.kind, record.kind))  # `input`, the record, names it
    day = record.date[:10] if record.date and len(record.date) >= 10 and record.date[4] == record.date[7] == "-" \
        else None
    return {**options, "source_path": record.name, "url": record.url or options.get("url"),
            "reference_date": options.get("reference_date") or day,
            "warc": WarcSource(record.record_id, record.date, record.offset)}


def _each(items: Iterable, use: Callable[[ctypes.c_void_p], T], workers: Optional[int],
          options: dict) -> Iterator[Result]:
    """A Result per item, in input order, `use` making each one's value from its document; parse_many
    and python3 -m berita share it. Items are paths (str or path-like), bytes, (name, bytes) pairs or
    WarcRecords."""
    def one(item):
        try:
            if isinstance(item, (bytes, bytearray, memoryview)):
                return Result(item, _with_doc(item, use, **options), None)
            if isinstance(item, tuple) and len(item) == 2:
                return Result(item, _with_doc(item[1], use, **{"source_path": item[0], **options}), None)
            if isinstance(item, WarcRecord):
                return Result(item, _with_doc(item.body, use, **_warc_options(item, options)), None)
            if not isinstance(item, (str, os.PathLike)):
                raise TypeError(f"an item must be a path, bytes, a (name, bytes) pair or a WarcRecord, not "
                                f"{type(item).__name__}")
            try:
                data = _read(item)
            except OSError as e:
                return Result(item, None, ReadError(e.errno, e.strerror or str(e), item))
            return Result(item, _with_doc(data, use, **{"source_path": os.fspath(item), **options}), None)
        except Error as e:
            e.input = item
            return Result(item, None, e)

    def batch(chunk):
        # A task per article spent a tenth of the time handing work between threads.
        return [one(item) for item in chunk]

    from concurrent.futures import ThreadPoolExecutor  # here: parse and parse_file never need it

    workers = workers or os.cpu_count() or 1
    source = iter(items)
    chunks = iter(lambda: list(itertools.islice(source, _BATCH)), [])
    with ThreadPoolExecutor(max_workers=workers) as pool:
        ahead: deque = deque()
        for chunk in chunks:
            ahead.append(pool.submit(batch, chunk))
            if len(ahead) >= 2 * workers:
                yield from ahead.popleft().result()
        while ahead:
            yield from ahead.popleft().result()


def parse_many(items: Iterable[Union[str, os.PathLike, bytes, Tuple[str, bytes], WarcRecord]], *,
               workers: Optional[int] = None, errors: str = "raise", **options) -> Iterator[Union[Article, Result]]:
    """Parse many articles on `workers` threads (default: the number of cores), in input order. An
    item is a path (its article's source.path), bytes, a (name, bytes) pair (the bytes of an article
    whose source.path is name), or a WarcRecord of read_warc (a record that is no page fails). What
    a failure does depends on `errors`:
      "raise"  (default) yields Articles; a failed item raises its berita.Error when its turn comes;
      "skip"   yields the Articles of the items that parsed, and drops the others;
      "return" yields a Result(input, article, error) for every item.
    Every failure is a berita.Error whose `input` is the item: a file that cannot be read is a
    berita.ReadError (also an OSError), never a bare FileNotFoundError. ValueError and TypeError for
    a bad option (and berita.Error for an invalid one) are raised at once, whatever `errors` says;
    an item that is neither a path nor bytes raises TypeError in its turn.
    ctypes releases the GIL during the C calls, so threads scale. Items are read from `items` only a
    few batches ahead of what has been yielded: an archive of millions of pages, or an endless
    generator, takes no more memory than a few dozen articles."""
    if errors not in _ERRORS:
        raise ValueError(f"errors must be one of {', '.join(map(repr, _ERRORS))}, not {errors!r}")
    _lib.berita_options_free(_options(**options))  # a bad option fails here, once, not in every item
    return _many(items, workers, errors, options)


def _many(items, workers, errors, options):
    for result in _each(items, _article, workers, options):
        if errors == "return":
            yield result
        elif result.error is None:
            yield result.article
        elif errors == "raise":
            raise result.error

