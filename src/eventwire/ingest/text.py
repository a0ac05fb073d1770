"""Plain-text documents: size limit, binary detection, strict UTF-8, and the Article.

The checks run in the order that gives the most useful message: a PNG is reported as binary
(E102) rather than as bad UTF-8 (E103), and an all-blank file as empty (E101).  The text is kept
exactly as decoded (a byte-order mark included) because evidence offsets point into it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import BinaryIO

from eventwire.errors import DocumentError, Errors
from eventwire.model import Article

#: Control bytes that ordinary text contains: tab, newline, vertical tab, form feed, carriage
#: return, escape (ANSI colour codes in logs).
_TEXT_CONTROLS = b"\t\n\x0b\x0c\r\x1b"
_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"
#: Above this share of control bytes a file is binary even without a NUL byte.
MAX_CONTROL_SHARE = 0.1
#: Characters that do not make a document non-empty.
_BLANK = " \t\r\n\f\v\ufeff\u00a0\u200b"


def text_id(text: str) -> str:
    """The article id when the input gives none: SHA-256 (hex) of the UTF-8 text, so the same
    text read twice gets the same id and re-ingesting replaces rather than duplicates."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: any NUL byte, or mostly control bytes."""
    if b"\x00" in data:
        return True
    if not data:
        return False
    controls = len(data) - len(data.translate(None, _CONTROLS))
    return controls / len(data) > MAX_CONTROL_SHARE


def is_blank(text: str) -> bool:
    return not text.strip(_BLANK)


def read_limited(stream: BinaryIO, limit: int) -> bytes:
    """Read at most ``limit + 1`` bytes: enough to tell that a stream is over the limit without
    holding more than that in memory."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def check_size(size: int, limit: int, doc: str, *, at_least: bool = False) -> None:
    """Raise E104 when ``size`` bytes is over ``limit``.  ``at_least``: the true size is unknown
    (a stream stopped at limit + 1 bytes)."""
    if size > limit:
        shown = f"more than {limit}" if at_least else str(size)
        raise DocumentError(Errors.E104, doc=doc, size=shown, limit=limit)


def decode_text(data: bytes, doc: str) -> str:
    """Decode a whole document strictly as UTF-8, after refusing binary data.

    Raises DocumentError E102 (binary), E103 (bad UTF-8, with the byte offset) or E101 (empty).
    A UTF-8 byte-order mark is kept as U+FEFF so that offsets count every character of the file.
    """
    if looks_binary(data):
        raise DocumentError(Errors.E102, doc=doc)
    try:
        text = data.decode("utf-8", "strict")
    except UnicodeDecodeError as exc:
        raise DocumentError(Errors.E103, doc=doc, offset=exc.start) from None
    if is_blank(text):
        raise DocumentError(Errors.E101, doc=doc)
    return text


def check_record_text(text: str, doc: str) -> None:
    """The plain-text checks for a text that arrived already decoded (a JSONL/CSV field)."""
    if is_blank(text):
        raise DocumentError(Errors.E106, doc=doc)
    if "\x00" in text or looks_binary(text.encode("utf-8", "surrogatepass")):
        raise DocumentError(Errors.E102, doc=doc)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DocumentError(Errors.E120, doc=doc, field="text",
                            reason=f"lone surrogate at character {exc.start}") from None


def text_article(data: bytes, doc: str, limit: int, default_date: dt.date | None,
                 *, at_least: bool = False) -> Article:
    """Build the Article for one plain-text document (first line = headline)."""
    check_size(len(data), limit, doc, at_least=at_least)
    text = decode_text(data, doc)
    return Article(id=text_id(text), text=text, published=default_date, origin=doc,
                   headline_in_text=True)
