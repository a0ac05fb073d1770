"""The actor knowledge base: countries, organisations, office holders and sector nouns.

Everything the resolver needs to turn a name into an ``Actor`` lives in four small CSV files beside
this module (see ``data/README.md``).  They are read once, validated (a bad row is a user-facing
``E003`` error, not a silent gap) and indexed by normalised name so that resolution is a handful of
dict lookups per token; how a name becomes a key, and the names that need care (case, misspellings,
names two countries share), is :mod:`eventwire.actors.names`.  Office holders carry start/end dates
because "the Russian president" and even "Medvedev" mean different things in 2010 and 2022.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.actors.groups import Group, group_forms, load_groups
from eventwire.actors.names import (
    FUZZY_MIN_LEN,
    FUZZY_NEVER,
    SHARED_NAMES,
    case_free,
    deletion_index,
    first_run,
    normalise,
    one_edit_names,
    people_plural,
    shared_choice,
    shared_cues,
)
from eventwire.errors import Errors, EventwireError
from eventwire.model import Actor

DATA_DIR = Path(__file__).parent / "data"
DATA_FILES = ("countries.csv", "organisations.csv", "people.csv", "sectors.csv", "groups.csv")

#: Sector given to a named person who holds none of our offices on the date (CAMEO "elites").
FORMER_SECTOR = "ELI"
#: Most distinct words whose fuzzy-country answer is remembered (bounds memory on endless corpora).
FUZZY_MEMO_SIZE = 50_000

#: Countries whose everyday "leader" is the head of government rather than the head of state.
#: Parliamentary systems (monarchies and republics whose president is ceremonial).
LEADER_IS_HEAD_OF_GOVERNMENT = frozenset(
    {"GBR", "DEU", "JPN", "ITA", "CAN", "AUS", "IND", "ISR", "PAK", "ESP", "NLD", "SWE", "NOR", "DNK",
     "BEL", "GRC", "HUN", "POL", "CZE", "IRL", "NZL", "THA", "MYS", "SGP", "BGD", "NPL", "IRQ", "AUT",
     "LUX", "PRT", "FIN", "SVK", "SVN", "HRV", "BGR", "EST", "LVA", "LTU", "MLT", "ISL", "ALB", "MKD",
     "MNE", "SRB", "XKX", "ARM", "GEO", "KHM", "ETH", "LBN", "VNM"})
#: Countries where the head of government is called "president" (Iran's supreme leader is head of state).
PRESIDENT_IS_HEAD_OF_GOVERNMENT = frozenset({"IRN"})

#: Title words (lower case) -> the roles they can denote, in order of preference.
TITLE_ROLES: dict[str, tuple[str, ...]] = {
    "president": ("head_of_state",),
    "leader": ("head_of_state", "party_leader"),
    "supreme leader": ("head_of_state",),
    "head of state": ("head_of_state",),
    "king": ("head_of_state",), "queen": ("head_of_state",), "monarch": ("head_of_state",),
    "emperor": ("head_of_state",),
    "prime minister": ("head_of_government",), "premier": ("head_of_government",),
    "chancellor": ("head_of_government",),
    "crown prince": ("crown_prince", "head_of_government"),
    "foreign minister": ("foreign_minister",), "secretary of state": ("foreign_minister",),
    "defense minister": ("defence_minister",), "defence minister": ("defence_minister",),
    "speaker": ("speaker",), "house speaker": ("speaker",),
    "secretary-general": ("un_sg", "nato_sg"), "secretary general": ("un_sg", "nato_sg"),
    "commission president": ("commission_president",), "president of the commission": ("commission_president",),
    "council president": ("council_president",), "president of the council": ("council_president",),
    "foreign policy chief": ("high_representative",), "high representative": ("high_representative",),
    "chief": ("au_commission_chair", "iaea_dg", "who_dg"), "director-general": ("iaea_dg", "who_dg"),
    "director general": ("iaea_dg", "who_dg"), "commission chairperson": ("au_commission_chair",),
}

_ROLES = frozenset({"head_of_state", "head_of_government", "party_leader", "crown_prince",
                    "foreign_minister", "defence_minister", "speaker", "un_sg", "nato_sg",
                    "commission_president", "council_president", "high_representative",
                    "au_commission_chair", "iaea_dg", "who_dg"})
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    seats: tuple[str, ...]
    neighbours: frozenset[str]  # land borders
    is_island: bool
    maritime: frozenset[str] = frozenset()  # across a sea boundary or a narrow strait
    is_landlocked: bool = False
    un_member: bool = False


@dataclass(frozen=True)
class Organisation:
    org: str
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    sector: str
    country: str | None


@dataclass(frozen=True)
class Person:
    """One spell in one office: a person with two terms has two rows."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    org: str | None
    role: str
    sector: str
    start: dt.date
    end: dt.date | None
    gender: str | None
    kb_id: str | None
    source: str

    def in_office(self, on: dt.date | None) -> bool:
        if on is None:
            return self.end is None
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Entry:
    """What a normalised name can mean: kind is country|capital|seat|demonym|org|person."""

    kind: str
    key: str  # iso3, org code, or person name
    surface: str  # the alias as written in the data (case matters for acronyms)


@dataclass
class KnowledgeBase:
    countries: dict[str, Country]
    organisations: dict[str, Organisation]
    people: tuple[Person, ...]
    sectors: dict[str, tuple[str, bool]]  # normalised term -> (sector, plural)
    fingerprint: str
    index: dict[str, list[Entry]] = field(default_factory=dict)
    max_tokens: int = 1
    starts: frozenset[str] = frozenset()  # first_run() of every indexed name
    _by_person: dict[str, list[Person]] = field(default_factory=dict)
    _fuzzy: dict[str, frozenset[str]] = field(default_factory=dict)  # one-deletion key -> country names
    _fuzzy_seen: dict[str, str | None] = field(default_factory=dict)  # fuzzy_country answers, per word
    groups: dict[str, Group] = field(default_factory=dict)  # ethnic/regional groups (groups.csv)
    #: resolver's per-vocabulary-string lookup flags (``matching._token_flags``); emptied on rebuild
    token_flags: dict[int, int] = field(default_factory=dict)
    #: every prefix of every sector term: a span that starts with anything else names no sector
    sector_prefixes: frozenset[str] = frozenset()

    # ---- building -------------------------------------------------------------------------
    def build_index(self) -> None:
        idx: dict[str, list[Entry]] = {}

        def add(surface: str, kind: str, key: str) -> None:
            n = normalise(surface)
            if not n:
                return
            lst = idx.setdefault(n, [])
            if not any(e.kind == kind and e.key == key for e in lst):
                lst.append(Entry(kind, key, surface))

        for c in self.countries.values():
            for s in (c.name, *c.aliases):
                add(s, "country", c.iso3)
            for d in c.demonyms:
                add(d, "demonym", c.iso3)
                plural = people_plural(d)
                if plural:
                    add(plural, "people", c.iso3)
            if c.capital:
                add(c.capital, "capital", c.iso3)
            for s in c.seats:
                add(s, "seat", c.iso3)
        for o in self.organisations.values():
            for s in (o.name, *o.aliases):
                add(s, "org", o.org)
        for surface, kind, name in group_forms(self.groups):
            if not idx.get(normalise(surface)):  # a country's own demonym ("Palestinian") wins
                add(surface, kind, name)
        by_person: dict[str, list[Person]] = {}
        for p in self.people:
            by_person.setdefault(p.name, []).append(p)
            add(p.name, "person", p.name)
        for p in self.people:
            for s in p.aliases:
                # an alias that is also a place or organisation name ("Montenegro", "Jordan") would
                # turn every mention of the place into the person: only full names may do that
                if not any(e.kind != "person" for e in idx.get(normalise(s), [])):
                    add(s, "person", p.name)
        for name, isos in SHARED_NAMES.items():
            lst = idx.get(name)
            if lst:  # the default first, so that a plain lookup gives CAMEO's choice
                lst.sort(key=lambda e: isos.index(e.key) if e.key in isos else len(isos))
        self.index = idx
        self._fuzzy_seen = {}
        self._fuzzy = deletion_index(
            normalise(s) for c in self.countries.values() for s in (c.name, *c.aliases)
            if " " not in s and len(s) >= FUZZY_MIN_LEN and s.isalpha())
        self.starts = frozenset(first_run(k) for k in idx)
        self.token_flags = {}
        self.sector_prefixes = frozenset(term[:k] for term in self.sectors for k in range(len(term) + 1))
        self._by_person = by_person
        self.max_tokens = max((len(k.split()) for k in idx), default=1) + 2

    # ---- queries ---------------------------------------------------------------------------
    def entries(self, name: str) -> list[Entry]:
        return self.index.get(normalise(name), [])

    def case_free(self, name: str, kind: str) -> bool:
        """Whether a country name or demonym may match in any case (see :func:`names.case_free`)."""
        return case_free(name, kind)

    def shared_choice(self, text: str) -> dict[str, str]:
        """For each name shared by two countries, the one this article's text points to, if only one.

        The cues are the other names of each candidate (its capital, seats, unshared aliases and
        demonyms): "Kinshasa" or "DRC" anywhere in the article makes its "Congo" the DRC."""
        return shared_choice(text, self._cues)

    def _cues(self, iso: str) -> tuple[str, ...]:
        c = self.countries[iso]
        return shared_cues((c.name, *c.aliases, *c.demonyms, c.capital, *c.seats))

    def fuzzy_country(self, word: str) -> str | None:
        """The iso3 of the one country name a single misspelled word is one edit from, else None.

        'Afganistan' -> AFG, 'Ethopia' -> ETH.  Only words of seven or more letters that are not
        names we know, with the same first letter (writers rarely get that wrong), one insertion,
        deletion, substitution or swap away, and only when exactly one country fits: a cheap
        correction that never guesses between two.  Answers are remembered per word: every capitalised
        long word of every document is asked about, and names recur across a corpus."""
        if word in self._fuzzy_seen:
            return self._fuzzy_seen[word]
        w = normalise(word)
        if len(w) < FUZZY_MIN_LEN or not w.isalpha() or w in self.index or w in FUZZY_NEVER:
            iso = None
        else:
            isos = {e.key for n in one_edit_names(w, self._fuzzy)
                    for e in self.index.get(n, []) if e.kind == "country"}
            iso = isos.pop() if len(isos) == 1 else None
        if len(self._fuzzy_seen) < FUZZY_MEMO_SIZE:
            self._fuzzy_seen[word] = iso
        return iso

    def terms(self, name: str) -> list[Person]:
        """All office spells of the person with this canonical name."""
        return self._by_person.get(name, [])

    def people_named(self, name: str) -> list[str]:
        """Canonical names of every person a name or alias can denote ("Aliyev" -> two presidents)."""
        return [e.key for e in self.entries(name) if e.kind == "person"]

    def pick_person(self, name: str, on: dt.date | None, country: str | None = None) -> str | None:
        """The one person a (possibly shared) name denotes, or None when it stays ambiguous.

        A country from a title ("Jordan's King Abdullah") narrows first; then whoever holds an office
        on the date; a name that still fits several people is not guessed."""
        names = self.people_named(name)
        if country:
            names = [n for n in names if any(p.country == country for p in self.terms(n))]
        if len(names) > 1:
            in_office = [n for n in names if any(p.in_office(on) for p in self.terms(n))]
            names = in_office
        return names[0] if len(names) == 1 else None

    def country_actor(self, iso3: str, text: str, sector: str | None = None) -> Actor:
        c = self.countries[iso3]
        return Actor(text=text, name=c.name, country=iso3, sector=sector, code=iso3 + (sector or ""))

    def org_actor(self, org: str, text: str) -> Actor:
        o = self.organisations[org]
        return Actor(text=text, name=o.name, country=o.country, org=o.org, sector=o.sector, code=o.code)

    def person_actor(self, name: str, text: str, on: dt.date | None) -> Actor:
        """The person as an actor on ``on``: sector of the office held then, else ELI (former)."""
        spells = self.terms(name)
        held = [p for p in spells if p.in_office(on)]
        if on is None and not held:
            held = spells[-1:]
        p = held[0] if held else spells[-1]
        sector = p.sector if held else FORMER_SECTOR
        if p.org and held:
            o = self.organisations.get(p.org)
            return Actor(text=text, name=p.name, country=None, org=p.org, sector=p.sector,
                         kb_id=p.kb_id, code=o.code if o else "IGO")
        country = p.country
        code = (country or "---") + sector if country else "---"
        return Actor(text=text, name=p.name, country=country, org=None if not held else p.org,
                     sector=sector, kb_id=p.kb_id, code=code)

    def holders(self, country: str | None, title: str, on: dt.date | None, org: str | None = None) -> list[Person]:
        """Who held the office a title names ("president", "leader") for a country on a date."""
        roles = TITLE_ROLES.get(title.lower())
        if not roles:
            return []
        if country and title.lower() == "leader" and country in LEADER_IS_HEAD_OF_GOVERNMENT:
            roles = ("head_of_government",)
        if country and title.lower() == "president" and country in PRESIDENT_IS_HEAD_OF_GOVERNMENT:
            roles = ("head_of_government",)
        for role in roles:
            found = [p for p in self.people if p.role == role and p.in_office(on)
                     and (p.country == country if country else p.org == org)]
            if found:
                return found
        return []

    def lookup(self, name: str, on: dt.date | None = None) -> list[Actor]:
        """Every actor a name can denote on ``on``: a person, country, organisation, or a titled
        office ("the US president", "Russian foreign minister", "President of France")."""
        out: list[Actor] = []
        for e in self.entries(name):
            if e.kind == "person":
                out.append(self.person_actor(e.key, name, on))
            elif e.kind == "country":
                out.append(self.country_actor(e.key, name))
            elif e.kind in ("capital", "seat"):
                out.append(self.country_actor(e.key, name, "GOV"))
            elif e.kind in ("demonym", "people"):
                out.append(self.country_actor(e.key, name))
            elif e.kind == "org":
                out.append(self.org_actor(e.key, name))
        if out:
            return _dedup(out)
        return _dedup(self._lookup_title(name, on))

    def title_office(self, name: str) -> tuple[str, str] | None:
        """(iso3, title) of a titled office of a country ("the Guinean foreign minister", "President of
        France"), or None: what ``eventwire actors lookup`` explains when nobody is listed in it."""
        for where, title in self._title_parts(name):
            if title in TITLE_ROLES:
                for e in self.entries(where):
                    if e.kind in ("country", "demonym"):
                        return e.key, title
        return None

    def _title_parts(self, name: str) -> list[tuple[str, str]]:
        """(place, title) readings of a name: "president of france", "the russian | foreign minister"."""
        n = normalise(name)
        m = re.match(r"^(.*?) of (.+)$", n)
        parts: list[tuple[str, str]] = []
        if m:
            parts.append((m.group(2), m.group(1)))
        words = n.split()
        for i in range(1, len(words)):
            where = " ".join(words[:i])
            parts.append((where[:-2] if where.endswith("'s") else where, " ".join(words[i:])))  # "russia's"
        return parts

    def _lookup_title(self, name: str, on: dt.date | None) -> list[Actor]:
        for where, title in self._title_parts(name):
            if title not in TITLE_ROLES and title not in self.sectors:
                continue
            for e in self.entries(where):
                if e.kind in ("country", "demonym"):
                    people = self.holders(e.key, title, on)
                    if people:
                        return [self.person_actor(p.name, name, on) for p in people]
                    sector = self.sectors.get(title, ("GOV", False))[0]
                    return [self.country_actor(e.key, name, sector)]
                if e.kind == "org":
                    people = self.holders(None, title, on, org=e.key)
                    if people:
                        return [self.person_actor(p.name, name, on) for p in people]
        return []


def _dedup(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out


# ---- loading ---------------------------------------------------------------------------------
def _split(v: str | None) -> tuple[str, ...]:
    return tuple(s.strip() for s in (v or "").split("|") if s.strip())


def _rows(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            cols = reader.fieldnames or []
            missing = [c for c in required if c not in cols]
            if missing:
                raise EventwireError(Errors.E003, path=path, reason=f"missing columns {missing}")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EventwireError(Errors.E003, path=path, reason=str(exc)) from exc
    for i, r in enumerate(rows, start=2):
        if None in r or any(v is None for v in r.values()):
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: wrong number of fields")
    return rows


def _date(v: str, path: Path, line: int) -> dt.date:
    try:
        return dt.date.fromisoformat(v.strip())
    except ValueError:
        raise EventwireError(Errors.E003, path=path, reason=f"line {line}: '{v}' is not a YYYY-MM-DD date") from None


def _load_countries(path: Path) -> dict[str, Country]:
    out: dict[str, Country] = {}
    rows = _rows(path, ("iso3", "name", "aliases", "demonyms", "capital", "seats", "neighbours", "is_island",
                        "maritime", "is_landlocked", "un_member"))
    for i, r in enumerate(rows, start=2):
        iso3 = r["iso3"].strip()
        if not _ISO3.match(iso3) or not r["name"].strip() or iso3 in out:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: bad or repeated iso3 '{iso3}' or empty name")
        flags = (r["is_island"].strip(), r["is_landlocked"].strip())
        if any(f not in ("true", "false") for f in flags) or flags == ("true", "true"):
            raise EventwireError(Errors.E003, path=path,
                                 reason=f"line {i}: is_island/is_landlocked must be true/false and not both true")
        if r["un_member"].strip() not in ("true", "false"):
            raise EventwireError(Errors.E003, path=path,
                                 reason=f"line {i}: un_member must be true or false")
        out[iso3] = Country(iso3, r["name"].strip(), _split(r["aliases"]), _split(r["demonyms"]),
                            r["capital"].strip(), _split(r["seats"]), frozenset(_split(r["neighbours"])),
                            flags[0] == "true", frozenset(_split(r["maritime"])), flags[1] == "true",
                            r["un_member"].strip() == "true")
    for c in out.values():
        bad = [n for n in c.neighbours | c.maritime if n not in out or n == c.iso3]
        if bad:
            raise EventwireError(Errors.E003, path=path, reason=f"{c.iso3}: unknown neighbours {bad}")
        one_sided = [n for n in c.neighbours if c.iso3 not in out[n].neighbours] + \
            [n for n in c.maritime if c.iso3 not in out[n].maritime]
        if one_sided:
            raise EventwireError(Errors.E003, path=path, reason=f"{c.iso3}: neighbours not listed back: {one_sided}")
    return out


#: What an organisation is (organisations.csv ``kind``); the resolver reads IGO/NGO/armed group apart.
ORG_KINDS = frozenset({"IGO", "NGO", "armed group", "party", "military", "government"})


def _load_orgs(path: Path, countries: dict[str, Country]) -> dict[str, Organisation]:
    out: dict[str, Organisation] = {}
    for i, r in enumerate(_rows(path, ("org", "code", "name", "aliases", "kind", "sector", "country")), start=2):
        org, country = r["org"].strip(), r["country"].strip() or None
        if not org or not r["code"].strip() or not _SECTOR.match(r["sector"].strip()):
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: org, code and a 3-letter sector are required")
        if country and country not in countries:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: unknown country '{country}'")
        if r["kind"].strip() not in ORG_KINDS:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: kind must be one of {sorted(ORG_KINDS)}")
        out[org] = Organisation(org, r["code"].strip(), r["name"].strip(), _split(r["aliases"]),
                                r["kind"].strip(), r["sector"].strip(), country)
    return out


def _load_people(path: Path, countries: dict[str, Country], orgs: dict[str, Organisation]) -> list[Person]:
    out: list[Person] = []
    for i, r in enumerate(_rows(path, ("name", "country", "role", "start")), start=2):
        name = r["name"].strip()
        country = (r.get("country") or "").strip() or None
        org = (r.get("org") or "").strip() or None
        role = r["role"].strip()
        if not name:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: empty name")
        if country and country not in countries:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: unknown country '{country}'")
        if org and org not in orgs:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: unknown org '{org}'")
        if not country and not org:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: a person needs a country or an org")
        if role not in _ROLES:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: unknown role '{role}'")
        sector = (r.get("sector") or "").strip() or "GOV"
        if not _SECTOR.match(sector):
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: bad sector '{sector}'")
        start = _date(r["start"], path, i)
        end = _date(r["end"], path, i) if (r.get("end") or "").strip() else None
        if end and end < start:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: end before start")
        gender = (r.get("gender") or "").strip() or None
        if gender not in (None, "m", "f"):
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: gender must be m, f or empty")
        out.append(Person(name, _split(r.get("aliases")), country, org, role, sector, start, end, gender,
                          (r.get("kb_id") or "").strip() or None, (r.get("source") or "").strip() or "unverified"))
    return out


def _load_sectors(path: Path) -> dict[str, tuple[str, bool]]:
    out: dict[str, tuple[str, bool]] = {}
    for i, r in enumerate(_rows(path, ("term", "sector", "plural")), start=2):
        if not _SECTOR.match(r["sector"].strip()) or r["plural"].strip() not in ("true", "false"):
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: bad sector or plural flag")
        out[normalise(r["term"])] = (r["sector"].strip(), r["plural"].strip() == "true")
    return out


def _fingerprint(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def load_kb(extra: Path | None = None) -> KnowledgeBase:
    """Load and validate the packaged data, plus an optional user CSV.

    ``extra`` is either a people file (people.csv columns; ``name,country,role,start`` required) or an
    organisations file (organisations.csv columns, recognised by its ``org,code,kind`` header).  A
    user spell replaces every packaged spell of the same office (country or org, and role) that
    overlaps it, and any overlapping spell of the same person in that role: the user's word wins and
    an office never gets two holders.  A user organisation replaces the packaged one with its code.
    The result is cached per path.
    """
    return _load_kb_cached(str(extra.resolve()) if extra else None)


def _is_org_file(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            header = set(next(csv.reader(f), []))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EventwireError(Errors.E003, path=path, reason=str(exc)) from exc
    return {"org", "code", "kind"} <= header and "role" not in header


@lru_cache(maxsize=4)
def _load_kb_cached(extra: str | None) -> KnowledgeBase:
    countries = _load_countries(DATA_DIR / "countries.csv")
    orgs = _load_orgs(DATA_DIR / "organisations.csv", countries)
    people = _load_people(DATA_DIR / "people.csv", countries, orgs)
    sectors = _load_sectors(DATA_DIR / "sectors.csv")
    paths = [DATA_DIR / f for f in DATA_FILES]
    if extra:
        xpath = Path(extra)
        if not xpath.is_file():
            raise EventwireError(Errors.E003, path=xpath, reason="file not found")
        if _is_org_file(xpath):
            orgs = {**orgs, **_load_orgs(xpath, countries)}
        else:
            added = _load_people(xpath, countries, orgs)
            for new in added:
                people = [p for p in people if not (_overlap(p, new) and p.role == new.role and (
                    p.name == new.name or (p.country, p.org) == (new.country, new.org)))]
            people.extend(added)
        paths.append(xpath)
    kb = KnowledgeBase(countries, orgs, tuple(people), sectors, _fingerprint(paths),
                       groups=load_groups(DATA_DIR / "groups.csv", countries))
    kb.build_index()
    return kb


def _overlap(a: Person, b: Person) -> bool:
    """Spells share a day beyond the handover day (one ends the day the other starts)."""
    a_end = a.end or dt.date.max
    b_end = b.end or dt.date.max
    return a.start < b_end and b.start < a_end
