"""Where an event happened, from its own clause.

Only places attached to the event's predicate count ("holding talks *in Uzbekistan*", "traveled *to
Beijing*", "met *on the sidelines of the summit in Samarkand*").  A place inside an argument is where
something else is ("condemned provocations *in the Taiwan Strait*": the condemnation did not happen
in the strait), except for physical acts, whose object is where the act happened ("killed civilians
in a village in Herat", "handed medicine to the Red Crescent in Bam").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..events.arguments import MentionIndex
from ..model import Location
from .gazetteer import Gazetteer
from .toponyms import DIRECTIONS, PlaceContext, country_location, is_date_word, resolve, resolve_words, to_location

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "along", "off", "on"})
DESTINATION_PREPS = frozenset({"to", "into"})
ORIGIN_PREPS = frozenset({"from"})
#: Prepositions to follow when the place sits further down ("on the sidelines of the summit in Samarkand").
THROUGH_PREPS = frozenset({"on", "of", "at", "during"})
#: How a mention must have been resolved to count as a place (not "his", not "President Xi").
PLACE_VIAS = frozenset({"name", "alias", "capital"})
#: Head nouns whose "of" phrase or apposition is the place ("the town of Gorazde", "the capital Kabul").
SETTLEMENT_HEADS = frozenset({"town", "city", "village", "capital", "port", "enclave", "suburb", "outskirts",
                              "settlement", "camp", "base"})
ADMIN_HEADS = frozenset({"province", "region", "state", "district", "governorate", "oblast", "county",
                         "prefecture", "area"})
#: Verbs that carry an event noun as their object ("conducted patrols", "held talks", "staged a protest").
LIGHT_VERBS = frozenset({"conduct", "hold", "carry", "launch", "stage", "make", "begin", "start", "mount",
                         "resume", "continue", "have", "organize", "organise", "take", "host", "declare"})
#: Event nouns in subject position whose place phrase is the event's ("a bombing near Samarra killed ...").
EVENT_SUBJECTS = frozenset({"attack", "bombing", "blast", "explosion", "strike", "raid", "clash", "fighting",
                            "shelling", "protest", "demonstration", "meeting", "talks", "summit", "ambush",
                            "offensive", "assault", "airstrike", "rally", "exercise", "drill"})
#: Compass words that place something relative to a named place ("a camp *west of* Mogadishu", "30 km
#: *north of* Goma"): the event is located at the named place, the nearest thing the text pins down.
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                     "north-east", "north-west", "south-east", "south-west"})
#: Diplomatic missions are named for the country they represent, not the one they stand in: "outside
#: the US embassy in Cairo" happens in Cairo.  Their own "in" phrase (or none) is the place.
MISSION_HEADS = frozenset({"embassy", "consulate", "consulate-general", "legation", "chancery"})
#: Gatherings whose "on" phrase is their topic ("the Ankara conference *on Gaza*", "talks *on Cyprus*").
GATHERING_HEADS = frozenset({"conference", "summit", "forum", "talks", "talk", "meeting", "dialogue",
                             "negotiation", "session", "congress", "convention", "olympics", "games", "expo"})
#: How a host city hangs on its gathering's name ("the *Tashkent* conference", "the *Beijing* Winter Olympics").
VENUE_DEPS = frozenset({"compound", "nmod", "amod"})
#: Event types that are physical acts: the place of their object is the place of the act.
PHYSICAL_TYPES = frozenset({"AID", "RETREAT", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "COOPERATE"})


def _name_words(tok: Token) -> list[Token]:
    """The place phrase's own words, left of and including its head ("the western Pacific Ocean")."""
    lefts = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "det", "nummod")]
    words: list[Token] = []
    for c in lefts:
        words.extend(t for t in c.subtree if t.i < tok.i and t.dep_ != "punct")
    words.append(tok)
    return sorted(set(words), key=lambda t: t.i)


def _is_namey(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.text[:1].isupper()


def _of_name(tok: Token) -> list[Token]:
    """ "of Hormuz" in "the Strait of Hormuz", as words (with the "of")."""
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and _is_namey(g):
                    return [c, *_name_words(g)]
    return []


def _qualifier(tok: Token) -> str | None:
    """ "Iran" in "Bam, Iran", "Texas" in "Paris, Texas"."""
    for c in tok.rights:
        if c.dep_ in ("appos", "npadvmod", "conj") and c.pos_ == "PROPN":
            return " ".join(t.text for t in _name_words(c))
    return None


def place_of_phrase(pobj: Token, index: MentionIndex, gaz: Gazetteer, ctx: PlaceContext,
                    depth: int = 0) -> Location | None:
    """The place a prepositional object names, looking through "the town of", "the sidelines of ...",
    "the capital Kabul" and the like; None when it names no place."""
    low = pobj.lemma_.lower()
    if is_date_word(pobj):
        return None  # "on 5 March", "in May 2019": a date, not the town of March
    if pobj.lower_ in COMPASS:  # "against a camp *west of Mogadishu*"
        return _compass_place(pobj, index, gaz, ctx, depth)
    if low in MISSION_HEADS:  # "outside the US embassy in Cairo": the embassy's own place phrase only
        return _inner_place(pobj, index, gaz, ctx, depth) if depth < 3 else None
    if low in SETTLEMENT_HEADS | ADMIN_HEADS:
        for c in pobj.children:
            inner = None
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                inner = place_of_phrase(c, index, gaz, ctx, depth + 1)
            elif c.dep_ == "prep" and c.lower_ == "of":
                inner = next((place_of_phrase(g, index, gaz, ctx, depth + 1) for g in c.children
                              if g.dep_ == "pobj"), None)
            if inner is not None:
                if low in ADMIN_HEADS and inner.precision == "city":
                    return Location(inner.name, inner.country, inner.lat, inner.lon, None, "region")
                return inner
    words = _name_words(pobj)
    if _is_namey(pobj):
        of_name = _of_name(pobj)
        if of_name:  # "the Strait of Hormuz", "the Sea of Japan"
            loc = resolve_words([t.text for t in words + of_name], gaz, ctx)
            if loc is not None and loc.precision in ("sea", "region"):
                return loc
    if any(_is_namey(t) for t in words):
        m = index.at(pobj)
        kb_country = None
        if m is not None and m.via in PLACE_VIAS and len(m.actors) == 1 and not m.actors[0].org:
            kb_country = m.actors[0].country
        loc = resolve_words([t.text for t in words], gaz, ctx, _qualifier(pobj), kb_country if
                            (m is not None and m.via == "capital") else None)
        if loc is not None:
            return loc
        if kb_country and m is not None and m.via in ("name", "alias"):
            loc = country_location(gaz, kb_country, m.actors[0].name)
            if loc is not None and len(words) > 1 and words[0].lower_ in DIRECTIONS:
                return Location(f"{words[0].lower_} {loc.name}", loc.country, None, None, None, "region")
            return loc
    return _inner_place(pobj, index, gaz, ctx, depth) if depth < 3 else None


def _inner_place(tok: Token, index: MentionIndex, gaz: Gazetteer, ctx: PlaceContext, depth: int) -> Location | None:
    """The place of a phrase further down ``tok``: its place/through prepositions ("the sidelines *of the
    summit in Samarkand*") or a compass word on it ("a camp *west of Kismayo*")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in THROUGH_PREPS | PLACE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    loc = place_of_phrase(g, index, gaz, ctx, depth + 1)
                    if loc:
                        return loc
        elif c.lower_ in COMPASS and c.dep_ in ("advmod", "npadvmod", "amod", "appos"):
            loc = _compass_place(c, index, gaz, ctx, depth + 1)
            if loc:
                return loc
    return None


def _compass_place(tok: Token, index: MentionIndex, gaz: Gazetteer, ctx: PlaceContext,
                   depth: int = 0) -> Location | None:
    """The named place of "west of Mogadishu", "north of Goma" headed by the compass word ``tok``."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return place_of_phrase(g, index, gaz, ctx, depth + 1)
    return None


def _gathering_venue(tok: Token, index: MentionIndex, gaz: Gazetteer, ctx: PlaceContext) -> Location | None:
    """The host city that names a gathering ("the *Tashkent* conference", "the *Beijing* Winter
    Olympics"): a capital the resolver read as such, among the words in front of the gathering noun."""
    if tok.lemma_.lower() not in GATHERING_HEADS and tok.lower_ not in GATHERING_HEADS:
        return None
    for c in tok.lefts:
        for w in (c, *c.lefts):
            m = index.at(w)
            if w.dep_ in VENUE_DEPS and m is not None and m.via == "capital":
                loc = resolve_words([w.text], gaz, ctx, None, m.actors[0].country if m.actors else None)
                if loc is not None:
                    return loc
    return None


def _topic_phrase(holder: Token, prep: Token, venue: Location | None) -> bool:
    """Is ``prep`` the topic of a gathering that already has a venue ("the Ankara conference *on
    Gaza*", "a meeting in Vienna *on Iran*")?  Alone, "a meeting on Cyprus" may name the island the
    meeting is on, so the phrase stays a place."""
    if prep.lower_ != "on" or (holder.lemma_.lower() not in GATHERING_HEADS and holder.lower_ not in GATHERING_HEADS):
        return False
    return venue is not None or any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in holder.children)


def _holders(anchor: Token, trigger: Token, physical: bool) -> list[Token]:
    """Words whose place phrases are the event's: the predicate, its event noun, an event-noun
    subject, and for light verbs and physical acts the object."""
    holders: list[Token] = [anchor]
    if trigger.i != anchor.i:
        holders.append(trigger)
    if anchor.dep_ == "advcl" and anchor.tag_ == "VBG":
        holders.append(anchor.head)  # "a bomb exploded in Mogadishu, killing ten"
    for h in list(holders):
        for c in h.children:
            if c in holders:
                continue
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in EVENT_SUBJECTS:
                holders.append(c)
            elif c.dep_ == "dobj" and (physical or h.lemma_.lower() in LIGHT_VERBS):
                holders.append(c)
                holders.extend(x for x in c.conjuncts if x not in holders)
    return holders


def locate(anchor: Token, trigger: Token, index: MentionIndex, gaz: Gazetteer, ctx: PlaceContext,
           destination_targets: bool = False, physical: bool = False) -> Location | None:
    """The event's place from its clause, or None when the clause names none.

    ``destination_targets``: "to"/"into" phrases count (a visit's destination is where it happens);
    ``physical``: the event is a physical act, so the place of its object counts (see module doc).
    """
    preps = PLACE_PREPS | (DESTINATION_PREPS if destination_targets else frozenset())
    if physical:
        preps = preps | ORIGIN_PREPS  # "withdrew from Kherson", "evacuated ... from the town of Gorazde"
    holders = _holders(anchor, trigger, physical)
    venues = {h.i: _gathering_venue(h, index, gaz, ctx) for h in holders}
    for h in holders:
        for c in h.children:
            if c.lower_ in COMPASS and c.dep_ in ("advmod", "npadvmod"):  # "bombed positions 30 km north of Goma"
                if loc := _compass_place(c, index, gaz, ctx):
                    return loc
                continue
            if c.dep_ == "prep" and _topic_phrase(h, c, venues[h.i]):
                continue
            if c.dep_ in ("prep", "prt") and c.lower_ == "out":  # "shipped out of the enclave"
                c = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"), c)
                if c.lower_ == "of" and physical:
                    for g in c.children:
                        if g.dep_ == "pobj" and (loc := place_of_phrase(g, index, gaz, ctx)):
                            return loc
                continue
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for g in c.children:
                if g.dep_ == "pobj":
                    loc = place_of_phrase(g, index, gaz, ctx)
                    if loc:
                        return loc
    for h in holders:  # "attended the Tashkent conference": the city that names the gathering hosts it
        if venues[h.i] is not None:
            return venues[h.i]
    if physical or destination_targets:
        # "shelled Donetsk", "patrolled the Baltic Sea", "visited Kazakhstan": a place as the object
        for h in (anchor, trigger):
            for c in h.children:
                if c.dep_ == "dobj" and _is_namey(c) and (loc := place_of_phrase(c, index, gaz, ctx, 3)):
                    return loc
                if c.dep_ == "dobj" and c.lower_ in COMPASS and (loc := _compass_place(c, index, gaz, ctx)):
                    return loc  # "bombed a camp west of Kismayo" parsed with "west" as the object
    if physical:
        # "handed medicine to the Red Crescent in Bam": the recipient's place
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "on", "against", "from"):
                    for g in c.children:
                        if g.dep_ != "pobj":
                            continue
                        if g.lower_ in COMPASS and (loc := _compass_place(g, index, gaz, ctx)):
                            return loc  # "a strike against a camp west of Kismayo" parsed as "against ... west"
                        for p in g.children:
                            if p.dep_ == "prep" and p.lower_ in PLACE_PREPS:
                                for gg in p.children:
                                    if gg.dep_ == "pobj":
                                        loc = place_of_phrase(gg, index, gaz, ctx)
                                        if loc:
                                            return loc
    return None


def focus_location(ctx: PlaceContext) -> Location | None:
    """The article's focus, for events whose clause says nowhere: its dateline, flagged ``focus``."""
    if ctx.dateline is None:
        return None
    return to_location(ctx.dateline, precision="focus")


__all__ = ["locate", "focus_location", "place_of_phrase", "resolve", "country_location"]
