"""``read_inputs``: every input path (or stdin) to a stream of Articles and per-document errors.

This is the one entry point the CLI and the pipeline use.  It never raises for a single bad
document: the error is yielded in the document's place and reading goes on, so a batch keeps the
documents around a bad one and the ledger can say exactly which one failed and why.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import DocumentError, Errors
from eventwire.ingest.detect import format_for_path, iter_directory, sniff_format
from eventwire.ingest.html import html_article
from eventwire.ingest.options import ReadOptions
from eventwire.ingest.tabular import read_csv, read_jsonl
from eventwire.ingest.text import check_size, read_limited, text_article
from eventwire.model import Article

STDIN = "-"
STDIN_NAME = "<stdin>"
#: How many bytes of an unknown stream are looked at to guess its format.
SNIFF_BYTES = 4096

Item = Article | DocumentError
_Whole = Callable[..., Article]
_WHOLE_READERS: dict[str, _Whole] = {"text": text_article, "html": html_article}
_RECORD_READERS = {"jsonl": read_jsonl, "csv": read_csv}


class _Prefixed(io.RawIOBase):
    """A stream that replays bytes already read (to sniff the format) before the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def _sniff_stream(stream: BinaryIO) -> tuple[str, BinaryIO]:
    """Guess the format of a stream that cannot seek, and return a stream that still starts at
    its first byte."""
    head = stream.read(SNIFF_BYTES) or b""
    return sniff_format(head), io.BufferedReader(_Prefixed(head, stream))


def _read_stream(stream: BinaryIO, fmt: str, doc: str, opts: ReadOptions) -> Iterator[Item]:
    """Read one already-open stream in a known format."""
    limit = opts.max_doc_bytes
    if fmt in _RECORD_READERS:
        yield from _RECORD_READERS[fmt](stream, doc, limit, opts.default_date)
        return
    data = read_limited(stream, limit)
    yield _WHOLE_READERS[fmt](data, doc, limit, opts.default_date, at_least=len(data) > limit)


def _read_stdin(stream: BinaryIO, opts: ReadOptions) -> Iterator[Item]:
    fmt = opts.input_format
    if fmt == "auto":
        fmt, stream = _sniff_stream(stream)
    yield from _read_stream(stream, fmt, STDIN_NAME, opts)


def _read_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """Read one file.  Whole-document formats are checked against the size limit by ``stat``
    before a byte is read, so a huge file is refused at once."""
    doc = str(path)
    try:
        with open(path, "rb") as stream:
            fmt = opts.input_format
            if fmt == "auto":
                fmt = format_for_path(path) or sniff_format(stream.read(SNIFF_BYTES))
                stream.seek(0)
            if fmt in _WHOLE_READERS:
                check_size(os.fstat(stream.fileno()).st_size, opts.max_doc_bytes, doc)
            yield from _read_stream(stream, fmt, doc, opts)
    except DocumentError as err:
        yield err
    except OSError as exc:
        yield DocumentError(Errors.E109, doc=doc, reason=exc.strerror or str(exc))


def _read_path(name: str | Path, opts: ReadOptions, stdin: BinaryIO | None) -> Iterator[Item]:
    if str(name) == STDIN:
        try:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, opts)
        except DocumentError as err:
            yield err
        except OSError as exc:
            yield DocumentError(Errors.E109, doc=STDIN_NAME, reason=exc.strerror or str(exc))
        return
    path = Path(name)
    if path.is_dir():
        for file in iter_directory(path):
            yield from _read_file(file, opts)
    elif path.exists():
        yield from _read_file(path, opts)
    else:
        yield DocumentError(Errors.E109, doc=str(path), reason="no such file or directory")


def read_inputs(paths: Sequence[str | Path], opts: ReadOptions, *,
                stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield an Article or a DocumentError for every document in ``paths``, in input order.

    ``"-"`` reads standard input (or ``stdin`` when given, which tests use); directories are
    walked recursively in sorted order, hidden files skipped.  With ``input_format="auto"`` files
    are read by extension (unknown extensions are sniffed by content) and stdin by content.
    """
    for name in paths:
        yield from _read_path(name, opts, stdin)
