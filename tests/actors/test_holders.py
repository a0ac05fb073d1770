"""Names near a listed person: misspelt holders, and other people who share a surname (eventwire.actors.holders)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.holders import NEAR_HOLDER_CONFIDENCE, given_name_fits, near_holder
from eventwire.actors.names import one_edit
from tests.actors.conftest import find


@pytest.mark.parametrize("a, b, want", [
    ("museveni", "musevenni", True), ("erdogan", "erdogn", True), ("santos", "snatos", True),
    ("santos", "sontas", False), ("santos", "santos", False), ("putin", "putins", True), ("abc", "xyz", False),
])
def test_one_edit(a, b, want):
    assert one_edit(a, b) is want


def test_near_holder_needs_the_office_the_date_and_one_edit(kb):
    on = dt.date(2010, 5, 1)
    assert near_holder(kb, "president", "Musevenni", on) == "Yoweri Museveni"
    assert near_holder(kb, "prime minister", "Erdogn", on) == "Recep Tayyip Erdoğan"
    assert near_holder(kb, "prime minister", "Musevenni", on) is None  # wrong office
    assert near_holder(kb, "vice president", "Musevenni", on) is None  # not a single office we list
    assert near_holder(kb, "president", "Brakeworth", on) is None
    assert near_holder(kb, "president", "Lulla", dt.date(2015, 1, 1)) is None  # out of office then


def test_resolver_reads_misspelled_holder_at_low_confidence(resolve):
    pairs = resolve("President Musevenni met the visiting delegation.", on=dt.date(2010, 5, 1))[0]
    m = find(pairs, "President Musevenni")
    assert [a.name for a in m.actors] == ["Yoweri Museveni"] and m.actors[0].code == "UGAGOV"
    assert m.confidence == NEAR_HOLDER_CONFIDENCE


def test_unknown_titled_name_stays_unresolved(resolve):
    pairs = resolve("President Jonas Brakeworth met the delegation.", on=dt.date(2010, 5, 1))[0]
    assert not any(a.country for _, m in pairs for a in m.actors)


def test_given_name_fits_spellings_initials_and_inner_names(kb):
    assert given_name_fits(kb, "Kassym-Jomart Tokayev", "Kassym")
    assert given_name_fits(kb, "Kassym-Jomart Tokayev", "K.")
    assert given_name_fits(kb, "Recep Tayyip Erdoğan", "Tayyip")
    assert given_name_fits(kb, "Ebrahim Raisi", "Ibrahim")  # one edit: a transliteration
    assert not given_name_fits(kb, "Kassym-Jomart Tokayev", "Arman")
    assert not given_name_fits(kb, "Ebrahim Raisi", "Hossein")


@pytest.mark.parametrize("text, span", [
    ("Arman Tokayev, a Kazakh blogger, criticised the plan.", "Arman Tokayev"),
    ("Officials said Hossein Raisi was detained at the border.", "Hossein Raisi"),
])
def test_listed_surname_with_another_given_name_is_someone_else(resolve, text, span):
    pairs = resolve(text, on=dt.date(2022, 9, 15))[0]
    m = find(pairs, span)
    assert not any(a.kb_id or a.sector == "GOV" or a.name in ("Kassym-Jomart Tokayev", "Ebrahim Raisi")
                   for a in m.actors)


@pytest.mark.parametrize("text, span, name", [
    ("Kassym-Jomart Tokayev met the delegation.", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"),
    ("K. Tokayev met the delegation.", "K. Tokayev", "Kassym-Jomart Tokayev"),
    ("Ibrahim Raisi met the delegation.", "Ibrahim Raisi", "Ebrahim Raisi"),
    ("Mr Tokayev met the delegation.", "Tokayev", "Kassym-Jomart Tokayev"),
])
def test_listed_surname_with_a_fitting_given_name_is_the_listed_person(resolve, text, span, name):
    pairs = resolve(text, on=dt.date(2022, 9, 15))[0]
    m = next(m for t, m in pairs if t in span)  # the mention may be the surname alone
    assert [a.name for a in m.actors] == [name]


def test_possessive_country_before_a_title_gives_an_unknown_holder_the_government(resolve):
    pairs = resolve("Ghana's President Kofi Badu met the delegation.", on=dt.date(2022, 9, 15))[0]
    m = next(m for t, m in pairs if "Kofi Badu" in t)
    assert [(a.country, a.sector) for a in m.actors] == [("GHA", "GOV")]


def test_the_surname_again_after_someone_else_is_still_that_person(resolve):
    pairs = resolve(["Arman Tokayev, a Kazakh journalist, criticised the plan.",
                     "Tokayev said the police had questioned him."], on=dt.date(2022, 9, 15))
    first = next(m for t, m in pairs[0] if "Arman Tokayev" in t)
    again = next(m for t, m in pairs[1] if t == "Tokayev")
    assert [(a.country, a.sector) for a in first.actors] == [("KAZ", "MED")]
    assert [a.name for a in again.actors] != ["Kassym-Jomart Tokayev"]
    assert [(a.country, a.sector) for a in again.actors] == [("KAZ", "MED")]


def test_business_people_are_bus(resolve):
    pairs = resolve("Kofi Badu, a Ghanaian businessman, met Russian tycoons.", on=dt.date(2022, 9, 15))[0]
    assert [(a.country, a.sector) for _, m in pairs for a in m.actors] == [("GHA", "BUS"), ("RUS", "BUS")]
