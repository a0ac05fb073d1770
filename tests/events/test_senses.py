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


# --- violence and protest senses (engineer Q2) ---------------------------------------------------

def _token(resources, text: str, word: str):
    return next(t for t in resources.nlp(text) if t.text == word)


@pytest.mark.parametrize("text,month", [
    ("The truce signed in March 2016 has collapsed.", True),
    ("Parliament has not met since early March.", True),
    ("The deal agreed on 15 March was welcomed.", True),
    ("The Kenyan accord of mid-March was a surprise.", True),
    ("Opposition supporters joined the March for Democracy in Lima.", False),
])
def test_is_month(resources, text, month):
    from eventwire.events.senses import is_month
    assert is_month(_token(resources, text, "March")) is month


@pytest.mark.parametrize("text,weapon", [
    ("Israeli tanks fired four shell bombs at targets in Rafah.", "bomb"),
    ("Rebels fired mortar rounds at an army base in Goma.", "mortar"),
    ("Russian forces fired cluster bombs at villages in Donetsk.", "bomb"),
])
def test_weapon_object_keys_the_sense(resources, text, weapon):
    from eventwire.events.senses import verb_sense
    entry = verb_sense(_token(resources, text, "fired"), resources.lexicon)
    assert entry is not None and entry.type == "ASSAULT" and not entry.object_is_target
    assert entry.particle in (weapon, "shell", "round")


@pytest.mark.parametrize("text,verb,etype", [
    ("Police prevented a demonstration by miners in La Paz.", "prevented", "COERCE"),
    ("The authorities banned the rally planned by the opposition.", "banned", "COERCE"),
    ("Police broke up the protest in Dakar.", "broke", "COERCE"),
    ("The army prevented an attack on the capital.", "prevented", None),
])
def test_stopping_a_protest_is_coercion(resources, text, verb, etype):
    from eventwire.events.senses import suppressed_protest
    entry = suppressed_protest(_token(resources, text, verb), resources.lexicon)
    assert (entry.type if entry else None) == etype


@pytest.mark.parametrize("text,verb,foiled", [
    ("An attempt to kill the governor was thwarted.", "thwarted", True),
    ("Security forces foiled a plot to bomb the parliament.", "foiled", True),
    ("Security forces foiled the smuggling of arms.", "foiled", False),
])
def test_foiled_attempt(resources, text, verb, foiled):
    from eventwire.events.senses import foiled_attempt
    assert foiled_attempt(_token(resources, text, verb)) is foiled


@pytest.mark.parametrize("text,verb,noun", [
    ("An attempt to assassinate the mayor of Herat failed.", "assassinate", "attempt"),
    ("Police foiled a plot to kill the Haitian president.", "kill", "plot"),
    ("The rebels discussed a plan to kill the minister.", "kill", None),
])
def test_attempt_noun(resources, text, verb, noun):
    from eventwire.events.senses import attempt_noun
    got = attempt_noun(_token(resources, text, verb))
    assert (got.lemma_ if got is not None else None) == noun


@pytest.mark.parametrize("text, etype, target", [
    ("Russia fired a salvo of cruise missiles at Ukraine.", "ASSAULT", "UKR"),
    ("Israel has carried out dozens of strikes on Lebanon this month.", "ASSAULT", "LBN"),
    ("Germany announced 300 million euros in humanitarian aid for Afghanistan.", "AID", "AFG"),
    ("The United States provided $1 billion in military aid to Taiwan.", "AID", "TWN"),
    ("Qatar sent 20 million in aid to Gaza.", "AID", "PSE"),
])
def test_a_count_or_a_sum_carries_its_event_noun(resources, text, etype, target):
    events = code_article(Article(id=text[:30], text=text, published=PUBLISHED), resources)
    assert any(e.type == etype and any(a.country == target for a in e.target) for e in events), \
        [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in events]
