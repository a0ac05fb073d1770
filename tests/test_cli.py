"""The command line as a user runs it: real processes, real files, real DuckDB stores."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest


GOOD = "Leaders meet in Astana\n\nKazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Wednesday.\n"
GOOD2 = "Police crack down\n\nPolice in Nairobi arrested dozens of protesters on Monday, Kenyan officials said.\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (d / "d_latin1.txt").write_bytes("Caf\xe9 talks\n\nFrance met Spain.".encode("latin-1"))
    (d / "e_records.jsonl").write_text(
        json.dumps({"id": "r1", "text": GOOD, "date": "2022-09-15"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "r2", "text": GOOD2, "date": "2023-05-08"}) + "\n",
        encoding="utf-8",
    )
    (d / "f_nobody.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
                                     encoding="utf-8")
    with open(d / "g_huge.txt", "wb") as f:  # 50 MB, sparse: must be refused by size, never read whole
        f.truncate(50 * 1024 * 1024)
    return d


def test_code_jsonl_keeps_record_ids_and_reports_bad_lines(run_cli, corpus: Path):
    p = run_cli("code", str(corpus / "e_records.jsonl"))
    assert p.returncode == 1, p.stderr  # one malformed line: reported, the rest coded
    events = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert events and {e["article_id"] for e in events} <= {"r1", "r2"}
    assert "r1" in {e["article_id"] for e in events}
    assert b"E105" in p.stderr and b"line 2" in p.stderr


def test_code_reports_each_bad_document_and_codes_the_rest(run_cli, corpus: Path):
    p = run_cli("code", str(corpus), "--date", "2022-09-14")
    err = p.stderr.decode()
    assert p.returncode == 1
    for code, name in [("E101", "b_empty.txt"), ("E102", "c_binary.txt"), ("E103", "d_latin1.txt"),
                       ("E105", "e_records.jsonl"), ("E107", "f_nobody.html"), ("E104", "g_huge.txt")]:
        assert code in err and name in err, (code, err)
    events = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert any(e["type"] == "CONSULT" and e["date"] == "2022-09-14" for e in events)


def test_bad_date_option_is_a_usage_error(run_cli, corpus: Path):
    p = run_cli("code", str(corpus / "a_good.txt"), "--date", "15/09/2022")
    assert p.returncode == 2
    assert b"15/09/2022" in p.stderr


def test_code_from_stdin_as_table(run_cli):
    p = run_cli("code", "-", "--date", "2022-09-15", "--format", "table", stdin=GOOD.encode())
    assert p.returncode == 0, p.stderr
    assert "CONSULT" in p.stdout.decode()


def test_ingest_twice_same_rows_and_query(run_cli, corpus: Path, tmp_path: Path):
    db = tmp_path / "ew.duckdb"
    p1 = run_cli("ingest", str(corpus), "--db", str(db), "--date", "2022-09-14")
    assert p1.returncode == 1  # bad documents in the folder
    con = duckdb.connect(str(db), read_only=True)
    counts1 = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
               for t in ("documents", "articles", "events", "event_actors")}
    statuses = dict(con.execute("select status, count(*) from documents group by status").fetchall())
    con.close()
    # a_good.txt and record r1 carry the same story: one is coded, the other recorded as its duplicate
    assert counts1["events"] > 0 and statuses.get("failed", 0) >= 5 and statuses.get("coded", 0) >= 2
    assert statuses.get("coded", 0) + statuses.get("duplicate", 0) >= 3
    p2 = run_cli("ingest", str(corpus), "--db", str(db), "--date", "2022-09-14")
    assert p2.returncode == 1
    con = duckdb.connect(str(db), read_only=True)
    counts2 = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
               for t in ("documents", "articles", "events", "event_actors")}
    runs = con.execute("select count(*) from runs").fetchone()[0]
    con.close()
    assert counts2 == counts1 and runs == 2

    q = run_cli("events", "--db", str(db), "--actor", "CHN", "--format", "jsonl")
    assert q.returncode == 0, q.stderr
    rows = [json.loads(line) for line in q.stdout.decode().splitlines()]
    assert rows and all("CHN" in {a["country"] for a in r["source"] + r["target"]} for r in rows)
    c = run_cli("events", "--db", str(db), "--type", "COERCE", "--format", "csv")
    lines = c.stdout.decode().splitlines()
    assert lines[0].startswith("id,article_id,date,type") and all(",COERCE," in x for x in lines[1:])
    assert len(lines) > 1


def test_events_on_missing_db_is_a_usage_error(run_cli, tmp_path: Path):
    p = run_cli("events", "--db", str(tmp_path / "nope.duckdb"))
    assert p.returncode == 2 and b"E201" in p.stderr


def test_demo_prints_summary(run_cli, tmp_path: Path):
    p = run_cli("demo", "--db", str(tmp_path / "demo.duckdb"), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode()
    assert "Events by type" in out and "Top dyads" in out and "evidence" in out
    assert (tmp_path / "demo.duckdb").exists()


def test_every_command_has_help(run_cli):
    for cmd in (["--help"], ["code", "--help"], ["ingest", "--help"], ["events", "--help"], ["demo", "--help"],
                ["actors", "lookup", "--help"], ["actors", "coverage", "--help"]):
        p = run_cli(*cmd)
        assert p.returncode == 0 and b"Usage" in p.stdout, cmd
