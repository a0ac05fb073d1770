"""Where an event happened, from its own clause (first version: places the knowledge base knows).

Only places attached to the event's predicate count ("holding talks *in Uzbekistan*", "traveled
*to Beijing*"); a place inside an argument ("condemned provocations in the Taiwan Strait") is where
something else happened.  The gazetteer with coordinates is a later stage; until then a location
carries the country and the kind of place the knowledge base says it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..events.arguments import MentionIndex
from ..model import Location, Mention

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "along", "off"})
DESTINATION_PREPS = frozenset({"to", "into"})
#: Prepositions to follow when the place sits further down ("on the sidelines of the summit in Samarkand").
THROUGH_PREPS = frozenset({"on", "of", "at", "during"})
#: How a mention must have been resolved to count as a place (not "his", not "President Xi").
PLACE_VIAS = frozenset({"name", "alias", "capital"})
#: Words that name a body of water or region even when the knowledge base has no entry for them.
REGION_HEADS = frozenset({"ocean", "sea", "strait", "gulf", "bay", "channel", "region", "province", "border",
                          "peninsula", "island", "islands", "coast", "desert", "valley", "mountains"})


def _phrase(tok: Token) -> list[Token]:
    """The place phrase's own words: the head with its modifiers ("northeastern Ukraine")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "conj"):
            out.extend(_phrase(c))
    return out


def _place_of(pobj: Token, index: MentionIndex, depth: int = 0) -> Location | None:
    for t in _phrase(pobj):
        m = index.at(t)
        if m is not None and m.via in PLACE_VIAS and len(m.actors) == 1 and m.actors[0].country \
                and not m.actors[0].org:
            return _location(m, index)
    if pobj.lemma_.lower() in REGION_HEADS and pobj.pos_ in ("NOUN", "PROPN"):
        toks = [t for t in pobj.subtree if t.dep_ not in ("det", "punct", "prep") and t.i <= pobj.i]
        name = pobj.doc[min(t.i for t in toks):pobj.i + 1].text
        return Location(name=name, country=None, precision="region")
    if depth < 3:
        for c in pobj.children:
            if c.dep_ == "prep" and c.lower_ in THROUGH_PREPS | PLACE_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        loc = _place_of(g, index, depth + 1)
                        if loc:
                            return loc
    return None


def _location(m: Mention, index: MentionIndex) -> Location:
    a = m.actors[0]
    text = index.doc[m.start:m.end].text
    precision = "city" if m.via == "capital" else ("country" if a.sector in (None, "GOV") else "region")
    if m.via == "capital":
        return Location(name=text, country=a.country, precision="city")
    return Location(name=a.name or text, country=a.country, precision=precision)


def locate(anchor: Token, trigger: Token, index: MentionIndex, destination_targets: bool) -> Location | None:
    """The event's place: a place phrase on the predicate, its event noun, or (for visits) the destination."""
    holders: list[Token] = [anchor]
    if trigger is not anchor:
        holders.append(trigger)
    for h in list(holders):
        holders.extend(c for c in h.children if c.dep_ in ("dobj",) and c not in holders)
    preps = PLACE_PREPS | {"on"}
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep":
                continue
            low = c.lower_
            if low in preps or (destination_targets and low in DESTINATION_PREPS):
                for g in c.children:
                    if g.dep_ == "pobj":
                        loc = _place_of(g, index)
                        if loc:
                            return loc
    return None
