"""RSS and Atom feeds: one Article per entry, parsed with feedparser.

An entry's text is its full content when the feed carries it (``content:encoded``, Atom
``content``), else its summary/description, with the markup turned into plain paragraphs; the
title is kept apart as the headline.  ``published`` is the entry's published (else updated)
date, taken as written in the feed like a JSONL ``date`` (the newsroom's own calendar day, no
conversion to UTC).  ``id`` is the entry's ``guid``/``id``, else its link, else the hash of the
text; ``source`` is the feed's title.

feedparser needs the whole feed in memory, so a feed may be up to ``FEED_LIMIT_FACTOR`` times
the per-document limit (a feed holds many documents); each entry's text is then checked against
the per-document limit on its own.  Entries are named ``feed.xml#entry N`` (from 1).  A feed
with no entries yields nothing: an empty feed is a normal state, not a failure.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator, Mapping
from typing import BinaryIO

import feedparser
from lxml import etree
from lxml import html as lxml_html

from eventwire.errors import DocumentError, Errors
from eventwire.ingest.options import parse_record_date
from eventwire.ingest.text import check_record_text, check_size, is_blank, read_limited, text_id
from eventwire.ingest.warc import host_name
from eventwire.model import Article

#: A whole feed may be this many times ``max_doc_bytes``.
FEED_LIMIT_FACTOR = 20
#: Elements after which a paragraph ends when markup becomes text.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul",
})
_DROP = ("script", "style", "noscript", "template")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Marks a paragraph end while markup becomes text (U+2029 PARAGRAPH SEPARATOR).
_BREAK = "\u2029"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, separated by a blank
    line, whitespace (newlines included, as in HTML) collapsed, scripts and styles dropped.

    A fragment and not a page, so trafilatura's boilerplate removal (which wants a whole page
    and drops short texts) would throw away a two-sentence summary; lxml keeps every word.
    """
    if "<" not in markup and "&" not in markup:
        return _collapse(markup.split(_BREAK))
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _collapse(markup.split(_BREAK))
    for bad in root.xpath("|".join(f"//{tag}" for tag in _DROP)):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = _BREAK + (el.tail or "")
            el.text = _BREAK + (el.text or "")
    return _collapse(root.text_content().split(_BREAK))


def plain_to_text(text: str) -> str:
    """Plain text as feeds carry it: blank lines separate paragraphs, other line breaks are
    wrapping and become spaces."""
    return _collapse(_BLANK_LINE.split(text))


def _collapse(parts: list[str]) -> str:
    paragraphs = (" ".join(part.split()) for part in parts)
    return "\n\n".join(p for p in paragraphs if p)


def _detail_text(detail: Mapping[str, object] | None, fallback: object) -> str:
    """Text of a feedparser text construct: markup stripped when its type says HTML."""
    value = detail.get("value") if detail else fallback
    if not isinstance(value, str):
        return ""
    kind = str(detail.get("type") or "") if detail else ""
    return html_to_text(value) if kind in _HTML_TYPES else plain_to_text(value)


def _entry_text(entry: Mapping[str, object]) -> str:
    for content in entry.get("content") or []:
        text = _detail_text(content, None)
        if not is_blank(text):
            return text
    return _detail_text(entry.get("summary_detail"), entry.get("summary"))


def _entry_date(entry: Mapping[str, object]) -> dt.date | None:
    """Published, else updated; RFC 822 and ISO 8601 dates as written, else feedparser's own
    (UTC) reading of whatever other format the feed used."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        day = parse_record_date(raw)
        if day is not None:
            return day
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return dt.date(parsed[0], parsed[1], parsed[2])
    return None


def _web_link(value: object) -> str | None:
    if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
        return value
    return None


def entry_article(entry: Mapping[str, object], feed_title: str | None, doc: str, limit: int,
                  default_date: dt.date | None) -> Article:
    """The Article for one feed entry, or DocumentError (E133 no text, E104, E102)."""
    text = _entry_text(entry)
    if is_blank(text):
        raise DocumentError(Errors.E133, doc=doc)
    check_size(len(text.encode("utf-8", "surrogatepass")), limit, doc)
    check_record_text(text, doc)
    title = _detail_text(entry.get("title_detail"), entry.get("title")) or None
    link = _web_link(entry.get("link"))
    guid = entry.get("id")
    rid = guid.strip() if isinstance(guid, str) and guid.strip() else link
    return Article(id=rid or text_id(text), text=text, title=title.replace("\n\n", " ") if title else None,
                   published=_entry_date(entry) or default_date, url=link,
                   source=feed_title or host_name(link), origin=doc)


def read_feed(stream: BinaryIO, path: str, limit: int,
              default_date: dt.date | None) -> Iterator[Article | DocumentError]:
    """One Article or DocumentError per entry, in feed order.

    A feed too large to hold is E104; one that is not a feed at all (or so broken that no entry
    could be recovered) is E132.  feedparser is lenient: a feed with a markup error after some
    good entries still gives those entries.
    """
    feed_limit = limit * FEED_LIMIT_FACTOR
    data = read_limited(stream, feed_limit)
    if len(data) > feed_limit:
        yield DocumentError(Errors.E104, doc=path, size=f"more than {feed_limit}", limit=feed_limit)
        return
    if not data.strip():
        yield DocumentError(Errors.E101, doc=path)
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        exc = parsed.get("bozo_exception")
        reason = str(exc) if exc else "no <rss>, <feed> or <rdf:RDF> root element"
        yield DocumentError(Errors.E132, doc=path, reason=reason)
        return
    feed = parsed.get("feed") or {}
    feed_title = _detail_text(feed.get("title_detail"), feed.get("title")) or None
    for number, entry in enumerate(entries, 1):
        try:
            yield entry_article(entry, feed_title, f"{path}#entry {number}", limit, default_date)
        except DocumentError as err:
            yield err
