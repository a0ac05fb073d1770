import io
from pathlib import Path

import pytest

from eventwire.ingest import ReadOptions, format_for_path, iter_directory, read_inputs, sniff_format
from eventwire.model import Article


@pytest.mark.parametrize(
    "head, fmt",
    [
        (b'{"text": "x"}\n', "jsonl"),
        (b'\xef\xbb\xbf  \n{"text": "x"}', "jsonl"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"\n\t <html>", "html"),
        (b"Russia warns Ukraine\nMoscow said...", "text"),
        (b"id,text\n1,hello", "text"),
        (b"", "text"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
        (b'<?xml version="1.0"?>\n<!-- <html> -->\n<rss version="2.0">', "feed"),
        (b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "feed"),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        (b"<!DOCTYPE rss><p>feeds are <rss>?</p>", "html"),
    ],
)
def test_sniff_format(head, fmt):
    assert sniff_format(head) == fmt


@pytest.mark.parametrize(
    "name, fmt",
    [("a.txt", "text"), ("a.TEXT", "text"), ("README", "text"), ("a.html", "html"), ("a.HTM", "html"),
     ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.json-lines", "jsonl"), ("a.csv", "csv"), ("a.md", None),
     ("a.warc", "warc"), ("a.rss", "feed"), ("a.ATOM", "feed"), ("a.xml", "xml")],
)
def test_format_for_path(name, fmt):
    assert format_for_path(Path(name)) == fmt


def test_directory_walk_is_sorted_recursive_and_skips_hidden(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", ".hidden.txt", ".git/config", "a/.DS_Store", "c.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_directory(tmp_path)]
    assert got == ["a/b/c.txt", "a/z.txt", "b.txt", "c.txt"]


def _stdin(data: bytes, **options):
    return list(read_inputs(["-"], ReadOptions(**options), stdin=io.BytesIO(data)))


def test_stdin_jsonl_is_sniffed_and_streamed():
    items = _stdin(b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')
    assert [i.id for i in items] == ["a", "b"]
    assert items[0].origin == "<stdin>:line 1"


def test_stdin_text_is_sniffed_and_kept_whole():
    data = "Headline here\nBody text that goes on.\n" * 2000  # longer than the sniffed prefix
    (item,) = _stdin(data.encode())
    assert isinstance(item, Article) and item.text == data and item.headline_in_text


def test_stdin_explicit_format_wins_over_sniffing():
    (item,) = _stdin(b'{"not": "jsonl here"}', input_format="text")
    assert isinstance(item, Article) and item.text == '{"not": "jsonl here"}'


def test_stdin_over_the_limit_is_refused():
    (item,) = _stdin(b"x" * 5000, max_doc_bytes=1000)
    assert item.code == "E104" and "more than 1000" in item.message
