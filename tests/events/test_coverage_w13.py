"""Two argument repairs, with sentences we wrote, through the real pipeline.

- A participle on the subject ("Journalists *detained* last week were freed by Iran") must not hide
  the main verb's event, which the parser may hang on the participle as its clause or conjunct; the
  "by" agent is its source (events/arguments.py ``main_after_participle``, events/charges.py).
- A country named only as the owner of one of its own national organisations ("*Egypt's* Muslim
  Brotherhood", "the *Colombian* FARC") is no second target (events/arguments.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.arguments import main_after_participle
from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 5, 1)


def _dyads(resources, text: str, etype: str) -> set[tuple[frozenset, frozenset]]:
    """(source, target) of each event of the type, each actor as its organisation, else its country."""
    events = code_article(Article(id=text[:30], text=text, published=PUBLISHED), resources)
    return {(frozenset(a.org or a.country for a in e.source), frozenset(a.org or a.country for a in e.target))
            for e in events if e.type == etype}


# (phenomenon, sentence, (releaser, released)): the main verb's event stays, its agent the source
MAIN_AFTER_PARTICIPLE = [
    ("participle with a charge, main verb as conjunct",
     "The civilians imprisoned for protesting were released by the Myanmar junta in 2022.", ("MMR", None)),
    ("participle as root, main verb as its clause",
     "Two Canadian citizens detained in 2018 were freed by China in September 2021.", ("CHN", "CAN")),
    ("participle with a charge, people named",
     "Kenyan activists jailed for organising rallies were released by Uganda on Tuesday.", ("UGA", "KEN")),
    ("handed back", "Three Thai fishermen seized in March were returned to Thailand by Myanmar in 2016.",
     ("MMR", "THA")),
]


@pytest.mark.parametrize("name,text,expected", MAIN_AFTER_PARTICIPLE, ids=[c[0] for c in MAIN_AFTER_PARTICIPLE])
def test_participle_on_the_subject_keeps_the_main_event(resources, name, text, expected):
    source, target = expected
    dyads = _dyads(resources, text, "RETREAT")
    assert any(source in s and (target is None or target in t) for s, t in dyads), dyads


def test_the_participle_is_not_coded_with_its_noun_as_actor(resources):
    # "detained" with "journalists" as its subject would make the journalists the detainers
    dyads = _dyads(resources, "Two French journalists detained last month were freed by Mali on Friday.", "COERCE")
    assert not dyads


def test_a_coordinated_finite_predicate_is_no_reduced_relative(resources):
    doc = resources.nlp("The Kenyan president traveled to Addis Ababa in May and was seen as the favourite.")
    assert not any(main_after_participle(t) for t in doc)
    dyads = _dyads(resources, "The Kenyan president traveled to Addis Ababa in May and was seen as the favourite.",
                   "CONSULT")
    assert any("KEN" in s and "ETH" in t for s, t in dyads), dyads


# (phenomenon, sentence, type, targets expected)
HOME_OWNERS = [
    ("possessive owner", "Turkey threatened on Sunday to deport leaders of Egypt's Muslim Brotherhood.",
     "THREATEN", {frozenset({"MB"})}),
    ("adjective owner", "Ecuador vowed to stop arming the Colombian FARC.", "REJECT", {frozenset({"FARC"})}),
    ("of owner", "Jordan arrested members of the Muslim Brotherhood of Egypt in 2016.", "COERCE",
     {frozenset({"MB"})}),
    ("coordinated country stays", "The United States imposed sanctions on Egypt and the Muslim Brotherhood in 2015.",
     "SANCTION", {frozenset({"MB"}), frozenset({"EGY"})}),
]


@pytest.mark.parametrize("name,text,etype,targets", HOME_OWNERS, ids=[c[0] for c in HOME_OWNERS])
def test_home_country_of_an_organisation_is_no_second_target(resources, name, text, etype, targets):
    assert {t for _, t in _dyads(resources, text, etype)} == targets
