"""In-document coreference over actor candidates: pronouns, short names and definite descriptions.

Runs after the resolver has found every named actor in the article, in document order, because
"he", "the Russian leader", "the two leaders" or "its neighbor" only mean something given what came
before.  Every rule is deliberately conservative: a pronoun or description that has no clear
antecedent within a short window is dropped rather than guessed, since a wrong actor produces a
wrong event while a missing one only loses it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from eventwire.actors.kb import TITLE_ROLES, KnowledgeBase
from eventwire.actors.names import normalise
from eventwire.model import Actor

#: How many sentences back a pronoun may look for its antecedent.
PRONOUN_WINDOW = 2
_SUBJ = ("nsubj", "nsubjpass")


@dataclass
class Cand:
    """A mention in the making: the resolver fills what it knows, coref completes or drops it.

    kind: person | country | org | sector | role | body | pronoun | they | it | two | neighbour | island |
    unresolved
    """

    doc: int
    sent: int  # sentence index over the whole article
    start: int
    end: int
    text: str
    kind: str
    actors: tuple[Actor, ...] = ()
    via: str = "name"
    confidence: float = 0.9
    gender: str | None = None  # m | f for persons and pronouns
    title: str | None = None  # role descriptions: the title ("leader"); state bodies: the sector ("GOV")
    country: str | None = None
    subject: bool = False
    plural: bool = False
    group: int | None = None  # coordination group ("Russia and China")
    person: bool = False  # names a single human being
    drop: bool = False


_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


def pronoun_gender(word: str) -> str | None:
    w = word.lower()
    return "m" if w in _MALE else "f" if w in _FEMALE else None


def _is_person(c: Cand) -> bool:
    """A single-person mention usable as an antecedent (named, titled, or already resolved)."""
    if c.drop or len(c.actors) != 1:
        return False
    return c.person or c.kind == "pronoun" or (c.kind == "role" and c.via == "description")


def _retext(actors: tuple[Actor, ...], text: str) -> tuple[Actor, ...]:
    return tuple(replace(a, text=text) for a in actors)


def resolve_coreference(cands: list[Cand], kb: KnowledgeBase, on: dt.date | None) -> list[Cand]:
    """Resolve pronouns, short names and descriptions in place; return the candidates kept."""
    history: list[Cand] = []
    for c in cands:
        if c.kind == "pronoun":
            _pronoun(c, history)
        elif c.kind == "they":
            _they(c, history, cands)
        elif c.kind == "it":
            _it(c, history)
        elif c.kind == "two":
            _two(c, history)
        elif c.kind == "role":
            _role(c, history, kb, on)
        elif c.kind == "body":
            _state_body(c, history, kb)
        elif c.kind == "neighbour":
            _neighbour(c, history, kb)
        elif c.kind == "island":
            _island(c, history, kb)
        elif c.kind == "unresolved":
            _short_name(c, history)
        if not c.drop:
            history.append(c)
    return [c for c in cands if not c.drop]


def _persons_before(c: Cand, history: list[Cand], window: int) -> list[Cand]:
    return [h for h in history if _is_person(h) and c.sent - h.sent <= window]


def _pronoun(c: Cand, history: list[Cand]) -> None:
    """he/she: prefer a subject in the same sentence, then the subject of the nearest earlier sentence
    with one, then the most recent person; gender must not clash."""
    pool = [h for h in _persons_before(c, history, PRONOUN_WINDOW)
            if not (c.gender and h.gender and h.gender != c.gender)]
    if not pool:
        c.drop = True
        return
    best: Cand | None = None
    conf = 0.5
    for sent in sorted({h.sent for h in pool}, reverse=True):
        in_sent = [h for h in pool if h.sent == sent]
        subj = [h for h in in_sent if h.subject]
        if subj:
            best, conf = subj[-1], 0.75 if sent == c.sent else 0.65
            break
        if sent == c.sent:
            best, conf = in_sent[-1], 0.6
            break
    if best is None:
        best = pool[-1]
    distinct = {h.actors[0].key for h in pool if h.sent == best.sent}
    if len(distinct) > 1 and not best.subject:
        conf -= 0.1
    c.actors = _retext(best.actors, c.text)
    c.gender = c.gender or best.gender
    c.confidence = round(conf, 2)
    c.via = "pronoun"


def _they(c: Cand, history: list[Cand], cands: list[Cand]) -> None:
    """they/them/their: the nearest plural *subject* (coordination, 'the two', a plural sector noun)
    in this or the previous sentence; else the two persons of the previous sentence.  Plural
    non-subjects are too often wrong ('the navies of Russia and China ... their meeting')."""
    recent = [h for h in history if c.sent - h.sent <= 1]
    for h in reversed(recent):
        members = [x for x in history if h.group is not None and x.group == h.group and not x.drop]
        if not (h.subject or any(x.subject for x in members)):
            continue
        if h.group is not None:
            if len(members) > 1:
                actors = tuple(a for m in members for a in m.actors)
                c.actors, c.via, c.confidence = _retext(actors, c.text), "pronoun", 0.55
                return
        if h.plural or len(h.actors) > 1:
            c.actors, c.via, c.confidence = _retext(h.actors, c.text), "pronoun", 0.55
            return
    persons = _distinct_people([h for h in recent if _is_person(h)])
    if len(persons) == 2:
        c.actors, c.via, c.confidence = _retext(tuple(persons), c.text), "pronoun", 0.5
        return
    c.drop = True


def _it(c: Cand, history: list[Cand]) -> None:
    """it/its: a state or organisation that is the subject of this sentence before the pronoun
    ("Switzerland said it had expelled ..."), else of the previous sentence; never a person, and
    never a guess between two candidates."""
    for sent in (c.sent, c.sent - 1):
        # an organisation is marked plural (so "they" can find it) but is still an "it" ("The EU said it ...")
        subj = [h for h in history if h.sent == sent and h.subject and not h.drop and not _is_person(h)
                and (not h.plural or h.kind == "org") and len(h.actors) == 1
                and (h.actors[0].country or h.actors[0].org)]
        keys = {h.actors[0].key for h in subj}
        if any(h.group is not None for h in subj):
            break  # "Chad and Niger said it ...": a coordinated subject is not an "it"
        if len(keys) == 1:
            c.actors, c.via, c.confidence = _retext(subj[-1].actors, c.text), "pronoun", 0.6
            return
        if len(keys) > 1:
            break
    c.drop = True


def _distinct_people(hs: list[Cand]) -> list[Actor]:
    out: dict[str, Actor] = {}
    for h in hs:
        a = h.actors[0]
        k = a.kb_id or a.name or a.text
        out.pop(k, None)
        out[k] = a
    return list(out.values())


def _two(c: Cand, history: list[Cand]) -> None:
    """'the two leaders' / 'the two': the pair an earlier 'the two' meant (within a few sentences),
    else the last two distinct persons named so far."""
    for h in reversed(history):
        if h.kind == "two" and c.sent - h.sent <= 4 and len(h.actors) == 2:
            c.actors = _retext(h.actors, c.text)
            c.via, c.confidence, c.plural = "description", 0.7, True
            return
    persons = _distinct_people([h for h in history if _is_person(h)])
    if len(persons) < 2:
        c.drop = True
        return
    c.actors = _retext(tuple(persons[-2:]), c.text)
    c.via, c.confidence, c.plural = "description", 0.7, True


def _role(c: Cand, history: list[Cand], kb: KnowledgeBase, on: dt.date | None) -> None:
    """'the Russian leader': an earlier-mentioned holder of that office, else the holder on the date;
    with no country ('the president') only an earlier-mentioned holder will do."""
    title = (c.title or "").lower()
    roles = TITLE_ROLES.get(title, ())
    if c.country:
        holders = {p.name for p in kb.holders(c.country, title, on)}
        mentioned = [h for h in history if _is_person(h) and h.actors[0].country == c.country]
        pick = next((h for h in reversed(mentioned) if h.actors[0].name in holders), None)
        if pick is None and on is None:
            pick = next((h for h in reversed(mentioned)
                         if any(p.role in roles for p in kb.terms(h.actors[0].name or ""))), None)
        if pick is not None:
            c.actors, c.gender, c.person = _retext(pick.actors, c.text), pick.gender, True
            c.via, c.confidence = "description", 0.8
            return
        if holders:
            name = sorted(holders)[0]
            c.actors = (kb.person_actor(name, c.text, on),)
            c.gender, c.person = kb.terms(name)[0].gender, True
            c.via, c.confidence = "description", 0.7
            return
        # keep the country-level actor the resolver gave it
        c.kind = "sector"
        return
    mentioned = [h for h in history if _is_person(h) and h.sent >= c.sent - 3]
    pick = next((h for h in reversed(mentioned)
                 if any(p.role in roles and p.in_office(on) for p in kb.terms(h.actors[0].name or ""))), None)
    if pick is None:
        c.drop = True
        return
    c.actors, c.gender, c.person = _retext(pick.actors, c.text), pick.gender, True
    c.via, c.confidence = "description", 0.6


def _countries_before(history: list[Cand]) -> list[Cand]:
    return [h for h in history if not h.drop and len(h.actors) == 1 and h.actors[0].country
            and h.kind in ("country", "sector", "capital")]


#: How many sentences back a state body looks for the state it belongs to.
BODY_WINDOW = 2


def _state_body(c: Cand, history: list[Cand], kb: KnowledgeBase) -> None:
    """'the government', 'the army': the state's own body when the recent text names one country only
    ("Protests erupted in Georgia after *the government* suspended talks"); with two or more countries
    in view, which state is meant is a guess, so nothing is resolved."""
    near = {h.actors[0].country for h in _countries_before(history) if h.sent >= c.sent - BODY_WINDOW}
    near |= {a.country for h in history if h.sent >= c.sent - BODY_WINDOW and not h.drop
             and h.kind in ("person", "role") for a in h.actors if a.country}
    if len(near) != 1:
        c.drop = True
        return
    c.actors = (kb.country_actor(near.pop(), c.text, c.title),)
    c.via, c.confidence = "description", 0.6


def _neighbour(c: Cand, history: list[Cand], kb: KnowledgeBase) -> None:
    """'its neighbor': the possessor is the subject country of this sentence (else the nearest
    country before); the neighbour is the most recently mentioned country bordering it."""
    same = [h for h in _countries_before(history) if h.sent == c.sent]
    owner = next((h for h in same if h.subject), None) or (same[-1] if same else None)
    if owner is None:
        before = _countries_before(history)
        owner = before[-1] if before else None
    if owner is None:
        c.drop = True
        return
    iso = owner.actors[0].country
    country = kb.countries.get(iso or "")
    if country is None:
        c.drop = True
        return
    # a land neighbour first (the everyday sense), then one across a sea boundary (China and Japan)
    for nb, conf in ((country.neighbours, 0.6), (country.maritime, 0.5)):
        for h in reversed(_countries_before(history)):
            if h.actors[0].country in nb:
                c.actors = (kb.country_actor(h.actors[0].country, c.text),)
                c.via, c.confidence = "description", conf
                return
    c.drop = True


def _island(c: Cand, history: list[Cand], kb: KnowledgeBase) -> None:
    """'the island': the most recently mentioned island country."""
    for h in reversed(history):
        a = h.actors[0] if len(h.actors) == 1 else None
        if a and a.country in kb.countries and kb.countries[a.country].is_island and not h.drop:
            c.actors = (kb.country_actor(a.country, c.text),)
            c.via, c.confidence = "description", 0.6
            return
    c.drop = True


def _short_name(c: Cand, history: list[Cand]) -> None:
    """A surname alone ('Tileuberdi') after the full name: the same person."""
    words = normalise(c.text).split()
    if not words or len(words) > 2:
        return
    for h in reversed(history):
        if not h.person or len(h.actors) != 1 or h is c:
            continue
        a = h.actors[0]
        name_words = normalise(a.name or a.text).split()
        if len(name_words) > len(words) and name_words[-len(words):] == words or (
                len(words) == 1 and words[0] in name_words and len(name_words) > 1):
            c.actors = (replace(a, text=c.text),)
            c.kind, c.gender, c.person = "person", h.gender, True
            c.via, c.confidence = "alias", min(0.8, h.confidence)
            return
