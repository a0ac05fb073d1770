"""The whole coder on real text: contract, evidence offsets, ids, determinism, the seed article."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eventwire.eval import score_document
from eventwire.model import Article
from eventwire.pipeline import code_article
from eventwire.record import validate_record

TEXT = (
    "Japan and South Korea agree to resume defence talks\n\n"
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Tuesday. "
    "The two leaders agreed to resume regular security talks. "
    "Kishida also met the prime ministers of Australia, India and Vietnam on Wednesday.\n\n"
    "North Korea condemned the meeting and fired two ballistic missiles into the sea.\n"
)


def article(text: str = TEXT, published: dt.date | None = dt.date(2023, 3, 17), id: str = "t1") -> Article:
    return Article(id=id, text=text, published=published, headline_in_text=True)


@pytest.fixture(scope="module")
def events(resources):
    return code_article(article(), resources)


def test_every_event_validates_and_points_at_its_evidence(events):
    assert events, "a news paragraph with meetings and an attack must give events"
    for ev in events:
        rec = ev.to_record()
        validate_record(rec)
        ev_ = rec["evidence"]
        assert TEXT[ev_["start"]:ev_["end"]] == ev_["text"]
        assert rec["article_id"] == "t1"


def test_ids_unique_and_coordination_split_into_dyads(events):
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    met = [e for e in events if e.type == "CONSULT" and e.trigger == "met" and "Wednesday" in e.evidence.text]
    targets = sorted(t.country for e in met for t in e.target)
    assert targets == ["AUS", "IND", "VNM"]
    assert len({e.mention_id for e in met}) == 1  # one clause, one mention id
    assert all(e.date.value == "2023-03-15" for e in met)


def test_reciprocal_meeting_and_dates(events):
    first = [e for e in events if e.type == "CONSULT" and "Tokyo" in e.evidence.text]
    assert first
    ev = first[0]
    assert {a.country for a in ev.source} | {a.country for a in ev.target} == {"JPN", "KOR"}
    assert ev.date.value == "2023-03-14" and ev.date.basis == "text"
    assert ev.location is not None and ev.location.country == "JPN"


def test_same_input_same_bytes(resources):
    a = [e.to_json() for e in code_article(article(), resources)]
    b = [e.to_json() for e in code_article(article(), resources)]
    assert a == b


def test_no_publication_date_means_no_date(resources):
    evs = code_article(article(published=None), resources)
    assert evs
    assert all(e.date.basis in ("none", "text") for e in evs)
    assert any(e.date.value is None and e.date.basis == "none" for e in evs)


def test_negated_event_carries_no_goldstein(resources):
    text = "Talks stall\n\nChina refused to condemn Russia on Monday."
    evs = code_article(article(text, id="neg"), resources)
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and all(e.status == "negated" and e.goldstein is None and e.quad_class is None for e in acc)


def test_seed_article_required_events(resources, shared_dir):
    seed = shared_dir / "eval" / "seed" / "000_f115f9060a59de12.txt"
    gold = json.loads(seed.with_name("000_f115f9060a59de12.gold.json").read_text(encoding="utf-8"))
    text = seed.read_text(encoding="utf-8")
    evs = code_article(Article(id="seed", text=text, published=dt.date(2022, 9, 15), headline_in_text=True), resources)
    records = [e.to_record() for e in evs]
    for r in records:
        validate_record(r)
        assert text[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"]
    score = score_document(records, gold)
    assert not score.forbidden_hits, score.forbidden_hits
    assert len(score.matched) >= 10, f"matched {score.matched}, missed {score.missed}"


def test_place_named_target_is_trusted_less_than_a_named_actor(resources):
    """A target read from a place ("a curfew in Abeche") is a guess: it must score below the same
    act aimed at a named country, and the named country must not be replaced by the place."""
    def coded(text):
        return [e for e in code_article(article(text, id=text[:10]), resources) if e.type == "THREATEN"]

    placed = coded("Chad threatened to impose a state of emergency in Abeche.")
    named = coded("Chad threatened to impose sanctions on Sudan in Abeche.")
    assert [a.country for a in placed[0].target] == ["TCD"]
    assert [a.country for a in named[0].target] == ["SDN"]
    assert placed[0].confidence < named[0].confidence


def test_a_city_speaking_for_its_authorities_takes_its_country(resources):
    """The resolver gets the gazetteer from the pipeline: "Mosul's governor" is an Iraqi actor."""
    evs = code_article(article("Mosul's governor accused Islamic State of killing civilians in the old city."),
                       resources)
    [acc] = [e for e in evs if e.type == "ACCUSE"]
    assert [a.country for a in acc.source] == ["IRQ"]


@pytest.mark.parametrize("text", [
    "Officials in Yerevan said they had been shelled by unknown forces, and that someone had shelled Armenia overnight.",
    "Residents said they had seen shelling, and that somebody had attacked Georgia from the north.",
])
def test_an_attack_on_a_whole_country_gets_no_doer_from_its_place(resources, text):
    """A hostile act aimed at a country as a whole comes from outside it: the place (that same
    country) names no doer, so an unnamed attacker stays unnamed instead of becoming the victim."""
    art = Article(id="aimed", text=text, published=dt.date(2024, 3, 14))
    for e in code_article(art, resources):
        if e.type == "ASSAULT" and e.target and not e.target[0].sector:
            assert {a.country for a in e.source} != {e.target[0].country}, [a.code for a in e.source]


def test_a_domestic_attack_still_takes_its_place(resources):
    art = Article(id="dom", text="Police fired on protesters in Cairo.", published=dt.date(2024, 3, 14))
    assert any(e.type == "ASSAULT" and {a.country for a in e.source} == {"EGY"} for e in code_article(art, resources))
