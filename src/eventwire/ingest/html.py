"""HTML pages: main text extracted with trafilatura, title and publication date from the page.

The page's own publication date wins over ``--date``: the option is a fallback for documents that
carry none, and a saved page knows its date better than a batch-wide flag.  When the extracted
text starts with the headline that is also the title, that line is dropped from the text so the
headline is parsed (and coded) once, from the title.
"""

from __future__ import annotations

import datetime as dt
import re

import trafilatura

from eventwire.errors import DocumentError, Errors
from eventwire.ingest.text import check_size, is_blank, looks_binary, text_id
from eventwire.model import Article

#: A page has an article body when some line has at least this many words; shorter leftovers are
#: navigation ("Home", "Menu Login") that trafilatura keeps when it finds nothing better.
MIN_BODY_WORDS = 5
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _has_body(text: str) -> bool:
    return any(len(_WORD.findall(line)) >= MIN_BODY_WORDS for line in text.splitlines())


def _page_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def html_article(data: bytes, doc: str, limit: int, default_date: dt.date | None,
                 *, at_least: bool = False, url: str | None = None) -> Article:
    """Build the Article for one HTML page, or raise DocumentError (E104, E101, E102, E107).

    The raw bytes go to trafilatura, which honours the page's declared encoding; nothing is
    fetched over the network.  ``url`` is where the page came from (a WARC record, a fetched
    URL): it helps find the publication date (many sites put it in the path) and is kept when
    the page names no canonical address of its own.
    """
    check_size(len(data), limit, doc, at_least=at_least)
    if not data.strip():
        raise DocumentError(Errors.E101, doc=doc)
    if looks_binary(data):
        raise DocumentError(Errors.E102, doc=doc)
    try:
        page = trafilatura.bare_extraction(
            data, url=url, include_comments=False, include_tables=False, with_metadata=True)
    except Exception:  # trafilatura/lxml raise many types on broken markup: treat as no body
        page = None
    text = (getattr(page, "text", None) or "").strip()
    title = (getattr(page, "title", None) or "").strip() or None
    if title and text:
        first, _, rest = text.partition("\n")
        if _norm(first) == _norm(title):
            text = rest.strip()
    if is_blank(text) or not _has_body(text):
        raise DocumentError(Errors.E107, doc=doc)
    published = _page_date(getattr(page, "date", None)) or default_date
    return Article(id=text_id(text), text=text, title=title, published=published,
                   url=getattr(page, "url", None) or url,
                   source=getattr(page, "sitename", None) or None, origin=doc)
