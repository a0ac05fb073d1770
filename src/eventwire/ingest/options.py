"""Reading options shared by every reader, and the ``--date`` parser.

Kept apart from the readers so that each format module can take the same frozen options object
without importing the dispatcher that imports it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventwire.errors import Errors, EventwireError

#: Input formats a user may name; "auto" picks one per path (extension) or per stream (content).
FORMATS: tuple[str, ...] = ("auto", "text", "html", "jsonl", "csv", "warc", "feed")

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs.

    ``default_date`` is the publication date for documents that carry none (``--date``); it never
    overrides a date the document itself gives.  ``max_doc_bytes`` bounds memory: a bigger document
    is refused (E104) without being read whole.  ``url_timeout`` (seconds) bounds each wait on
    the network when an input is an ``http(s)://`` URL: connecting, and each read of the body.
    """

    input_format: str = "auto"
    default_date: dt.date | None = None
    max_doc_bytes: int = 5_000_000
    url_timeout: float = 30.0

    def __post_init__(self) -> None:
        if self.input_format not in FORMATS:
            raise EventwireError(Errors.E004, value=self.input_format, choices=", ".join(FORMATS))
        if self.max_doc_bytes < 1:
            raise ValueError(f"max_doc_bytes must be positive, not {self.max_doc_bytes}")
        if not self.url_timeout > 0:
            raise ValueError(f"url_timeout must be positive, not {self.url_timeout}")


def parse_date_option(value: str) -> dt.date:
    """Parse the CLI's ``--date`` (strictly ``YYYY-MM-DD``: a publication date is a day, and
    accepting week dates or compact forms would hide typos)."""
    text = value.strip()
    if _ISO_DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise EventwireError(Errors.E002, value=value)


def parse_record_date(value: object) -> dt.date | None:
    """The publication date of a JSONL/CSV record, or None when the value is not a date.

    Accepts ``YYYY-MM-DD`` and a full ISO datetime (``2022-09-15T10:00:00Z``), whose calendar
    date is taken as written: the newsroom's local day is the one the article was published on,
    so no time-zone conversion is applied.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not _ISO_DAY.match(text):
        return None
    if len(text) == 10:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    if text[10] not in "Tt ":
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("z", "Z")).date()
    except ValueError:
        return None
