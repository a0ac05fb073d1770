"""``read_inputs``: every input (file, directory, glob, URL or stdin) to a stream of Articles and
per-document errors.

This is the one entry point the CLI and the pipeline use.  It never raises for a single bad
document: the error is yielded in the document's place and reading goes on, so a batch keeps the
documents around a bad one and the ledger can say exactly which one failed and why.

Every input goes through the same two steps: ``_open_layers`` peels off compression (gzip, zstd)
and settles the format (option, media type, extension, then content), and ``_read_stream`` hands
the stream to that format's reader.  Nothing is read whole except a single document (bounded by
``max_doc_bytes``) or a feed (bounded by a multiple of it).
"""

from __future__ import annotations

import dataclasses
import glob
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import DocumentError, Errors
from eventwire.ingest.compressed import compression_for_head, compression_for_name, decompress
from eventwire.ingest.detect import FEED_ROOTS, format_for_path, iter_directory, root_element, sniff_format
from eventwire.ingest.feeds import read_feed
from eventwire.ingest.html import html_article
from eventwire.ingest.options import ReadOptions
from eventwire.ingest.remote import MEDIA_COMPRESSIONS, MEDIA_FORMATS, Fetcher, is_url
from eventwire.ingest.streams import SNIFF_BYTES, peek_head
from eventwire.ingest.tabular import read_csv, read_jsonl
from eventwire.ingest.text import check_size, read_limited, text_article
from eventwire.ingest.warc import host_name, read_warc
from eventwire.model import Article

STDIN = "-"
STDIN_NAME = "<stdin>"
__all__ = ["SNIFF_BYTES", "STDIN", "STDIN_NAME", "read_inputs"]

Item = Article | DocumentError
_Whole = Callable[..., Article]
_WHOLE_READERS: dict[str, _Whole] = {"text": text_article, "html": html_article}
_RECORD_READERS = {"jsonl": read_jsonl, "csv": read_csv, "warc": read_warc, "feed": read_feed}
_GLOB_CHARS = re.compile(r"[*?[]")


@dataclasses.dataclass
class _Layers:
    fmt: str
    stream: BinaryIO
    compressed: bool


def _format_for_name(name: str, bare_is_text: bool) -> str | None:
    if not name:
        return None
    path = Path(name)
    if not path.suffix and not bare_is_text:
        return None
    return format_for_path(path)


def _open_layers(stream: BinaryIO, doc: str, opts: ReadOptions, *, name: str | None = None,
                 media_format: str | None = None, media_compression: str | None = None,
                 bare_is_text: bool = False) -> _Layers:
    """Undo compression and decide the format of one input stream.

    Compression: the name's extension, else the media type, else the magic bytes.  Format: the
    ``input_format`` option, else the media type, else the extension under any compression
    extension (``news.jsonl.gz`` → jsonl), else the first bytes of the (inflated) content.  A
    ``.warc.gz`` is inflated here too (gzip reads the per-record members of a standard one in
    sequence, and also takes a WARC gzipped whole, which warcio refuses).
    ``bare_is_text``: a name without extension means plain text (a local, uncompressed file
    such as ``README``); elsewhere (URL paths, ``news.gz``) it says nothing and content decides.
    """
    kind, inner = compression_for_name(name) if name else (None, "")
    head, stream = peek_head(stream)
    kind = kind or media_compression or compression_for_head(head)
    if opts.input_format != "auto":
        fmt: str | None = opts.input_format
    else:
        fmt = media_format or _format_for_name(inner, bare_is_text and kind is None)
    if kind is not None:
        stream = decompress(stream, kind, doc)
        if fmt in (None, "xml"):
            head, stream = peek_head(stream)
    if fmt is None:
        fmt = sniff_format(head)
    if fmt == "xml":
        root = root_element(head)
        if root not in FEED_ROOTS:
            raise DocumentError(Errors.E137, doc=doc, root=root or "none found")
        fmt = "feed"
    return _Layers(fmt, stream, kind is not None)


def _read_stream(stream: BinaryIO, fmt: str, doc: str, opts: ReadOptions,
                 url: str | None = None) -> Iterator[Item]:
    """Read one already-open stream in a known format."""
    limit = opts.max_doc_bytes
    if fmt in _RECORD_READERS:
        yield from _RECORD_READERS[fmt](stream, doc, limit, opts.default_date)
        return
    data = read_limited(stream, limit)
    over = len(data) > limit
    if fmt == "html":
        yield html_article(data, doc, limit, opts.default_date, at_least=over, url=url)
    else:
        yield _WHOLE_READERS[fmt](data, doc, limit, opts.default_date, at_least=over)


def _read_stdin(stream: BinaryIO, opts: ReadOptions) -> Iterator[Item]:
    layers = _open_layers(stream, STDIN_NAME, opts)
    yield from _read_stream(layers.stream, layers.fmt, STDIN_NAME, opts)


def _read_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """Read one file.  An uncompressed whole-document file is checked against the size limit
    by ``stat`` before its body is read, so a huge file is refused at once."""
    doc = str(path)
    try:
        with open(path, "rb") as raw:
            layers = _open_layers(raw, doc, opts, name=path.name, bare_is_text=True)
            if layers.fmt in _WHOLE_READERS and not layers.compressed:
                check_size(os.fstat(raw.fileno()).st_size, opts.max_doc_bytes, doc)
            yield from _read_stream(layers.stream, layers.fmt, doc, opts)
    except DocumentError as err:
        yield err
    except OSError as exc:
        yield DocumentError(Errors.E109, doc=doc, reason=exc.strerror or str(exc))


def _read_url(url: str, opts: ReadOptions, fetcher: Fetcher) -> Iterator[Item]:
    """Fetch and read one URL.  A single page keeps the address it was fetched from (after
    redirects) as its ``url`` and the site's name, else the host, as its ``source``."""
    try:
        with fetcher.fetch(url) as got:
            layers = _open_layers(
                got.stream, url, opts, name=Path(got.path).name or None,
                media_format=MEDIA_FORMATS.get(got.media_type or ""),
                media_compression=MEDIA_COMPRESSIONS.get(got.media_type or ""))
            items = _read_stream(layers.stream, layers.fmt, url, opts, url=got.url)
            if layers.fmt not in _WHOLE_READERS:
                yield from items
                return
            for item in items:
                if isinstance(item, Article):
                    item = dataclasses.replace(item, url=got.url,
                                               source=item.source or host_name(got.url))
                yield item
    except DocumentError as err:
        yield err


def _read_glob(pattern: str, opts: ReadOptions) -> Iterator[Item]:
    """Every path a glob matches, in sorted order (``**`` spans directories); no match is E136."""
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield DocumentError(Errors.E136, doc=pattern)
        return
    for match in matches:
        yield from _read_local(Path(match), opts)


def _read_local(path: Path, opts: ReadOptions) -> Iterator[Item]:
    if path.is_dir():
        for file in iter_directory(path):
            yield from _read_file(file, opts)
    else:
        yield from _read_file(path, opts)


def _read_path(name: str | Path, opts: ReadOptions, stdin: BinaryIO | None,
               fetcher: Fetcher) -> Iterator[Item]:
    text = str(name)
    if text == STDIN:
        try:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, opts)
        except DocumentError as err:
            yield err
        except OSError as exc:
            yield DocumentError(Errors.E109, doc=STDIN_NAME, reason=exc.strerror or str(exc))
        return
    if isinstance(name, str) and is_url(text):
        yield from _read_url(text, opts, fetcher)
        return
    path = Path(name)
    if path.exists():
        yield from _read_local(path, opts)
    elif isinstance(name, str) and _GLOB_CHARS.search(text):
        yield from _read_glob(text, opts)
    else:
        yield DocumentError(Errors.E109, doc=text, reason="no such file or directory")


def read_inputs(paths: Sequence[str | Path], opts: ReadOptions, *,
                stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield an Article or a DocumentError for every document in ``paths``, in input order.

    Each entry is ``"-"`` (standard input, or ``stdin`` when given, which tests use), an
    ``http(s)://`` URL, a file, a directory (walked recursively in sorted order, hidden files
    skipped) or a glob such as ``"data/*.jsonl.gz"`` (expanded in sorted order, for shells that
    pass it literally).  Files may be gzip or zstd compressed.  With ``input_format="auto"``
    the format comes from the media type (URLs), the extension, or else the content.
    """
    fetcher = Fetcher(opts.url_timeout)
    try:
        for name in paths:
            yield from _read_path(name, opts, stdin, fetcher)
    finally:
        fetcher.close()
