"""Verb senses that are no event (events/senses.py ``NON_EVENT_OBJECTS``), on sentences we wrote,
through the real pipeline: the same verb with a person, weapon or thing as object stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 14)


def _types(resources, text: str) -> list[str]:
    return [e.type for e in code_article(Article(id=text[:30], text=text, published=PUBLISHED), resources)]


@pytest.mark.parametrize("text", [
    "The Chilean foreign minister gave a long speech at the university in Santiago.",
    "Tunisia's president gave an interview to state television on Sunday.",
    "Kenyan police released dramatic footage of the raid on Monday.",
    "Ottawa released its annual report on arms exports.",
    "The dispute will test the resolve of the Baltic states.",
    "The election is expected to test the unity of the ruling coalition in Nepal.",
])
def test_object_that_makes_no_event(resources, text):
    assert _types(resources, text) == []


@pytest.mark.parametrize("text,etype", [
    ("Uganda gave two armoured vehicles to Somalia.", "AID"),
    ("Venezuela released three American prisoners on Saturday.", "RETREAT"),
    ("Pakistan tested a new cruise missile over the Arabian Sea.", "MOBILIZE"),
])
def test_same_verb_with_an_event_object(resources, text, etype):
    assert etype in _types(resources, text)


@pytest.mark.parametrize("text,etype", [
    ("Hungarian teachers joined the protest outside parliament in Budapest.", "PROTEST"),  # joining a protest is protesting
    ("Nurses joined the rally outside the parliament in Ljubljana.", "PROTEST"),
    ("Romania joined the NATO exercise in the Black Sea.", "COOPERATE"),
])
def test_what_is_joined_decides_the_type(resources, text, etype):
    assert etype in _types(resources, text)


def test_a_month_is_no_march(resources):
    assert "PROTEST" not in _types(resources, "Belgian farmers drove their tractors to Brussels in March 2019.")
