"""Targets the objects do not name (``events.targets``, the setting pass of ``events.refine``) and
prepositions the parser left without an object (``arguments.stranded_objects``), on sentences we
wrote.  Each case fails without its rule: the visit, the aimed weapon and the stranded phrase all
come out with no target at all."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.arguments import stranded_objects
from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 5)


def _code(resources, text: str) -> list[dict]:
    return [e.to_record() for e in code_article(Article(id=text[:20], text=text, published=PUBLISHED), resources)]


def _dyads(events: list[dict], type_: str) -> set[tuple[str | None, str | None]]:
    return {(e["source"][0]["country"] if e["source"] else None, e["target"][0]["country"] if e["target"] else None)
            for e in events if e["type"] == type_}


# -- a gathering abroad is a visit to its host ---------------------------------------------------

@pytest.mark.parametrize("text, dyad", [
    ("The Kenyan president attended a summit in Switzerland.", ("KEN", "CHE")),
    ("Iran's foreign minister held talks in Moscow on Tuesday.", ("IRN", "RUS")),
    ("The Peruvian president is expected to attend a conference in Japan next month.", ("PER", "JPN")),
])
def test_a_lone_visitor_at_a_gathering_abroad_visits_the_host(resources, text, dyad):
    events = _code(resources, text)
    assert _dyads(events, "CONSULT") == {dyad}, events
    visit = next(e for e in events if e["type"] == "CONSULT")
    assert visit["mode"] == "visit" and not visit["reciprocal"], visit


def test_a_gathering_at_home_has_no_host(resources):
    events = _code(resources, "The Egyptian foreign minister attended a conference in Cairo on Sunday.")
    assert _dyads(events, "CONSULT") == {("EGY", None)}, events


def test_joint_attendees_stay_each_others_counterparts(resources):
    events = _code(resources, "Ghana, Togo and Benin attended a summit in Nigeria.")
    assert ("GHA", "TGO") in _dyads(events, "CONSULT") and "NGA" not in {
        t for _, t in _dyads(events, "CONSULT")}, events


# -- a launched weapon is aimed at what follows "at" ---------------------------------------------

def test_a_weapon_launched_at_someone_targets_them(resources):
    events = _code(resources, "Syrian rebels launched rockets at Turkish border posts on Friday.")
    assert _dyads(events, "ASSAULT") == {("SYR", "TUR")}, events


def test_at_a_time_is_no_target(resources):
    events = _code(resources, "Indian troops launched an offensive at dawn.")
    assert all(not e["target"] for e in events if e["type"] == "ASSAULT"), events


# -- prepositions the parser stranded ------------------------------------------------------------

@pytest.mark.parametrize("text, type_, dyad", [
    # right node raising: both conjuncts share the last phrase
    ("Vietnam established diplomatic relations with and opened an embassy in Bogota last year.", "SUPPORT",
     ("VNM", "COL")),
    ("Greece has pledged support to and opened a consulate in Tirana.", "SUPPORT", ("GRC", "ALB")),
    # a reduced relative after the object, parsed as a clause of its own
    ("Ecuador has granted diplomatic asylum to six Peruvian army officers holed up in a diplomatic residence "
     "since last month's failed coup.", "AID", ("ECU", "PER")),
])
def test_a_stranded_preposition_finds_its_object(resources, text, type_, dyad):
    assert dyad in _dyads(_code(resources, text), type_)


def test_only_prepositions_without_an_object_are_repaired(resources):
    doc = resources.nlp("Chile sent aid to Bolivia and opened a consulate in La Paz.")
    to = next(t for t in doc if t.lower_ == "to")
    assert stranded_objects(to) == []
