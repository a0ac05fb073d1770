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


def _loc(recs: list[dict], type_: str) -> dict | None:
    hits = [r for r in recs if r["type"] == type_]
    assert hits, (type_, [r["type"] for r in recs])
    return hits[0]["location"]


def test_compass_and_outskirts_phrases_locate_at_the_named_place(resources) -> None:
    for text, name, country in (
            ("Kenyan jets bombed an al-Shabaab camp west of Kismayo on Sunday.", "Kismayo", "SOM"),
            ("Ugandan jets bombed rebel positions 30 km north of Goma on Tuesday.", "Goma", "COD"),
            ("Kenyan troops launched an air strike against an al-Shabaab camp west of Mogadishu.", "Mogadishu", "SOM"),
            ("Gunmen attacked a police checkpoint on the outskirts of Peshawar in June 2015.", "Peshawar", "PAK")):
        loc = _loc(_code(text, resources), "ASSAULT")
        assert loc and (loc["name"], loc["country"], loc["precision"]) == (name, country, "city"), (text, loc)


def test_a_gatherings_topic_is_not_its_venue(resources) -> None:
    for text, country in (("Egypt's foreign minister attended the Ankara conference on Gaza on Monday.", "TUR"),
                          ("Pakistan's prime minister attended the Tashkent conference on Afghanistan.", "UZB"),
                          ("Iran and the EU held talks in Vienna on Iraq.", "AUT")):
        loc = _loc(_code(text, resources), "CONSULT")
        assert loc and loc["country"] == country and loc["precision"] == "city", (text, loc)
    recs = _code("Egypt's foreign minister attended the Ankara conference on Gaza on Monday.", resources)
    assert [r["mode"] for r in recs if r["type"] == "CONSULT"] == ["visit"]


def test_a_month_beside_a_date_is_not_the_town_of_march(resources) -> None:
    for text, country in (("Police arrested 40 protesters on 5 March in Caracas.", "VEN"),
                          ("Riot police fired tear gas at demonstrators on March 3 in Kampala.", "UGA"),
                          ("Sri Lankan police detained opposition activists in March 2022 in Colombo.", "LKA")):
        recs = _code(text, resources)
        assert recs and all(r["location"] and r["location"]["country"] == country for r in recs), text
        assert not any(a["country"] == "GBR" for r in recs for a in r["source"] + r["target"]), text


def test_an_embassy_stands_where_it_is_and_for_whom_it_speaks(resources) -> None:
    for text, place, host, guest in (
            ("Students protested outside the US embassy in Cairo on Friday.", "Cairo", "EGY", "USA"),
            ("Activists demonstrated outside the Russian consulate in Istanbul on Saturday.", "Istanbul", "TUR", "RUS")):
        recs = [r for r in _code(text, resources) if r["type"] == "PROTEST"]
        assert recs and recs[0]["location"]["name"] == place, (text, recs and recs[0]["location"])
        assert [a["country"] for a in recs[0]["source"]] == [host], text
        assert [a["country"] for a in recs[0]["target"]] == [guest], text
