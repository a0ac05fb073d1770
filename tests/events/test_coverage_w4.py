"""Coverage of light verbs, passives and senses (engineer G, wave 4): a passive subject keys the
verb's sense as an object does ("the ban was overturned"), an agentless passive light verb reports
its event-noun subject ("a rally was held"), sit-ins and protest camps, walking out *of* talks is
withdrawing from them (SANCTION 164), "jointly" makes an act on things cooperation, and a court that
finds someone guilty convicts them (SANCTION convict) without coding the charge.  Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 14)

# (phenomenon, sentence, (type, source countries, target countries))
CASES = [
    ("passive subject keys the sense", "The ban on opposition newspapers was overturned by Zambia's Supreme Court.",
     ("CONCEDE", {"ZMB"}, set())),
    ("passive lifted martial law", "Martial law in Mindanao was lifted by the Philippine government.",
     ("CONCEDE", {"PHL"}, set())),
    ("agentless passive light verb", "A march against rising fuel prices was held in Accra on Friday.",
     ("PROTEST", {"GHA"}, set())),
    ("sit-in held", "Protesters held a sit-in outside the parliament in Tbilisi.", ("PROTEST", {"GEO"}, set())),
    ("protest camp set up", "Romanian farmers set up a protest camp outside the government offices.",
     ("PROTEST", {"ROU"}, set())),
    ("walked out of talks", "Armenia's delegation walked out of the talks with Azerbaijan.",
     ("SANCTION", {"ARM"}, {"AZE"})),
    ("jointly on a thing", "Ghanaian and Togolese police jointly investigated the fraud network.",
     ("COOPERATE", {"GHA"}, {"TGO"})),
    ("found guilty", "A court in Baku found the French tourist guilty of smuggling.", ("SANCTION", {"AZE"}, {"FRA"})),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_coded(assert_coded, name, text, expected):
    assert_coded(text, expected)


def _types(resources, text):
    return {e.type for e in code_article(Article(id="t", text=text, published=PUBLISHED), resources)}


def test_held_rally_is_no_detention(resources):
    assert "COERCE" not in _types(resources, "A rally against the new tax law was held in Lima.")


def test_jointly_against_a_named_party_keeps_its_sense(resources):
    types = _types(resources, "France and Britain jointly sanctioned Iranian officials.")
    assert "SANCTION" in types and "COOPERATE" not in types


def test_the_charge_of_a_verdict_is_no_event(resources):
    assert _types(resources, "A court in Tehran found a Danish aid worker guilty of spying for Israel.") == {"SANCTION"}


def test_pending_condition_is_hypothetical(resources):
    arts = code_article(Article(id="u", text="Chilean miners said they would stay on strike until their demands "
                                "are met by the government.", published=PUBLISHED), resources)
    assert all(e.status != "asserted" for e in arts if e.type == "CONCEDE")


def test_noun_with_own_parties_passive_keeps_them(resources):
    arts = code_article(Article(id="p", text="Portugal's pledge of support for Cape Verde was announced in Praia.",
                                published=PUBLISHED), resources)
    assert any(e.type == "AGREE" and {a.country for a in e.source} == {"PRT"} for e in arts)
