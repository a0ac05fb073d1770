"""Claims of responsibility: the claimant is the doer of the act it owns (eventwire.events.responsibility)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah claimed responsibility for a rocket attack on an Israeli army post.", ("ASSAULT", {"LBN"}, {"ISR"})),
    ("The Islamic State group claimed the shooting of two Egyptian policemen.", ("ASSAULT", {"ISIS"}, {"EGY"})),
    ("Al-Shabaab took credit for an ambush on Kenyan troops near the border.", ("ASSAULT", {"SOM"}, {"KEN"})),
    ("The Houthis said they were behind a missile attack on a Saudi airport.", ("ASSAULT", {"YEM"}, {"SAU"})),
    ("Boko Haram admitted the raid on a Nigerian army barracks.", ("ASSAULT", {"NGA"}, {"NGA"})),
])
def test_a_claimed_act_has_the_claimant_as_its_doer(assert_coded, coded_records, text, expected):
    """Expected parties are countries, and the organisations' own codes where they have none (ISIS)."""
    assert_coded(text, expected)
    assaults = [r for r in coded_records(text) if r["type"] == "ASSAULT"]
    assert all(a["org"] for r in assaults for a in r["source"]), assaults  # the group, not its country


def test_a_relative_clause_on_the_owned_act_is_the_same_act(coded_records):
    recs = coded_records("Boko Haram claimed responsibility for a bombing that killed nine soldiers in Maiduguri.")
    assaults = [r for r in recs if r["type"] == "ASSAULT"]
    assert len(assaults) == 1, recs
    assert [a["org"] for a in assaults[0]["source"]] == ["BOKO"]
    assert [a["country"] for a in assaults[0]["target"]] == ["NGA"]
    assert "killed nine soldiers" in assaults[0]["evidence"]["text"]


@pytest.mark.parametrize("text", [
    "Israel denied responsibility for the strike on a hospital in Gaza.",
    "Hamas rejected any responsibility for the rocket fire on Sderot.",
])
def test_a_denial_asserts_no_act_and_no_rejection(coded_records, text):
    recs = coded_records(text)
    assert not [r for r in recs if r["type"] == "REJECT"], recs
    assert not [r for r in recs if r["type"] == "ASSAULT" and r["source"]
                and r["source"][0]["country"] in ("ISR", "PSE")], recs


@pytest.mark.parametrize("text", [
    "The opposition claimed victory in the election in Kenya.",
    "Russia claimed that Ukraine shelled a power plant in Enerhodar.",
])
def test_other_claims_own_no_attack(coded_records, text):
    recs = coded_records(text)
    assert not [r for r in recs if r["type"] == "ASSAULT" and r["source"] and r["source"][0]["country"] == "RUS"]
    assert not [r for r in recs if r["type"] == "ASSAULT" and "victory" in r["evidence"]["text"]]
