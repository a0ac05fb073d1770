"""Event locations through the real pipeline: coordinates, seas, regions, focus, and mentioned places."""

from __future__ import annotations

import datetime as dt

from eventwire.model import Article
from eventwire.pipeline import code_article


def _code(text: str, res) -> list[dict]:
    art = Article(id="t", text=text, published=dt.date(2022, 9, 15))
    return [e.to_record() for e in code_article(art, res)]


def test_event_place_not_mentioned_place(resources) -> None:
    recs = _code("Putin condemned US provocations in the Taiwan Strait. "
                 "The navies of Russia and China conducted joint exercises in the Pacific Ocean.", resources)
    accuse = [r for r in recs if r["type"] == "ACCUSE"]
    assert accuse and all(r["location"] is None for r in accuse)
    joint = [r for r in recs if r["type"] == "COOPERATE"]
    assert joint and joint[0]["location"]["name"] == "Pacific Ocean"
    assert joint[0]["location"]["precision"] == "sea" and joint[0]["location"]["country"] is None


def test_city_location_carries_coordinates_and_geonameid(resources) -> None:
    recs = _code("Xi Jinping met Vladimir Putin on the sidelines of the summit in Samarkand.", resources)
    loc = next(r["location"] for r in recs if r["type"] == "CONSULT")
    assert (loc["name"], loc["country"], loc["geonameid"], loc["precision"]) == ("Samarkand", "UZB", 1216265, "city")
    assert abs(loc["lat"] - 39.65) < 0.1 and abs(loc["lon"] - 66.96) < 0.1


def test_dateline_is_the_focus_when_the_clause_says_nowhere(resources) -> None:
    recs = _code("KYIV, Ukraine (AP) — Russia accused Ukraine of shelling the plant.", resources)
    loc = next(r["location"] for r in recs if r["type"] == "ACCUSE")
    assert (loc["country"], loc["precision"]) == ("UKR", "focus")


def test_context_picks_paris_texas(resources) -> None:
    recs = _code("Texas officials braced for unrest. The U.S. National Guard arrested protesters in Paris.",
                 resources)
    locs = [r["location"] for r in recs if r["location"] and r["location"]["name"] == "Paris"]
    assert locs and all(loc["country"] == "USA" for loc in locs)
    recs = _code("The U.S. National Guard arrested protesters in Paris.", resources)
    assert [r["location"]["country"] for r in recs if r["location"]] == ["FRA"]  # no Texas, no Paris, Texas


def test_place_inside_an_institution_name_yields_to_the_city(resources) -> None:
    for text in ("Students protested at Sciences Po in Paris on Thursday.",
                 "Hundreds of students rallied at Sciences Po in Paris in April 2024."):
        recs = [r for r in _code(text, resources) if r["type"] == "PROTEST"]
        assert recs and recs[0]["location"]["country"] == "FRA", text
