"""JSONL and CSV records: fields, ids, dates and per-record errors."""

import datetime as dt
import hashlib
import json

from eventwire.model import Article

from .conftest import codes, read_all

D = dt.date(2024, 1, 2)


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_jsonl_fields_ids_and_dates(write):
    path = write("a.jsonl", jsonl(
        {"id": "reuters-1", "title": "Head", "text": "Body one.", "date": "2022-09-15",
         "url": "https://x.example/1", "source": "Reuters", "extra": [1, 2]},
        {"id": 42, "text": "Body two.", "date": "2022-09-15T23:59:00Z"},
        {"text": "Body three."},
    ))
    a, b, c = read_all([path], default_date=D)
    assert (a.id, a.title, a.text, a.published, a.url, a.source) == (
        "reuters-1", "Head", "Body one.", dt.date(2022, 9, 15), "https://x.example/1", "Reuters")
    assert not a.headline_in_text and a.origin == f"{path}:line 1"
    assert (b.id, b.published) == ("42", dt.date(2022, 9, 15))
    assert c.id == hashlib.sha256(b"Body three.").hexdigest() and c.published == D


def test_jsonl_malformed_line_among_good_ones(write):
    path = write("m.jsonl", jsonl({"id": "1", "text": "One."}, '{"id": "2", "text": ', "", {"id": "3", "text": "Three."}, "[1, 2]"))
    items = read_all([path])
    assert codes(items) == ["ok", "E105", "ok", "E105"]
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "3"]
    assert items[1].doc == f"{path}:line 2" and "line 2" in items[1].message
    assert "line 5" in items[3].message and "object" in items[3].message


def test_jsonl_missing_or_empty_text_is_e106(write):
    items = read_all([write("t.jsonl", jsonl({"id": "a"}, {"id": "b", "text": "  "}, {"text": ""}, {"id": "d", "text": "ok."}))])
    assert codes(items) == ["E106", "E106", "E106", "ok"]
    assert items[0].doc.endswith("t.jsonl#a") and items[2].doc.endswith("t.jsonl:line 3")


def test_jsonl_bad_date_is_e108_and_not_coded(write):
    items = read_all([write("d.jsonl", jsonl({"id": "a", "text": "x.", "date": "last Tuesday"},
                                             {"id": "b", "text": "y.", "date": 2022},
                                             {"id": "c", "text": "z.", "date": ""}))], default_date=D)
    assert codes(items) == ["E108", "E108", "ok"]
    assert "last Tuesday" in items[0].message
    assert items[2].published == D


def test_jsonl_wrong_field_types_are_e120(write):
    items = read_all([write("w.jsonl", jsonl({"id": {"x": 1}, "text": "a."}, {"text": 5}, {"text": "b.", "title": 7}))])
    assert codes(items) == ["E120", "E120", "E120"]


def test_jsonl_oversize_and_non_utf8_lines_spare_the_rest(write):
    big = json.dumps({"id": "big", "text": "x" * 5000})
    data = (jsonl({"id": "1", "text": "One."}, big).encode() + b'{"text": "caf\xe9"}\n'
            + jsonl({"id": "4", "text": "Four."}).encode())
    items = read_all([write("o.jsonl", data)], max_doc_bytes=1000)
    assert codes(items) == ["ok", "E104", "E103", "ok"]
    assert str(len(big)) in items[1].message
    assert items[3].id == "4"


def test_jsonl_bom_crlf_and_blank_lines(write):
    data = b"\xef\xbb\xbf" + b'{"id": "1", "text": "One."}\r\n\r\n   \n{"id": "2", "text": "Two."}'
    items = read_all([write("b.jsonl", data)])
    assert [i.id for i in items] == ["1", "2"]
    assert items[1].origin.endswith(":line 4")


def test_empty_jsonl_is_e101(write):
    assert codes(read_all([write("e.jsonl", "\n\n")])) == ["E101"]


def test_csv_records(write):
    path = write("a.csv", 'id,Title, TEXT ,date,url,source,other\n'
                          '1,Head,"Body, with comma\nand a second line.",2022-09-15,,AP,z\n'
                          ',,Second body.,,,,\n')
    a, b = read_all([path], default_date=D)
    assert (a.id, a.title, a.text, a.published, a.url, a.source) == (
        "1", "Head", "Body, with comma\nand a second line.", dt.date(2022, 9, 15), None, "AP")
    assert a.origin == f"{path}:line 2"
    assert b.id == hashlib.sha256(b"Second body.").hexdigest() and b.title is None and b.published == D
    assert b.origin == f"{path}:line 4"


def test_csv_without_text_column_is_e110(write):
    (err,) = read_all([write("n.csv", "id,body\n1,hello\n")])
    assert err.code == "E110" and "id, body" in err.message


def test_csv_bad_rows_spare_their_neighbours(write):
    data = ("id,text,date\n1,One.,2022-01-01\n2,,\n3,Three.,soon\n").encode() + b"4,caf\xe9,\n" + b"5,Five.,\n"
    items = read_all([write("r.csv", data)])
    assert codes(items) == ["ok", "E106", "E108", "E103", "ok"]
    assert items[2].doc.endswith("r.csv#3")
    assert items[3].doc.endswith("r.csv:line 5") and "offset" in items[3].message
    assert items[4].id == "5"


def test_csv_oversize_field_is_refused(write):
    data = "id,text\n1,One.\n2," + "y" * 3000 + "\n3,Three.\n"
    items = read_all([write("big.csv", data)], max_doc_bytes=1000)
    assert codes(items) == ["ok", "E104", "ok"]


def test_csv_empty_file_is_e101(write):
    assert codes(read_all([write("e.csv", "")])) == ["E101"]


def test_csv_multiline_record_over_limit_is_refused(write):
    long_quoted = '"' + ("z" * 400 + "\n") * 5 + '"'
    data = f"id,text\n1,One.\n2,{long_quoted}\n3,Three.\n"
    items = read_all([write("ml.csv", data)], max_doc_bytes=1000)
    assert codes(items) == ["ok", "E104", "ok"]
    assert items[1].doc.endswith("ml.csv:line 3") and items[2].origin.endswith("ml.csv:line 9")
