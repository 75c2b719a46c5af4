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
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
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

_P, _S, _I, _L, _Z, _CP = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_long, ctypes.c_size_t, ctypes.c_char_p
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
    "berita_doc_title": (_S, [_P]),
    "berita_doc_format": (_I, [_P]),
    "berita_doc_url": (_S, [_P]),
    "berita_doc_source_name": (_S, [_P]),
    "berita_doc_published_text": (_S, [_P]),
    "berita_doc_published_date": (_S, [_P]),
    "berita_doc_published_time": (_S, [_P]),
    "berita_doc_published_utc_offset": (_S, [_P]),
    "berita_doc_dateline": (_S, [_P]),
    "berita_doc_credit_count": (_Z, [_P]),
    "berita_doc_credit_role": (_I, [_P, _Z]),
    "berita_doc_credit_name": (_S, [_P, _Z]),
    "berita_doc_label_count": (_Z, [_P]),
    "berita_doc_label": (_S, [_P, _Z]),
    "berita_doc_paragraph_count": (_Z, [_P]),
    "berita_doc_paragraph_kind": (_I, [_P, _Z]),
    "berita_doc_paragraph_text": (_S, [_P, _Z]),
    "berita_doc_speaker_count": (_Z, [_P]),
    "berita_doc_speaker_name": (_S, [_P, _Z]),
    "berita_doc_speaker_honorific": (_S, [_P, _Z]),
    "berita_doc_speaker_titles": (_S, [_P, _Z]),
    "berita_doc_speaker_degrees": (_S, [_P, _Z]),
    "berita_doc_speaker_role": (_S, [_P, _Z]),
    "berita_doc_speaker_organization": (_S, [_P, _Z]),
    "berita_doc_speaker_mentions": (_Z, [_P, _Z]),
    "berita_doc_quote_count": (_Z, [_P]),
    "berita_doc_quote_kind": (_I, [_P, _Z]),
    "berita_doc_quote_text": (_S, [_P, _Z]),
    "berita_doc_quote_speaker": (_L, [_P, _Z]),
    "berita_doc_quote_cue": (_S, [_P, _Z]),
    "berita_doc_quote_paragraph": (_Z, [_P, _Z]),
    "berita_doc_quote_start": (_Z, [_P, _Z]),
    "berita_doc_quote_end": (_Z, [_P, _Z]),
    "berita_doc_quote_end_paragraph": (_Z, [_P, _Z]),
    "berita_doc_date_count": (_Z, [_P]),
    "berita_doc_date_text": (_S, [_P, _Z]),
    "berita_doc_date_start": (_S, [_P, _Z]),
    "berita_doc_date_end": (_S, [_P, _Z]),
    "berita_doc_date_kind": (_I, [_P, _Z]),
    "berita_doc_date_paragraph": (_L, [_P, _Z]),
    "berita_doc_date_offset": (_Z, [_P, _Z]),
    "berita_doc_date_length": (_Z, [_P, _Z]),
    "berita_doc_date_weekday_mismatch": (_I, [_P, _Z]),
    "berita_input_kind_name": (_S, [_I]),
    "berita_paragraph_kind_name": (_S, [_I]),
    "berita_credit_role_name": (_S, [_I]),
    "berita_quote_kind_name": (_S, [_I]),
    "berita_date_kind_name": (_S, [_I]),
}
# The two calls that do real work release the GIL (CDLL), so threads parse in
# parallel. The hundreds of accessor calls per article keep it (PyDLL): each
# takes well under a microsecond, and handing the GIL back and forth around
# every one of them made two threads slower than one.
_RELEASE_GIL = {"berita_parse", "berita_doc_to_json"}
_pydll = ctypes.PyDLL(_cdll._name)


class _Library:
    """Every function of libberita, declared once from _SIGNATURES."""


_lib = _Library()
for _name, (_res, _args) in _SIGNATURES.items():
    _fn = getattr(_cdll if _name in _RELEASE_GIL else _pydll, _name)
    _fn.restype, _fn.argtypes = _res, _args
    setattr(_lib, _name, _fn)

_KINDS = {"auto": 0, "html": 1, "text": 2}


def _names(fn) -> List[str]:
    """The record's spellings of an enum, asked of the library itself."""
    out, i = [], 0
    while (n := fn(i)) is not None:
        out.append(n.decode())
        i += 1
    return out


_PARAGRAPH_KINDS = _names(_lib.berita_paragraph_kind_name)
_CREDIT_ROLES = _names(_lib.berita_credit_role_name)
_QUOTE_KINDS = _names(_lib.berita_quote_kind_name)
_DATE_KINDS = _names(_lib.berita_date_kind_name)


def _str(b: Optional[bytes]) -> Optional[str]:
    return b.decode("utf-8") if b is not None else None


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


def _items(doc, count_fn, make):
    return [make(doc, i) for i in range(count_fn(doc))]


def _article(doc) -> Article:
    L = _lib
    return Article(
        title=_str(L.berita_doc_title(doc)),
        published=Published(_str(L.berita_doc_published_text(doc)), _str(L.berita_doc_published_date(doc)),
                            _str(L.berita_doc_published_time(doc)), _str(L.berita_doc_published_utc_offset(doc))),
        dateline=_str(L.berita_doc_dateline(doc)),
        credits=_items(doc, L.berita_doc_credit_count, lambda d, i: Credit(
            _CREDIT_ROLES[L.berita_doc_credit_role(d, i)], _str(L.berita_doc_credit_name(d, i)))),
        labels=_items(doc, L.berita_doc_label_count, lambda d, i: _str(L.berita_doc_label(d, i))),
        paragraphs=_items(doc, L.berita_doc_paragraph_count, lambda d, i: Paragraph(
            _PARAGRAPH_KINDS[L.berita_doc_paragraph_kind(d, i)], _str(L.berita_doc_paragraph_text(d, i)))),
        speakers=_items(doc, L.berita_doc_speaker_count, lambda d, i: Speaker(
            _str(L.berita_doc_speaker_name(d, i)), _str(L.berita_doc_speaker_honorific(d, i)),
            _str(L.berita_doc_speaker_titles(d, i)), _str(L.berita_doc_speaker_degrees(d, i)),
            _str(L.berita_doc_speaker_role(d, i)), _str(L.berita_doc_speaker_organization(d, i)),
            L.berita_doc_speaker_mentions(d, i))),
        quotes=_items(doc, L.berita_doc_quote_count, lambda d, i: Quote(
            _QUOTE_KINDS[L.berita_doc_quote_kind(d, i)], _str(L.berita_doc_quote_text(d, i)),
            None if L.berita_doc_quote_speaker(d, i) < 0 else L.berita_doc_quote_speaker(d, i),
            _str(L.berita_doc_quote_cue(d, i)), L.berita_doc_quote_paragraph(d, i),
            L.berita_doc_quote_start(d, i), L.berita_doc_quote_end(d, i), L.berita_doc_quote_end_paragraph(d, i))),
        dates=_items(doc, L.berita_doc_date_count, lambda d, i: DateMention(
            _str(L.berita_doc_date_text(d, i)), _str(L.berita_doc_date_start(d, i)),
            _str(L.berita_doc_date_end(d, i)), _DATE_KINDS[L.berita_doc_date_kind(d, i)],
            L.berita_doc_date_paragraph(d, i), L.berita_doc_date_offset(d, i), L.berita_doc_date_length(d, i),
            bool(L.berita_doc_date_weekday_mismatch(d, i)))),
        url=_str(L.berita_doc_url(doc)),
        source_path=_str(L.berita_doc_source_name(doc)),
        format=_str(L.berita_input_kind_name(L.berita_doc_format(doc))),
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
    def serialise(doc):
        out, n = ctypes.POINTER(ctypes.c_char)(), ctypes.c_size_t()
        _check(_lib.berita_doc_to_json(doc, 1 if pretty else 0, ctypes.byref(out), ctypes.byref(n)), "to_json")
        try:
            return ctypes.string_at(out, n.value).decode("utf-8")
        finally:
            _lib.berita_free(out)

    return _with_doc(data, serialise, **options)


def parse_file(path: Union[str, os.PathLike], **options) -> Article:
    """Parse the article in a file; its path becomes source.path."""
    with open(path, "rb") as f:
        data = f.read()
    options.setdefault("source_path", os.fspath(path))
    return parse(data, **options)


def parse_many(items: Iterable[Union[str, os.PathLike, bytes]], *, workers: Optional[int] = None,
               **options) -> Iterator[Article]:
    """Parse many articles (paths or bytes) on `workers` threads (default: the number of cores),
    yielding Articles in input order. ctypes releases the GIL during the C call, so threads scale."""
    def one(item):
        return parse(item, **options) if isinstance(item, (bytes, bytearray)) else parse_file(item, **options)

    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        yield from pool.map(one, items)


