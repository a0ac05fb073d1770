"""Argument structure: serial-comma lists, receiving verbs, partisans (issue 4).

Each test codes a sentence with the real pipeline and fails without its rule: without
``listed_appos`` only the first member of "A, B, and C" is a party; without ``receptions`` a
receiving verb is a hosting CONSULT or nothing; without ``partisan_parties`` "opponents of X"
protest as nobody (or as X itself).  ``origin_mentions`` and ``government_of`` (used by
allegations.py for victims' reports and documents that speak) are checked on parsed sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.resolver import resolve_article
from eventwire.events.arguments import (
    MentionIndex,
    agent_heads,
    government_of,
    origin_mentions,
    party_of,
    quantity_clause,
    subject_heads,
)
from eventwire.model import Article
from eventwire.pipeline import code_article, load_resources


@pytest.fixture(scope="module")
def res():
    return load_resources()


def _events(res, text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    evs = code_article(Article(id="t", text=text, published=dt.date(2023, 9, 13)), res)
    return [(e.type, frozenset(a.country or a.org for a in e.source), frozenset(a.country or a.org for a in e.target))
            for e in evs]


def _parties_of(res, text: str, etype: str) -> set[str]:
    return {c for t, s, g in _events(res, text) if t == etype for c in s | g if c}


@pytest.mark.parametrize("text, etype, members", [
    ("Norway, Denmark, and Iceland held talks on fishing quotas.", "CONSULT", {"NOR", "DNK", "ISL"}),
    ("The US, Russia, and Switzerland met yesterday.", "CONSULT", {"USA", "RUS", "CHE"}),
    ("Ghana, Togo, and Benin met in Accra on Monday.", "CONSULT", {"GHA", "TGO", "BEN"}),
])
def test_serial_comma_list_is_one_joint_party(res, text, etype, members):
    assert members <= _parties_of(res, text, etype)


def test_true_apposition_stays_an_aside(res):
    # "Russia's president" names the same actor as Putin: no second party
    evs = _events(res, "Vladimir Putin, Russia's president, visited Ankara on Monday.")
    assert any(t == "CONSULT" and s == {"RUS"} and g == {"TUR"} for t, s, g in evs), evs


@pytest.mark.parametrize("text, etype, source, target", [
    ("Armenia received artillery shells from India.", "AID", "IND", "ARM"),
    ("Moldova received weapons from Romania.", "AID", "ROU", "MDA"),
    ("Serbia won the backing of Hungary for its bid.", "SUPPORT", "HUN", "SRB"),
    ("Ghana got a pledge from Germany to fund a new power plant.", "AGREE", "DEU", "GHA"),
    ("Venezuela faces growing pressure from Brazil to hold free elections.", "REQUEST", "BRA", "VEN"),
    ("Kenya drew criticism from Uganda over the new border fees.", "ACCUSE", "UGA", "KEN"),
])
def test_receiving_verb_makes_the_giver_the_source(res, text, etype, source, target):
    evs = _events(res, text)
    assert (etype, frozenset({source}), frozenset({target})) in evs, evs
    assert not any(t == "CONSULT" for t, _, _ in evs), evs


def test_receiving_people_is_still_a_visit(res):
    evs = _events(res, "The Mongolian president received a delegation from South Korea on Tuesday.")
    assert ("CONSULT", frozenset({"KOR"}), frozenset({"MNG"})) in evs, evs


def test_facing_a_prospect_without_a_giver_is_no_event(res):
    evs = _events(res, "The deported migrants face imprisonment in Eritrea.")
    assert not any(t == "COERCE" for t, _, _ in evs), evs


@pytest.mark.parametrize("text, country", [
    ("Opponents of the Zambian government protested on Monday.", "ZMB"),
    ("Hundreds of critics of the Peruvian president demonstrated on Friday.", "PER"),
    ("Opponents of Rwanda's Senate protested yesterday.", "RWA"),
])
def test_partisans_protest_against_whom_they_oppose(res, text, country):
    evs = _events(res, text)
    assert ("PROTEST", frozenset({country}), frozenset({country})) in evs, evs


def test_partisans_are_people_not_the_leader(res):
    evs = code_article(Article(id="t", text="Supporters of Imran Khan rallied on Sunday.",
                               published=dt.date(2023, 9, 13)), res)
    protest = [e for e in evs if e.type == "PROTEST"]
    assert protest and protest[0].source[0].sector == "CVL" and protest[0].source[0].country == "PAK"
    assert protest[0].target and protest[0].target[0].country == "PAK"


def _index(res, text: str):
    doc = res.nlp(text)
    [mentions] = resolve_article([(doc, 0)], res.kb, dt.date(2023, 9, 13))
    return doc, MentionIndex(doc, mentions, frozenset(res.kb.sectors))


@pytest.mark.parametrize("text, verb, country", [
    ("A rocket was fired at Israel from Lebanon on Sunday.", "fired", "LBN"),
    ("Two shells were launched from Syria into Turkish territory.", "launched", "SYR"),
])
def test_origin_of_an_act_without_a_doer(res, text, verb, country):
    doc, index = _index(res, text)
    tok = next(t for t in doc if t.text == verb)
    assert {a.country for m in origin_mentions(tok, index) for a in m.actors} == {country}


def test_no_origin_without_a_from_phrase(res):
    doc, index = _index(res, "A rocket was fired at Israel on Sunday.")
    assert origin_mentions(next(t for t in doc if t.text == "fired"), index) == []


def test_government_of_a_place_keeps_named_sectors(res):
    doc, index = _index(res, "Kenya hosted the Ugandan army and African Union officials.")
    party = party_of(index.mentions)
    gov = government_of(party)
    by_country = {a.country or a.org: a for a in gov.actors}
    assert by_country["KEN"].sector == "GOV" and by_country["KEN"].code == "KENGOV"
    assert by_country["UGA"].sector == "MIL"  # already a sector: unchanged
    assert by_country["AU"].sector != "GOV"  # an organisation stays itself
    assert gov.mentions == party.mentions


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_passive_gerund_keeps_its_voice_when_it_borrows_a_subject(res):
    # "after being beaten by guards": the borrowed subject is the one beaten, not the beater
    doc, _ = _index(res, "A Kenyan student died after being beaten by Ugandan guards.")
    heads, passive = subject_heads(_tok(doc, "beaten"))
    assert [h.text for h in heads] == ["student"] and passive


def test_active_controlled_verb_stays_active(res):
    doc, _ = _index(res, "Obama is scheduled to attend the summit in Lima.")
    assert subject_heads(_tok(doc, "attend"))[1] is False


def test_agent_hung_on_the_content_gerund_belongs_to_the_passive_verb(res):
    doc, _ = _index(res, "Rwanda has been accused of backing M23 rebels by the Congolese government.")
    agents = agent_heads(_tok(doc, "accused"))
    assert [a.text for a in agents] == ["government"]


def test_a_passive_gerund_keeps_its_own_agent(res):
    # "accused of being paid by Moscow": Moscow pays; it is not the accuser
    doc, _ = _index(res, "The Georgian minister was accused of being paid by Moscow.")
    assert agent_heads(_tok(doc, "accused")) == []


@pytest.mark.parametrize("text, verb, expected", [
    ("Thousands of miners protested in Santiago.", "protested", True),
    ("Thousands of teachers protested in Lagos on Monday.", "protested", True),
    ("Thousands of people displaced by the floods.", "displaced", False),
])
def test_quantity_heading_a_main_verb(res, text, verb, expected):
    doc, _ = _index(res, text)
    tok = _tok(doc, verb)
    assert quantity_clause(tok) is expected
    if expected:
        assert [h.text for h in subject_heads(tok)[0]] == ["Thousands"]
