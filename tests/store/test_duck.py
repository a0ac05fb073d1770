"""The DuckDB store against real database files in tmp_path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import EventwireError
from eventwire.model import Actor, Article, DocumentOutcome, Event, EventDate, Evidence, Location
from eventwire.store import SCHEMA_VERSION, TABLES, Store, record_json

CODER = "eventwire 0.1.0+test"

CHN = Actor("China", "China", "CHN", None, "GOV", "Q148", "CHNGOV")
RUS_MIL = Actor("Russian troops", None, "RUS", None, "MIL", None, "RUSMIL")
NATO = Actor("NATO", "NATO", None, "NATO", "IGO", "Q7184", "IGOWSTNAT")
UKR = Actor("Kyiv", "Ukraine", "UKR", None, "GOV", "Q212", "UKRGOV")


def make_event(article: Article, n: int, *, type: str = "CONSULT", status: str = "asserted",
               source: tuple[Actor, ...] = (CHN,), target: tuple[Actor, ...] = (UKR,),
               day: dt.date | None = dt.date(2022, 9, 15), event_id: str | None = None) -> Event:
    start = n * 10
    text = article.text[start:start + 9]
    date = EventDate.of_day(day, "text") if day else EventDate.none()
    scored = status in ("asserted", "future", "historical")
    return Event(
        id=event_id or f"evt_{article.id}_{n}", mention_id=f"men_{article.id}_{n}", article_id=article.id,
        type=type, mode=None, contexts=("diplomatic",), status=status, reciprocal=False, cameo="040",
        goldstein=1.0 if scored else None, quad_class=1 if scored else None, source=source, target=target,
        published=article.published, date=date,
        location=Location("Samarkand", "UZB", 39.65, 66.96, 1216265, "city") if n == 0 else None,
        evidence=Evidence("text", n, start, start + 9, text), confidence=0.8, coder=CODER, trigger="met",
    )


def make_article(aid: str) -> Article:
    # 100 chars of non-ASCII-bearing text so evidence spans are real substrings
    body = "Xi met Zelenskyy — café talks; " * 4
    return Article(id=aid, text=body, title=f"Title {aid}", published=dt.date(2022, 9, 16), url=None,
                   source="wire", origin=f"{aid}.txt")


def coded(aid: str, events_fn=None) -> DocumentOutcome:
    art = make_article(aid)
    events = tuple(events_fn(art)) if events_fn else (make_event(art, 0), make_event(art, 1))
    return DocumentOutcome(doc_id=aid, origin=f"{aid}.txt", status="coded", article=art, events=events)


def dump(path: Path) -> dict[str, list]:
    """Every row of every data table, sorted, for before/after comparisons."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    finally:
        con.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "sub" / "ew.duckdb"


def test_schema_created(db: Path) -> None:
    with Store.open(db) as store:
        assert store.counts() == {t: (1 if t == "meta" else 0) for t in TABLES}
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    con.close()


def test_missing_file_read_only_or_no_create_is_e201(tmp_path: Path) -> None:
    for kwargs in ({"read_only": True}, {"create": False}):
        with pytest.raises(EventwireError) as err:
            Store.open(tmp_path / "nope.duckdb", **kwargs)
        assert err.value.code == "E201"
    assert not (tmp_path / "nope.duckdb").exists()


def test_wrong_schema_version_is_e202(db: Path) -> None:
    Store.open(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(EventwireError) as err:
        Store.open(db)
    assert err.value.code == "E202"


def test_write_batch_and_reopen_read_only(db: Path) -> None:
    with Store.open(db) as store:
        run = store.begin_run(CODER, {"model": "en_core_web_sm", "kb": "abc"})
        store.write_batch(run, [coded("a1"), coded("a2")])
        expected = [record_json(e) for o in (coded("a1"), coded("a2")) for e in o.events]
    with Store.open(db, read_only=True) as store:
        assert store.counts() == {"meta": 1, "runs": 1, "documents": 2, "articles": 2, "events": 4,
                                  "event_actors": 8, "story_outlets": 0}
        # byte-for-byte records, in (date, article_id, evidence_start, id) order
        assert store.query_event_json() == expected
        assert store.query_events()[0] == json.loads(expected[0])
        assert store.runs()[0]["manifest"] == {"model": "en_core_web_sm", "kb": "abc"}
        assert store.done_doc_ids() == {"a1", "a2"}
        art = store.get_article("a1")
        assert art is not None and art.text == make_article("a1").text and art.published == dt.date(2022, 9, 16)
        with pytest.raises(EventwireError) as err:
            store.begin_run(CODER, {})
        assert err.value.code == "E204"


def test_same_batch_twice_same_counts(db: Path) -> None:
    with Store.open(db) as store:
        run = store.begin_run(CODER, {})
        store.write_batch(run, [coded("a1"), coded("a2")])
        before = store.counts()
        store.write_batch(run, [coded("a1"), coded("a2")])
        assert store.counts() == before
        # a batch naming the same document twice keeps the last one, once
        store.write_batch(run, [coded("a1"), coded("a1", lambda a: [make_event(a, 3)])])
        assert [e["id"] for e in store.query_events(article_id="a1")] == ["evt_a1_3"]


def test_replacing_article_with_fewer_events_removes_old(db: Path) -> None:
    with Store.open(db) as store:
        run = store.begin_run(CODER, {})
        store.write_batch(run, [coded("a1"), coded("a2")])
        store.write_batch(run, [coded("a1", lambda a: [make_event(a, 1, type="ACCUSE", target=(NATO,))])])
        assert store.counts()["events"] == 3
        assert store.counts()["event_actors"] == 6
        assert [e["type"] for e in store.query_events(article_id="a1")] == ["ACCUSE"]
        assert len(store.query_events(article_id="a2")) == 2


def test_failing_batch_rolls_back_everything(db: Path) -> None:
    with Store.open(db) as store:
        run = store.begin_run(CODER, {})
        store.write_batch(run, [coded("a1")])
    before = dump(db)
    with Store.open(db) as store:
        good = coded("a1", lambda a: [make_event(a, 2)])  # would replace a1's events
        new_doc = coded("a3")
        bad = coded("a4", lambda a: [make_event(a, 0, event_id="evt_dup"), make_event(a, 1, event_id="evt_dup")])
        failed = DocumentOutcome("x9", "x9.bin", "failed", reason="binary", code="E102")
        with pytest.raises(duckdb.ConstraintException):
            store.write_batch(run, [good, new_doc, failed, bad])
        # the connection is usable after the rollback
        assert store.counts()["events"] == 2
    assert dump(db) == before


def test_event_of_another_article_is_refused_before_writing(db: Path) -> None:
    with Store.open(db) as store:
        run = store.begin_run(CODER, {})
        other = make_article("zz")
        with pytest.raises(ValueError):
            store.write_batch(run, [coded("a1", lambda a: [make_event(other, 0)])])
        assert store.counts()["documents"] == 0


def test_unknown_run_is_e203(db: Path) -> None:
    with Store.open(db) as store:
        with pytest.raises(EventwireError) as err:
            store.write_batch("run_missing", [coded("a1")])
        assert err.value.code == "E203"


def test_failed_and_skipped_outcomes_recorded(db: Path) -> None:
    with Store.open(db) as store:
        run = store.begin_run(CODER, {})
        store.write_batch(run, [
            coded("a1"),
            DocumentOutcome("bad.bin", "in/bad.bin", "failed", reason="bad.bin: binary file", code="E102"),
            DocumentOutcome("empty.txt", "in/empty.txt", "skipped", reason="empty.txt: empty", code="E101"),
            DocumentOutcome("a1-copy", "in/a1-copy.txt", "duplicate", reason="duplicate of a1"),
        ])
        failed = store.documents("failed")
        assert [(d["doc_id"], d["origin"], d["reason"], d["code"], d["run_id"]) for d in failed] == [
            ("bad.bin", "in/bad.bin", "bad.bin: binary file", "E102", run)]
        assert [d["code"] for d in store.documents("skipped")] == ["E101"]
        assert [d["doc_id"] for d in store.documents()] == ["a1", "a1-copy", "bad.bin", "empty.txt"]
        assert store.done_doc_ids() == {"a1", "a1-copy", "empty.txt"}  # failed ones are retried
        # a retried document that now codes replaces its failed row
        store.write_batch(run, [coded("bad.bin")])
        assert store.documents("failed") == []
        assert store.counts()["documents"] == 4


def _query_fixture(store: Store) -> None:
    run = store.begin_run(CODER, {})

    def events(a: Article) -> list[Event]:
        return [
            make_event(a, 0, type="CONSULT", source=(CHN,), target=(UKR,), day=dt.date(2022, 9, 15)),
            make_event(a, 1, type="ASSAULT", source=(RUS_MIL,), target=(UKR,), day=dt.date(2022, 3, 1),
                       status="historical"),
            make_event(a, 2, type="ACCUSE", source=(NATO,), target=(RUS_MIL, CHN), day=dt.date(2022, 9, 16)),
            make_event(a, 3, type="ASSAULT", source=(RUS_MIL,), target=(UKR,), status="negated"),
            make_event(a, 4, type="THREATEN", source=(CHN,), target=(NATO,), status="hypothetical", day=None),
            make_event(a, 5, type="ASSAULT", source=(RUS_MIL,), target=(UKR,), day=dt.date(2022, 9, 14)),
        ]
    store.write_batch(run, [coded("q1", events)])


def test_query_filters(db: Path) -> None:
    with Store.open(db) as store:
        _query_fixture(store)
        ids = lambda **kw: [e["id"].rsplit("_", 1)[1] for e in store.query_events(**kw)]  # noqa: E731
        # default statuses drop negated/hypothetical; ordered by date
        assert ids() == ["1", "5", "0", "2"]
        assert len(ids(statuses=None)) == 6
        assert ids(statuses=["negated"]) == ["3"]
        # actor: country, org, code prefix, case-insensitive; source or target
        assert ids(actor="CHN") == ["0", "2"]
        assert ids(actor="nato") == ["2"]
        assert ids(actor="RUSMIL") == ["1", "5", "2"]
        assert ids(actor="RUSM") == ["1", "5", "2"]
        assert ids(actor="IGOWST") == ["2"]
        assert ids(actor="USA") == []
        assert ids(type="ASSAULT") == ["1", "5"]
        assert ids(type="assault", statuses=None) == ["1", "5", "3"]
        assert ids(since=dt.date(2022, 9, 15)) == ["0", "2"]
        assert ids(until=dt.date(2022, 9, 14)) == ["1", "5"]
        assert ids(since=dt.date(2022, 9, 1), until=dt.date(2022, 9, 15)) == ["5", "0"]
        assert ids(limit=2) == ["1", "5"]
        assert ids(article_id="nope") == []


def test_type_counts_and_top_dyads(db: Path) -> None:
    with Store.open(db) as store:
        _query_fixture(store)
        assert store.type_counts() == [("ASSAULT", 2), ("ACCUSE", 1), ("CONSULT", 1)]
        assert store.type_counts(statuses=None)[0] == ("ASSAULT", 3)
        assert store.type_counts(actor="NATO") == [("ACCUSE", 1)]
        assert store.top_dyads() == [("RUS", "UKR", 2), ("CHN", "UKR", 1), ("NATO", "CHN", 1), ("NATO", "RUS", 1)]
        assert store.top_dyads(1) == [("RUS", "UKR", 2)]
        assert store.top_dyads(1, statuses=None) == [("RUS", "UKR", 3)]
