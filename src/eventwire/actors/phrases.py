"""Noun-phrase rules that change which country a name inside a phrase stands for.

The resolver finds names; these rules read the phrase around a name, where English says that the
name is *not* the actor ("Israel's militia ally"), that it is the other side of something ("its
Syrian border"), that it gives its country to an unknown person beside it ("Kenzo Oshima, the United
Nations Emergency Relief Coordinator"), or that a city or region speaks for its country ("Kherson
said", "Kherson residents").  They are kept apart from :mod:`eventwire.actors.resolver` so that each
rule can be read, tested and switched off on its own; each is a pure function of the parse.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.actors.coref import Cand
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.names import normalise
from eventwire.model import Actor
from eventwire.where.toponyms import is_date_word

#: "Israel's militia ally", "Russia's allies", "Iran's proxies": the possessor's partner is another
#: party, so the possessor must not be coded as the actor of the phrase.
ALLY_WORDS = frozenset({"ally", "allies", "proxy", "proxies", "client", "clients", "surrogate", "surrogates",
                        "partner", "partners", "backer", "backers", "patron", "patrons"})
#: "its Syrian border", "the Iraqi frontier": a demonym before these names the country on the other side.
BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers"})
#: Confidence of a country read from "its Syrian border" (an inference, not a name of the actor).
BORDER_CONFIDENCE = 0.5
#: Confidence of a person placed by an appositive title ("X, the UN relief coordinator").
APPOSITION_CONFIDENCE = 0.7
#: Confidence of a city or region standing for its country ("Kherson said").
PLACE_CONFIDENCE = 0.55
#: A bare city name must be at least this populous to be read as an actor (small towns share names
#: with surnames and with each other).
PLACE_MIN_POPULATION = 50_000
#: Nouns after a place name that make the place name a modifier of an actor: "Kherson residents".
_PLACE_PEOPLE = frozenset({"residents", "officials", "authorities", "authority", "administration", "council",
                           "government", "governor", "mayor", "police", "people", "inhabitants", "leaders"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod", "npadvmod"})


def span_head(doc: Doc, start: int, end: int) -> Token:
    """The rightmost token whose head lies outside the span (English noun phrases are head-final)."""
    for t in reversed(doc[start:end]):
        if not (start <= t.head.i < end) or t.head.i == t.i:
            return t
    return doc[end - 1]


def is_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention's span is the subject of its clause (coreference prefers subjects)."""
    return span_head(doc, start, end).dep_ in ("nsubj", "nsubjpass")


def possessor_of_ally(doc: Doc, end: int) -> int | None:
    """End (exclusive) of "'s [modifiers] ally" after a name ending at ``end``, else None.

    "the deputy chief of Israel's militia ally": Israel is the ally's patron, not the ally."""
    n = len(doc)
    if end >= n or doc[end].text not in ("'s", "’s", "'"):
        return None
    j = end + 1
    while j < n and j - end <= 3 and doc[j].lower_ not in ALLY_WORDS and (
            doc[j].pos_ in ("ADJ", "NOUN", "PROPN") or doc[j].text == "-") and doc[j].dep_ in _MODIFIER_DEPS:
        j += 1
    return j + 1 if j < n and doc[j].lower_ in ALLY_WORDS else None


def names_border(doc: Doc, end: int) -> bool:
    """Whether a demonym ending at ``end`` qualifies a border: "its Syrian border"."""
    return end < len(doc) and doc[end].lower_ in BORDER_WORDS


def _appositive_title(a: Token, kb: KnowledgeBase, title_words: frozenset[str]) -> bool:
    """An appositive head that names an office or a kind of agent ("minister", "Coordinator")."""
    low = a.lower_
    return low in title_words or normalise(a.text) in kb.sectors or normalise(a.lemma_) in kb.sectors or (
        a.pos_ == "PROPN" and a.text[:1].isupper())


def _name_span(doc: Doc, head: Token) -> tuple[int, int] | None:
    """The proper-name tokens ending at ``head`` ("Kenzo Oshima"), if the name looks like a person's."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    s = head.i
    while s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].dep_ == "compound" and doc[s - 1].head.i == head.i \
            and doc[s - 1].text[:1].isupper():
        s -= 1
    if head.i + 1 - s < 2 and head.ent_type_ != "PERSON":
        return None  # one capitalised word alone is too often a place or a group
    return s, head.i + 1


def apposition_titles(doc: Doc, cands: list[Cand], kb: KnowledgeBase, title_words: frozenset[str],
                      sector_of: Callable[[str], str | None]) -> list[Cand]:
    """'Kenzo Oshima, the United Nations Emergency Relief Coordinator': an unknown person followed by an
    appositive title naming one organisation or country takes it (the apposition's own mention is
    dropped, its country now belongs to the person).  Returns the candidates to keep, new ones added.

    Only a name the KB does not know (an unresolved person, or proper nouns no mention covers) is
    placed: a known person keeps the KB's answer, whatever the apposition says."""
    owner = {i: c for c in cands for i in range(c.start, c.end)}
    drop: set[int] = set()
    out = list(cands)
    for a in doc:
        if a.dep_ != "appos" or not _appositive_title(a, kb, title_words):
            continue
        span = _name_span(doc, a.head)
        if span is None or a.left_edge.i <= a.head.i:
            continue
        s, e = span
        named = {id(owner[i]) for i in range(s, e) if i in owner}
        person = owner.get(s)
        if named and not (len(named) == 1 and person is not None and person.kind == "unresolved"
                          and person.start == s):
            continue
        inner = [c for c in cands if a.left_edge.i <= c.start and c.end <= a.i + 1 and c.actors
                 and c.kind in ("org", "country", "sector", "role", "capital")]
        keys = {(x.country, x.org) for c in inner for x in c.actors}
        if len(keys) != 1:
            continue
        country, org = keys.pop()
        if not (country or org):
            continue
        first = inner[0]
        title = doc[first.end:a.i + 1].text
        sector = sector_of(title)
        if org is not None:
            o = kb.organisations[org]
            actor = Actor(text=doc[s:e].text, name=doc[s:e].text, country=o.country, org=o.org,
                          sector=sector or o.sector, code=o.code)
        else:
            sector = sector or first.actors[0].sector or "GOV"
            actor = Actor(text=doc[s:e].text, name=doc[s:e].text, country=country, sector=sector,
                          code=country + sector)
        new = Cand(first.doc, first.sent, s, e, doc[s:e].text, "person", (actor,), "title",
                   APPOSITION_CONFIDENCE, subject=a.head.dep_ in ("nsubj", "nsubjpass"), person=True)
        if person is not None:
            drop.add(id(person))
        drop.update(id(c) for c in inner)
        out.append(new)
    return [c for c in out if id(c) not in drop]


def place_actors(doc: Doc, d: int, sent_of: dict[int, int], cands: list[Cand], kb: KnowledgeBase,
                 gazetteer: object, article_countries: set[str]) -> list[Cand]:
    """'Kherson said ...', 'Kherson residents protested', 'Mosul's governor': a city or region named
    where an actor stands (subject, possessor, or modifier of a people noun) speaks for its country.

    Only names no mention resolved, populous places (``PLACE_MIN_POPULATION``; regions and states
    always), one country among the readings (a country the article names breaks a tie), and never a
    word that is the surname of a person named in the segment.  Returns the candidates to keep."""
    surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    owner = {i: c for c in cands for i in range(c.start, c.end)}
    replaced: set[int] = set()
    out = list(cands)
    seen: set[int] = set()
    for t in doc:
        if t.i in seen or not t.text[:1].isupper() or is_date_word(t) or not (
                t.pos_ == "PROPN" or t.pos_ == "ADJ" and t.dep_ == "amod" and t.ent_type_ != "NORP"):
            continue  # the tagger calls some city names before a noun adjectives ("Aleppo residents")
        s, e = t.i, t.i + 1
        while e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper():
            e += 1
        seen.update(range(s, e))
        head = doc[e - 1]
        people = _modifies_people(head, kb)
        if not (people or _actor_position(head)) or (head.ent_type_ == "PERSON" and not people):
            continue  # "Jackson said" is a person; "Jackson residents" could only be a place
        covering = {id(owner[i]): owner[i] for i in range(s, e) if i in owner}
        if any(c.kind != "unresolved" or c.person and c.title for c in covering.values()):
            continue
        if e - s == 1 and doc[s].lower_ in surnames:
            continue
        iso = place_country(doc[s:e].text, gazetteer, article_countries)
        if iso is None or iso not in kb.countries:
            continue
        text = doc[s:e].text
        replaced.update(covering)
        out.append(Cand(d, sent_of[s], s, e, text, "capital", (kb.country_actor(iso, text),), "capital",
                        PLACE_CONFIDENCE, country=iso, subject=head.dep_ in ("nsubj", "nsubjpass")))
    return [c for c in out if id(c) not in replaced]


def _actor_position(head: Token) -> bool:
    """Subject of a verb ("Kherson said") or possessor ("Mosul's governor")."""
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") or head.dep_ == "poss"


def _modifies_people(head: Token, kb: KnowledgeBase) -> bool:
    """A name before a people noun: "Kherson residents", "Aleppo officials"."""
    gov = head.head
    return head.dep_ in ("compound", "amod") and gov.i == head.i + 1 and gov.pos_ == "NOUN" and (
        gov.lower_ in _PLACE_PEOPLE or normalise(gov.text) in kb.sectors)


def place_country(name: str, gazetteer: object, article_countries: set[str]) -> str | None:
    """The country of the place a name means, or None when it is not a place or stays ambiguous."""
    places = [p for p in gazetteer.lookup(name)  # type: ignore[attr-defined]
              if p.kind in ("city", "state", "region") and p.country]
    if not places or any(p.kind == "country" for p in gazetteer.lookup(name)):  # type: ignore[attr-defined]
        return None
    places = [p for p in places if p.kind != "city" or p.population >= PLACE_MIN_POPULATION]
    isos = {p.country for p in places}
    if len(isos) > 1:
        isos &= article_countries
    return isos.pop() if len(isos) == 1 else None
