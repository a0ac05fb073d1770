"""URLs fetched from a real HTTP server on 127.0.0.1 (in a thread): no outside network."""

import datetime as dt
import gzip
import http.server
import socket
import threading
import time

import pytest

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.model import Article

from .conftest import codes
from .samples import RSS, page, story, write_warc

JSONL = '{"id": "r1", "text": "Iran protested."}\n{"id": "r2", "text": "NATO met."}\n'


def _routes(tmp_path):
    warc = write_warc(tmp_path / "c.warc.gz", [{"uri": "https://a.example/1", "body": story(1).encode()}], gzip=True)
    dated = page(head='<meta property="article:published_time" content="2022-09-15T10:00:00Z">')
    return {
        "/story": (200, {"Content-Type": "text/html; charset=utf-8"}, dated.encode()),
        "/zipped-page": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                         gzip.compress(story(7).encode())),
        "/feed": (200, {"Content-Type": "application/rss+xml"}, RSS.encode()),
        "/atom.xml": (200, {"Content-Type": "text/xml"}, RSS.encode()),
        "/news.jsonl.gz": (200, {"Content-Type": "application/gzip"}, gzip.compress(JSONL.encode())),
        "/export": (200, {"Content-Type": "application/x-ndjson"}, JSONL.encode()),
        "/raw": (200, {"Content-Type": "text/plain"}, JSONL.encode()),  # generic type: content decides
        "/crawl.warc.gz": (200, {"Content-Type": "application/warc"}, warc.read_bytes()),
        "/redirect": (302, {"Location": "/story"}, b""),
        "/missing": (404, {"Content-Type": "text/plain"}, b"no"),
        "/boom": (500, {"Content-Type": "text/plain"}, b"oops"),
    }


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        if self.path == "/slow":
            time.sleep(1.0)
        if self.path == "/drop":  # promises more bytes than it sends, then hangs up
            body = JSONL.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Content-Length", str(len(body) + 5000))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True
            return
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout test)
            pass


@pytest.fixture
def server(tmp_path):
    handler = type("Handler", (_Handler,), {"routes": _routes(tmp_path)})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def fetch_all(urls, **options):
    return list(read_inputs(urls, ReadOptions(**options)))


def test_html_page_keeps_url_source_and_page_date(server):
    (art,) = fetch_all([f"{server}/story"], default_date=dt.date(2030, 1, 1))
    assert isinstance(art, Article)
    assert art.title == "Xi meets Putin in Samarkand" and art.text.startswith("Chinese President Xi")
    assert art.url == f"{server}/story" and art.source.startswith("127.0.0.1")  # the site's name
    assert art.published == dt.date(2022, 9, 15)
    assert art.origin == f"{server}/story"


def test_redirect_is_followed_and_the_final_address_kept(server):
    (art,) = fetch_all([f"{server}/redirect"])
    assert art.url == f"{server}/story"


def test_content_encoding_is_undone(server):
    (art,) = fetch_all([f"{server}/zipped-page"])
    assert art.text.startswith("Story 7:")


def test_feed_by_media_type_and_xml_media_type_sniffed(server):
    items = fetch_all([f"{server}/feed", f"{server}/atom.xml"])
    assert codes(items) == ["ok", "E133", "ok"] * 2
    assert items[0].id == "wire-0001" and items[0].source == "Wire News"
    assert items[0].url == "https://wire.example/xi-putin"  # the entry's link, not the feed's
    assert items[0].origin == f"{server}/feed#entry 1"


def test_jsonl_by_media_type_by_compression_and_by_content(server):
    for path in ("/export", "/news.jsonl.gz", "/raw"):
        items = fetch_all([f"{server}{path}"])
        assert [i.id for i in items] == ["r1", "r2"], path
        assert items[1].origin == f"{server}{path}:line 2"


def test_warc_over_http(server):
    (art,) = fetch_all([f"{server}/crawl.warc.gz"])
    assert art.url == "https://a.example/1" and art.origin == f"{server}/crawl.warc.gz#record 2"


def test_http_errors_and_network_failures_are_reported_and_the_batch_goes_on(server):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/x"
    items = fetch_all([f"{server}/missing", f"{server}/story", f"{server}/boom", closed, f"{server}/feed"])
    assert codes(items) == ["E135", "ok", "E135", "E134", "ok", "E133", "ok"]
    assert "404" in items[0].message and f"{server}/missing" in items[0].message
    assert "500" in items[2].message
    assert items[3].doc == closed


def test_a_stalled_server_times_out(server):
    started = time.monotonic()
    (err,) = fetch_all([f"{server}/slow"], url_timeout=0.2)
    assert err.code == "E134" and "timed out" in err.message
    assert time.monotonic() - started < 1.0  # gave up before the server answered


def test_a_dropped_connection_keeps_the_records_read_before_it(server):
    items = fetch_all([f"{server}/drop", f"{server}/export"])
    assert codes(items) == ["ok", "ok", "E134", "ok", "ok"]
    assert items[2].doc == f"{server}/drop"


def test_url_timeout_must_be_positive():
    with pytest.raises(ValueError):
        ReadOptions(url_timeout=0)
