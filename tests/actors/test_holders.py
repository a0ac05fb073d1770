"""A titled, misspelled surname read as the office holder on the date (eventwire.actors.holders)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.holders import NEAR_HOLDER_CONFIDENCE, near_holder
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
