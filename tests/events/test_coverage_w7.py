"""Coverage wave 7 (engineer K): AID in ordinary wire wording and the constructions that mistyped it --
supplies rushed or distributed (AID, not MOBILIZE or nothing), refugees hosted (AID, not a visit by the
refugees), aid carried by a plane that lands (delivered where it lands, no visit) -- and a detention "for
questioning" that is no accusation.  Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 14)

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("supplies rushed", "Australia rushed emergency supplies to Tonga after the eruption.", ("AID", {"AUS"}, {"TON"})),
    ("aid rushed", "Egypt rushed aid to Libya after the floods.", ("AID", {"EGY"}, {"LBY"})),
    ("food distributed", "Turkey distributed food to displaced families in northern Syria.", ("AID", {"TUR"}, {"SYR"})),
    ("supplies distributed", "Saudi Arabia distributed medical supplies to hospitals in Yemen.",
     ("AID", {"SAU"}, {"YEM"})),
    ("refugees hosted", "Uganda hosts more than a million South Sudanese refugees.", ("AID", {"UGA"}, {"SSD"})),
    ("migrants hosted", "Colombia hosted two million Venezuelan migrants.", ("AID", {"COL"}, {"VEN"})),
    ("aid carried by a landing plane", "An Algerian plane carrying medical aid landed in Tunisia.",
     ("AID", {"DZA"}, {"TUN"})),
    ("detained for questioning", "Russian police detained a Finnish journalist for questioning.",
     ("COERCE", {"RUS"}, {"FIN"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


def _types(coded_records, name: str) -> set[str]:
    return {r["type"] for r in coded_records(next(text for n, text, _ in CASES if n == name))}


def test_hosted_refugees_are_no_visit(coded_records):
    assert "CONSULT" not in _types(coded_records, "refugees hosted")


def test_landing_plane_is_no_visit(coded_records):
    assert "CONSULT" not in _types(coded_records, "aid carried by a landing plane")


def test_questioning_is_no_accusation(coded_records):
    assert "ACCUSE" not in _types(coded_records, "detained for questioning")


@pytest.mark.parametrize("text", [
    "The company distributed dividends to shareholders in Singapore.",
    "Farmers in Kenya rushed to harvest their maize before the rains.",
    "The plane carrying the football team landed in Madrid.",
])
def test_no_aid_or_visit_without_aid_goods(resources, text):
    art = Article(id="neg", text=text, published=PUBLISHED)
    assert not {e.type for e in code_article(art, resources)} & {"AID", "CONSULT", "MOBILIZE"}


def test_leaders_still_land_on_visits(resources):
    art = Article(id="visit", text="President Lula landed in Beijing for talks with Xi Jinping.", published=PUBLISHED)
    assert "CONSULT" in {e.type for e in code_article(art, resources)}
