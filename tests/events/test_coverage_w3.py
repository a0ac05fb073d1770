"""Coverage of COERCE, AID, SANCTION and RETREAT vocabulary and the confusions between them
(engineer C, wave 3): who is expelled decides COERCE or SANCTION, easing a sanction or blockade is
a material RETREAT, cutting assistance or funding is SANCTION, loans and funding given are AID,
a measure noun received ("a batch of tanks") is the goods it holds, and a light verb's event noun
can be its passive subject ("a curfew was imposed by the army").  Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 14)

# (phenomenon, sentence, (type, source countries, target countries))
CASES = [
    ("expelled private person is coercion", "Kenya expelled a British journalist.", ("COERCE", {"KEN"}, {"GBR"})),
    ("expelled migrants are coercion", "Hungary expelled dozens of Afghan migrants.", ("COERCE", {"HUN"}, {"AFG"})),
    ("expelled diplomats reduce relations", "Azerbaijan expelled two Iranian diplomats.",
     ("SANCTION", {"AZE"}, {"IRN"})),
    ("expelled ambassador reduces relations", "Chad expelled the German ambassador.", ("SANCTION", {"TCD"}, {"DEU"})),
    ("eased sanctions are a retreat", "Washington eased sanctions on Venezuelan oil.", ("RETREAT", {"USA"}, {"VEN"})),
    ("eased embargo is a retreat", "Beijing eased its embargo on Australian barley.", ("RETREAT", {"CHN"}, {"AUS"})),
    ("cut assistance is a sanction", "The Netherlands cut its development assistance to Rwanda.",
     ("SANCTION", {"NLD"}, {"RWA"})),
    ("reduced aid is a sanction", "Washington reduced military aid to Egypt.", ("SANCTION", {"USA"}, {"EGY"})),
    ("shut media outlet is censorship", "Hungary shut down an independent radio station in Budapest.",
     ("COERCE", {"HUN"}, {"HUN"})),
    ("suspended internet is withholding", "Senegal's government suspended mobile internet in Dakar.",
     ("COERCE", {"SEN"}, {"SEN"})),
    ("stripped citizenship", "Nicaragua stripped dozens of government critics of their citizenship.",
     ("COERCE", {"NIC"}, {"NIC"})),
    ("loan extended is aid", "Beijing extended a two billion dollar loan to Argentina.", ("AID", {"CHN"}, {"ARG"})),
    ("funding given is aid", "Kuwait funded the reconstruction of a hospital in Mosul.", ("AID", {"KWT"}, {"IRQ"})),
    ("weapons transferred are aid", "Washington transferred cluster munitions to Ukraine.", ("AID", {"USA"}, {"UKR"})),
    ("batch received is the goods", "Ukraine received a new batch of Leopard tanks from Poland.",
     ("AID", {"POL"}, {"UKR"})),
    ("passive light verb with agent", "Sanctions were imposed on Belarus by Canada.", ("SANCTION", {"CAN"}, {"BLR"})),
    ("passive light verb, domestic", "A nighttime curfew was imposed in Bamako by Malian authorities.",
     ("COERCE", {"MLI"}, {"MLI"})),
    ("territory handed over is a retreat", "Armenia handed four border villages over to Azerbaijan.",
     ("RETREAT", {"ARM"}, {"AZE"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


def test_expulsion_from_a_group_stays_a_sanction(resources):
    art = Article(id="grp", text="Russia was expelled from the Council of Europe.", published=PUBLISHED)
    assert {e.type for e in code_article(art, resources)} == {"SANCTION"}


def test_pledged_aid_is_agreement_not_delivery(resources):
    art = Article(id="pledge", text="Germany pledged 500 million euros in humanitarian aid to Syria.",
                  published=PUBLISHED)
    types = {e.type for e in code_article(art, resources)}
    assert "AGREE" in types and "AID" not in types
