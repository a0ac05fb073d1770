"""JSONL and CSV: many records per file, each record one document with its own errors.

Both readers stream: JSONL line by line and CSV row by row, each line read with a bound of
``max_doc_bytes``, so a large file never sits in memory and one bad record costs only itself.
Records are named ``path#id`` when they carry an id and ``path:line N`` otherwise.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from eventwire.errors import DocumentError, Errors
from eventwire.ingest.options import parse_record_date
from eventwire.ingest.text import check_record_text, text_id
from eventwire.model import Article

#: The fields a record may carry; others are ignored.
FIELDS: tuple[str, ...] = ("id", "title", "text", "date", "url", "source")
_BOM = b"\xef\xbb\xbf"


def _optional_str(record: Mapping[str, object], name: str, doc: str) -> str | None:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise DocumentError(Errors.E120, doc=doc, field=name,
                            reason=f"expected a string, found {type(value).__name__}")
    return value


def _record_id(record: Mapping[str, object], doc: str) -> str | None:
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise DocumentError(Errors.E120, doc=doc, field="id",
                            reason=f"expected a string or number, found {type(value).__name__}")
    return str(value)


def record_article(record: Mapping[str, object], path: str, line: int,
                   default_date: dt.date | None) -> Article:
    """Turn one JSONL object or CSV row into an Article, or raise DocumentError.

    ``text`` is kept exactly as given (offsets point into it).  A ``date`` that is present but
    not a date is an error for the record (E108), not silently dropped: coding it with the wrong
    publication date would misplace every undated event in it.
    """
    origin = f"{path}:line {line}"
    rid = _record_id(record, origin)
    doc = f"{path}#{rid}" if rid is not None else origin
    text = record.get("text")
    if text is None or text == "":
        raise DocumentError(Errors.E106, doc=doc)
    if not isinstance(text, str):
        raise DocumentError(Errors.E120, doc=doc, field="text",
                            reason=f"expected a string, found {type(text).__name__}")
    check_record_text(text, doc)
    raw_date = record.get("date")
    if raw_date is None or (isinstance(raw_date, str) and not raw_date.strip()):
        published = default_date
    else:
        published = parse_record_date(raw_date)
        if published is None:
            raise DocumentError(Errors.E108, doc=doc, value=raw_date)
    return Article(
        id=rid if rid is not None else text_id(text),
        text=text,
        title=_optional_str(record, "title", doc),
        published=published,
        url=_optional_str(record, "url", doc),
        source=_optional_str(record, "source", doc),
        origin=origin,
    )


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int, int]]:
    """Yield ``(line number, line bytes or None when too long, size, bytes consumed)`` per line.

    A line longer than ``limit`` bytes (newline excluded) is skipped in 1 MiB pieces and reported
    with its size, so memory stays bounded by the limit whatever the file holds.
    """
    number = 0
    while True:
        chunk = stream.readline(limit + 2)
        if not chunk:
            return
        number += 1
        consumed = len(chunk)
        if number == 1 and chunk.startswith(_BOM):
            chunk = chunk[len(_BOM):]
        size = len(chunk.rstrip(b"\r\n"))
        if size <= limit:
            yield number, chunk, size, consumed
            continue
        while not chunk.endswith(b"\n"):
            chunk = stream.readline(1 << 20)
            if not chunk:
                break
            consumed += len(chunk)
        yield number, None, consumed - (len(chunk) - len(chunk.rstrip(b"\r\n"))), consumed


def read_jsonl(stream: BinaryIO, path: str, limit: int,
               default_date: dt.date | None) -> Iterator[Article | DocumentError]:
    """One Article or DocumentError per non-blank line, in file order.  A file with no records
    at all yields E101.  E103 offsets count bytes from the start of the file."""
    seen = False
    offset = 0  # of the current line in the file, for E103
    for number, raw, size, consumed in _bounded_lines(stream, limit):
        doc = f"{path}:line {number}"
        line_start, offset = offset, offset + consumed
        if raw is None:
            seen = True
            yield DocumentError(Errors.E104, doc=doc, size=size, limit=limit)
            continue
        if not raw.strip():
            continue
        seen = True
        try:
            line = raw.decode("utf-8", "strict")
        except UnicodeDecodeError as exc:
            yield DocumentError(Errors.E103, doc=doc,
                                offset=line_start + consumed - len(raw) + exc.start)
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield DocumentError(Errors.E105, doc=doc, line=number, reason=str(exc))
            continue
        if not isinstance(record, dict):
            yield DocumentError(Errors.E105, doc=doc, line=number,
                                reason=f"expected a JSON object, found {type(record).__name__}")
            continue
        try:
            yield record_article(record, path, number, default_date)
        except DocumentError as err:
            yield err
    if not seen:
        yield DocumentError(Errors.E101, doc=path)


class _CsvFeed:
    """Decoded lines for ``csv.reader``, remembering problems the reader cannot see.

    The csv module needs text lines; decoding line by line (instead of wrapping the stream in a
    text decoder) lets a bad byte or an oversized line spoil only the record it falls in.
    """

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._lines = _bounded_lines(stream, limit)
        self.line = 0
        self.oversize: int | None = None
        self.bad_offset: int | None = None
        self._offset = 0

    def reset(self) -> None:
        self.oversize = None
        self.bad_offset = None

    def __iter__(self) -> "_CsvFeed":
        return self

    def __next__(self) -> str:
        number, raw, size, consumed = next(self._lines)
        self.line = number
        start, self._offset = self._offset, self._offset + consumed
        if raw is not None:
            start += consumed - len(raw)  # a byte-order mark before the first line
        if raw is None:
            self.oversize = size
            return "\n"
        try:
            return raw.decode("utf-8", "strict")
        except UnicodeDecodeError as exc:
            if self.bad_offset is None:
                self.bad_offset = start + exc.start
            return raw.decode("utf-8", "replace")


def read_csv(stream: BinaryIO, path: str, limit: int,
             default_date: dt.date | None) -> Iterator[Article | DocumentError]:
    """One Article or DocumentError per data row, in file order.

    The header row is required and must have a ``text`` column (E110, nothing else read).  Header
    names are matched without case or surrounding spaces.  ``csv.field_size_limit`` is raised to
    the document limit (it is process-wide; raising it never breaks another reader).
    """
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    feed = _CsvFeed(stream, limit)
    reader = csv.reader(feed)
    header: list[str] | None = None
    while True:
        start = feed.line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield DocumentError(Errors.E121, doc=f"{path}:line {start}", line=start, reason=str(exc))
            feed.reset()
            continue
        doc = f"{path}:line {start}"
        if feed.oversize is not None:
            yield DocumentError(Errors.E104, doc=doc, size=feed.oversize, limit=limit)
            feed.reset()
            continue
        if feed.bad_offset is not None:
            yield DocumentError(Errors.E103, doc=doc, offset=feed.bad_offset)
            feed.reset()
            if header is None:
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [name.strip().lower() for name in row]
            if "text" not in header:
                yield DocumentError(Errors.E110, doc=path, columns=", ".join(row))
                return
            continue
        size = sum(len(cell.encode("utf-8", "surrogatepass")) for cell in row)
        if size > limit:
            yield DocumentError(Errors.E104, doc=doc, size=size, limit=limit)
            continue
        record = {name: row[i] for i, name in enumerate(header)
                  if name in FIELDS and i < len(row)}
        try:
            yield record_article(record, path, start, default_date)
        except DocumentError as err:
            yield err
    if header is None:
        yield DocumentError(Errors.E101, doc=path)
