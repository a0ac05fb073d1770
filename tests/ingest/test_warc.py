"""WARC archives written with warcio's own writer: news pages in, everything else skipped."""

import datetime as dt
import gzip as gzip_module

import pytest

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.model import Article

from .conftest import codes, read_all
from .samples import page, story, write_warc


def _news_records():
    return [
        {"type": "request", "uri": "https://news.example/a"},
        {"uri": "https://www.News.example/world/xi-putin", "body": page().encode(),
         "date": "2022-09-20T03:00:00Z"},
        {"uri": "https://news.example/logo.png", "body": b"\x89PNG\r\n\x1a\n\x00\x00", "ctype": "image/png"},
        {"uri": "https://news.example/old", "body": b"", "status": "301 Moved Permanently"},
        {"type": "metadata", "uri": "https://news.example/a", "body": b"via: x", "warc_ctype": "text/plain"},
        {"uri": "https://news.example/story-2", "body": story(2).encode(),
         "ctype": "application/xhtml+xml"},
    ]


@pytest.mark.parametrize("suffix, gz", [(".warc", False), (".warc.gz", True)])
def test_html_responses_become_articles_and_the_rest_is_skipped(tmp_path, suffix, gz):
    path = write_warc(tmp_path / f"crawl{suffix}", _news_records(), gzip=gz)
    items = read_all([path])
    assert codes(items) == ["ok", "ok"]
    first, second = items
    assert first.title == "Xi meets Putin in Samarkand"
    assert first.text.startswith("Chinese President Xi Jinping met")
    assert "Home" not in first.text and "Copyright" not in first.text
    assert first.url == "https://www.News.example/world/xi-putin"
    assert first.source == "news.example"
    assert first.id.startswith("urn:uuid:") and first.id != second.id
    assert first.origin == f"{path}#record 3"  # warcinfo, request, then this response
    assert second.text.startswith("Story 2:")


def test_ids_are_the_record_ids_and_stable_across_reads(tmp_path):
    path = write_warc(tmp_path / "c.warc.gz", _news_records(), gzip=True)
    again = [a.id for a in read_all([path])]
    assert [a.id for a in read_all([path])] == again
    raw = gzip_module.decompress(path.read_bytes()).decode("utf-8", "replace")
    assert all(f"WARC-Record-ID: <{rid}>" in raw for rid in again)


def test_published_page_date_then_date_option_then_warc_date(tmp_path):
    dated = page(head='<meta property="article:published_time" content="2022-09-15T10:00:00Z">')
    path = write_warc(tmp_path / "d.warc", [
        {"uri": "https://a.example/1", "body": dated.encode(), "date": "2022-09-20T03:00:00Z"},
        {"uri": "https://a.example/2", "body": story(2).encode(), "date": "2022-09-21T23:59:59Z"},
    ], gzip=False)
    first, second = read_all([path])
    assert first.published == dt.date(2022, 9, 15)  # the page's own date
    assert second.published == dt.date(2022, 9, 21)  # no page date: the crawl date
    _, second = read_all([path], default_date=dt.date(2022, 9, 1))
    assert second.published == dt.date(2022, 9, 1)  # --date beats the crawl date
    first, _ = read_all([path], default_date=dt.date(2022, 9, 1))
    assert first.published == dt.date(2022, 9, 15)  # but never the page's date


def test_bad_records_are_reported_by_record_and_neighbours_kept(tmp_path):
    path = write_warc(tmp_path / "mixed.warc.gz", [
        {"uri": "https://a.example/1", "body": story(1).encode()},
        {"uri": "https://a.example/nav", "body": b"<html><body><nav>Home</nav></body></html>"},
        {"uri": "https://a.example/big", "body": story(99).encode() + b" " * 5000},
        {"uri": "https://a.example/plain", "body": "Plain headline\nIran protested.\n".encode(),
         "ctype": "text/plain"},
        {"uri": "https://a.example/latin1", "body": b"caf\xe9 headline\nbody\n", "ctype": "text/plain"},
        {"uri": "https://a.example/4", "body": story(4).encode()},
    ], gzip=True)
    items = read_all([path], max_doc_bytes=2000)
    assert codes(items) == ["ok", "E107", "E104", "ok", "E103", "ok"]
    assert str(path) + "#record 3" in items[1].message
    assert items[3].headline_in_text and items[3].text.startswith("Plain headline")
    assert items[0].text.startswith("Story 1:") and items[-1].text.startswith("Story 4:")


def test_gzip_content_encoding_is_undone(tmp_path):
    path = write_warc(tmp_path / "enc.warc", [
        {"uri": "https://a.example/1", "body": gzip_module.compress(story(1).encode()), "encoding": "gzip"},
    ], gzip=False)
    (art,) = read_all([path])
    assert isinstance(art, Article) and art.text.startswith("Story 1:")


def test_broken_record_ends_the_file_naming_it_and_keeps_what_came_before(tmp_path):
    path = write_warc(tmp_path / "broken.warc", [
        {"uri": f"https://a.example/{n}", "body": story(n).encode()} for n in (1, 2, 3)
    ], gzip=False)
    data = path.read_bytes()
    third = data.find(b"WARC/1.", data.find(b"https://a.example/2"))
    path.write_bytes(data[:third] + b"GARBAGE LINE\r\n" + data[third + 8:])
    after = write_warc(tmp_path / "after.warc", [{"uri": "https://b.example/9", "body": story(9).encode()}],
                       gzip=False)
    items = read_all([path, after])
    assert codes(items) == ["ok", "ok", "E131", "ok"]
    assert f"{path}#record 4" in items[2].message and "GARBAGE" in items[2].message
    assert items[-1].text.startswith("Story 9:")


def test_warc_sniffed_without_extension_and_from_stdin(tmp_path):
    path = write_warc(tmp_path / "capture.dat", [{"uri": "https://a.example/1", "body": story(1).encode()}],
                      gzip=False)
    (art,) = read_all([path])
    assert art.url == "https://a.example/1"
    with open(path, "rb") as fh:
        (art,) = list(read_inputs(["-"], ReadOptions(), stdin=fh))
    assert art.origin == "<stdin>#record 2"
