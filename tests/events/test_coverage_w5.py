"""Coverage wave 5 (engineer H): envoys recalled or expelled in idiom ("summoned its ambassador home",
"ordered the ambassador out", "gave the diplomats 48 hours to leave"), paying for another's things
(AID to the owner), targets inside thing objects ("the servers *of* an Albanian ministry", "its
funding *of* the WHO"), protests held in another country's custody, and peacekeepers deployed in the
passive.  Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 14)

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("envoy summoned home", "Estonia summoned its ambassador home from Moscow after the incident.",
     ("SANCTION", {"EST"}, {"RUS"})),
    ("envoy called back", "Colombia called its ambassador back from Caracas on Friday.",
     ("SANCTION", {"COL"}, {"VEN"})),
    ("ambassador ordered out", "Burundi ordered the Rwandan ambassador out of the country.",
     ("SANCTION", {"BDI"}, {"RWA"})),
    ("deadline to leave", "Algeria gave the Moroccan diplomats 72 hours to leave.",
     ("SANCTION", {"DZA"}, {"MAR"})),
    ("owner of a hacked thing", "North Korean hackers breached the servers of a South Korean bank.",
     ("COERCE", {"PRK"}, {"KOR"})),
    ("own funding of an organisation", "Washington suspended its funding of UNESCO in January.",
     ("SANCTION", {"USA"}, {"UNESCO"})),
    ("costs covered", "Norway covered the costs of Somalia's drought response.", ("AID", {"NOR"}, {"SOM"})),
    ("bill footed", "Qatar footed the bill for Lebanon's army salaries.", ("AID", {"QAT"}, {"LBN"})),
    ("hunger strike in custody", "Kurdish prisoners went on a hunger strike in Turkish jails.",
     ("PROTEST", set(), {"TUR"})),
    ("peacekeepers deployed, passive", "Nepalese peacekeepers were deployed to Lebanon last month.",
     ("AID", {"NPL"}, {"LBN"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


@pytest.mark.parametrize("text", [
    "The foreign minister called the Russian ambassador back to the ministry for a second meeting.",
    "Ghana's president called his ambassador to discuss the crisis.",
])
def test_another_envoy_or_no_homeward_is_no_recall(resources, text):
    art = Article(id="neg", text=text, published=PUBLISHED)
    assert "SANCTION" not in {e.type for e in code_article(art, resources)}
