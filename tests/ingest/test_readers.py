"""Plain text, dispatch by extension, and the per-document errors of read_inputs."""

import datetime as dt
import hashlib
import time
import tracemalloc

from eventwire.ingest import ReadOptions, read_inputs
from eventwire.model import Article

from .conftest import codes, read_all

STORY = "Xi meets Putin in Samarkand\nChinese President Xi Jinping met Vladimir Putin on Thursday.\n"


def test_plain_text_article(write):
    path = write("story.txt", STORY)
    (art,) = read_all([path], default_date=dt.date(2022, 9, 15))
    assert art.text == STORY
    assert art.id == hashlib.sha256(STORY.encode()).hexdigest()
    assert art.headline_in_text and art.title is None
    assert art.published == dt.date(2022, 9, 15)
    assert art.origin == str(path)
    assert [s.is_headline for s in art.segments()] == [True, False]


def test_same_text_same_id_and_no_default_date(write):
    a, b = read_all([write("a.txt", STORY), write("b", STORY)])
    assert a.id == b.id and a.published is None


def test_bom_is_kept_so_offsets_count_it(write):
    path = write("bom.txt", b"\xef\xbb\xbf" + STORY.encode())
    (art,) = read_all([path])
    assert art.text == "\ufeff" + STORY
    assert art.text[1:4] == "Xi "


def test_crlf_and_non_ascii_kept_exactly(write):
    text = "Zelenskyy rencontre Macron\r\nLe président a déclaré… «non».\r\n"
    (art,) = read_all([write("fr.txt", text)])
    assert art.text == text


def test_empty_and_blank_files_are_e101(write):
    items = read_all([write("empty.txt", b""), write("blank.txt", " \n\t\r\n"), write("bomonly.txt", b"\xef\xbb\xbf\n")])
    assert codes(items) == ["E101", "E101", "E101"]
    assert str(write("empty.txt", b"")) in items[0].message


def test_binary_files_are_e102(write):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    controls = bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 5 + b"some text " * 16  # 20% control bytes
    items = read_all([write("img.txt", png), write("ctl.txt", controls)])
    assert codes(items) == ["E102", "E102"]


def test_non_utf8_is_e103_with_offset(write):
    data = "Caf".encode() + b"\xe9 au lait\n"  # Latin-1 é
    (err,) = read_all([write("latin1.txt", data)])
    assert err.code == "E103" and "offset 3" in err.message


def test_over_limit_is_e104_by_stat(write):
    (err,) = read_all([write("big.txt", "x" * 2000)], max_doc_bytes=1000)
    assert err.code == "E104" and "2000 bytes" in err.message and "1000" in err.message


def test_50mb_file_is_refused_quickly_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: no 50 MB written
        fh.truncate(50_000_000)
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        (err,) = list(read_inputs([path], ReadOptions()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.code == "E104" and "50000000 bytes" in err.message
    assert peak < 1_000_000
    assert time.perf_counter() - t0 < 1.0


def test_missing_path_is_e109_and_batch_goes_on(write, tmp_path):
    good = write("good.txt", STORY)
    items = read_all([tmp_path / "nope.txt", good])
    assert codes(items) == ["E109", "ok"]
    assert "nope.txt" in items[0].message


def test_bad_documents_do_not_lose_their_neighbours_in_a_directory(write, tmp_path):
    write("corpus/01.txt", "First story\nRussia shelled Kharkiv.\n")
    write("corpus/02.txt", b"")
    write("corpus/03.txt", b"\x00\x01binary")
    write("corpus/04.txt", b"\xff\xfe bad")
    write("corpus/05.html", "<html><body><nav>Home</nav></body></html>")
    write("corpus/06.jsonl", '{"id": "j1", "text": "Iran protested."}\n{oops\n{"id": "j2", "text": "NATO met."}\n')
    write("corpus/07.csv", "title,body\nx,y\n")
    write("corpus/sub/08.txt", "Last story\nChina warned Taiwan.\n")
    write("corpus/.hidden.txt", "Hidden\nnot read\n")
    items = read_all([tmp_path / "corpus"])
    assert codes(items) == ["ok", "E101", "E102", "E103", "E107", "ok", "E105", "ok", "E110", "ok"]
    assert items[0].text.startswith("First story") and items[-1].text.startswith("Last story")
    assert [i.id for i in items if isinstance(i, Article) and i.origin.endswith(".jsonl:line 1")] == ["j1"]


def test_inputs_keep_command_line_order(write):
    b, a = write("b.txt", "B\nbody b\n"), write("a.txt", "A\nbody a\n")
    assert [i.text[0] for i in read_all([b, a])] == ["B", "A"]


def test_explicit_format_overrides_extension(write):
    path = write("records.txt", '{"id": 5, "text": "Hello there."}\n')
    (art,) = read_all([path], input_format="jsonl")
    assert art.id == "5" and art.text == "Hello there."


def test_unknown_extension_is_sniffed(write):
    items = read_all([write("notes.md", "A headline\nbody\n"), write("feed.json", '{"text": "x y"}\n')])
    assert isinstance(items[0], Article) and items[0].headline_in_text
    assert isinstance(items[1], Article) and items[1].text == "x y"


def test_a_few_control_bytes_do_not_make_text_binary(write):
    text = "Headline\x1b[1m\nBody\x07 with a bell and a form feed\x0c.\n" + "More words here. " * 10
    (art,) = read_all([write("ctl-ok.txt", text)])
    assert isinstance(art, Article) and art.text == text
