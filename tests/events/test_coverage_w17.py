"""Coverage wave 17 (engineer U3): SANCTION and COERCE in ordinary wire wording that the lexicon missed --
sanctions or tariffs "slapped" on a country (not a slap, ASSAULT), an agreement "revoked" (ending a relation,
not a concession), exports or imports halted or suspended (a trade curb, not a ceasefire), contacts frozen or
suspended, and premises searched by the authorities (a police search).  Sentences are our own."""

from __future__ import annotations

import pytest

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("sanctions slapped", "The European Union slapped fresh sanctions on Belarus in June 2021.",
     ("SANCTION", {"EU"}, {"BLR"})),
    ("agreement revoked", "Niger revoked its military cooperation agreement with France in 2023.",
     ("SANCTION", {"NER"}, {"FRA"})),
    ("exports halted", "Argentina halted beef exports to China for thirty days in 2021.",
     ("SANCTION", {"ARG"}, {"CHN"})),
    ("contacts suspended", "Ukraine suspended all contacts with the Russian parliament in 2015.",
     ("SANCTION", {"UKR"}, {"RUS"})),
    ("premises searched", "Polish prosecutors searched the headquarters of a Russian-owned bank in 2022.",
     ("COERCE", {"POL"}, {"RUS"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


@pytest.mark.parametrize("text", [
    "The boxer slapped his rival at the weigh-in in Las Vegas.",
    "Argentina halted the match in Buenos Aires after crowd trouble.",
])
def test_no_sanction_without_a_measure(coded_records, text):
    assert "SANCTION" not in {r["type"] for r in coded_records(text)}
