"""Which reader a path or stream needs, and which files a directory holds.

Format choice is by extension for files (cheap, predictable) and by the first meaningful byte
for stdin and for files whose extension says nothing, so a pipe of JSONL or a saved web page
works without a flag.
"""

from __future__ import annotations

import os
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
}

_BOM = b"\xef\xbb\xbf"
_SPACE = b" \t\r\n\f\v"


def format_for_path(path: Path) -> str | None:
    """The format named by a file's extension, or None when the extension is unknown
    (the caller then sniffs the content)."""
    return EXTENSIONS.get(path.suffix.lower())


def sniff_format(head: bytes) -> str:
    """Guess a format from the first bytes of a stream: '{' → jsonl, '<' → html, else text.

    A UTF-8 byte-order mark and leading whitespace are skipped first.
    """
    data = head[len(_BOM):] if head.startswith(_BOM) else head
    data = data.lstrip(_SPACE)
    if data.startswith(b"{"):
        return "jsonl"
    if data.startswith(b"<"):
        return "html"
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
