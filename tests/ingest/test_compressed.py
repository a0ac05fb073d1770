"""gzip and zstd inputs: format from the inner extension, streamed, limits on inflated sizes."""

import gzip
import io
import json
import tracemalloc

import pytest
import zstandard

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.ingest.compressed import compression_for_head, compression_for_name, decompress
from eventwire.errors import DocumentError
from eventwire.model import Article

from .conftest import codes, read_all
from .samples import ATOM, page, story, write_warc

JSONL = ('{"id": "j1", "text": "Iran protested.", "date": "2022-09-15", "source": "Wire", "url": "https://w.example/1"}\n'
         '{oops\n'
         '{"id": "j2", "text": "NATO met."}\n')


def gz(data: str | bytes) -> bytes:
    return gzip.compress(data.encode() if isinstance(data, str) else data)


def zst(data: str | bytes) -> bytes:
    return zstandard.ZstdCompressor().compress(data.encode() if isinstance(data, str) else data)


@pytest.mark.parametrize("compress, suffix", [(gz, ".gz"), (zst, ".zst")])
def test_jsonl_records_in_order_with_fields(write, compress, suffix):
    path = write(f"news.jsonl{suffix}", compress(JSONL))
    items = read_all([path])
    assert codes(items) == ["ok", "E105", "ok"]
    assert [items[0].id, items[2].id] == ["j1", "j2"]
    assert items[0].source == "Wire" and items[0].url == "https://w.example/1"
    assert str(items[0].published) == "2022-09-15"
    assert items[0].origin == f"{path}:line 1" and f"{path}:line 2" in items[1].message


@pytest.mark.parametrize("compress, suffix", [(gz, ".gz"), (zst, ".zst")])
def test_every_format_compressed(write, tmp_path, compress, suffix):
    warc = write_warc(tmp_path / "c.warc", [{"uri": "https://a.example/1", "body": story(1).encode()}], gzip=False)
    paths = [
        write(f"a.txt{suffix}", compress("Headline\nIran protested to the IAEA.\n")),
        write(f"b.html{suffix}", compress(page())),
        write(f"c.csv{suffix}", compress("id,text\nc1,Turkey offered to mediate.\n")),
        write(f"d.atom{suffix}", compress(ATOM)),
        write(f"e.warc{suffix}", compress(warc.read_bytes())),
        write(f"f{suffix}", compress('{"id": "f1", "text": "Sniffed after inflating."}\n')),
    ]
    items = read_all(paths)
    assert codes(items) == ["ok"] * 7
    assert items[0].headline_in_text and items[0].text.startswith("Headline")
    assert items[1].title == "Xi meets Putin in Samarkand"
    assert items[2].id == "c1"
    assert items[3].source == items[4].source == "Atom Wire"
    assert items[5].url == "https://a.example/1" and items[5].text.startswith("Story 1:")
    assert items[6].id == "f1"


def test_gzip_found_by_magic_bytes_whatever_the_name(write):
    (art,) = read_all([write("misnamed.jsonl", gz('{"id": "m", "text": "Hello there."}\n'))])
    assert art.id == "m"


def test_stdin_compressed_is_inflated_then_sniffed():
    items = list(read_inputs(["-"], ReadOptions(), stdin=io.BytesIO(zst(JSONL))))
    assert codes(items) == ["ok", "E105", "ok"]


def test_corrupt_archives_name_the_file_keep_what_came_before_and_the_batch_goes_on(write):
    many = "".join(json.dumps({"id": f"r{n}", "text": f"Story {n} " + "words " * 50}) + "\n" for n in range(2000))
    data = gz(many)
    cut = write("cut.jsonl.gz", data[: len(data) // 2])
    not_gzip = write("fake.txt.gz", "plain text, not gzip")
    zdata = zst(many)
    zcut = write("cut.jsonl.zst", zdata[: len(zdata) // 2])
    good = write("good.txt", "Headline\nbody\n")
    items = read_all([cut, not_gzip, zcut, good])
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert [e.code for e in errors] == ["E130", "E130", "E130"]
    assert [e.doc for e in errors] == [str(cut), str(not_gzip), str(zcut)]
    assert "gzip" in errors[0].message and "zstd" in errors[2].message
    ids = [i.id for i in items if isinstance(i, Article)]
    first_cut = ids[: ids.index("r0", 1)] if ids.count("r0") > 1 else ids
    assert first_cut[:3] == ["r0", "r1", "r2"] and len(first_cut) < 2000  # a prefix, in order
    assert isinstance(items[-1], Article) and items[-1].text == "Headline\nbody\n"


def test_size_limit_applies_to_the_inflated_document_without_inflating_it_whole(write):
    bomb_text = write("bomb.txt.gz", gz(b"x" * 30_000_000))  # 30 MB of text in ~30 KB
    bomb_line = write("bomb.jsonl.zst", zst(b'{"text": "' + b"y" * 30_000_000 + b'"}\n{"id": "after", "text": "ok"}\n'))
    tracemalloc.start()
    try:
        items = read_all([bomb_text, bomb_line], max_doc_bytes=100_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert codes(items) == ["E104", "E104", "ok"]
    assert "more than 100000" in items[0].message
    assert items[2].id == "after"
    assert peak < 8_000_000  # bounded by the limit and buffers, not by the 30 MB inside


@pytest.mark.parametrize("name, kind, inner", [
    ("a.jsonl.gz", "gzip", "a.jsonl"), ("a.WARC.GZ", "gzip", "a.WARC"), ("d/a.txt.zst", "zstd", "d/a.txt"),
    ("a.jsonl", None, "a.jsonl"), ("a.zstd", "zstd", "a"),
])
def test_compression_for_name(name, kind, inner):
    assert compression_for_name(name) == (kind, inner)


def test_compression_for_head():
    assert compression_for_head(gz("x")) == "gzip"
    assert compression_for_head(zst("x")) == "zstd"
    assert compression_for_head(b"{") is None


def test_zstd_multi_frame_checksum_and_skippable_frames_read_whole():
    raw = b"".join(b"line %d\n" % n for n in range(50_000))
    frames = (zstandard.ZstdCompressor(write_checksum=True).compress(raw[:1000])
              + (0x184D2A50).to_bytes(4, "little") + (3).to_bytes(4, "little") + b"abc"
              + zstandard.ZstdCompressor(level=10, write_content_size=False).compress(raw[1000:]))
    assert decompress(io.BytesIO(frames), "zstd", "x").read() == raw
    for cut in (len(frames) - 1, len(frames) - 20, 1010):
        with pytest.raises(DocumentError) as info:
            decompress(io.BytesIO(frames[:cut]), "zstd", "x.zst").read()
        assert info.value.code == "E130" and info.value.doc == "x.zst"
