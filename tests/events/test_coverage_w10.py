"""Coverage wave 10 (engineer Q1): visits to gatherings named for a foreign capital (a visit, CAMEO 042,
no event at home), the topic of a gathering is no participant, "is to attend" as a scheduled act, and
places that only locate a thing ("a camp *west of* Mogadishu") are no party.  Sentences are our own."""

from __future__ import annotations

import pytest


def _consults(records: list[dict]) -> list[dict]:
    return [r for r in records if r["type"] == "CONSULT"]


def _countries(actors: list[dict]) -> set[str]:
    return {a[k] for a in actors for k in ("country", "org") if a[k]}


@pytest.mark.parametrize("text,src,host,status", [
    ("The Chilean president attended the Canberra summit on lithium.", "CHL", "AUS", "asserted"),
    ("Egypt's foreign minister is expected to attend the Ankara conference on refugees next week.", "EGY", "TUR",
     "future"),
    ("The Polish prime minister attended the Oslo energy talks on Monday.", "POL", "NOR", "asserted"),
])
def test_gathering_named_for_a_foreign_capital_is_a_visit(coded_records, text, src, host, status):
    recs = _consults(coded_records(text))
    assert len(recs) == 1, recs
    r = recs[0]
    assert _countries(r["source"]) == {src} and _countries(r["target"]) == {host}
    assert r["mode"] == "visit" and r["cameo"] == "042" and not r["reciprocal"] and r["status"] == status
    assert all(a["sector"] == "GOV" for a in r["target"])


@pytest.mark.parametrize("text", [
    "France's president attended the Paris conference on artificial intelligence.",
    "The Indonesian president attended the Jakarta summit on palm oil in 2023.",
])
def test_gathering_at_home_is_no_event(coded_records, text):
    assert _consults(coded_records(text)) == []


def test_country_named_talks_keep_their_participants(coded_records):
    """"The Armenia-Azerbaijan talks" name who talks, not where: no visit is made of it."""
    recs = _consults(coded_records("The Iranian foreign minister attended the Armenia-Azerbaijan talks."))
    assert all(r["mode"] != "visit" for r in recs)


def test_topic_of_a_gathering_is_no_second_event(coded_records):
    recs = _consults(coded_records("The Ghanaian president will attend the Delhi forum on African health."))
    assert all(a["code"] != "---" for r in recs for a in r["target"]), recs


def test_visit_to_a_summit_abroad_gets_the_visit_code(coded_records):
    recs = _consults(coded_records("The Kenyan president attended a summit in Switzerland."))
    assert recs and recs[0]["mode"] == "visit" and recs[0]["cameo"] == "042"


@pytest.mark.parametrize("text,src,tgt", [
    ("Brazil's president is to attend a summit in Lisbon next week.", "BRA", "PRT"),
    ("The Japanese prime minister is to visit Vietnam next month.", "JPN", "VNM"),
])
def test_is_to_attend_is_a_scheduled_event(coded_records, text, src, tgt):
    recs = _consults(coded_records(text))
    assert any(_countries(r["source"]) == {src} and tgt in _countries(r["target"]) and r["status"] == "future"
               for r in recs), recs


def test_are_to_meet_is_scheduled(coded_records):
    recs = _consults(coded_records("The leaders of Serbia and Kosovo are to meet in Brussels next week."))
    assert recs and all(r["status"] == "future" for r in recs)


@pytest.mark.parametrize("text", [
    "The aim is to isolate Iran.",
    "Our goal is to weaken the Russian economy, the minister said.",
    "The idea is to punish China for its steel exports.",
])
def test_a_goal_is_no_event(coded_records, text):
    assert coded_records(text) == []


@pytest.mark.parametrize("text,tgt,place", [
    ("The US military carried out an air strike against an al-Shabaab hideout west of Mogadishu.", "SHABAAB",
     "SOM"),
    ("Turkish jets launched an air strike against a PKK base southwest of Baghdad.", "PKK", "IRQ"),
    ("American forces launched a raid against an Islamic State cell on the outskirts of Damascus.", "ISIS", "SYR"),
])
def test_place_that_only_locates_is_no_party(coded_records, text, tgt, place):
    recs = coded_records(text)
    assert recs and all(tgt in _countries(r["target"]) for r in recs), recs
    assert not any(a["country"] == place and not a["org"] for r in recs for a in r["target"]), recs


def test_place_that_only_locates_leaves_a_real_object_alone(coded_records):
    """"Near" a place says where; the place after "against" is still whom the strike is aimed at."""
    recs = coded_records("Israeli jets launched an air strike against Damascus.")
    assert any("SYR" in _countries(r["target"]) for r in recs), recs
