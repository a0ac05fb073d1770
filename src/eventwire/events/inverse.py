"""Receiving verbs: the subject gets the event, the giver named in a "from"/"of"/"by" phrase does it.

"Ukraine received weapons from Poland" is Poland's AID to Ukraine, "Serbia won the backing of
Hungary" Hungary's SUPPORT for Serbia, "Iran faces pressure from France" France's REQUEST to Iran,
"the convoy came under fire from rebels" the rebels' ASSAULT.  The event is the object noun's own
type (from the noun lexicon); only the direction flips.  Hosting stays what it was: "received a
delegation from Japan" names people, not a thing, so it is a visit with the visitor as source and
the host as target, as the verb lexicon codes "host"/"receive" with a named guest.

Possession verbs turn a weapon noun into a delivery: "received drones from Iran" is military aid,
while "came under drone attack" keeps the attack.  The module is lexicon-driven and returns plain
tuples; the extractor turns them into candidates.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Token

from .arguments import (
    MentionIndex, Party, argument_mentions, names_someone, owner_mentions, party_of, phrase_mentions, subject_heads,
)
from .lexicon import LexEntry, Lexicon
from .light_nouns import light_noun_entry

#: Verbs whose subject receives what their object names ("received", "won", "got", "faces").
#: "accept" is left out: accepting an offer is the acceptor's own AGREE.
EXTRA_RECEIVING = frozenset({"obtain", "secure", "gain", "earn", "garner", "draw", "attract", "acquire"})
NOT_RECEIVING = frozenset({"accept"})
#: Verbs of coming to own something: a weapon got this way was delivered, not used.
POSSESSION_VERBS = frozenset({"receive", "get", "obtain", "secure", "acquire", "gain"})
#: Verbs that host people: a named group received from somewhere is a visit.
HOSTING_VERBS = frozenset({"receive", "welcome", "host"})
#: Words for a visiting group that name no actor of their own ("a delegation from Japan").
GUEST_NOUNS = frozenset({"delegation", "mission", "team", "envoy", "emissary", "guest", "visitor", "group"})
#: Prepositions that name the giver on the noun ("the backing *of* France") or the verb ("*from* Poland").
GIVER_PREPS = ("from", "of", "by")
#: Concrete goods that are aid when handed over, though they are no event word of their own.
GOODS = frozenset({"weapon", "arm", "ammunition", "munition", "shell", "tank", "missile", "rocket", "drone", "jet",
                   "howitzer", "artillery", "equipment", "fuel", "food", "medicine", "vaccine", "dose", "grain",
                   "wheat", "rice", "tent", "money", "cash", "fund", "supply", "shipment", "consignment"})


class Reception(NamedTuple):
    """One received event: the noun that names it, its sense, the giver (source) and the recipient."""

    noun: Token
    entry: LexEntry
    source: Party | None
    targets: list[Party]


def is_receiving(verb: Token, lex: Lexicon) -> bool:
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and lemma not in NOT_RECEIVING and (
        lemma in lex.receiving_verbs or lemma in EXTRA_RECEIVING)


def _received_nouns(verb: Token) -> list[Token]:
    """What is received: the direct object and its conjuncts, or the "under" phrase ("came under fire")."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
              if g.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out.extend(c for c in h.children if c.dep_ == "conj")
    return out


#: Nouns that measure out goods ("a batch of tanks", "a tranche of loans"): the goods are what is received.
CONTAINER_NOUNS = frozenset({"batch", "tranche", "package", "consignment", "load", "round", "set", "lot", "cargo",
                             "delivery", "number", "series", "wave", "fleet"})


def _contents(noun: Token) -> Token:
    """The goods inside a measure noun ("batch *of tanks*"), else the noun itself."""
    if noun.lemma_.lower() not in CONTAINER_NOUNS:
        return noun
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return noun


def _giver(noun: Token, verb: Token, index: MentionIndex) -> Party | None:
    """Who gives: the noun's "of/from/by" phrase, else the verb's "from/by" phrase, else the noun's
    possessor or demonym ("won *France's* backing", "received *Japanese* aid")."""
    for head, preps in ((noun, GIVER_PREPS), (verb, ("from", "by"))):
        found = [m for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
                 for m in argument_mentions([g for g in c.children if g.dep_ == "pobj"], index)]
        if found:
            return party_of(found)
    return party_of([m for m in owner_mentions(noun, index) if not m.start <= noun.i < m.end])


def _sense(verb: Token, noun: Token, lex: Lexicon, index: MentionIndex) -> LexEntry | None:
    entry = light_noun_entry(verb, noun, lex, index)
    possession = verb.lemma_.lower() in POSSESSION_VERBS
    if noun.lemma_.lower() in GOODS and possession and (entry is None or entry.type in ("ASSAULT", "MOBILIZE")):
        aid = lex.noun("weapon") if noun.lemma_.lower() in WEAPONS else lex.noun("aid")
        return aid if aid is not None else entry
    return entry


#: Goods that are arms: delivering them is military aid.
WEAPONS = frozenset({"weapon", "arm", "ammunition", "munition", "shell", "tank", "missile", "rocket", "drone", "jet",
                     "howitzer", "artillery"})


def receptions(verb: Token, lex: Lexicon, index: MentionIndex, person_nouns: frozenset[str]) -> list[Reception]:
    """The events a receiving verb reports, with the giver as source and the subject as target.

    Empty when the verb is not a receiving verb, is passive, or its object names neither an event
    nor goods nor a visiting group with a named origin; the extractor then reads the verb as usual.
    """
    if not is_receiving(verb, lex):
        return []
    subj, passive = subject_heads(verb)
    if passive:
        return []
    # a thing can win backing too: "the autonomy plan *of Morocco* won the endorsement of Spain"
    recipient = party_of(argument_mentions(subj, index)) or party_of([m for h in subj for m in phrase_mentions(h, index)])
    out: list[Reception] = []
    for noun in _received_nouns(verb):
        noun = _contents(noun)  # "a new batch *of tanks*": what the batch holds is what was received
        entry = _sense(verb, noun, lex, index)
        giver = _giver(noun, verb, index)
        if entry is None:
            guests = noun.lemma_.lower() in GUEST_NOUNS or names_someone(noun, index, person_nouns)
            if verb.lemma_.lower() not in HOSTING_VERBS or giver is None or not guests:
                continue
            host = lex.verb("receive")  # "received a delegation from Japan": the guests visit the host
            if host is None:
                continue
            entry = replace(host, mode="visit", cameo=None)
        if giver is not None and recipient is not None and \
                {a.key for a in giver.actors} == {a.key for a in recipient.actors}:
            continue
        if giver is None and (recipient is None or verb.lemma_.lower() not in POSSESSION_VERBS):
            continue  # "they face imprisonment": a prospect, not an act; "received weapons": a delivery
        out.append(Reception(noun, replace(entry, reciprocal=False), giver, [recipient] if recipient else []))
    return out
