"""Agents named by what they are and where they are: "Police in Nairobi", "Nurses in Kenya and Uganda".

A bare sector noun ("police", "teachers", "opposition groups") names no country by itself, and a country
is never guessed for it.  Only a place phrase attached to the noun ("in Nairobi", "from Chile") gives one:
a place some other mention already resolved (a country, a capital), or, with a gazetteer, a populous
city or region ("Dockworkers in Rotterdam").  Coordinated places ("in Kenya and Uganda") give one actor
per country.  Kept apart from :mod:`eventwire.actors.resolver`, which finds and resolves named actors;
this runs after it, over the words those names left uncovered.

The resolver's sector lookups around a name ("Russian *state media*", "Kenya [Medical Practitioners]
*Union*") live here too, so that all reading of sector words sits in one module.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from eventwire.actors.coref import Cand
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.names import normalise
from eventwire.actors.phrases import is_subject, place_country
from eventwire.where.toponyms import is_date_word

#: Collective heads a sector word can modify without naming another kind of actor ("opposition *groups*",
#: "rebel *factions*", "student *activists*").
COLLECTIVE_HEADS = frozenset({"group", "faction", "figure", "member", "movement", "camp", "organisation",
                              "organization", "activist", "leader", "coalition", "alliance", "unit", "force"})


def bare_sectors(doc: Doc, d: int, sent_of: dict[int, int], kb: KnowledgeBase, cands: list[Cand],
                 add: Callable[[Cand], None], gazetteer: object | None = None) -> None:
    """Add a sector mention for each uncovered sector noun with an "in/from <place>" phrase:
    "Police in Nairobi" is KEN COP, "Opposition groups in Zimbabwe" ZWE OPP, "Police in Kenya and
    Uganda" KEN COP and UGA COP.  Without a place phrase there is no mention."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    owner = {i: c for c in cands for i in range(c.start, c.end)}
    named = {c.country for c in cands if c.country}
    pos = doc.to_array(POS).tolist() if len(doc) else []
    for t in (doc[i] for i, p in enumerate(pos) if p == NOUN and i not in covered):  # no Token per word
        if t.dep_ == "amod":
            continue
        # "Opposition groups in Zimbabwe": the sector word names what the collective head is
        head = t.head if t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.lemma_.lower() in COLLECTIVE_HEADS \
            and t.head.i not in covered else t
        if t.dep_ == "compound" and head is t:
            continue
        if any(c.dep_ == "compound" and c.i in owner and all(a.org for a in owner[c.i].actors) for c in t.children):
            continue  # "the ELN rebels in Caracas": the named group's members, wherever they are
        term = normalise(t.text)
        if term not in kb.sectors:
            term = normalise(t.lemma_)
            if term not in kb.sectors:
                continue
        sector, plural = kb.sectors[term]
        if head is not t:
            plural = head.tag_ in ("NNS", "NNPS")
        isos = _places_of(head, owner, gazetteer, named) or (_employers(head, owner) if term in STAFF else [])
        if isos:
            text = doc[t.i:head.i + 1].text
            actors = tuple(kb.country_actor(iso, text, sector) for iso in isos)
            add(Cand(d, sent_of[t.i], t.i, head.i + 1, text, "sector", actors, "title", 0.7,
                     country=isos[0] if len(isos) == 1 else None, subject=is_subject(doc, t.i, head.i + 1),
                     plural=plural or len(isos) > 1))


def _places_of(head: Token, owner: dict[int, Cand], gazetteer: object | None, named: set[str]) -> list[str]:
    """Countries of the places in the "in/from" phrases on ``head``, coordinated ones included, in
    text order; the last phrase wins as before when there are several."""
    found: list[str] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                isos = [iso for p in (g, *g.conjuncts) if (iso := _place(p, owner, gazetteer, named))]
                if isos and _place(g, owner, gazetteer, named):
                    found = list(dict.fromkeys(isos))
    return found


#: Sector terms for people who serve an office holder or a government, not hold it themselves.
STAFF = frozenset({"aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman",
                   "spokesperson", "official", "officials"})
#: Prepositions that tie an official to whom it serves ("an aide *to* the Turkish president", "the
#: spokesman *for* the Chinese foreign ministry", "officials *of* the Sudanese government").
EMPLOYER_PREPS = frozenset({"to", "for", "of"})


def _employers(head: Token, owner: dict[int, Cand]) -> list[str]:
    """The state an official serves, when the "to/for/of" phrase on it names one state's government,
    office holder or ministry (not a private person or an organisation)."""
    found = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in EMPLOYER_PREPS:
            for g in c.children:
                cand = owner.get(g.i) if g.dep_ == "pobj" else None
                if cand is not None and len(cand.actors) == 1 and cand.actors[0].country \
                        and not cand.actors[0].org and cand.actors[0].sector in ("GOV", "MIL", "LEG", "JUD"):
                    found.append(cand.actors[0].country)
    return found


def _place(g: Token, owner: dict[int, Cand], gazetteer: object | None, named: set[str]) -> str | None:
    """The country a place word stands for: a resolved country or capital mention covering it, else a
    city or region name the gazetteer places in one country."""
    place = owner.get(g.i)
    if place is not None:
        if len(place.actors) == 1 and place.via in ("capital", "name", "alias") and not place.person:
            return place.actors[0].country
        return None
    if gazetteer is None or g.pos_ != "PROPN" or not g.text[:1].isupper() or is_date_word(g):
        return None  # "Police in March 2020 ...": a date, not the town of March
    s = g.i
    while s > 0 and g.doc[s - 1].dep_ == "compound" and g.doc[s - 1].head.i in range(s, g.i + 1) \
            and g.doc[s - 1].pos_ == "PROPN":
        s -= 1
    return place_country(g.doc[s:g.i + 1].text, gazetteer, named)


# -- sector words around a name ("Russian *state media*", "the *Defense Ministry* of Iraq") ----------

def sector_after(doc: Doc, pos: int, kb: KnowledgeBase) -> tuple[int, str, bool, str] | None:
    """Longest sector term starting at ``pos`` (e.g. 'state media', 'Defense Ministry'):
    (end, sector, plural, term)."""
    if pos >= len(doc):
        return None
    first = normalise(doc[pos].text)
    if first != "the" and first not in kb.sector_prefixes:
        return None  # most words begin no sector term: no spans built (called at every country name)
    for j in range(min(len(doc), pos + 4), pos, -1):
        term = normalise(doc[pos:j].text)
        if term in kb.sectors:
            sector, plural = kb.sectors[term]
            return j, sector, plural, term
    return None


#: Singular organisation heads that may close a longer proper name ("the Kenya Medical Practitioners Union").
ORG_HEAD_SECTORS = frozenset({"LAB", "PTY", "BUS", "NGO", "JUD"})


def named_org_after(doc: Doc, pos: int, kb: KnowledgeBase) -> tuple[int, str, bool, str] | None:
    """'Kenya [Medical Practitioners] Union', 'Nigeria's [main opposition] party': a country name that
    only modifies an organisation noun a few words on.  The organisation is the actor (so it can be
    the subject and the antecedent of "it"), not the bare country; only when the parse makes that noun
    the head of the country word, and only for singular non-state organisation sectors."""
    n = len(doc)
    for j in range(pos + 1, min(n, pos + 5)):
        if doc[j].pos_ not in ("NOUN", "PROPN"):
            if doc[j].pos_ == "ADJ":
                continue
            return None
        term = doc[j].lower_
        if term not in kb.sectors:
            continue
        sector, plural = kb.sectors[term]
        if plural or sector not in ORG_HEAD_SECTORS:
            return None
        if not all(doc[k].head.i == j or doc[j] in doc[k].ancestors for k in range(pos - 1, j)):
            return None
        return j + 1, sector, plural, term
    return None


def sector_before(doc: Doc, end: int, kb: KnowledgeBase) -> tuple[int, str, bool, str] | None:
    """Longest sector term ending at ``end`` (exclusive), optionally after 'the': (start, ...)."""
    for i in range(max(0, end - 4), end):
        term = normalise(doc[i:end].text)
        if term in kb.sectors:
            sector, plural = kb.sectors[term]
            start = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
            return start, sector, plural, term
    return None
