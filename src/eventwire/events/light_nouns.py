"""An event noun carried by a light verb ("launched strikes", "sent aid", "held talks"): its sense.

Some event nouns have two common senses that only their context tells apart: "strike" is a labour
protest after "staged", "went on" or "called", and an attack after "launched" or "carried out".  The
lexicon keys such senses by the light verb (``nouns.tsv``: ``strike  stage  PROTEST``), so the choice
lives in data.  ``light_noun_entry`` adds the guard that data cannot express: a peaceful sense selected
by an ambiguous verb ("continued their strike") holds only when nothing says otherwise — the noun aimed
at someone ("continued its strikes *on* Kyiv") or an armed or state actor doing it keeps the hostile
sense — and weapons handed to someone are military aid, not an attack on them.

``drop_people_objects`` keeps a light verb's object that names people ("engaged *UN peacekeepers* in a
firefight") from being read as a second event.  The noun's own sense (``noun_sense``) and the verb's
particles come from ``senses``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import MentionIndex, subject_heads, taken_step
from .lexicon import LexEntry, Lexicon
from .senses import (
    AIM_PREPS,
    ARMED_SECTORS,
    HOSTILE_TYPES,
    NON_EVENT_OBJECTS,
    NOT_AIMED_ENTS,
    noun_sense,
    particle_verb_wins,
)


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
    if noun.pos_ not in ("NOUN", "PROPN") or particle_verb_wins(verb, lex) or _noun_content(verb) \
            or any(taken_step(c) for c in noun.children):  # "took measures to relax ...": the relaxing is the act
        return None
    lemma = noun.lemma_.lower()
    if lemma in NON_EVENT_OBJECTS.get(verb.lemma_.lower(), ()):
        return None  # "gave an interview", "gave a briefing": a statement to the press, no meeting
    base = noun_sense(noun, lex, index)
    if base is None:
        return None
    if base.type == "ASSAULT" and _handed_over(verb, noun):
        return lex.noun("weapon") or base  # "sent missiles to Ukraine": military aid (CAMEO 072)
    if base.particle is not None:
        return base  # the noun's own modifier decides ("air strike", "hunger strike")
    by_verb = lex.noun(lemma, [verb.lemma_.lower()])
    if by_verb is None or by_verb.particle is None:
        return base
    peaceful = base.type in HOSTILE_TYPES and by_verb.type not in HOSTILE_TYPES
    if peaceful and (_aimed(noun) or _armed_subject(verb, index) or noun.tag_ in ("NNS", "NNPS")):
        return base
    return by_verb


#: Verbs that hand something over: weapons handed to someone are military aid, not an attack on them.
TRANSFER_VERBS = frozenset({"send", "provide", "deliver", "give", "supply", "ship", "transfer", "donate"})


def _handed_over(verb: Token, noun: Token) -> bool:
    """"sent missiles *to Ukraine*", "gave *Ukraine* missiles": a weapon given to a recipient and aimed at
    no one ("sent drones *at* Kyiv" stays an attack)."""
    if verb.lemma_.lower() not in TRANSFER_VERBS or _aimed(noun):
        return False
    preps = [c for c in (*verb.children, *noun.children) if c.dep_ == "prep"]
    if any(c.lower_ in AIM_PREPS for c in preps):
        return False
    return any(c.dep_ == "dative" for c in verb.children) or any(c.lower_ == "to" for c in preps)


def _noun_content(verb: Token) -> bool:
    """"an invitation *to attend a meeting*", "a plan *to impose sanctions*": the infinitive says what a
    noun is about; the event it names has not happened."""
    return verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def drop_people_objects(found: list[tuple[Token, LexEntry]],
                        index: MentionIndex | None) -> list[tuple[Token, LexEntry]]:
    """"engaged UN peacekeepers *in a firefight*": when a light verb carries an event noun in a
    prepositional phrase, a direct object naming people is who it was done to, not a second event
    ("peacekeepers" is not peacekeeping here, nor "troops" a deployment)."""
    if index is None or not any(n.dep_ == "pobj" for n, _ in found):
        return found
    return [(n, e) for n, e in found if n.dep_ == "pobj" or not _names_people(n, index)]


def _names_people(noun: Token, index: MentionIndex) -> bool:
    own = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    return noun.lemma_.lower() in index.person_nouns or any(index.at(t) is not None for t in own)
