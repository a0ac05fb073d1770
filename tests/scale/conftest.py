"""Shared helpers for the scale tests: a corpus of short, distinct articles and store dumps."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest

from eventwire.demo import sample_path

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def short_corpus(n: int) -> list[dict]:
    """``n`` distinct short articles (2-3 sentences) cut from the bundled sample, which we wrote.

    Article ``i`` takes a different pair of sentences for each pass over the sample, so no two
    articles share their text (the duplicate detector would otherwise, rightly, skip some).
    """
    records = [json.loads(line) for line in sample_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        rec = records[i % len(records)]
        sents = _SENT.split(rec["text"])
        k = (i // len(records)) * 2 % max(1, len(sents) - 1)
        text = " ".join(sents[k:k + 2]) if i >= len(records) else " ".join(sents[:3])
        out.append({"id": f"doc-{i:03d}", "title": rec.get("title"), "text": text,
                    "date": rec.get("date") or "2023-03-16", "source": f"outlet{i % 3}"})
    return out


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def corpus60(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "corpus60.jsonl", short_corpus(60))


def dump_store(conn: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """The content of a store, run ids and timestamps left out, sorted: equal dumps = equal stores."""
    q = {
        "documents": "SELECT doc_id, origin, status, reason, code FROM documents",
        "articles": "SELECT id, title, text, published, url, source, headline_in_text FROM articles",
        "events": "SELECT id, record FROM events",
        "event_actors": "SELECT * FROM event_actors",
        "story_outlets": "SELECT story_id, outlet FROM story_outlets",
    }
    return {t: sorted(map(repr, conn.execute(sql).fetchall())) for t, sql in q.items()}


def dump_path(path: Path) -> dict[str, list]:
    if path.is_dir():
        from eventwire.store.parquet import connect_segments

        conn = connect_segments(path)
    else:
        conn = duckdb.connect(str(path), read_only=True)
    try:
        return dump_store(conn)
    finally:
        conn.close()


@pytest.fixture(scope="session")
def dump():
    """``dump(path)``: the sorted content of a DuckDB store file or a Parquet segment folder."""
    return dump_path


@pytest.fixture(scope="session")
def make_corpus():
    """``make_corpus(n)``: ``n`` distinct short article records (see ``short_corpus``)."""
    return short_corpus
