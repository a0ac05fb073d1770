"""Blame: does a claimed clause report a hostile act, who did it, and is that the speaker's own side?

A claim ("alleged that the French military *helped plan* the killings") or a finding of evidence
("evidence showing Belarus *was behind* the influx") accuses someone only when what it asserts is a
hostile act by a party other than the speaker.  Both readers (events/allegations.py,
events/evidence.py) share this one notion of blame, so it lives here:

- ``hostile_word`` / ``hostile_clause``: the act is a hostile lexicon entry or plain wrongdoing the
  lexicon does not code ("violated the truce"), in the verb, its object ("carried out *attacks*"), a
  blame phrase ("was *behind* the attack", "is *responsible for* the killings"), a part in an act
  ("had a *role in* the genocide") or a verb a few clauses down ("helped *to plan* killings");
- ``doers_of``: who did it, the subject or a passive clause's "by" phrase, over coordinated clauses
  (``coordinated``), skipping denied ones (``negated``);
- ``same_side`` / ``own_act``: a claim about the speaker's own state ("Ukraine claimed *its forces*
  destroyed a depot") is a statement, not an accusation.
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import Party, agent_heads, argument_mentions, parties_each, subject_heads
from .extractor import Context, noun_entry, verb_entry
from .lexicon import Lexicon
from .senses import HOSTILE_TYPES
from .targets import same_as_source

#: Wrongdoing the lexicon does not code as an event of its own ("violated the truce", "smuggled arms").
WRONGDOING = frozenset({"violate", "breach", "smuggle", "plot", "sabotage", "bribe", "cheat", "rig", "embezzle",
                        "launder", "torture", "abuse", "massacre", "genocide", "atrocity", "crime", "violation",
                        "aggression", "terrorism", "killing", "incursion", "provocation", "interference",
                        "meddle", "meddling", "orchestrate", "mastermind", "sponsor", "harassment", "hacking"})
#: Words that tie a party to an act it is blamed for ("was *behind* the attack", "*responsible for*").
BLAME_PREPS = frozenset({"behind"})
BLAME_ADJS = frozenset({"responsible", "guilty", "complicit", "involved", "culpable"})
#: Nouns that name a party's part in an act ("evidence of Russian *involvement*", "its *role* in the killings").
PART_NOUNS = frozenset({"involvement", "role", "complicity", "responsibility", "guilt", "hand", "participation",
                        "link", "links", "culpability"})
#: How deep a claimed clause is searched for its hostile act ("helped *to plan and carry out* killings").
DEPTH = 3
#: Sectors that speak for the state as a whole: a state's claim about its own forces is no accusation.
STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG"})


def coordinated(clause: Token) -> list[Token]:
    """"that France knew ... *and that* its military helped ...": every coordinated claimed clause."""
    out = [clause]
    for c in clause.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            out.extend(coordinated(c))
    return out


def negated(clause: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in clause.children)


def doers_of(clause: Token, ctx: Context) -> list[Party]:
    """Who did the claimed act: the subject, or the "by" phrase of a passive clause."""
    subj, passive = subject_heads(clause)
    heads = agent_heads(clause) if passive else subj
    return parties_each([m for m in argument_mentions(heads, ctx.index) if m.resolved])


def same_side(p: Party, speaker: Party) -> bool:
    """Is the alleged doer the speaker, or the speaker's own state ("Ukraine claimed *its forces* had
    destroyed ...", "France ... alleging *Paris* played a role")?  A claim about one's own act is a
    statement, not an accusation.  Opposition against government stays an accusation."""
    if same_as_source(p, speaker):
        return True
    mine = {(a.country, a.org) for a in speaker.actors if a.sector in STATE_SECTORS and not a.org}
    theirs = {(a.country, a.org) for a in p.actors if a.sector in STATE_SECTORS and not a.org}
    return bool(theirs) and theirs <= mine


def own_act(content: Token, speaker: Party | None, ctx: Context) -> bool:
    """"Ukraine claimed *its forces* destroyed a depot": a claim about one's own act reports it, as "said"
    would; its weight stays."""
    doers = [p for clause in coordinated(content) for p in doers_of(clause, ctx)]
    return speaker is not None and bool(doers) and all(same_side(p, speaker) for p in doers)


def hostile_word(tok: Token, lex: Lexicon) -> bool:
    entry = verb_entry(tok, lex) if tok.pos_ in ("VERB", "AUX") else noun_entry(tok, lex)
    if entry is not None and entry.type in HOSTILE_TYPES:
        return True
    return tok.lemma_.lower() in WRONGDOING


def hostile_clause(clause: Token, lex: Lexicon, depth: int) -> bool:
    """Does the clause report a hostile act by its subject?  The act may be the verb itself ("shelled"),
    its object ("carried out attacks", "had a role in the genocide"), a blame phrase ("was *behind* the
    attack", "is *responsible for* the killings") or a verb it governs ("helped *to plan* killings")."""
    if hostile_word(clause, lex):
        return True
    for c in clause.children:
        if c.dep_ in ("dobj", "attr") and (hostile_word(c, lex) or _part_in_hostile(c, lex)):
            return True
        if c.dep_ == "prep" and c.lower_ in BLAME_PREPS | {"in", "for"} and any(
                hostile_word(g, lex) for g in c.children if g.dep_ == "pobj"):
            if c.lower_ in BLAME_PREPS or _blame_predicate(clause):
                return True
        if c.dep_ == "acomp" and c.lemma_.lower() in BLAME_ADJS:
            return any(hostile_word(g, lex) for p in c.children if p.dep_ == "prep"
                       for g in p.children if g.dep_ == "pobj")
        if depth > 0 and c.dep_ in ("xcomp", "conj", "ccomp") and c.pos_ in ("VERB", "AUX") \
                and hostile_clause(c, lex, depth - 1):
            return True
    return False


def _blame_predicate(clause: Token) -> bool:
    """"took part in", "participated in", "was involved in": the clause ties its subject to the act."""
    return clause.lemma_.lower() in ("participate", "involve", "take", "engage", "collude", "play")


def _part_in_hostile(noun: Token, lex: Lexicon) -> bool:
    """"played a *role in* the genocide", "had a *hand in* the bombing"."""
    if noun.lemma_.lower() not in PART_NOUNS:
        return False
    return any(hostile_word(g, lex) for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
               for g in p.children if g.dep_ == "pobj")
