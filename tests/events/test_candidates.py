"""The candidate builders of events/candidates.py on sentences we wrote: a verb's parties (active and
passive), an event noun's parties, and a joint reciprocal subject split into one dyad per pair."""

from __future__ import annotations

import datetime as dt

from eventwire.actors.resolver import resolve_article
from eventwire.events.arguments import MentionIndex
from eventwire.events.candidates import Context, noun_parties, verb_parties
from eventwire.events.extractor import find_candidates

PUBLISHED = dt.date(2024, 3, 14)


def _parsed(resources, text: str):
    doc = resources.nlp(text)
    [mentions] = resolve_article([(doc, 0)], resources.kb, PUBLISHED)
    sectors = frozenset(resources.kb.sectors)
    return doc, Context(MentionIndex(doc, mentions, sectors), resources.lexicon, sectors)


def _countries(party) -> set[str]:
    return {a.country for a in party.actors} if party is not None else set()


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_active_verb_parties(resources):
    doc, ctx = _parsed(resources, "Norway sent medical supplies to Gaza in 2023.")
    entry = resources.lexicon.verb("send")
    source, targets, passive = verb_parties(_token(doc, "sent"), entry, ctx.index, entry.target_preps)
    assert not passive and _countries(source) == {"NOR"}
    assert any("PSE" in _countries(t) for t in targets), targets


def test_passive_verb_parties_swap_agent_and_subject(resources):
    doc, ctx = _parsed(resources, "Three Nigerien soldiers were killed by Malian rebels on Sunday.")
    entry = resources.lexicon.verb("kill")
    source, targets, passive = verb_parties(_token(doc, "killed"), entry, ctx.index, entry.target_preps)
    assert passive and _countries(source) == {"MLI"}
    assert [_countries(t) for t in targets] == [{"NER"}]


def test_noun_parties_possessor_and_against(resources):
    doc, ctx = _parsed(resources, "Japan's sanctions against North Korea took effect in 2017.")
    noun = _token(doc, "sanctions")
    entry = resources.lexicon.noun("sanction", [])
    assert entry is not None
    source, targets = noun_parties(noun, entry, ctx.index)
    assert _countries(source) == {"JPN"} and [_countries(t) for t in targets] == [{"PRK"}]


def test_joint_subject_of_a_mutual_event_is_split_into_dyads(resources):
    doc, ctx = _parsed(resources, "Argentina, Chile and Uruguay met in Montevideo in 2018.")
    cands = [c for c in find_candidates(next(iter(doc.sents)), ctx) if c.type == "CONSULT"]
    pairs = {frozenset(_countries(c.source) | _countries(c.target)) for c in cands}
    assert all(c.reciprocal for c in cands)
    assert pairs == {frozenset({"ARG", "CHL"}), frozenset({"ARG", "URY"}), frozenset({"CHL", "URY"})}
