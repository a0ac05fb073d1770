"""Crowd rules of events/crowds.py on sentences we wrote: a crowd's hostile acts are protest, the
crowd's side of a clash, protesters given their government's country, protest told from complaint."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.crowds import crowd_sense, crowd_subject
from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 14)


def _events(resources, text: str):
    return code_article(Article(id=text[:30], text=text, published=PUBLISHED), resources)


def _token(resources, text: str, word: str):
    return next(t for t in resources.nlp(text) if t.text == word)


def test_protesters_take_their_governments_country(resources):
    evs = [e for e in _events(resources, "Jailed activists went on hunger strike to demand the resignation of "
                                         "Ethiopian Prime Minister Abiy Ahmed.") if e.type == "PROTEST"]
    assert evs and all({a.country for a in e.source} == {"ETH"} for e in evs)


@pytest.mark.parametrize("text,verb,crowd", [
    ("Protesters stormed the parliament in Colombo in July 2022.", "stormed", True),
    ("The town hall was ransacked by rioters in Nouméa.", "ransacked", True),
    ("Russian troops stormed the town of Bakhmut.", "stormed", False),
])
def test_crowd_subject(resources, text, verb, crowd):
    assert crowd_subject(_token(resources, text, verb)) is crowd


@pytest.mark.parametrize("verb,mode", [("storm", "riot"), ("occupy", "obstruct")])
def test_crowd_sense_turns_hostile_acts_into_protest(resources, verb, mode):
    entry = resources.lexicon.verb(verb)
    assert entry is not None and entry.type in ("ASSAULT", "COERCE")
    got = crowd_sense(entry, verb)
    assert (got.type, got.mode) == ("PROTEST", mode)


def test_crowd_sense_leaves_other_acts_alone(resources):
    entry = resources.lexicon.verb("meet")
    assert crowd_sense(entry, "meet") == entry


@pytest.mark.parametrize("text,etype", [
    ("Ankara protested to Athens over the arrest of two journalists.", "ACCUSE"),
    ("The Czech foreign ministry protested that Russian diplomats had spied on NATO.", "ACCUSE"),
    ("Farmers protested against the new tax in Warsaw.", "PROTEST"),
    ("Students protested outside the embassy in Manila.", "PROTEST"),
])
def test_verbal_protest_is_accusation(resources, text, etype):
    from eventwire.events.senses import (
        verb_sense,  # verbal_protest is applied by the verb's sense
    )
    entry = verb_sense(_token(resources, text, "protested"), resources.lexicon)
    assert entry is not None and entry.type == etype


def test_crowd_side_of_a_clash_is_protest(resources):
    evs = _events(resources, "Kenyan police clashed with rioters in Nairobi on Tuesday.")
    assert any(e.type == "ASSAULT" for e in evs), evs
    assert any(e.type == "PROTEST" and "KEN" in {a.country for a in e.target} for e in evs), evs


def test_clash_between_armed_parties_has_no_crowd_side(resources):
    evs = _events(resources, "Sudanese troops clashed with rebels near El Fasher.")
    assert not [e for e in evs if e.type == "PROTEST"], evs
