"""Coverage wave 12 (engineer R2): accusations, demands and refusals -- passive accusations whose
accuser the parser hangs on the content gerund, demands voiced as nouns with a "that" clause,
refusals to leave office aimed at whoever presses (at home unless named), evidence "showing X was
behind" an act, victims reporting threats and sanctions, the patient of a passive gerund ("after
being beaten by X"), and quantity phrases the parser reads as heads of a reduced relative.
Sentences are our own."""

from __future__ import annotations

import pytest

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("passive accusation: agent after content", "Rwanda has been accused of backing M23 rebels by the Congolese "
     "government.", ("ACCUSE", {"COD"}, {"RWA"})),
    ("passive accusation: agent after object", "The Philippine coast guard was accused of harassing fishermen by "
     "China's foreign ministry.", ("ACCUSE", {"CHN"}, {"PHL"})),
    ("passive accusation: agent before content", "Moldova was accused by Russia of provoking tensions in "
     "Transnistria.", ("ACCUSE", {"RUS"}, {"MDA"})),
    ("demand noun: that-clause", "Armenia renewed its demand that Azerbaijan release all prisoners of war.",
     ("REQUEST", {"ARM"}, {"AZE"})),
    ("demand noun: calls", "Ukraine repeated its calls that Russia withdraw its troops from the Zaporizhzhia "
     "nuclear plant.", ("REQUEST", {"UKR"}, {"RUS"})),
    ("demand noun: organisation", "The European Union reiterated its call that Belarus free political prisoners.",
     ("REQUEST", {"EU"}, {"BLR"})),
    ("refusal: declined, domestic pressure", "South Korean President Yoon Suk Yeol declined to resign despite "
     "pressure from the opposition.", ("REJECT", {"KOR"}, {"KOR"})),
    ("refusal: rejected calls", "Sri Lanka's president rejected calls to resign in 2022.",
     ("REJECT", {"LKA"}, {"LKA"})),
    ("refusal: named presser", "Serbian Prime Minister Milos Vucevic refused to resign despite pressure from the "
     "European Union.", ("REJECT", {"SRB"}, {"EU"})),
    ("refusal: step down", "Peru's prime minister refused to step down despite calls from Washington.",
     ("REJECT", {"PER"}, {"USA"})),
    ("evidence: showing X was behind", "Poland says it has evidence showing Russia was behind the sabotage of its "
     "railways.", ("ACCUSE", {"POL"}, {"RUS"})),
    ("evidence: behind a non-hostile noun", "Latvia says it has evidence showing Belarus was behind the surge of "
     "migrants.", ("ACCUSE", {"LVA"}, {"BLR"})),
    ("evidence: responsible for", "Georgia says it has evidence showing Russia was responsible for the "
     "cyberattack.", ("ACCUSE", {"GEO"}, {"RUS"})),
    ("victim report: threatened it", "Venezuela said Washington had threatened it with military action.",
     ("ACCUSE", {"VEN"}, {"USA"})),
    ("victim report: sanctions on it", "Russia said the European Union had imposed new sanctions on it.",
     ("ACCUSE", {"RUS"}, {"EU"})),
    ("passive gerund: beaten", "A Syrian refugee died after being beaten by Turkish border guards.",
     ("ASSAULT", {"TUR"}, {"SYR"})),
    ("passive gerund: arrested", "An Egyptian student died after being arrested by Italian police in 2016.",
     ("COERCE", {"ITA"}, {"EGY"})),
    ("passive gerund: shot", "Two Nigerian traders were hospitalised after being shot by Cameroonian soldiers.",
     ("ASSAULT", {"CMR"}, {"NGA"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


def _types(coded_records, text: str) -> set[str]:
    return {r["type"] for r in coded_records(text)}


def test_passive_accusation_without_agent_has_no_accuser(coded_records):
    recs = [r for r in coded_records("Guatemala's former president was accused of corruption.") if r["type"] == "ACCUSE"]
    assert recs and all(not r["source"] for r in recs)
    assert {a["country"] for r in recs for a in r["target"]} == {"GTM"}


@pytest.mark.parametrize("text, speaker", [
    ("Armenia dropped its demand that Azerbaijan release all prisoners of war.", "ARM"),
    ("Azerbaijan rejected Armenia's demand that Russia withdraw its peacekeepers.", "AZE"),
])
def test_a_demand_not_voiced_by_the_subject_is_no_request_by_it(coded_records, text, speaker):
    assert not [r for r in coded_records(text)
                if r["type"] == "REQUEST" and speaker in {a["country"] for a in r["source"]}]


def test_refusing_an_act_with_its_own_target_is_not_made_domestic(coded_records):
    recs = [r for r in coded_records("Russia refused to withdraw its troops.") if r["type"] == "REJECT"]
    assert all("RUS" not in {a["country"] for a in r["target"]} for r in recs)


def test_victims_report_of_a_threat_replaces_the_threat(coded_records):
    assert "THREATEN" not in _types(coded_records, "Venezuela said Washington had threatened it with military action.")


def test_a_third_party_reporting_a_threat_keeps_it(coded_records):
    recs = coded_records("Brazil said Washington had threatened Venezuela with military action.")
    assert "THREATEN" in {r["type"] for r in recs}
    assert not [r for r in recs if r["type"] == "ACCUSE" and {a["country"] for a in r["source"]} == {"BRA"}]


def test_the_patient_of_a_passive_gerund_is_no_attacker(coded_records):
    recs = [r for r in coded_records("A Palestinian man died in Israeli army custody after being beaten by "
                                     "interrogators.") if r["type"] == "ASSAULT"]
    assert recs and all("PSE" not in {a["country"] for a in r["source"]} for r in recs)
