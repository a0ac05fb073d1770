"""Coverage wave 11 (engineer Q2): violence and protest details -- a capitalised month that dates an act
is no protest march, weapons fired at targets (compound weapon nouns), deaths in custody, attempted and
plotted attacks, stopping a protest as coercion, verbal protests as accusations, and protesters the text
gives no country aimed at their own government.  Sentences are our own."""

from __future__ import annotations

import pytest

# (phenomenon, sentence, (type, source countries or orgs, target countries or orgs))
CASES = [
    ("weapon compound: cluster bombs", "Russian jets fired cluster bombs at targets near Idlib.",
     ("ASSAULT", {"RUS"}, {"SYR"})),
    ("weapon compound: mortar rounds", "Sudanese troops fired mortar rounds at targets in Omdurman on Monday.",
     ("ASSAULT", {"SDN"}, {"SDN"})),
    ("weapon compound: artillery shells", "Armenian forces fired artillery shells at Azerbaijani positions.",
     ("ASSAULT", {"ARM"}, {"AZE"})),
    ("custody: while in", "A Kenyan student died while in Ugandan police custody, his family said.",
     ("ASSAULT", {"UGA"}, {"KEN"})),
    ("custody: police custody in city", "A Georgian opposition blogger died in police custody in Tbilisi.",
     ("ASSAULT", {"GEO"}, {"GEO"})),
    ("attempt: passive thwarted", "An attempt to kill the mayor of Kandahar was thwarted on Monday.",
     ("ASSAULT", set(), {"AFG"})),
    ("attempt: plot foiled", "Peruvian police foiled a plot to assassinate President Dina Boluarte.",
     ("ASSAULT", set(), {"PER"})),
    ("suppression: prevented", "Egyptian police prevented a demonstration organised by students in Cairo.",
     ("COERCE", {"EGY"}, {"EGY"})),
    ("suppression: broke up", "Police in Kampala broke up a rally by opposition supporters on Sunday.",
     ("COERCE", {"UGA"}, {"UGA"})),
    ("suppression: stopped", "Serbian police stopped a march by environmental activists in Belgrade.",
     ("COERCE", {"SRB"}, {"SRB"})),
    ("verbal protest: addressee", "Vietnam protested to China over the sinking of a fishing boat.",
     ("ACCUSE", {"VNM"}, {"CHN"})),
    ("verbal protest: that-clause", "Seoul protested that Japanese textbooks distort the history of the war.",
     ("ACCUSE", {"KOR"}, set())),
    ("domestic protest: hunger strike", "Jailed activists began a hunger strike to demand the resignation of "
     "Egyptian President Abdel Fattah al-Sisi.", ("PROTEST", {"EGY"}, {"EGY"})),
    ("domestic protest: demonstrated", "Striking doctors demonstrated against the Kenyan government's budget cuts.",
     ("PROTEST", {"KEN"}, {"KEN"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


def _types(coded_records, text: str) -> set[str]:
    return {r["type"] for r in coded_records(text)}


@pytest.mark.parametrize("text", [
    "Both sides have violated the truce signed in March 2016.",
    "Chad and Sudan held talks in mid-March.",
    "The Afghan and Pakistani envoys held a meeting since March 2021.",
    "The accord agreed on 15 March was welcomed by Nepal.",
])
def test_a_dating_month_is_no_march(coded_records, text):
    assert "PROTEST" not in _types(coded_records, text)


def test_a_real_march_is_still_a_protest(coded_records):
    assert "PROTEST" in _types(coded_records, "Thousands of Chileans joined a march in Santiago on Sunday.")


@pytest.mark.parametrize("name", ["attempt: passive thwarted", "attempt: plot foiled"])
def test_foiling_an_attempt_is_no_rejection(coded_records, name):
    text = next(t for n, t, _ in CASES if n == name)
    assert "REJECT" not in _types(coded_records, text)


@pytest.mark.parametrize("name", ["suppression: prevented", "suppression: broke up", "suppression: stopped"])
def test_stopping_a_protest_is_neither_protest_nor_rejection(coded_records, name):
    text = next(t for n, t, _ in CASES if n == name)
    assert not {"PROTEST", "REJECT", "SANCTION", "MOBILIZE"} & _types(coded_records, text)


@pytest.mark.parametrize("name", ["verbal protest: addressee", "verbal protest: that-clause"])
def test_verbal_protest_is_no_demonstration(coded_records, name):
    text = next(t for n, t, _ in CASES if n == name)
    assert "PROTEST" not in _types(coded_records, text)


def test_street_protest_stays_protest(assert_coded):
    assert_coded("Nurses protested outside the health ministry in Lima.", ("PROTEST", {"PER"}, {"PER"}))


def test_protest_at_a_foreign_embassy_keeps_the_place(coded_records):
    recs = [r for r in coded_records("Students rallied outside the Turkish embassy in Athens on Friday.")
            if r["type"] == "PROTEST"]
    assert recs and all("TUR" not in {a["country"] for a in r["source"]} for r in recs)


def test_plan_to_kill_is_no_attack(coded_records):
    assert "ASSAULT" not in _types(coded_records, "The rebels discussed a plan to kill the Malian defence minister.")
