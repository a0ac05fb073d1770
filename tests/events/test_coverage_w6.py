"""Coverage wave 6 (engineer I): ordinary wire-copy wording of COOPERATE, SANCTION and MOBILIZE.

Halted talks and suspended flights are sanctions, frozen assets too (CAMEO 163/164, not a seizure);
diplomatic boycotts of summits and games, revoked licences; "persona non grata" in active and passive
(the parser makes "persona" a clause); working *together*, joint investigations and commissions,
deepened ties; one state's war games, alert *levels* and states *of readiness*; forces put on alert in
the passive mobilise their own state.  Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 14)

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("talks suspended", "Armenia suspended negotiations with Azerbaijan after the shelling.",
     ("SANCTION", {"ARM"}, {"AZE"})),
    ("talks halted", "Sudan's army halted talks with the RSF in Jeddah.", ("SANCTION", {"SDN"}, set())),
    ("assets frozen", "Switzerland froze the assets of two Russian oligarchs.", ("SANCTION", {"CHE"}, {"RUS"})),
    ("flights suspended", "Saudi Arabia suspended flights to Qatar in 2017.", ("SANCTION", {"SAU"}, {"QAT"})),
    ("summit boycotted", "Morocco boycotted the summit in Algiers.", ("SANCTION", {"MAR"}, set())),
    ("licences revoked", "India revoked the licences of three Chinese telecom firms.",
     ("SANCTION", {"IND"}, {"CHN"})),
    ("persona non grata, active", "Bolivia declared the Chilean consul persona non grata.",
     ("SANCTION", {"BOL"}, {"CHL"})),
    ("persona non grata, passive", "Two Belarusian diplomats were declared persona non grata by Lithuania.",
     ("SANCTION", {"LTU"}, {"BLR"})),
    ("worked together", "Malian and Nigerien soldiers worked together on securing the border road.",
     ("COOPERATE", {"MLI"}, {"NER"})),
    ("joint investigation", "Spain and Portugal opened a joint investigation into the smuggling network.",
     ("COOPERATE", {"ESP"}, {"PRT"})),
    ("joint commission", "Kenya and Tanzania have set up a joint commission on cross-border trade.",
     ("COOPERATE", {"KEN"}, {"TZA"})),
    ("ties deepened", "Vietnam deepened its defence ties with the Philippines.", ("COOPERATE", {"VNM"}, {"PHL"})),
    ("militants handed over", "Jordan handed three Syrian militants over to Damascus.",
     ("COOPERATE", {"JOR"}, {"SYR"})),
    ("one state's war games", "North Korea staged war games near the border.", ("MOBILIZE", {"PRK"}, set())),
    ("alert level raised", "Taiwan raised the alert level of its coast guard.", ("MOBILIZE", {"TWN"}, set())),
    ("state of readiness", "Greece put its navy on a state of full readiness.", ("MOBILIZE", {"GRC"}, set())),
    ("war footing", "Ethiopia placed its army on a war footing.", ("MOBILIZE", {"ETH"}, set())),
    ("forces put on alert, passive", "Iranian forces were placed on high alert.", ("MOBILIZE", {"IRN"}, set())),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


def test_joint_war_games_stay_cooperation(resources):
    art = Article(id="j", text="Russia and Belarus held joint war games near the Polish border.", published=PUBLISHED)
    assert "COOPERATE" in {e.type for e in code_article(art, resources)}


@pytest.mark.parametrize("text", [
    "The two design teams worked together for hours to finish the report.",
    "The airline suspended flights to Denver because of a snowstorm.",
    "Fans declared the striker a hero after the cup final.",
    "The museum raised the alert level for visitors during the heatwave.",
    "Children played war games in the park behind the school.",
    "Police froze the assets of a local bakery chain over unpaid taxes.",
    "A joint investigation by two newspapers found fraud in the lottery.",
])
def test_same_words_without_states_are_no_event(resources, text):
    art = Article(id="neg", text=text, published=PUBLISHED)
    assert not code_article(art, resources), text
