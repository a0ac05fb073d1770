"""Adjunct clauses that report events and condition clauses that do not (``events.adjuncts``), plus
the related sense and refine rules of issue 4: ending a conflict is no sanction, briefing at a
meeting is part of the meeting, vows hang their complement oddly.  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.adjuncts import people_participle, realised_purpose
from eventwire.events.modality import unmet_condition
from eventwire.events.arguments import MentionIndex, taken_step
from eventwire.events.senses import ending_hostility
from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2023, 10, 4)


def _code(resources, text: str) -> list[dict]:
    art = Article(id=text[:20], text=text, published=PUBLISHED)
    return [e.to_record() for e in code_article(art, resources)]


def _scored(events: list[dict], type_: str) -> list[dict]:
    return [e for e in events if e["status"] in ("asserted", "future", "historical") and e["type"] == type_]


def _countries(party: list[dict]) -> set[str | None]:
    return {a["country"] for a in party}


def _tok(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


# -- people doing something ----------------------------------------------------------------------

def test_participle_on_people_is_their_act(resources):
    events = _code(resources, "Kenyan riot police used tear gas to disperse students protesting the fee increase "
                              "in Nairobi.")
    protests = _scored(events, "PROTEST")
    assert protests and _countries(protests[0]["source"]) == {"KEN"}, events


def test_participle_on_a_document_stays_its_content(resources):
    doc = resources.nlp("Kenya vetoed a resolution condemning Eritrea.")
    assert not people_participle(_tok(doc, "condemning"), MentionIndex(doc, [], frozenset()), frozenset())
    assert not _scored(_code(resources, "Kenya vetoed a resolution condemning Eritrea."), "ACCUSE")


def test_participle_in_a_reason_phrase_is_no_act(resources):
    events = _code(resources, "Chile apologized to Peru for one of its patrol boats intercepting a Peruvian trawler.")
    assert not _scored(events, "COERCE"), events


def test_people_participle_unit(resources):
    doc = resources.nlp("Soldiers dispersing the crowd arrested dozens of people.")
    assert people_participle(_tok(doc, "dispersing"), MentionIndex(doc, [], frozenset()), frozenset({"soldier"}))


def test_a_demonstration_aimed_at_a_thing_is_kept(resources):
    events = _code(resources, "Thousands of Kenyans protested the tax increase in Nairobi.")
    assert _scored(events, "PROTEST"), events


# -- force used for a purpose --------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Bangladeshi police used water cannon to disperse garment workers in Dhaka.", "BGD"),
    ("Nigerian soldiers opened fire to disperse protesters in Lagos, killing three people.", "NGA"),
])
def test_force_used_to_disperse_is_coercion(resources, text, country):
    events = _code(resources, text)
    coerce = _scored(events, "COERCE")
    assert coerce and _countries(coerce[0]["source"]) == {country}, events


def test_opening_fire_that_kills_is_also_an_assault(resources):
    events = _code(resources, "Nigerian soldiers opened fire to disperse protesters in Lagos, killing three people.")
    assert _scored(events, "ASSAULT"), events


def test_a_purpose_without_force_stays_a_goal(resources):
    doc = resources.nlp("Kenya sent police to disperse the crowd in Kisumu.")
    assert not realised_purpose(_tok(doc, "disperse"), resources.lexicon)
    assert not _scored(_code(resources, "Kenya sent police to disperse the crowd in Kisumu."), "COERCE")


# -- steps taken -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Uzbekistan's government has taken several steps to ease restrictions on foreign charities.", "UZB"),
    ("Since the election, Malawi's rulers have taken measures to relax curbs on opposition rallies.", "MWI"),
    ("The Jordanian authorities took concrete steps on Sunday to relax the restrictions on street vendors.", "JOR"),
])
def test_steps_taken_to_concede_are_the_concession(resources, text, country):
    events = _code(resources, text)
    concede = _scored(events, "CONCEDE")
    assert concede and _countries(concede[0]["source"]) == {country}, events
    assert not _scored(events, "SANCTION"), events  # "took measures" is not itself a sanction here


def test_taken_step_needs_a_step_noun(resources):
    doc = resources.nlp("Kenya took police to disperse the crowd.")
    assert not taken_step(_tok(doc, "disperse"))
    doc = resources.nlp("Uzbekistan has taken several steps to ease restrictions on foreign charities.")
    assert taken_step(_tok(doc, "ease"))


# -- conditions and vows -------------------------------------------------------------------------

def test_an_unmet_condition_is_hypothetical(resources):
    events = _code(resources, "Armenian separatists have vowed to fight until Azerbaijan withdraws its troops.")
    assert not _scored(events, "RETREAT"), events
    assert any(e["type"] == "RETREAT" and e["status"] == "hypothetical" for e in events), events
    threats = _scored(events, "THREATEN")
    assert threats and _countries(threats[0]["target"]) == {"AZE"}, events


def test_a_past_until_clause_is_not_a_condition(resources):
    doc = resources.nlp("The rebels fought until the army withdrew from the town.")
    assert not unmet_condition(_tok(doc, "withdrew"))


def test_sworn_to_fight_is_a_threat(resources):
    events = _code(resources, "Ugandan rebels have sworn to fight on until President Museveni resigns.")
    assert _scored(events, "THREATEN") and not _scored(events, "ASSAULT"), events


# -- precision -----------------------------------------------------------------------------------

def test_ending_a_conflict_is_no_sanction(resources):
    assert not _scored(_code(resources, "Colombia's president said he wants to end the war with the guerrillas "
                                        "this year."), "THREATEN")
    doc = resources.nlp("Peru accepted a proposal for ending its border conflict with Ecuador.")
    assert ending_hostility(_tok(doc, "ending"))
    assert _scored(_code(resources, "Mexico ended its aid to Nicaragua."), "SANCTION")


@pytest.mark.parametrize("text", [
    "The Nepalese premier met the visiting EU envoys, informing them about the peace process.",
    "The Ghanaian minister met the visiting IMF team, briefing them on the budget.",
])
def test_briefing_at_a_meeting_is_the_meeting(resources, text):
    events = _code(resources, text)
    assert _scored(events, "CONSULT") and not _scored(events, "COOPERATE"), events


@pytest.mark.parametrize("text, mode, target", [
    ("Lithuania ordered three Belarusian diplomats to leave the country.", "expel", "BLR"),
    ("Burkina Faso told the French ambassador to leave Ouagadougou within a week.", "expel", "FRA"),
    ("Mali's junta gave the Danish ambassador 72 hours to leave.", "expel", "DNK"),
    ("Egypt ordered two Italian journalists to leave the country.", "deport", "ITA"),
])
def test_an_order_to_leave_is_an_expulsion(coded_records, text, mode, target):
    recs = coded_records(text)
    assert [(r["type"], r["mode"]) for r in recs] == [("SANCTION" if mode == "expel" else "COERCE", mode)], recs
    assert [a["country"] for a in recs[0]["target"]] == [target]


@pytest.mark.parametrize("text", [
    "The minister ordered the troops to leave their barracks at dawn.",
    "Kenya told its citizens to leave the conference early.",
])
def test_other_orders_to_leave_are_no_expulsion(coded_records, text):
    assert not [r for r in coded_records(text) if r["mode"] in ("expel", "deport")]
