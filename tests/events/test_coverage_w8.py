"""Coverage wave 8 (engineer P2): violence reported in the passive and by crowds, releases, warrants and
travel warnings -- a nominal "-ing" attack the tagger reads as a verb ("killed in Israeli tank shelling
in the east of Gaza": its place is the event's), the existential passive ("there were ten soldiers
killed"), a crowd's destruction as riot and the crowd's side of a clash, releases in the passive,
arrest warrants, and travel warnings as reduced relations with the destination.  Sentences are our own."""

from __future__ import annotations

import pytest

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("gerund attack, medics", "Four boys were killed in Israeli tank shelling in the north of the Gaza Strip on "
     "Monday, medics said.", ("ASSAULT", {"ISR"}, {"PSE"})),
    ("gerund attack, doctors", "Two nurses were killed in Russian artillery shelling in the east of Ukraine, "
     "doctors said.", ("ASSAULT", {"RUS"}, {"UKR"})),
    ("gerund attack, rescuers", "Six people were killed in Russian shelling in Kharkiv overnight, rescuers said.",
     ("ASSAULT", {"RUS"}, {"UKR"})),
    ("existential killed", "There were 15 Ukrainian soldiers killed near Bakhmut on Friday.",
     ("ASSAULT", set(), {"UKR"})),
    ("existential arrested", "There have been hundreds of protesters arrested in Tehran this week.",
     ("COERCE", {"IRN"}, {"IRN"})),
    ("existential by-agent", "There were two Filipino fishermen detained by the Chinese coast guard.",
     ("COERCE", {"CHN"}, {"PHL"})),
    ("crowd demolishes", "A tax office was demolished by Nigerian protesters in Lagos.", ("PROTEST", {"NGA"}, {"NGA"})),
    ("crowd destroys", "Rioters destroyed several banks in Santiago on Saturday.", ("PROTEST", {"CHL"}, {"CHL"})),
    ("clash: forces assault", "Peruvian police clashed with protesters in Lima on Thursday.",
     ("ASSAULT", {"PER"}, {"PER"})),
    ("clash: crowd protests", "Peruvian police clashed with protesters in Lima on Thursday.",
     ("PROTEST", {"PER"}, {"PER"})),
    ("release passive", "Three British aid workers were freed by the Taliban on Tuesday.",
     ("RETREAT", {"AFG"}, set())),
    ("release active", "Iran released two French citizens on Friday.", ("RETREAT", {"IRN"}, {"FRA"})),
    ("warrant compound", "A court in Uganda issued arrest warrants for four Kenyan traders.",
     ("COERCE", {"UGA"}, {"KEN"})),
    ("warrant for the arrest", "A Spanish judge issued a warrant for the arrest of a Venezuelan banker.",
     ("COERCE", {"ESP"}, {"VEN"})),
    ("advised against travel", "The British Foreign Office advised against all travel to Libya.",
     ("SANCTION", {"GBR"}, {"LBY"})),
    ("travel warning noun", "Australia issued a travel warning for Indonesia on Tuesday.", ("SANCTION", {"AUS"}, {"IDN"})),
    ("warned against travelling", "Italy warned its nationals against travelling to Burkina Faso.",
     ("SANCTION", {"ITA"}, {"BFA"})),
    # weapons fired at targets (wave 11, engineer Q2): the weapon object keys the sense, not the "at"
    ("fired weapon compound", "Ethiopian troops fired rocket shells at Eritrean positions on Sunday.",
     ("ASSAULT", {"ETH"}, {"ERI"})),
    ("fired bombs at targets", "Saudi jets fired four bombs at targets in Sanaa.", ("ASSAULT", {"SAU"}, {"YEM"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


def _records(coded_records, name: str) -> list[dict]:
    return coded_records(next(text for n, text, _ in CASES if n == name))


def test_gerund_attack_placed_where_its_phrase_says(coded_records):
    [event] = [r for r in _records(coded_records, "gerund attack, medics") if r["type"] == "ASSAULT"]
    assert event["location"] and event["location"]["country"] == "PSE"


def test_crowd_destruction_is_no_coercion(coded_records):
    assert not {"COERCE", "ASSAULT"} & {r["type"] for r in _records(coded_records, "crowd demolishes")}


def test_release_mode(coded_records):
    assert any(r["type"] == "RETREAT" and r["mode"] == "release" for r in _records(coded_records, "release passive"))


def test_travel_warning_is_no_threat_or_request(coded_records):
    for name in ("advised against travel", "travel warning noun", "warned against travelling"):
        assert not {"THREATEN", "REQUEST"} & {r["type"] for r in _records(coded_records, name)}, name


def test_existential_no_is_negated(coded_records):
    recs = coded_records("There were no Syrian civilians killed in the raid on Monday.")
    assert recs and all(r["status"] == "negated" for r in recs if r["type"] == "ASSAULT")


@pytest.mark.parametrize("text", [
    "Indian troops clashed with Chinese soldiers in Ladakh.",
    "Sudanese army units clashed with RSF fighters in Khartoum.",
])
def test_armed_clash_has_no_protest(coded_records, text):
    assert "PROTEST" not in {r["type"] for r in coded_records(text)}


@pytest.mark.parametrize("text", [
    "Russia warned against any attack on Syria.",
    "There were three proposals discussed at the meeting.",
])
def test_no_travel_or_existential_misfire(coded_records, text):
    types = {r["type"] for r in coded_records(text)}
    assert "SANCTION" not in types and "ASSAULT" not in types
