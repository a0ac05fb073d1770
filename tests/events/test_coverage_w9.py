"""Coverage wave 9 (engineer P3): intentions to deepen ties (AGREE, reciprocal for a joint subject),
teams and experts sent to help (AID to the place the help is for; announced: AGREE), and visits to
gatherings named for a foreign city (the city's country is the counterpart).  Sentences are our own."""

from __future__ import annotations

import pytest

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("seek to deepen partnership", "Chile and Indonesia are seeking to deepen their partnership in mining.",
     ("AGREE", {"CHL", "IDN"}, set())),
    ("aim to expand ties", "Greece and Egypt aim to expand defence ties.", ("AGREE", {"GRC", "EGY"}, set())),
    ("want to strengthen links", "Zambia wants to strengthen trade links with Tanzania.",
     ("AGREE", {"ZMB"}, {"TZA"})),
    ("hope to broaden cooperation", "Kazakhstan hopes to broaden cooperation with Turkey in energy.",
     ("AGREE", {"KAZ"}, {"TUR"})),
    ("keen to enhance relations", "Peru is keen to enhance relations with Brazil.", ("AGREE", {"PER"}, {"BRA"})),
    ("ties strengthened", "Senegal strengthened ties with Morocco last year.", ("COOPERATE", {"SEN"}, {"MAR"})),
    ("would like to cooperate", "Mongolia would like to cooperate with Japan on mining, the minister said.",
     ("AGREE", {"MNG"}, {"JPN"})),
    ("team sent to help, place named", "Norway sent a team of engineers to help repair the dams in Libya.",
     ("AID", {"NOR"}, {"LBY"})),
    ("team sent to help the helped", "Canada sent a medical team to help Haiti after the earthquake.",
     ("AID", {"CAN"}, {"HTI"})),
    ("org sends doctors to help", "The World Health Organization sent doctors to help fight the measles outbreak "
     "in Chad.", ("AID", {"WHO"}, {"TCD"})),
    ("team announced", "Italy will dispatch a rescue team to help search for survivors in Albania.",
     ("AGREE", {"ITA"}, {"ALB"})),
    ("capital-named talks", "The Indian prime minister attended the Tokyo climate talks.", ("CONSULT", {"IND"}, {"JPN"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected, either_side=not expected[2])


@pytest.mark.parametrize("text", [
    "Russia seeks to weaken NATO.",
    "Iran seeks to strengthen its military presence near the border.",
])
def test_hostile_aims_are_no_agreement(coded_records, text):
    assert "AGREE" not in {r["type"] for r in coded_records(text)}


def test_joint_intent_is_reciprocal(coded_records):
    recs = [r for r in coded_records("Greece and Egypt aim to expand defence ties.") if r["type"] == "AGREE"]
    assert recs and all(r["reciprocal"] for r in recs)


def test_help_without_a_helping_purpose_names_no_recipient(coded_records):
    recs = coded_records("China sent a team to investigate the outbreak in Laos.")
    assert not any(r["type"] == "AID" and any(a["country"] == "LAO" for a in r["target"]) for r in recs)


def test_help_without_a_place_has_no_target(coded_records):
    recs = [r for r in coded_records("Sweden sent a team to help identify the victims.") if r["type"] == "AID"]
    assert recs and all(not r["target"] for r in recs)


def test_troops_to_the_border_stay_a_mobilisation(coded_records):
    types = {r["type"] for r in coded_records("Armenia sent troops to the border with Azerbaijan.")}
    assert "MOBILIZE" in types and "AID" not in types
