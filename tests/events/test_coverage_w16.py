"""Coverage wave 16 (engineer U2): COOPERATE and AID in wire wording the lexicon missed -- money support
named by its kind ("financial / budget / military support" is AID, not verbal SUPPORT), credit lines
(AID: the codebook lists credit among economic aid), intelligence "swapped" (COOPERATE 064, while a bare
"swap" stays a prisoner exchange) and trade or investment "increased / boosted" (COOPERATE 061).
Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2023, 6, 14)

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("financial support", "Kuwait provided financial support to Jordan.", ("AID", {"KWT"}, {"JOR"})),
    ("budget support", "Denmark gave budget support to Moldova last week.", ("AID", {"DNK"}, {"MDA"})),
    ("credit line", "Russia extends credit line to Belarus.", ("AID", {"RUS"}, {"BLR"})),
    ("intelligence swapped", "Kenya and Somalia swapped intelligence on al-Shabaab commanders.",
     ("COOPERATE", {"KEN"}, {"SOM"})),
    ("trade increased", "Brazil and Paraguay increased bilateral trade last year.", ("COOPERATE", {"BRA"}, {"PRY"})),
    ("investment boosted", "South Korea boosted investment in Indonesia.", ("COOPERATE", {"KOR"}, {"IDN"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Germany voiced support for Lithuania.", "SUPPORT"),  # plain support stays verbal
    ("Armenia and Azerbaijan swapped prisoners.", "RETREAT"),  # a bare swap is a prisoner exchange
])
def test_neighbouring_senses_unchanged(resources, text, expected):
    art = Article(id="neg", text=text, published=PUBLISHED)
    types = {e.type for e in code_article(art, resources)}
    assert expected in types and "COOPERATE" not in types and "AID" not in types
