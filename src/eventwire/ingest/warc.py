"""WARC archives (Common Crawl News and the like): each captured news page becomes an Article.

Which records count: ``response`` records with a 2xx HTTP status, and ``resource`` records,
whose payload is HTML (``text/html``, ``application/xhtml+xml``) or plain text.  Requests,
metadata, redirects, error pages, images and scripts are skipped without a word: a crawl is
mostly such records and reporting each would bury the real failures.

Choices, so that re-reading an archive gives the same articles:

- ``id`` is the record's ``WARC-Record-ID`` (``urn:uuid:…``).  It is stable for the archive,
  points back to the exact capture, and keeps two captures of one URL (an updated story) apart;
  deciding that two captures carry the same story is the duplicate detector's job, not the
  reader's.
- ``url`` is ``WARC-Target-URI``, ``source`` its host name (lower case, no ``www.``).
- ``published`` is the page's own date; else ``--date``; else the calendar date of
  ``WARC-Date``.  The WARC date is when the page was *crawled*, which is on or after publication,
  so it is only a last resort (news crawls fetch pages within hours, so it is rarely far off).
- Records are named ``file.warc.gz#record N``, N counting every record in the file from 1.

A ``.warc.gz`` arrives here already inflated (see ``readers``).  A record whose headers cannot be
parsed ends the file with E131 naming that record: WARC has no marker to resynchronise on, and
the records before it are kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.errors import DocumentError, Errors
from eventwire.ingest.detect import sniff_format
from eventwire.ingest.html import html_article
from eventwire.ingest.streams import SNIFF_BYTES, SourceError
from eventwire.ingest.text import read_limited, text_article
from eventwire.model import Article

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})


def host_name(url: str | None) -> str | None:
    """The host of a URL in lower case without a leading ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _media_type(value: str | None) -> str | None:
    if not value:
        return None
    return value.split(";", 1)[0].strip().lower() or None


def _warc_date(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _payload_kind(record) -> str | None:
    """'html', 'text' or None (skip) for one record, from its type, status and content type."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        media = _media_type(http.get_header("Content-Type"))
    elif record.rec_type == "resource":
        media = _media_type(record.rec_headers.get_header("Content-Type"))
    else:
        return None
    if media in _HTML_TYPES:
        return "html"
    if media in _TEXT_TYPES:
        return "text"
    if media is None:
        return "sniff"
    return None


def _record_article(record, doc: str, limit: int, default_date: dt.date | None) -> Article | None:
    kind = _payload_kind(record)
    if kind is None:
        return None
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI") or None
    data = read_limited(record.content_stream(), limit)
    if kind == "sniff":
        kind = sniff_format(data[:SNIFF_BYTES])
        if kind not in ("html", "text"):
            return None
    over = len(data) > limit
    if kind == "html":
        art = html_article(data, doc, limit, None, at_least=over, url=url)
    else:
        art = text_article(data, doc, limit, None, at_least=over)
    published = art.published or default_date or _warc_date(headers.get_header("WARC-Date"))
    record_id = headers.get_header("WARC-Record-ID") or art.id
    return Article(id=record_id.strip("<>"), text=art.text, title=art.title, published=published,
                   url=url, source=host_name(url), origin=doc,
                   headline_in_text=art.headline_in_text)


def read_warc(stream: BinaryIO, path: str, limit: int,
              default_date: dt.date | None) -> Iterator[Article | DocumentError]:
    """One Article or DocumentError per news page in a WARC file, in archive order.

    Per-record problems (no article body, over the size limit, not UTF-8 text, a broken
    ``Content-Encoding``) are reported for that record and reading goes on.
    """
    number = 0
    records = ArchiveIterator(stream)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except SourceError:
            raise
        except (ArchiveLoadFailed, ValueError, EOFError) as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            yield DocumentError(Errors.E131, doc=f"{path}#record {number + 1}", reason=reason)
            return
        number += 1
        doc = f"{path}#record {number}"
        try:
            article = _record_article(record, doc, limit, default_date)
        except SourceError:
            raise
        except DocumentError as err:
            yield err
            continue
        except (OSError, EOFError, ValueError) as exc:  # a payload whose encoding cannot be undone
            yield DocumentError(Errors.E130, doc=doc, kind="HTTP content-encoding",
                                reason=str(exc) or type(exc).__name__)
            continue
        if article is not None:
            yield article
