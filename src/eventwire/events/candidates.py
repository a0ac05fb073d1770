"""The event candidate record, and how a predicate's parties become candidates.

Every rule of the events stage ends the same way: a trigger, the entry its sense selects, a source
party and zero or more target parties become one ``Candidate`` per dyad (``candidates_for``).  The
party finders every rule shares live here too: a verb's subject and objects (``verb_parties``,
passives included) and an event noun's possessor and "of/to/against" phrases (``noun_parties``).
They sit apart from ``extractor`` so that the modules holding one family of rules (``violence``,
``crowds``) can build candidates without importing the extractor that calls them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator, Sequence

from spacy.tokens import Token

from ..model import Status
from .arguments import (
    MentionIndex, Party, agent_heads, argument_mentions, object_heads, owner_mentions, parties_each, party_of,
    phrase_mentions, subject_heads,
)
from .lexicon import LexEntry, Lexicon
from .modality import Modality
from .protest_parties import noun_frame_parties
from .targets import DEEP_PREPS, deeper_targets, same_as_source


#: Nominal event arguments: who did it (possessor, "by") and to whom ("of", "to", "against", ...).
NOUN_TARGET_PREPS = ("to", "against", "on", "with", "of", "for", "toward", "towards", "into")


#: Shows of force aim at a place as much as at an actor.
AREA_TYPES = frozenset({"MOBILIZE", "THREATEN"})


AREA_PREPS = ("over", "around", "near", "off")


JOINT_WORDS = frozenset({"joint", "bilateral", "combined", "mutual"})


#: Hostile acts name their target with "at"/"on"/"against" whatever the verb.
AIMED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "MOBILIZE"})


AIM_PREPS = ("at", "on", "against")


#: Types that are reciprocal when a joint subject does them with nobody else ("the US, Russia and
#: Switzerland met"; "Hungarian and Romanian officials agreed").
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


@dataclass(frozen=True)


class Candidate:
    """An event before dating, placing and id-ing: what, who, and on what words."""

    type: str
    mode: str | None
    cameo: str | None
    trigger: Token  # the word that names the event (a noun for light verbs and nominal events)
    anchor: Token  # the verb whose clause the event is reported in (== trigger for plain verbs)
    source: Party | None
    target: Party | None
    reciprocal: bool
    status: Status
    nominal: bool
    weight: float
    span: tuple[int, int]  # token range of the evidence clause within the doc


@dataclass(frozen=True)
class Context:
    """What extraction reads besides the sentence: the mentions, the lexicon, and which nouns
    name people (so that "arrested dozens of protesters" has a human object)."""

    index: MentionIndex
    lexicon: Lexicon
    person_nouns: frozenset[str]


def _clause_span(anchor: Token, extra: Sequence[Token]) -> tuple[int, int]:
    """Token range of the clause that reports the event: the anchor's phrase plus its parties."""
    toks = [anchor]
    for c in anchor.children:
        if c.dep_ in ("conj", "cc", "advcl", "parataxis", "ccomp", "relcl") and c.i > anchor.i:
            continue
        if c.dep_ == "punct":
            continue
        toks.extend(c.subtree)
    toks.extend(extra)
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks) + 1
    doc = anchor.doc
    while hi - 1 > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in ("”", "\"", "’", ")"):
        hi -= 1
    return lo, hi


def noun_is_joint(noun: Token) -> bool:
    return any(c.lower_ in JOINT_WORDS for c in noun.children if c.dep_ in ("amod", "compound"))


def joint_entry(entry: LexEntry) -> LexEntry:
    """"Joint patrols", "joint exercises": shows of force done together are cooperation."""
    if entry.type in ("MOBILIZE", "ASSAULT", "COERCE") or entry.mode == "investigate":
        # a joint investigation or commission is judicial cooperation, not an accusation by one party
        return replace(entry, type="COOPERATE", mode=None, cameo=None, reciprocal=True)
    return replace(entry, reciprocal=True)


def noun_parties(noun: Token, entry: LexEntry, index: MentionIndex) -> tuple[Party | None, list[Party]]:
    """Possessor, demonym or "by" phrase as source; "of/to/against ..." phrases as targets."""
    src_heads = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    src_ms = argument_mentions(src_heads, index)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            src_ms += argument_mentions([g for g in c.children if g.dep_ == "pobj"], index)
    tgt_heads = []
    preps = tuple(entry.target_preps) + NOUN_TARGET_PREPS
    if entry.type in AREA_TYPES:
        preps += AREA_PREPS  # "drills over the island", "warships near the coast of X"
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            tgt_heads.extend(g for g in c.children if g.dep_ == "pobj")
    tgt = parties_each(argument_mentions(tgt_heads, index))
    if not tgt:
        # one level down: "a suspension of air links *with Serbia*"
        deeper = [g for h in tgt_heads for c in h.children if c.dep_ == "prep" and c.lower_ in DEEP_PREPS
                  for g in c.children if g.dep_ == "pobj"]
        tgt = parties_each(argument_mentions(deeper, index))
    source, tgt = noun_frame_parties(noun, entry.type, party_of(src_ms), tgt, index)  # "on strike", "in protest of"
    return source, [t for t in tgt if not same_as_source(t, source)]


def verb_parties(verb: Token, entry: LexEntry | None, index: MentionIndex,
                  target_preps: Sequence[str]) -> tuple[Party | None, list[Party], bool]:
    subj, passive = subject_heads(verb)
    source = party_of(argument_mentions(subj, index))
    preps = tuple(target_preps) + ((entry.particle,) if entry and entry.particle else ())
    if entry is not None and entry.type in AIMED_TYPES:
        preps += AIM_PREPS  # "fired *at* Russia", "warned *against*"
    objs = object_heads(verb, preps)
    if passive:
        # "Five soldiers were killed by rebels": the grammatical subject is the target; when it is a
        # thing ("Tents were sent to Morocco by Qatar") the target is where it went
        agent = party_of(argument_mentions(agent_heads(verb), index))
        if source is not None and source.resolved:
            return agent, [source], True
        targets = [p for p in parties_each(argument_mentions([o for o in objs if o.dep_ != "agent"], index))
                   if not same_as_source(p, agent)]
        if not targets:
            targets = parties_each([m for h in subj for m in phrase_mentions(h, index)])
        return agent, targets, True
    things: list[Token] = []
    if entry is not None and not entry.object_is_target:
        things = [o for o in objs if o.dep_ == "dobj"]
        objs = [o for o in objs if o.dep_ != "dobj"]
    targets = parties_each(argument_mentions(objs, index))
    if not targets and things:
        # "rejected a U.S. request": the one whose request it was
        targets = [p for p in parties_each([m for t in things for m in owner_mentions(t, index)])
                   if not same_as_source(p, source)]
    if not targets:
        targets = deeper_targets(verb, source, index)
    return source, targets, False


def _split_reciprocal(source: Party | None, targets: list[Party],
                      reciprocal: bool) -> list[tuple[Party | None, Party | None]]:
    """(source, target) pairs of a candidate.  A reciprocal event with a joint subject and no object
    becomes one dyad per pair of parties, in text order ("Russia and China held joint patrols" is
    RUS–CHN; "the US, Russia and Switzerland met" is three dyads)."""
    if reciprocal and source and not targets and len(source.actors) > 1:
        singles = [Party((a,), tuple(m for m in source.mentions if a in m.actors) or source.mentions)
                   for a in source.actors]
        return [(singles[i], singles[j]) for i in range(len(singles)) for j in range(i + 1, len(singles))]
    return [(source, t) for t in targets] if targets else [(source, None)]


def candidates_for(anchor: Token, trigger: Token, entry: LexEntry, mod: Modality, source: Party | None,
                    targets: list[Party], nominal: bool, reciprocal: bool, weight: float) -> Iterator[Candidate]:
    if not targets and source is not None and len(source.actors) > 1 and entry.type in MUTUAL_TYPES:
        reciprocal = True
    for source, tgt in _split_reciprocal(source, targets, reciprocal):
        if source is None and tgt is None and nominal:
            continue  # the pipeline may still find a verbal event's parties in its place ("killed in Beirut")
        # an actor acting on itself is almost always a misparse ("China's ... of China")
        if source and tgt and {a.key for a in source.actors} == {a.key for a in tgt.actors}:
            continue
        extra: list[Token] = []
        for p in (source, tgt):
            if p:
                for m in p.mentions:
                    if m.end <= len(anchor.doc) and anchor.sent.start <= m.start < anchor.sent.end:
                        extra.extend(anchor.doc[m.start:m.end])
        span = _clause_span(anchor, extra)
        yield Candidate(entry.type, entry.mode, entry.cameo, trigger, anchor, source, tgt,
                        reciprocal, mod.status, nominal, weight, span)
