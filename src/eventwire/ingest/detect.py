"""Which reader a path or stream needs, and which files a directory holds.

Format choice is by extension for files (cheap, predictable) and by the first meaningful bytes
for stdin and for files whose extension says nothing, so a pipe of JSONL, a saved web page, a
WARC file or a feed works without a flag.  ``.xml`` is the one ambiguous extension: it is read
as a feed only when its root element is one (``rss``, Atom ``feed``, RSS 1.0 ``rdf:RDF``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

#: Extensions (lower case) with a known format.  No extension means plain text.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json-lines": "jsonl",
    ".csv": "csv",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",  # not a format: a feed when its root element says so (see ``xml_format``)
}
#: Root elements (local names, lower case) of RSS 2.0/0.9x, Atom and RSS 1.0 documents.
FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.S)
_ELEMENT = re.compile(rb"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")

_BOM = b"\xef\xbb\xbf"
_SPACE = b" \t\r\n\f\v"


def format_for_path(path: Path) -> str | None:
    """The format named by a file's extension, or None when the extension is unknown
    (the caller then sniffs the content)."""
    return EXTENSIONS.get(path.suffix.lower())


def root_element(head: bytes) -> str | None:
    """The local name (lower case) of the first element in a markup prefix, skipping the XML
    declaration, processing instructions, comments and the doctype; None when none is seen."""
    match = _ELEMENT.search(_COMMENT.sub(b"", head))
    return match.group(2).decode("ascii").lower() if match else None


def sniff_format(head: bytes) -> str:
    """Guess a format from the first bytes of a stream: 'WARC/' → warc, '{' → jsonl, markup
    whose root is rss/feed/rdf:RDF → feed, other markup → html, else text.

    A UTF-8 byte-order mark and leading whitespace are skipped first.  Compressed streams are
    recognised before this (``compressed.compression_for_head``) and sniffed once inflated.
    """
    data = head[len(_BOM):] if head.startswith(_BOM) else head
    data = data.lstrip(_SPACE)
    if data.startswith(b"WARC/"):
        return "warc"
    if data.startswith(b"{"):
        return "jsonl"
    if data.startswith(b"<"):
        return "feed" if root_element(data) in FEED_ROOTS else "html"
    return "text"


def _hidden(name: str) -> bool:
    return name.startswith(".")


def iter_directory(root: Path) -> Iterator[Path]:
    """Every non-hidden file under ``root``, recursively, in sorted path order.

    Hidden files and hidden directories (``.git``, ``.DS_Store``) are skipped.  Sorting by path
    components makes the order independent of the file system, so runs are reproducible.
    """
    found: list[tuple[str, ...]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not _hidden(d)]
        rel = Path(dirpath).relative_to(root).parts
        found.extend(rel + (f,) for f in filenames if not _hidden(f))
    for parts in sorted(found):
        yield root.joinpath(*parts)
