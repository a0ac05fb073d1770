"""Which sense of an event noun a light verb selects, and which nouns are no events at all.

Some event nouns have two common senses that only their context tells apart: "strike" is a labour
protest after "staged", "went on" or "called", and an attack after "launched" or "carried out".  The
lexicon keys such senses by the light verb (``nouns.tsv``: ``strike  stage  PROTEST``), so the choice
lives in data.  This module adds the guard that data cannot express: a peaceful sense selected by an
ambiguous verb ("continued their strike") holds only when nothing says otherwise — the noun aimed
at someone ("continued its strikes *on* Kyiv") or an armed or state actor doing it keeps the hostile
sense.

Verbs are refined the same way by the words attached to them (``verb_particles``).  It also tells a
participle or adjective used as a noun ("evacuated *the wounded*", "treated *the injured*") from an
event word: such a word names people, not an act.
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import ADVERB_PARTICLES, MentionIndex, subject_heads
from .lexicon import LexEntry, Lexicon

#: Prepositions that aim a hostile act at someone ("strikes *on* Kyiv", "a strike *against* the PKK").
AIM_PREPS = frozenset({"on", "against", "at", "targeting"})
#: Sectors of actors whose "strike" is an attack, not a walkout.
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SPY", "GOV", "COP", "UAF"})
#: Hostile event types: the sense a peaceful light-verb reading must give way to when the act is aimed.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
#: Entity types of prepositional objects that only date or place the act ("a strike *on Monday*").
NOT_AIMED_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def verb_particles(tok: Token) -> list[str]:
    """Words that can change a verb's sense: particle, prepositions, and the heads of its objects
    ("pull *back*", "call *for*", "join *forces*", "take to the *streets*")."""
    out: list[str] = []
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES:
            out.append(c.lower_)  # the parser often reads "walked *out*", "pulled *back*" as adverbs
        elif c.dep_ in ("prt", "prep", "agent"):
            out.append(c.lower_)
            out.extend(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "dobj":
            out.append(c.lemma_.lower())
            if c.lemma_.lower() in FRAME_NOUNS:  # "halted its *mediation* efforts", "froze *aid* programmes"
                out.extend(g.lemma_.lower() for g in c.children if g.dep_ == "compound")
    return out


#: Object nouns that only frame an activity named by their compound modifier.
FRAME_NOUNS = frozenset({"effort", "programme", "program", "process", "mission", "activity", "operation",
                         "project", "initiative", "payment", "role"})


def noun_modifiers(tok: Token) -> list[str]:
    """Modifiers that can change an event noun's sense ("*hunger* strike", "*air* strike")."""
    return [c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")]


def _aimed(noun: Token) -> bool:
    return any(g.ent_type_ not in NOT_AIMED_ENTS for c in noun.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS
               for g in c.children if g.dep_ == "pobj")


def _armed_subject(verb: Token, index: MentionIndex | None) -> bool:
    """Is the light verb's subject a state, an armed force or a named group (not a crowd of workers)?"""
    heads, _ = subject_heads(verb)
    for h in heads:
        if h.pos_ == "PROPN":
            return True  # "Russia continued its strikes": a named actor, not a workforce
        m = index.at(h) if index is not None else None
        if m is not None and any(a.sector in ARMED_SECTORS for a in m.actors):
            return True
    return False


def light_noun_entry(verb: Token, noun: Token, lex: Lexicon, index: MentionIndex | None = None) -> LexEntry | None:
    """The sense of an event noun carried by a light verb.

    The noun's own modifiers are tried together with the light verb's lemma; an entry keyed by
    the verb that turns a hostile noun peaceful is kept only when the act is not aimed at anyone
    and its doer is not an armed or state actor.
    """
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = noun.lemma_.lower()
    mods = noun_modifiers(noun)
    base = lex.noun(lemma, mods)
    if base is None:
        return None
    if base.particle is not None:
        return base  # the noun's own modifier decides ("air strike", "hunger strike")
    by_verb = lex.noun(lemma, [verb.lemma_.lower()])
    if by_verb is None or by_verb.particle is None:
        return base
    peaceful = base.type in HOSTILE_TYPES and by_verb.type not in HOSTILE_TYPES
    if peaceful and (_aimed(noun) or _armed_subject(verb, index) or noun.tag_ in ("NNS", "NNPS")):
        return base
    return by_verb


def nominalised_people(tok: Token) -> bool:
    """"the wounded", "the injured", "the dead": a participle or adjective after a determiner with no
    noun of its own names the people it describes, not the act."""
    if tok.tag_ not in ("VBN", "JJ", "VBD") and tok.pos_ not in ("ADJ",):
        return False
    if tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "conj"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "their", "its", "his", "her") for c in tok.children)


def drop_people_objects(found: list[tuple[Token, LexEntry]], index: MentionIndex | None) -> list[tuple[Token, LexEntry]]:
    """"engaged UN peacekeepers *in a firefight*": when a light verb carries an event noun in a
    prepositional phrase, a direct object naming people is who it was done to, not a second event
    ("peacekeepers" is not peacekeeping here, nor "troops" a deployment)."""
    if index is None or not any(n.dep_ == "pobj" for n, _ in found):
        return found
    return [(n, e) for n, e in found if n.dep_ == "pobj" or not _names_people(n, index)]


def _names_people(noun: Token, index: MentionIndex) -> bool:
    own = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    return noun.lemma_.lower() in index.person_nouns or any(index.at(t) is not None for t in own)
