"""Python binding for libberita: Indonesian government news articles into records.

    import berita
    article = berita.parse(open("page.html", "rb").read())
    for q in article.quotes:
        print(article.speakers[q.speaker].name if q.speaker is not None else "?", q.text)

The shared library is found through the BERITA_LIBRARY environment variable,
then next to this package, then the system's library path.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import json
import operator
import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, fields
from typing import Callable, Iterable, Iterator, List, Optional, TypeVar, Union

__all__ = ["Article", "Credit", "DateMention", "Error", "Paragraph", "Published", "Quote", "Speaker",
           "parse", "parse_file", "parse_many", "to_json", "library_version"]


class Error(Exception):
    """A failed parse: `code` is the berita_status value, `name` its C name."""

    def __init__(self, code: int, message: str, position: int = 0):
        super().__init__(message)
        self.code = code
        self.position = position


class _ErrorStruct(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("position", ctypes.c_size_t), ("message", ctypes.c_char * 256)]


def _load() -> ctypes.CDLL:
    candidates = []
    if os.environ.get("BERITA_LIBRARY"):
        candidates.append(os.environ["BERITA_LIBRARY"])
    here = os.path.dirname(os.path.abspath(__file__))
    candidates += [os.path.join(here, name) for name in ("libberita.so", "libberita.so.0", "libberita.dylib")]
    found = ctypes.util.find_library("berita")
    if found:
        candidates.append(found)
    candidates.append("libberita.so.0")
    errors = []
    for path in candidates:
        if os.sep in path and not os.path.exists(path):
            continue
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            errors.append(f"{path}: {e}")
    raise ImportError("libberita not found; set BERITA_LIBRARY to the path of libberita.so ("
                      + "; ".join(errors) + ")")


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
# The two calls that do real work release the GIL (CDLL), so threads parse in
# parallel; the small ones keep it (PyDLL): handing the GIL back and forth
# costs more than they do.
_RELEASE_GIL = {"berita_parse", "berita_doc_to_json"}
_pydll = ctypes.PyDLL(_cdll._name)


class _Library:
    """The functions of libberita the package calls, declared once from _SIGNATURES."""


_lib = _Library()
for _name, (_res, _args) in _SIGNATURES.items():
    _fn = getattr(_cdll if _name in _RELEASE_GIL else _pydll, _name)
    _fn.restype, _fn.argtypes = _res, _args
    setattr(_lib, _name, _fn)

_KINDS = {"auto": 0, "html": 1, "text": 2}
_BATCH = 8  # articles a parse_many task takes at once


@dataclass
class Published:
    text: Optional[str]
    date: Optional[str]
    time: Optional[str]
    utc_offset: Optional[str]


@dataclass
class Credit:
    role: str
    name: str


@dataclass
class Paragraph:
    kind: str
    text: str


@dataclass
class Speaker:
    name: Optional[str]
    honorific: Optional[str]
    titles: Optional[str]
    degrees: Optional[str]
    role: Optional[str]
    organization: Optional[str]
    mentions: int


@dataclass
class Quote:
    kind: str
    text: str
    speaker: Optional[int]
    cue: Optional[str]
    paragraph: int
    start: int
    end: int
    end_paragraph: int


@dataclass
class DateMention:
    text: str
    start: str
    end: str
    kind: str
    paragraph: int
    offset: int
    length: int
    weekday_mismatch: bool


@dataclass
class Article:
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
    page_type: str = "article"  # "listing" for an index page of teasers

    def to_dict(self) -> dict:
        """The "berita/1" record, as berita-extract prints it."""
        d = asdict(self)
        source = {"path": d.pop("source_path"), "url": d.pop("url"), "format": d.pop("format")}
        return {"schema": "berita/1", "source": source, **d}

    def quotes_table(self) -> List[dict]:
        """One row per quote: speaker name, role, kind and text, ready for csv or pandas."""
        rows = []
        for q in self.quotes:
            s = self.speakers[q.speaker] if q.speaker is not None else None
            rows.append({"url": self.url, "published": self.published.date, "speaker": s.name if s else None,
                         "role": s.role if s else None, "kind": q.kind, "text": q.text})
        return rows


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


def _fields_of(cls):
    """The record's values for cls's fields, in their order, as one C call (a record may hold more)."""
    return operator.itemgetter(*(f.name for f in fields(cls)))


_PUBLISHED, _CREDIT, _PARAGRAPH, _SPEAKER, _QUOTE, _DATE = map(
    _fields_of, (Published, Credit, Paragraph, Speaker, Quote, DateMention))


def _article(doc) -> Article:
    """The document's record, read through its JSON: one call that releases the GIL and one json.loads,
    where an accessor call per field kept the GIL for most of the time a thread spent on an article
    (parse_many on two threads ran 1.1x to 1.5x one thread). The objects are made from positional
    values: keyword unpacking took twice as long."""
    r = json.loads(_record_json(doc))
    source = r["source"]
    return Article(
        title=r["title"],
        published=Published(*_PUBLISHED(r["published"])),
        dateline=r["dateline"],
        credits=[Credit(*_CREDIT(c)) for c in r["credits"]],
        labels=r["labels"],
        paragraphs=[Paragraph(*_PARAGRAPH(p)) for p in r["paragraphs"]],
        speakers=[Speaker(*_SPEAKER(s)) for s in r["speakers"]],
        quotes=[Quote(*_QUOTE(q)) for q in r["quotes"]],
        dates=[DateMention(*_DATE(d)) for d in r["dates"]],
        url=source["url"],
        source_path=source["path"],
        format=source["format"],
        page_type=r.get("page_type", "article"),
    )


def _check(status: int, what: str) -> None:
    if status != 0:
        raise Error(status, f"{what}: {_lib.berita_strerror(status).decode()}")


T = TypeVar("T")


def _with_doc(data: Union[bytes, str], use: Callable[[ctypes.c_void_p], T], kind: str = "auto",
              url: Optional[str] = None, reference_date: Optional[str] = None, charset: Optional[str] = None,
              source_path: Optional[str] = None) -> T:
    """Parse `data` with the options and hand the document to `use`; the document never outlives it."""
    if isinstance(data, str):
        data = data.encode("utf-8")
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
                _check(setter(opts, value.encode("utf-8")), f"{what} {value!r}")
        doc, err = ctypes.c_void_p(), _ErrorStruct()
        status = _lib.berita_parse(bytes(data), len(data), opts, ctypes.byref(doc), ctypes.byref(err))
        if status != 0:
            raise Error(status, err.message.decode("utf-8", "replace"), err.position)
        try:
            return use(doc)
        finally:
            _lib.berita_doc_free(doc)
    finally:
        _lib.berita_options_free(opts)


def parse(data: Union[bytes, str], *, kind: str = "auto", url: Optional[str] = None,
          reference_date: Optional[str] = None, charset: Optional[str] = None,
          source_path: Optional[str] = None) -> Article:
    """Parse one article (HTML or copied text) into an Article. Raises berita.Error when the input is
    empty, binary or holds no article, or an option is invalid; ValueError for an unknown kind."""
    return _with_doc(data, _article, kind, url, reference_date, charset, source_path)


def to_json(data: Union[bytes, str], *, pretty: bool = False, **options) -> str:
    """The record as the library serialises it: the same text berita-extract prints."""
    return _with_doc(data, lambda doc: _record_json(doc, pretty), **options)


def parse_file(path: Union[str, os.PathLike], **options) -> Article:
    """Parse the article in a file; its path becomes source.path."""
    with open(path, "rb") as f:
        data = f.read()
    options.setdefault("source_path", os.fspath(path))
    return parse(data, **options)


def parse_many(items: Iterable[Union[str, os.PathLike, bytes]], *, workers: Optional[int] = None,
               **options) -> Iterator[Article]:
    """Parse many articles (paths or bytes) on `workers` threads (default: the number of cores),
    yielding Articles in input order; an article that fails raises its berita.Error when its turn
    comes. ctypes releases the GIL during the C calls, so threads scale. Items are read from `items`
    only a few batches ahead of what has been yielded: an archive of millions of pages, or an endless
    generator, takes no more memory than a few dozen articles."""
    def one(item):
        return parse(item, **options) if isinstance(item, (bytes, bytearray)) else parse_file(item, **options)

    def batch(chunk):
        # A task per article spent a tenth of the time handing work between threads.
        out = []
        for item in chunk:
            try:
                out.append((one(item), None))
            except Exception as e:  # raised in order, when the consumer reaches it
                out.append((None, e))
        return out

    def results(done):
        for article, error in done.result():
            if error is not None:
                raise error
            yield article

    workers = workers or os.cpu_count() or 1
    source = iter(items)
    chunks = iter(lambda: list(itertools.islice(source, _BATCH)), [])
    with ThreadPoolExecutor(max_workers=workers) as pool:
        ahead: deque = deque()
        for chunk in chunks:
            ahead.append(pool.submit(batch, chunk))
            if len(ahead) >= 2 * workers:
                yield from results(ahead.popleft())
        while ahead:
            yield from results(ahead.popleft())
