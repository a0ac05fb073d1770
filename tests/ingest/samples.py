"""Real sample documents for the ingest tests: news pages, WARC archives and feeds, written by us."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BODY = ("<p>Chinese President Xi Jinping met Russian President Vladimir Putin on Thursday in Samarkand, "
        "on the sidelines of a regional summit.</p><p>The two leaders discussed trade and security "
        "cooperation, officials said, and agreed to deepen ties.</p>")


def page(title: str = "Xi meets Putin in Samarkand", body: str = BODY, head: str = "") -> str:
    """A news page with navigation and footer around the article."""
    return (f"<html><head><title>{title} | World News</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a><a href='/world'>World</a></nav><article><h1>{title}</h1>{body}"
            "</article><footer>Copyright World News. All rights reserved.</footer></body></html>")


def story(n: int) -> str:
    """A distinct page per number, so order can be checked from the text."""
    return page(title=f"Story number {n}",
                body=f"<p>Story {n}: Iranian officials protested to the IAEA on Monday about the "
                     f"inspections, a spokesman said in a long statement.</p>")


def write_warc(path: Path, records: list[dict], *, gzip: bool) -> Path:
    """Write a WARC file with warcio's writer.

    Each record is a dict: ``type`` (response, request, resource, metadata), ``uri``, ``body``
    (bytes), ``ctype`` (HTTP Content-Type), ``status`` ("200 OK"), ``date`` (WARC-Date),
    ``encoding`` (HTTP Content-Encoding header, the body is written as given).
    """
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventwire-tests"}))
        for rec in records:
            kind = rec.get("type", "response")
            warc_headers = {"WARC-Date": rec.get("date", "2022-09-16T08:00:00Z")}
            http = None
            if kind in ("response", "request"):
                headers = [("Content-Type", rec.get("ctype", "text/html; charset=utf-8"))]
                if rec.get("encoding"):
                    headers.append(("Content-Encoding", rec["encoding"]))
                status = rec.get("status", "200 OK") if kind == "response" else "GET / HTTP/1.1"
                http = StatusAndHeaders(status, headers, protocol="HTTP/1.1" if kind == "response" else "")
            record = writer.create_warc_record(
                rec["uri"], kind, payload=io.BytesIO(rec.get("body", b"")), http_headers=http,
                warc_content_type=rec.get("warc_ctype"), warc_headers_dict=warc_headers)
            writer.write_record(record)
    return path


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire News</title><link>https://wire.example/</link><description>All the news</description>
<item><title>Xi meets Putin in Samarkand</title><link>https://wire.example/xi-putin</link>
<guid isPermaLink="false">wire-0001</guid><pubDate>Thu, 15 Sep 2022 23:30:00 -0500</pubDate>
<description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Chinese President Xi Jinping met <b>Vladimir Putin</b> in Samarkand.</p>
<script>track()</script><p>They discussed trade &amp; security.</p>]]></content:encoded></item>
<item><title>Headline only</title><link>https://wire.example/empty</link></item>
<item><title>Iran protests to IAEA</title><link>https://wire.example/iran</link>
<pubDate>Fri, 16 Sep 2022 09:00:00 GMT</pubDate>
<description>Iran protested to the IAEA on Friday &amp; summoned its envoy.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:atom-wire</id>
<updated>2022-09-16T01:00:00+09:00</updated>
<entry><id>tag:atom.example,2022:1</id><title type="html">NATO &amp;amp; EU meet</title>
<link rel="alternate" href="https://atom.example/nato-eu"/>
<published>2022-09-16T01:00:00+09:00</published><updated>2022-09-17T01:00:00+09:00</updated>
<content type="html">&lt;p&gt;NATO and EU officials met in Brussels.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;One&lt;/li&gt;&lt;li&gt;Two&lt;/li&gt;&lt;/ul&gt;</content></entry>
<entry><id>tag:atom.example,2022:2</id><title>Plain entry</title><updated>2022-09-18T12:00:00Z</updated>
<summary>Turkey   offered to mediate
between the two sides.</summary></entry>
</feed>
"""
