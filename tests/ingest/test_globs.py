"""Glob patterns given literally (as when a shell does not expand them)."""

from .conftest import codes, read_all


def test_glob_expands_in_sorted_order_and_recurses_with_double_star(write, tmp_path):
    write("data/b.jsonl", '{"id": "b", "text": "B."}\n')
    write("data/a.jsonl", '{"id": "a", "text": "A."}\n')
    write("data/c.txt", "C\nnot matched\n")
    write("data/sub/d.jsonl", '{"id": "d", "text": "D."}\n')
    write("data/.hidden.jsonl", '{"id": "h", "text": "H."}\n')
    assert [a.id for a in read_all([f"{tmp_path}/data/*.jsonl"])] == ["a", "b"]
    assert [a.id for a in read_all([f"{tmp_path}/data/**/*.jsonl"])] == ["a", "b", "d"]


def test_glob_matching_nothing_is_e136_and_the_batch_goes_on(write, tmp_path):
    good = write("x.txt", "Headline\nbody\n")
    items = read_all([f"{tmp_path}/nothing/*.jsonl", good])
    assert codes(items) == ["E136", "ok"]
    assert "nothing/*.jsonl" in items[0].message


def test_glob_can_match_directories_and_compressed_files(write, tmp_path):
    import gzip
    write("runs/2022/a.txt", "A\nbody\n")
    write("runs/2023/b.txt.gz", gzip.compress(b"B\nbody\n"))
    assert [a.text[0] for a in read_all([f"{tmp_path}/runs/20*"])] == ["A", "B"]


def test_an_existing_file_with_glob_characters_is_read_as_it_is(write):
    path = write("odd[1].txt", "Odd\nbody\n")
    (art,) = read_all([path])
    assert art.text.startswith("Odd")
