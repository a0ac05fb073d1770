"""Parquet segments: written under temporary names, committed by the manifest, read back as a store."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import EventwireError
from eventwire.model import Actor, Article, DocumentOutcome, Event, EventDate, Evidence
from eventwire.scale.parquet import ParquetSink
from eventwire.store import Store
from eventwire.store.parquet import MANIFEST, read_manifest

CHN = Actor("China", "China", "CHN", None, "GOV", "Q148", "CHNGOV")
KGZ = Actor("Kyrgyzstan", "Kyrgyzstan", "KGZ", None, "GOV", "Q813", "KGZGOV")


def _article(aid: str, text: str = "Xi met Japarov in Bishkek. Talks went well.") -> Article:
    return Article(id=aid, text=text, title=None, published=dt.date(2022, 9, 15), source="wire", origin=f"{aid}.txt")


def _event(art: Article, n: int = 0) -> Event:
    return Event(id=f"evt_{art.id}_{n}", mention_id=f"men_{art.id}_{n}", article_id=art.id, type="CONSULT",
                 mode=None, contexts=("diplomatic",), status="asserted", reciprocal=True, cameo="040",
                 goldstein=1.0, quad_class=1, source=(CHN,), target=(KGZ,), published=art.published,
                 date=EventDate.of_day(dt.date(2022, 9, 15), "text"), location=None,
                 evidence=Evidence("text", 0, 0, 6, art.text[0:6]), confidence=0.8, coder="eventwire test",
                 trigger="met")


def _coded(aid: str, n_events: int = 1, text: str | None = None) -> DocumentOutcome:
    art = _article(aid) if text is None else _article(aid, text)
    return DocumentOutcome(aid, art.origin or aid, "coded", article=art,
                           events=tuple(_event(art, k) for k in range(n_events)))


def _failed(doc: str) -> DocumentOutcome:
    return DocumentOutcome("doc_" + doc, doc, "failed", reason=f"{doc}: broken", code="E102")


def test_segments_are_committed_by_the_manifest_and_read_as_a_store(tmp_path: Path) -> None:
    root = tmp_path / "pq"
    with ParquetSink(root, segment_docs=2) as sink:
        run = sink.begin_run("eventwire test", {"inputs": ["x"]})
        sink.write_batch(run, [_coded("a1", 2), _failed("bad.bin")])  # 2 docs: one segment
        sink.write_batch(run, [_coded("a2", 1)])  # buffered until close
        sink.write_outlets(run, {"a1": ["wire", "paper"]})
        assert len(read_manifest(root)["segments"]) == 1
    manifest = read_manifest(root)
    assert [s["id"] for s in manifest["segments"]] == [1, 2]
    assert not list(root.rglob("*.tmp"))
    with Store.open(root) as store:
        assert store.read_only
        assert {d["doc_id"]: d["status"] for d in store.documents()} == {"a1": "coded", "a2": "coded",
                                                                        "doc_bad.bin": "failed"}
        ids = sorted(r["id"] for r in store.query_events())
        assert ids == ["evt_a1_0", "evt_a1_1", "evt_a2_0"]
        assert store.get_article("a2").text.startswith("Xi met")
        assert store.outlets() == {"a1": ["paper", "wire"]}
        assert store.done_doc_ids() == {"a1", "a2"}  # failed documents are retried
        assert store.done_doc_ids("another coder") == set()
        assert store.top_dyads(1) == [("CHN", "KGZ", 3)]
        with pytest.raises(EventwireError) as err:
            store.begin_run("x", {})
        assert err.value.code == "E204"
    # DuckDB reads the folder directly, without eventwire
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{root}/events/*.parquet')").fetchone()[0]
    assert n == 3


def test_unlisted_and_half_written_segments_are_ignored(tmp_path: Path) -> None:
    root = tmp_path / "pq"
    with ParquetSink(root, segment_docs=1) as sink:
        run = sink.begin_run("eventwire test", {})
        sink.write_batch(run, [_coded("a1", 1)])
    # a writer killed after renaming its files but before listing them, and one killed mid-write
    for t in ("documents", "articles", "events", "event_actors"):
        shutil.copy(root / t / "seg-000001.parquet", root / t / "seg-000002.parquet")
        (root / t / "seg-000003.parquet.tmp").write_bytes(b"PAR1 half")
    with Store.open(root) as store:
        assert store.counts()["events"] == 1
    # the next writer removes the temporary files and overwrites the unlisted segment
    with ParquetSink(root, segment_docs=1) as sink:
        assert not list(root.rglob("*.tmp"))
        run = sink.begin_run("eventwire test", {})
        sink.write_batch(run, [_coded("a2", 2)])
    with Store.open(root) as store:
        assert sorted(r["id"] for r in store.query_events()) == ["evt_a1_0", "evt_a2_0", "evt_a2_1"]


def test_reingested_article_replaces_its_older_copy(tmp_path: Path) -> None:
    root = tmp_path / "pq"
    with ParquetSink(root, segment_docs=1) as sink:
        run = sink.begin_run("eventwire test", {})
        sink.write_batch(run, [_coded("a1", 3)])
        sink.write_batch(run, [_coded("a1", 1, text="Xi met Japarov again.")])
        sink.write_batch(run, [DocumentOutcome("a1", "a1.txt", "failed", reason="later failure", code="E111")])
    with Store.open(root) as store:
        assert [r["id"] for r in store.query_events()] == ["evt_a1_0"]
        assert store.get_article("a1").text == "Xi met Japarov again."
        assert store.documents()[0]["status"] == "failed"  # the ledger shows the latest outcome
        assert store.counts()["event_actors"] == 2


def test_folder_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    (tmp_path / "other.txt").write_text("hello")
    with pytest.raises(EventwireError) as err:
        ParquetSink(tmp_path)
    assert err.value.code == "E205"
    with pytest.raises(EventwireError) as err:
        Store.open(tmp_path, read_only=True)
    assert err.value.code == "E205"
    (tmp_path / MANIFEST).write_text(json.dumps({"format": "something else"}))
    with pytest.raises(EventwireError) as err:
        Store.open(tmp_path)
    assert err.value.code == "E205"


def test_empty_folder_reads_as_an_empty_store(tmp_path: Path) -> None:
    ParquetSink(tmp_path / "pq").close()
    with Store.open(tmp_path / "pq") as store:
        assert store.query_events() == [] and store.documents() == [] and store.outlets() == {}
