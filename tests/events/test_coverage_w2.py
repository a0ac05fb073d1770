"""Coverage of CONCEDE, MOBILIZE, PROTEST and COOPERATE vocabulary (engineer B, wave 2): ending a
ban, a bill or charges is a concession; soldiers counted ("thousands of soldiers"), armour moved and
a bigger military presence are mobilisation; crowds pouring into streets, storming or occupying
places and boycotting goods are protest; acts done "jointly", coordinated positions and joint
manoeuvres are cooperation, while one army's manoeuvres are a show of force.  Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 14)

# (phenomenon, sentence, (type, source countries, target countries))
CASES = [
    ("lifted ban is a concession", "Kyrgyzstan lifted its ban on independent news websites.",
     ("CONCEDE", {"KGZ"}, set())),
    ("suspended ban is a concession", "Jordan suspended the ban on the teachers' union.", ("CONCEDE", {"JOR"}, set())),
    ("withdrawn bill is a concession", "Paraguay's government withdrew the controversial pension bill.",
     ("CONCEDE", {"PRY"}, set())),
    ("dropped charges are a concession", "Belarus dropped charges against three opposition bloggers.",
     ("CONCEDE", {"BLR"}, set())),
    ("restored internet is a concession", "Iraq restored internet access in Kurdistan.", ("CONCEDE", {"IRQ"}, set())),
    ("counted soldiers sent", "Lithuania sent hundreds of soldiers to its border with Belarus.",
     ("MOBILIZE", {"LTU"}, set())),
    ("armour moved", "Turkey moved tanks to its border with Syria.", ("MOBILIZE", {"TUR"}, set())),
    ("presence increased", "Britain increased its naval presence in the Gulf.", ("MOBILIZE", {"GBR"}, set())),
    ("single army manoeuvres", "Morocco's army held large manoeuvres near the Algerian border.",
     ("MOBILIZE", {"MAR"}, set())),
    ("crowd storming a building", "Angry protesters stormed the parliament building in Nairobi.",
     ("PROTEST", {"KEN"}, set())),
    ("crowd occupying a place", "Demonstrators in Yerevan occupied the central square.", ("PROTEST", {"ARM"}, set())),
    ("consumers boycotting goods", "Consumers in Jordan boycotted American fast food chains.",
     ("PROTEST", set(), {"USA"})),
    ("crowd pouring into streets", "Thousands of Kenyans poured into the streets of Mombasa.",
     ("PROTEST", {"KEN"}, set())),
    ("railway blocked by farmers", "Polish farmers blocked railway lines near the Ukrainian border.",
     ("PROTEST", {"POL"}, set())),
    ("jointly done act", "Chile and Argentina jointly built a hydroelectric dam.",
     ("COOPERATE", {"CHL", "ARG"}, set())),
    ("coordinated positions", "Kenya and Uganda coordinated their positions before the summit.",
     ("COOPERATE", {"KEN", "UGA"}, set())),
    ("coordinated patrols", "Niger and Chad carried out coordinated patrols along their border.",
     ("COOPERATE", {"NER", "TCD"}, set())),
    ("joint manoeuvres", "Egypt and Saudi Arabia held joint naval manoeuvres in the Red Sea.",
     ("COOPERATE", {"EGY", "SAU"}, set())),
    ("fugitive handed over", "Thailand handed over a fugitive suspect to Chinese police.",
     ("COOPERATE", {"THA"}, {"CHN"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected, either_side=True)


@pytest.mark.parametrize("text,etype", [
    ("Soldiers stormed the rebel stronghold in Idlib.", "ASSAULT"),
    ("Israel lifted its blockade of the Rafah crossing.", "RETREAT"),
    ("The European Union lifted sanctions on Belarusian potash.", "RETREAT"),
])
def test_non_crowd_and_non_ban_senses_stay(resources, text, etype):
    """An army storming a place assaults it; lifting a blockade or sanctions stays a material RETREAT."""
    types = {e.type for e in code_article(Article(id="x", text=text, published=PUBLISHED), resources)}
    assert etype in types and "PROTEST" not in types and "CONCEDE" not in types, (text, types)
