"""Phrase rules of eventwire.actors.phrases, through the real resolver and spaCy model."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.resolver import resolve_article
from eventwire.where import load_gazetteer

from .conftest import codes, find


def test_bare_korean_is_south_korea_unless_the_article_points_north(resolve):
    [pairs] = resolve("Korean doctors walked out of hospitals over the medical school quota.")
    assert codes(find(pairs, "Korean doctors"))[0].startswith("KOR")
    [_, pairs] = resolve(["Pyongyang fired two missiles on Sunday.", "Korean state media praised the launch."])
    assert codes(find(pairs, "Korean state media")) == ["PRKMED"]


def test_organisation_subject_is_the_antecedent_of_it(resolve):
    [pairs] = resolve("The African Union said it would suspend Niger from its activities.")
    assert codes(find(pairs, "it")) == ["IGOAFR"]
    [pairs] = resolve("Chad and the African Union said it would act.")  # a coordinated subject is no "it"
    assert not any(t == "it" for t, _ in pairs)


def test_demonym_before_border_names_the_other_side(resolve):
    [pairs] = resolve("Azerbaijan deployed artillery to its Armenian border.")
    m = find(pairs, "Armenian")
    assert codes(m) == ["ARM"] and m.confidence == 0.5
    assert not any(t == "its" for t, _ in pairs)  # the border's owner is not a party
    [pairs] = resolve("Ships crossed the Taiwan Strait.")
    assert pairs == []


def test_a_state_facility_belongs_to_the_state(resolve):
    [pairs] = resolve("Missiles hit a Saudi airport.")
    assert codes(find(pairs, "Saudi")) == ["SAU"]
    [pairs] = resolve("Flights left the Kabul airport.")
    assert not any(m.actors and m.actors[0].country == "AFG" for _, m in pairs)


def test_possessor_of_an_ally_is_not_the_ally(resolve):
    [pairs] = resolve("Hezbollah fighters shelled positions of Israel's militia allies in Syria.")
    assert not any(t == "Israel" for t, _ in pairs)
    [pairs] = resolve("Israel's army shelled positions in Syria.")
    assert codes(find(pairs, "Israel's army")) == ["ISRMIL"]


def test_appositive_title_places_an_unknown_person(resolve):
    [pairs] = resolve("Maria Lindqvist, the European Union special envoy for the Sahel, met officials.")
    m = find(pairs, "Maria Lindqvist")
    assert codes(m) == ["IGOEEC"] and m.via == "title"
    assert not any(t.startswith("the European Union") for t, _ in pairs)
    [pairs] = resolve("Pedro Alvarado, the Colombian deputy defence minister, accused Venezuela of lying.")
    assert codes(find(pairs, "Pedro Alvarado")) == ["COLGOV"]
    [pairs] = resolve("Pedro Alvarado, a keen fisherman, accused Venezuela of lying.")
    assert codes(find(pairs, "Pedro Alvarado")) == ["---"]


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_city_used_as_actor_takes_its_country(nlp, kb, gaz):
    on = dt.date(2023, 5, 1)

    def run(text: str, gazetteer=gaz):
        doc = nlp(text)
        [ms] = resolve_article([(doc, 0)], kb, on, gazetteer)
        return [(doc[m.start:m.end].text, m) for m in ms]

    assert codes(find(run("Aleppo residents fled the fighting."), "Aleppo")) == ["SYR"]
    assert codes(find(run("Mosul's governor accused the militia of extortion."), "Mosul")) == ["IRQ"]
    assert codes(find(run("Jackson said the bill would fail."), "Jackson")) == ["---"]  # a person
    assert not any(t == "Aleppo" for t, _ in run("Aleppo residents fled the fighting.", None))
