"""RSS and Atom feeds parsed by feedparser: one Article per entry, markup turned into text."""

import datetime as dt

import pytest

from eventwire.ingest.feeds import html_to_text, plain_to_text
from eventwire.model import Article

from .conftest import codes, read_all
from .samples import ATOM, RSS


def test_rss_entries_in_order_with_their_fields(write):
    path = write("wire.rss", RSS)
    items = read_all([path], default_date=dt.date(2030, 1, 1))
    assert codes(items) == ["ok", "E133", "ok"]
    first, missing, third = items
    assert first.id == "wire-0001"
    assert first.title == "Xi meets Putin in Samarkand"
    # content:encoded wins over the description; markup and scripts gone; entities decoded
    assert first.text == ("Chinese President Xi Jinping met Vladimir Putin in Samarkand.\n\n"
                          "They discussed trade & security.")
    assert first.url == "https://wire.example/xi-putin" and first.source == "Wire News"
    assert first.published == dt.date(2022, 9, 15)  # the day as written (-0500), not UTC's 16th
    assert first.origin == f"{path}#entry 1"
    assert f"{path}#entry 2" in missing.message
    assert third.id == "https://wire.example/iran"  # no guid: the link
    assert third.text == "Iran protested to the IAEA on Friday & summoned its envoy."
    assert third.published == dt.date(2022, 9, 16)


def test_atom_entries(write):
    first, second = read_all([write("wire.atom", ATOM)], default_date=dt.date(2030, 1, 1))
    assert first.id == "tag:atom.example,2022:1"
    assert first.title == "NATO & EU meet"
    assert first.text == "NATO and EU officials met in Brussels.\n\nOne\n\nTwo"
    assert first.url == "https://atom.example/nato-eu" and first.source == "Atom Wire"
    assert first.published == dt.date(2022, 9, 16)  # published, not updated, as written (+09:00)
    assert second.text == "Turkey offered to mediate between the two sides."
    assert second.url is None and second.published == dt.date(2022, 9, 18)  # updated as fallback


def test_entry_without_a_date_takes_the_date_option(write):
    rss = RSS.replace("<pubDate>Fri, 16 Sep 2022 09:00:00 GMT</pubDate>", "")
    *_, third = read_all([write("w.rss", rss)], default_date=dt.date(2024, 5, 6))
    assert third.published == dt.date(2024, 5, 6)


def test_xml_extension_is_sniffed_as_feed_or_refused(write):
    items = read_all([write("feed.xml", ATOM), write("sitemap.xml", '<?xml version="1.0"?><urlset></urlset>')])
    assert codes(items) == ["ok", "ok", "E137"]
    assert "urlset" in items[-1].message


def test_feed_sniffed_from_content(write):
    items = read_all([write("download", RSS.encode())])  # no extension: plain text by name...
    assert codes(items) == ["ok"] and items[0].headline_in_text  # ...as for any bare name
    items = read_all([write("feed.dat", RSS)])  # unknown extension: sniffed
    assert codes(items) == ["ok", "E133", "ok"]


def test_broken_and_non_feeds(write):
    items = read_all([
        write("a.rss", "<html><body><p>not a feed</p></body></html>"),
        write("b.rss", "<rss><channel><title>x</title><item><title>T</title><description>Iran protested."
                "</description></item><item><title>Cut off"),
        write("c.rss", '<rss version="2.0"><channel><title>Empty</title></channel></rss>'),
        write("d.rss", ""),
        write("e.rss", ATOM),
    ])
    # a page is no feed; a cut-off feed still gives its entry; an empty feed gives nothing
    assert codes(items) == ["E132", "ok", "E133", "E101", "ok", "ok"]
    assert items[1].text == "Iran protested."


def test_feed_entry_over_the_limit_and_whole_feed_over_its_limit(write):
    long_item = f"<item><guid>big</guid><description>{'Iran protested. ' * 200}</description></item>"
    rss = RSS.replace("</channel>", long_item + "</channel>")
    items = read_all([write("w.rss", rss)], max_doc_bytes=1000)
    assert codes(items) == ["ok", "E133", "ok", "E104"]
    (err,) = read_all([write("huge.rss", rss + " " * 30_000)], max_doc_bytes=1000)
    assert err.code == "E104" and "20000" in err.message


@pytest.mark.parametrize("markup, text", [
    ("plain   words\n here", "plain words here"),
    ("<p>One <i>two</i></p><p>Three</p>", "One two\n\nThree"),
    ("Line<br>break &amp; more", "Line\n\nbreak & more"),
    ("<div><style>p{}</style>Kept<!-- gone --></div>", "Kept"),
    ("<p>unclosed <b>bold", "unclosed bold"),
    ("", ""),
    ("Para one\nwrapped.\n\nPara two", "Para one wrapped. Para two"),  # in HTML a newline is a space
])
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text


def test_plain_text_keeps_blank_line_paragraphs():
    assert plain_to_text("Para one\nwrapped.\n \nPara two") == "Para one wrapped.\n\nPara two"


def test_feed_articles_are_articles(write):
    assert all(isinstance(i, Article) for i in read_all([write("x.atom", ATOM)]))
