"""Duplicates during ingest: copies are recorded as duplicates and not coded, an updated version has
only its new sentences coded, and the store keeps which outlets carried each story."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.batch import ingest_paths, plan_duplicates
from eventwire.ingest import ReadOptions
from eventwire.store import Store

BODY = [
    "Chinese President Xi Jinping met Kyrgyz President Sadyr Japarov in Bishkek on Tuesday, and the two leaders "
    "discussed a railway that would link their countries through the mountains.",
    "Japarov said after the meeting that Kyrgyzstan expected construction to begin next year. Officials from both "
    "governments described the talks as warm and businesslike.",
    "The railway has been discussed for more than two decades, and earlier plans stalled over its cost and over "
    "the gauge of the track.",
]
ADDED = ("Later on Tuesday, Russian President Vladimir Putin criticised Kyrgyzstan over the railway plan, "
         "and Kazakhstan offered to host a summit of all three neighbours.")
TITLE = "Xi and Japarov discuss China-Kyrgyzstan railway"


def _records() -> list[dict]:
    text = "\n\n".join(BODY)
    return [
        # listed first but published later: still not the canonical copy
        {"id": "wire-copy", "title": TITLE, "text": text, "date": "2022-09-14", "source": "Daily Courier"},
        {"id": "wire-orig", "title": TITLE, "text": text, "date": "2022-09-13", "source": "Wire Service"},
        {"id": "wire-update", "title": TITLE, "text": text + "\n\n" + ADDED, "date": "2022-09-14",
         "source": "Evening Post"},
        {"id": "other", "title": "Japan and South Korea hold summit",
         "text": "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on "
                 "Thursday.", "date": "2022-09-14", "source": "Wire Service"},
    ]


def test_duplicates_updates_and_outlets(tmp_path: Path, resources) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    opts = ReadOptions(input_format="jsonl")
    plan = plan_duplicates([src], opts)
    assert plan is not None and plan.documents == 4
    with Store.open(tmp_path / "ew.duckdb") as store:
        summary = ingest_paths([src], store, resources, opts, batch_docs=2, dedup=plan)
        docs = {d["doc_id"]: d for d in store.documents()}
        by_article: dict[str, list[dict]] = {}
        for r in store.query_events(statuses=None):
            by_article.setdefault(r["article_id"], []).append(r)
        outlets = store.outlets()
    assert summary.duplicates == 1 and summary.coded == 3
    assert docs["wire-copy"]["status"] == "duplicate"
    assert docs["wire-copy"]["reason"] == "duplicate of wire-orig"
    assert docs["wire-orig"]["status"] == "coded" and docs["wire-orig"]["reason"] is None
    assert docs["wire-update"]["status"] == "coded"
    assert docs["wire-update"]["reason"].startswith("update of wire-orig")
    assert "wire-copy" not in by_article  # not coded at all
    assert by_article["wire-orig"] and by_article["other"]
    # the update keeps only events from the paragraph the original lacks
    start = len("\n\n".join(BODY)) + 2
    update = by_article["wire-update"]
    assert update and all(r["evidence"]["start"] >= start for r in update)
    assert any("Putin" in r["evidence"]["text"] or "Kazakhstan" in r["evidence"]["text"] for r in update)
    assert outlets["wire-orig"] == ["Daily Courier", "Evening Post", "Wire Service"]
    assert outlets["other"] == ["Wire Service"]


def test_without_dedup_every_copy_is_coded(tmp_path: Path, resources) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    with Store.open(tmp_path / "ew.duckdb") as store:
        summary = ingest_paths([src], store, resources, ReadOptions(input_format="jsonl"), dedup=False)
        assert summary.coded == 4 and summary.duplicates == 0
        assert store.outlets() == {}
