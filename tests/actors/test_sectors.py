"""Bare sector nouns with a place phrase (actors/sectors.py): occupations, cities, coordinated places."""

from __future__ import annotations

import pytest

from eventwire.pipeline import load_resources
from eventwire.actors.resolver import resolve_article

from .conftest import codes, find


@pytest.mark.parametrize("text,span,want", [
    ("Nurses in Nairobi went on strike on Monday.", "Nurses", ["KENHLH"]),
    ("Teachers in Chile marched through Santiago in May 2019.", "Teachers", ["CHLEDU"]),
    ("Farmers in India blocked highways into Delhi.", "Farmers", ["INDAGR"]),
    ("Consumers in Turkey stopped buying French cheese.", "Consumers", ["TURCVL"]),
    ("Lawyers in Pakistan boycotted the courts on Tuesday.", "Lawyers", ["PAKJUD"]),
])
def test_occupations_take_the_country_of_their_place(resolve, text, span, want):
    [pairs] = resolve(text)
    assert codes(find(pairs, span)) == want


def test_occupation_without_a_place_gets_no_country(resolve):
    [pairs] = resolve("Truckers blocked the main highway for a week.")
    assert "Truckers" not in [t for t, _ in pairs]


def test_members_of_a_named_group_are_the_group_wherever_they_are(resolve):
    """"the ELN rebels in Caracas" are the Colombian ELN, not Venezuelan rebels."""
    [pairs] = resolve("Bogota reopened talks with the ELN rebels in Caracas.")
    assert [codes(m) for t, m in pairs if "rebels" in t or "ELN" in t] == [["COLREBELN"]]


def test_an_official_serves_the_government_its_phrase_names(resolve):
    """"an aide to the Turkish president" is TUR GOV; "the presidents of X" are not staff of X."""
    [pairs] = resolve("An aide to the Egyptian president and a spokesman for the Qatari foreign ministry spoke.")
    assert codes(find(pairs, "aide")) == ["EGYGOV"] and codes(find(pairs, "spokesman")) == ["QATGOV"]
    [pairs] = resolve("An aide to the singer denied the report.")
    assert pairs == []


def test_coordinated_places_give_one_actor_each(resolve):
    [pairs] = resolve("Police in Kenya and Uganda arrested 40 suspects on Friday.")
    assert codes(find(pairs, "Police")) == ["KENCOP", "UGACOP"]
    [pairs] = resolve("Farmers in France, Belgium and Poland drove tractors into the cities.")
    assert codes(find(pairs, "Farmers")) == ["FRAAGR", "BELAGR", "POLAGR"]


@pytest.fixture(scope="module")
def with_gazetteer():
    res = load_resources()

    def run(text: str):
        doc = res.nlp(text)
        [ms] = resolve_article([(doc, 0)], res.kb, None, res.gazetteer)
        return [(doc[m.start:m.end].text, m) for m in ms]

    return run


def test_a_city_without_a_kb_entry_places_the_sector_through_the_gazetteer(with_gazetteer):
    assert codes(find(with_gazetteer("Dockworkers in Rotterdam went on strike on Tuesday."), "Dockworkers")) \
        == ["NLDLAB"]
    assert codes(find(with_gazetteer("Truckers in Texas blocked the highway on Monday."), "Truckers")) == ["USALAB"]
