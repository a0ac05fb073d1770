"""Toponym resolution: which of the places a name can mean the article means.

A name alone is ambiguous ("Paris", "Tripoli", "Georgia").  Reporters disambiguate by context,
so we do too, with three signals in a fixed, inspectable score (no learned model):

* the kind and size of the place: countries and named seas/regions first, then cities by population
  (the GeoNames prior that "Paris" is the French capital);
* the article's context: countries and US states mentioned so far ("Paris" in a story that names
  Texas is Paris, Texas; "Tripoli" in a story about Lebanon is the Lebanese port);
* an explicit qualifier next to the name ("Bam, Iran", "Paris, Texas"), which overrides both.

A direction word in front of a place ("northeastern Ukraine", "south Lebanon") names a part of it:
the place's country with ``region`` precision and no point, because we do not know where in it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..model import Location, Mention
from .gazetteer import Gazetteer, Place

DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
    "south-eastern", "south-western", "far-eastern", "mid-western", "midwestern",
})
#: Month names, which some towns share ("March", Cambridgeshire): see :func:`is_date_word`.
MONTHS = frozenset("january february march april may june july august september october november "
                   "december".split())
#: Words that put a month name in a date ("in March", "since May", "early June", "mid-August").
DATE_LEADS = frozenset({"in", "on", "since", "until", "till", "by", "from", "last", "next", "early", "late",
                        "mid", "mid-", "through", "before", "after", "during", "of", "this", "that", "each",
                        "every", "between", "and", "to"})
#: Prior score by kind (cities score log10 of their population instead: Paris, France ~6.3).
KIND_PRIOR = {"country": 9.0, "sea": 8.5, "region": 8.5, "state": 6.0}
PRIMARY_BONUS = 0.7  # the name is the place's own name, not one of its alternate names
CONTEXT_BONUS = 2.0  # the place's country is mentioned in the article
TOP_COUNTRY_BONUS = 1.0  # ... and is the most mentioned one
STATE_BONUS = 4.0  # a US place whose state the article names
QUALIFIER_BONUS = 10.0  # "Bam, Iran"
KB_BONUS = 2.0  # the knowledge base read the name as a country's capital: a hint, not a verdict ("Paris, Texas")
#: Mentions that say a country is part of the story (not pronouns or job titles; not capitals either,
#: whose names are the ambiguous ones: the knowledge base reads every "Tripoli" as Libya's).
CONTEXT_VIAS = frozenset({"name", "alias", "demonym"})
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z.'’ -]{2,40}?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z. ]{1,30}?))?\s*"
    r"(?:(?P<agency>\((?:AP|Reuters|AFP|Xinhua|dpa|ANI|IANS|PTI|UPI|Sputnik|TASS|Yonhap|Kyodo|CNN|BBC)\))\s*)?"
    r"[—–-]{1,2}\s")


@dataclass
class PlaceContext:
    """What the article has said so far about where it is: countries and states named, its dateline."""

    countries: Counter = field(default_factory=Counter)
    states: set[str] = field(default_factory=set)
    dateline: Place | None = None
    _absorbed: list[object] = field(default_factory=list)  # the parsed segments already read

    def absorb(self, doc: object, mentions: Sequence[Mention], gaz: Gazetteer) -> None:
        """Read one parsed segment once: its resolved country mentions and its named places."""
        if any(d is doc for d in self._absorbed):
            return
        self._absorbed.append(doc)
        for m in mentions:
            if m.via in CONTEXT_VIAS:
                for a in m.actors:
                    if a.country and not a.org:
                        self.countries[a.country] += 1
        for ent in getattr(doc, "ents", ()):
            if ent.label_ not in ("GPE", "LOC") or (len(ent) == 1 and is_date_word(ent[0])):
                continue
            places = gaz.lookup(ent.text)
            states = {p.admin1 for p in places if p.kind == "state"}
            if len(states) == 1 and all(p.kind != "country" for p in places):
                self.states |= states
                self.countries["USA"] += 1
                continue
            countries = {p.country for p in places if p.kind in ("country", "region", "sea") and p.country}
            if len(countries) == 1 and not any(p.kind == "country" and p.country in self.countries for p in places):
                self.countries[countries.pop()] += 1
        if self.dateline is None and len(self._absorbed) <= 3:
            self.dateline = find_dateline(getattr(doc, "text", ""), gaz, self)

    @property
    def top_country(self) -> str | None:
        if not self.countries:
            return None
        (first, n), *rest = self.countries.most_common(2) + [("", 0)]
        return first if n > rest[0][1] else None


def is_date_word(tok: object) -> bool:
    """Is this capitalised month name part of a date ("on 5 March", "in March 2001", "March 5", "since
    May", "mid-June") rather than a town of that name?  News dates far more often than it names the
    English town of March, so a month name next to a day or year number, tagged as a date, or after a
    word that introduces a date is never a place."""
    if tok.lower_ not in MONTHS or not tok.text[:1].isupper():  # type: ignore[attr-defined]
        return False
    if tok.ent_type_ == "DATE":  # type: ignore[attr-defined]
        return True
    doc, i = tok.doc, tok.i  # type: ignore[attr-defined]
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if prev is not None and (prev.like_num or prev.lower_ in DATE_LEADS or prev.lower_.endswith("mid-")):
        return True
    return nxt is not None and nxt.like_num


def find_dateline(text: str, gaz: Gazetteer, ctx: PlaceContext | None = None) -> Place | None:
    """The place of a dateline ("KYIV, Ukraine (AP) — ...", "BEIRUT (Reuters) - ..."), if the text opens
    with one.  An all-capitals place or a news agency in brackets is required: "Russia said - ..." is no
    dateline."""
    m = _DATELINE.match(text)
    if not m:
        return None
    city = m.group("city").strip()
    if not (m.group("agency") or (city.isupper() and len(city) > 2)):
        return None
    qualifier = m.group("region")
    return resolve(city, gaz, ctx or PlaceContext(), qualifier=qualifier.strip() if qualifier else None)


def _score(name: str, place: Place, gaz: Gazetteer, ctx: PlaceContext, qual: tuple[str | None, str | None],
           hint: str | None = None) -> float:
    if place.kind == "city":
        s = math.log10(place.population + 1)
    else:
        s = KIND_PRIOR[place.kind]
    if gaz.is_primary(name, place):
        s += PRIMARY_BONUS
    q_country, q_state = qual
    if (q_country and place.country == q_country and place.kind != "country") or (q_state and place.admin1 == q_state):
        s += QUALIFIER_BONUS
    if place.country and ctx.countries.get(place.country):
        s += CONTEXT_BONUS + (TOP_COUNTRY_BONUS if place.country == ctx.top_country else 0.0)
    if place.admin1 and place.kind == "city" and place.admin1 in ctx.states:
        s += STATE_BONUS
    if hint and place.country == hint and place.kind == "city":
        s += KB_BONUS
    return s


def _qualifier(name: str | None, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """(country ISO3, US state code) named by a qualifier such as "Iran" or "Texas"."""
    if not name:
        return None, None
    places = gaz.lookup(name)
    for kind in ("country", "state", "region"):
        for p in places:
            if p.kind == kind:
                return p.country, p.admin1
    return None, None


def resolve(name: str, gaz: Gazetteer, ctx: PlaceContext, qualifier: str | None = None,
            country: str | None = None) -> Place | None:
    """The place ``name`` most likely means in this article, or None when the gazetteer has no such name.

    ``qualifier`` is a place name written beside it ("Iran" in "Bam, Iran"); ``country`` an ISO3 code
    known from elsewhere (the knowledge base read "Tripoli" as the capital of Libya), which only
    weighs in: a Lebanon story's Tripoli is still the Lebanese one.  A place that is both a city and
    a territory ("Hong Kong", "Singapore") resolves to the city, the finer of the two.
    """
    candidates = gaz.lookup(name)
    if not candidates:
        return None
    qual = _qualifier(qualifier, gaz)
    scored = sorted(candidates, key=lambda p: (-_score(name, p, gaz, ctx, qual, country), p.geonameid or 0, p.name))
    best = scored[0]
    if best.kind == "country":
        for p in scored[1:]:
            if p.kind == "city" and p.country == best.country and p.population * 2 >= best.population:
                return p
    return best


def split_direction(words: Sequence[str]) -> tuple[str | None, list[str]]:
    """("northeastern", ["Ukraine"]) from ["northeastern", "Ukraine"]; (None, words) without a direction."""
    if len(words) >= 2 and words[0].lower() in DIRECTIONS:
        return words[0], list(words[1:])
    return None, list(words)


def to_location(place: Place, precision: str | None = None, name: str | None = None) -> Location:
    """An event location record for a gazetteer place (``precision`` overrides the place's own)."""
    return Location(name=name or place.name, country=place.country, lat=place.lat, lon=place.lon,
                    geonameid=place.geonameid, precision=precision or place.precision)


def part_of(direction: str, place: Place) -> Location:
    """ "northeastern Ukraine": a part of a country or region (no point); of a city, the city itself."""
    if place.kind == "city":
        return to_location(place)
    return Location(name=f"{direction} {place.name}", country=place.country, lat=None, lon=None,
                    geonameid=None, precision="region")


def country_location(gaz: Gazetteer, iso3: str | None, name: str | None = None) -> Location | None:
    """A country as an event location, with the gazetteer's point for it."""
    place = gaz.country(iso3)
    if place is None:
        return Location(name=name or iso3, country=iso3, precision="country") if iso3 else None
    return to_location(place)


def resolve_words(words: Iterable[str], gaz: Gazetteer, ctx: PlaceContext, qualifier: str | None = None,
                  country: str | None = None) -> Location | None:
    """Resolve a place phrase given as words, longest reading first: "the Taiwan Strait", then a
    direction plus a place ("northeastern Ukraine"), then shorter tails ("Bosnian town Gorazde")."""
    ws = [w for w in words if w]
    while ws and ws[0].lower() in ("the", "a", "an"):
        ws = ws[1:]
    for i in range(len(ws)):
        tail = ws[i:]
        if tail[0][:1].isupper():  # "summit" is a town in New Jersey, but "the summit" is not a place name
            place = resolve(" ".join(tail), gaz, ctx, qualifier, country)
            if place is not None and not _inside_name(ws, i, place):
                return to_location(place)  # "West Bank" before "West" + "Bank"
        direction, rest = split_direction(tail)
        if direction and rest:
            place = resolve(" ".join(rest), gaz, ctx, qualifier, country)
            if place is not None:
                return part_of(direction, place)
    return None


#: A town is "small" below this population: too small to be the point of a longer name that ends in it.
SMALL_TOWN = 100_000
#: Capitalised words that begin a name for a feature at the town they precede ("Mount Sinjar", "Camp Bastion").
_FEATURE_WORDS = frozenset({"mount", "mt", "fort", "camp", "lake", "greater", "old", "port", "cape"})


def _inside_name(ws: Sequence[str], i: int, place: Place) -> bool:
    """ "Sciences Po", "Lycee Victor Hugo": the last word of a longer proper name the gazetteer does not
    know is not a place by itself just because some small town ("Po", Burkina Faso) shares it.  A
    one-word tail after a capitalised word (no direction, no feature word like "Mount") that reads as a
    small town is refused, so the phrase's other place ("in Paris") can speak."""
    if i == 0 or len(ws) - i != 1 or place.kind != "city":
        return False
    if place.population >= SMALL_TOWN and _fold(ws[i]) == _fold(place.name):
        return False  # a big city by its own name ("Harvard Boston" is still Boston); "Po" for Bozhou is not
    prev = ws[i - 1]
    return prev[:1].isupper() and prev.isalpha() and prev.lower() not in DIRECTIONS \
        and prev.lower() not in _FEATURE_WORDS


def _fold(word: str) -> str:
    """Case- and accent-free form: "Pô" and "Po" are the same name."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
