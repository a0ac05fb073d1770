"""The store's resume query (per coder), the story-outlets table, and adding that table to older files."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from eventwire.errors import EventwireError
from eventwire.model import Article, DocumentOutcome
from eventwire.store import Store


def _coded(aid: str) -> DocumentOutcome:
    return DocumentOutcome(aid, f"{aid}.txt", "coded", article=Article(id=aid, text="Some text."))


def test_done_doc_ids_per_coder(tmp_path: Path) -> None:
    with Store.open(tmp_path / "ew.duckdb") as store:
        old = store.begin_run("eventwire 0.1.0+old", {})
        store.write_batch(old, [_coded("a1"), DocumentOutcome("d2", "x", "duplicate", reason="duplicate of a1")])
        new = store.begin_run("eventwire 0.1.0+new", {})
        store.write_batch(new, [_coded("a3"), DocumentOutcome("d4", "y", "failed", reason="boom", code="E111")])
        assert store.done_doc_ids() == {"a1", "d2", "a3"}
        assert store.done_doc_ids("eventwire 0.1.0+old") == {"a1", "d2"}
        assert store.done_doc_ids("eventwire 0.1.0+new") == {"a3"}  # failed is never final


def test_outlets_are_replaced_per_story(tmp_path: Path) -> None:
    with Store.open(tmp_path / "ew.duckdb") as store:
        run = store.begin_run("c", {})
        store.write_outlets(run, {"s1": ["Wire", "Paper"], "s2": ["Paper"]})
        store.write_outlets(run, {"s1": ["Wire"]})
        assert store.outlets() == {"s1": ["Wire"], "s2": ["Paper"]}
        assert store.outlets("s2") == {"s2": ["Paper"]}
    with Store.open(tmp_path / "ew.duckdb", read_only=True) as store:
        with pytest.raises(EventwireError) as err:
            store.write_outlets("r", {"s": ["x"]})
        assert err.value.code == "E204"


def test_a_file_without_the_outlets_table_gets_it_when_opened_for_writing(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    Store.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE story_outlets")
    con.close()
    with pytest.raises(EventwireError) as err:
        Store.open(db, read_only=True)
    assert err.value.code == "E202"
    with Store.open(db) as store:
        assert store.outlets() == {}
