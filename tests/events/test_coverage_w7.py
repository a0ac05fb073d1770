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


@pytest.fixture(scope="module")
def coded(resources):
    return {name: [e.to_record() for e in code_article(Article(id=name, text=text, published=PUBLISHED), resources)]
            for name, text, _ in CASES}


def _keys(actors):
    return {a["country"] or a["org"] for a in actors if a["country"] or a["org"]}


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(coded, name, text, expected):
    etype, src, tgt = expected
    got = [(r["type"], _keys(r["source"]), _keys(r["target"])) for r in coded[name]]
    assert any(t == etype and src <= s and tgt <= g for t, s, g in got), f"{text!r}: want {expected}, got {got}"


def test_hosted_refugees_are_no_visit(coded):
    assert "CONSULT" not in {r["type"] for r in coded["refugees hosted"]}


def test_landing_plane_is_no_visit(coded):
    assert "CONSULT" not in {r["type"] for r in coded["aid carried by a landing plane"]}


def test_questioning_is_no_accusation(coded):
    assert "ACCUSE" not in {r["type"] for r in coded["detained for questioning"]}


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
