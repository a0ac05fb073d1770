"""Blame (events/blame.py): which claimed clauses report a hostile act, who did it, and when the
speaker claims its own side's act (a statement, not an accusation).  Sentences we wrote, on parsed
sentences and through the real pipeline."""

from __future__ import annotations

import pytest

from eventwire.events.blame import DEPTH, hostile_clause, negated


def _content(doc):
    """The clause a claim verb governs."""
    return next(t for t in doc if t.dep_ == "ccomp")


@pytest.mark.parametrize("text, hostile", [
    ("Greece claimed that Turkish jets had violated its airspace in 2020.", True),           # wrongdoing verb
    ("Kabul claimed that Pakistan was behind the bombing of a mosque.", True),              # blame preposition
    ("Peru claimed that Chilean officials had played a role in the killings.", True),       # part in an act
    ("Peru claimed that Chilean officials had signed a fishing agreement.", False),         # cooperative act
])
def test_hostile_clause(resources, text, hostile):
    assert hostile_clause(_content(resources.nlp(text)), resources.lexicon, DEPTH) is hostile


def test_negated_clause(resources):
    doc = resources.nlp("Mali claimed that Algerian troops never crossed the border.")
    assert negated(_content(doc))


def test_own_act_keeps_its_confidence(claim_events):
    """A state claiming its own act reports it: the act is not discounted."""
    claimed = [e for e in claim_events("Ukraine claimed that its troops had shot down a Russian helicopter.")
               if e.type == "ASSAULT"]
    said = [e for e in claim_events("Ukraine said its troops had shot down a Russian helicopter.")
            if e.type == "ASSAULT"]
    assert claimed and said and claimed[0].confidence == said[0].confidence
