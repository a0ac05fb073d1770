"""The gazetteer: packaged data loads, names normalise, bad data files are refused with E003."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.where.gazetteer import load_gazetteer, normalise, read_places

KNOWN = {"UKR", "USA"}


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_normalise_folds_accents_case_and_articles() -> None:
    assert normalise("The Taiwan Strait") == "taiwan strait"
    assert normalise("Sāmarrā’") == "samarra"
    assert normalise("Łódź") == "lodz"
    assert normalise("Nagorno-Karabakh") == normalise("Nagorno Karabakh")


def test_cities_countries_states_and_seas(gaz) -> None:
    samarkand = [p for p in gaz.lookup("Samarkand") if p.country == "UZB"][0]
    assert (samarkand.country, samarkand.geonameid) == ("UZB", 1216265)
    assert abs(samarkand.lat - 39.65) < 0.1 and abs(samarkand.lon - 66.96) < 0.1
    assert {p.country for p in gaz.lookup("Paris")} >= {"FRA", "USA"}
    assert gaz.lookup("Texas")[0].kind == "state"
    strait = gaz.lookup("the Taiwan Strait")[0]
    assert (strait.kind, strait.country, strait.precision) == ("sea", None, "sea")
    assert gaz.lookup("Donbass")[0].name == "Donbas"
    assert gaz.country("UA").name == "Ukraine" and gaz.country("UKR").lat is not None
    assert gaz.lookup("Britain")[0].country == "GBR"
    assert gaz.fingerprint and len(gaz) > 30000


def test_alternate_names_are_latin_names_not_codes(gaz) -> None:
    assert [p.country for p in gaz.lookup("Kiev")] == ["UKR"]
    assert gaz.lookup("ALV") == []  # an airport-style code of Andorra la Vella


@pytest.mark.parametrize("row,reason", [
    ("Foo Sea,,ocean,,1,2", "kind"),
    ("Foo Sea,,sea,XXX,1,2", "alpha-3"),
    ("Foo Sea,,sea,,north,2", "numbers"),
    ("Foo Sea,,sea,,95,2", "out of range"),
    (",,sea,,1,2", "empty name"),
])
def test_bad_places_file_is_refused(tmp_path, row, reason) -> None:
    path = tmp_path / "places.csv"
    path.write_text("name,aliases,kind,country,lat,lon\n" + row + "\n", encoding="utf-8")
    with pytest.raises(EventwireError) as err:
        read_places(path, KNOWN)
    assert err.value.code == "E003" and reason in err.value.message and "line 2" in err.value.message


def test_duplicate_names_and_wrong_columns_are_refused(tmp_path) -> None:
    path = tmp_path / "places.csv"
    path.write_text("name,aliases,kind,country,lat,lon\nA Sea,,sea,,1,2\nthe A Sea,,sea,,1,2\n", encoding="utf-8")
    with pytest.raises(EventwireError, match="duplicate"):
        read_places(path, KNOWN)
    path.write_text("name,kind\nA,sea\n", encoding="utf-8")
    with pytest.raises(EventwireError, match="columns"):
        read_places(path, KNOWN)


def test_packaged_places_file_is_valid(gaz) -> None:
    rows = read_places(__import__("eventwire.where.gazetteer", fromlist=["PLACES_CSV"]).PLACES_CSV, set(gaz.countries))
    assert len(rows) >= 150 and {p.kind for p, _ in rows} == {"sea", "region"}
