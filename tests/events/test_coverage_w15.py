"""Coverage wave 15 (engineer U1): MOBILIZE and CONCEDE in ordinary wire wording -- units other than
"troops" sent or dispatched (a battalion, forces, warships: MOBILIZE, not AID), weapons unveiled, a
defeat conceded (a thing object that is the concession itself), and measures scrapped, reversed or
withdrawn (a state of emergency, a bill, a price hike: CONCEDE, not REJECT or RETREAT).  Sentences are
our own."""

from __future__ import annotations

import pytest

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("battalion sent", "The Nigerian army sent an extra battalion to Borno state on Monday.",
     ("MOBILIZE", {"NGA"}, set())),
    ("warships dispatched", "The Philippine navy dispatched two warships to the disputed shoal.",
     ("MOBILIZE", {"PHL"}, set())),
    ("soldiers dispatched to a border", "Bolivia dispatched soldiers to the Chilean border in 2018.",
     ("MOBILIZE", {"BOL"}, {"CHL"})),
    ("missile unveiled", "Iran unveiled a new long-range cruise missile at a military parade in Tehran.",
     ("MOBILIZE", {"IRN"}, set())),
    ("defeat conceded", "Zimbabwe's ruling party conceded defeat in the Harare mayoral race.",
     ("CONCEDE", {"ZWE"}, set())),
    ("emergency scrapped", "Sri Lanka's government scrapped the state of emergency after protests in 2022.",
     ("CONCEDE", {"LKA"}, set())),
    ("price hike reversed", "Ecuador's president reversed the fuel price hike after protests in 2019.",
     ("CONCEDE", {"ECU"}, set())),
    ("bill abandoned", "Georgia's ruling party abandoned the foreign agents bill in March 2023.",
     ("CONCEDE", {"GEO"}, set())),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


@pytest.mark.parametrize("text", [
    "The ministry unveiled a plan to cut emissions.",
    "The firm sent a unit of engineers to the plant.",
])
def test_other_senses_are_not_mobilization(coded_records, text):
    """Unveiling a plan or sending a civilian unit is no military move."""
    assert "MOBILIZE" not in {r["type"] for r in coded_records(text)}
