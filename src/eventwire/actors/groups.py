"""Ethnic, national-minority and regional groups: "Chechen fighters", "Tibetans", "Kurdish rebels".

A group name is not a country's demonym, yet in event data the people it names are coded to a
country: Chechens to Russia, Tibetans to China.  Some groups live in one state and are always coded
to it; others straddle borders (Kurds, Tamils, Pashtuns), and then only the text can say which
state is meant: a country named in the same sentence ("Kurdish fighters attacked a Syrian army
post"), else the only candidate named anywhere in the article.  With neither the group is left
unresolved rather than guessed.  The table is ``data/groups.csv`` (schema in ``data/README.md``);
once a group's country is settled its name is handled exactly like a demonym ("Chechen fighters"
takes the sector of "fighters"; "Chechens" is a people plural).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from spacy.tokens import Doc

from eventwire.actors.names import normalise
from eventwire.errors import Errors, EventwireError

#: Index kinds for a group's adjective ("Kurdish") and its plural ("Kurds") before the country is settled.
GROUP = "group"
GROUPS = "groups"
#: Entry kinds that name a country and may settle a group's country when in the same sentence.
_COUNTRYISH = frozenset({"country", "demonym", "people", "capital", "seat"})
_COLUMNS = ("group", "adjectives", "plurals", "countries", "note")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True)
class Group:
    """One row of groups.csv: the forms that name the group and the states it may belong to."""

    name: str
    adjectives: tuple[str, ...]
    plurals: tuple[str, ...]
    countries: tuple[str, ...]
    note: str

    @property
    def forms(self) -> tuple[str, ...]:
        return self.adjectives + self.plurals


class _HasEntry(Protocol):
    start: int
    end: int
    entry: object


def load_groups(path: Path, countries: set[str] | dict[str, object]) -> dict[str, Group]:
    """Read and validate groups.csv; a bad row raises ``E003`` naming the file and line.

    Every group needs a name, at least one capitalised form, and known iso3 countries; a form may
    belong to one group only (otherwise "Kurdish" could mean two things)."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise EventwireError(Errors.E003, path=path, reason=f"missing columns {missing}")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EventwireError(Errors.E003, path=path, reason=str(exc)) from exc
    out: dict[str, Group] = {}
    seen: dict[str, str] = {}
    for line, r in enumerate(rows, start=2):
        if None in r or any(v is None for v in r.values()):
            raise EventwireError(Errors.E003, path=path, reason=f"line {line}: wrong number of fields")
        name = r["group"].strip()
        adjs, plurals, isos = (_split(r[c]) for c in ("adjectives", "plurals", "countries"))
        if not name or name in out or not (adjs or plurals):
            raise EventwireError(Errors.E003, path=path, reason=f"line {line}: empty or repeated group, or no forms")
        bad = [i for i in isos if i not in countries]
        if not isos or bad:
            raise EventwireError(Errors.E003, path=path, reason=f"line {line}: unknown or missing countries {bad}")
        for form in adjs + plurals:
            if not form[:1].isupper():
                raise EventwireError(Errors.E003, path=path, reason=f"line {line}: form '{form}' must be capitalised")
            key = normalise(form)
            if seen.get(key, name) != name:
                raise EventwireError(Errors.E003, path=path,
                                     reason=f"line {line}: form '{form}' already belongs to {seen[key]}")
            seen[key] = name
        out[name] = Group(name, adjs, plurals, isos, r["note"].strip())
    return out


def _split(v: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in v.split("|") if s.strip())


def group_forms(groups: dict[str, Group]) -> list[tuple[str, str, str]]:
    """(surface, kind, group name) for the KB index: ``GROUP`` for adjectives, ``GROUPS`` for plurals."""
    return [(f, GROUP, g.name) for g in groups.values() for f in g.adjectives] + \
        [(f, GROUPS, g.name) for g in groups.values() for f in g.plurals]


def article_countries(text: str, index: dict[str, list], groups: dict[str, Group]) -> frozenset[str]:
    """The candidate countries of cross-border groups that the article names (by name, demonym or
    capital).  Only computed when the text mentions such a group: it costs a pass of n-gram lookups."""
    wanted = {i for g in groups.values() if len(g.countries) > 1 for i in g.countries}
    low = text.lower()
    if not any(normalise(f) in low for g in groups.values() if len(g.countries) > 1 for f in g.forms):
        return frozenset()
    words = _WORD.findall(text)
    found: set[str] = set()
    for i in range(len(words)):
        for n in (1, 2, 3):
            for e in index.get(normalise(" ".join(words[i:i + n])), ()):
                if e.kind in _COUNTRYISH and e.key in wanted:
                    found.add(e.key)
    return frozenset(found)


def choose_country(group: Group, sentence: set[str], article: frozenset[str]) -> str | None:
    """The group's country: its only one; else the one candidate named in the sentence; else the
    one candidate named in the article; else None (left unresolved, never guessed)."""
    if len(group.countries) == 1:
        return group.countries[0]
    for pool in (sentence, article):
        hit = set(group.countries) & set(pool)
        if len(hit) == 1:
            return hit.pop()
        if len(hit) > 1:
            return None  # two candidates side by side: the text does not say which
    return None


def settle_groups(doc: Doc, matches: Sequence[_HasEntry], groups: dict[str, Group],
                  article: frozenset[str], entry_type: type) -> list:
    """Replace each group match by a demonym (adjective) or people (plural) entry of its country,
    or drop it when the country stays open.  ``entry_type`` is the KB's ``Entry`` class."""
    out = []
    for m in matches:
        kind = getattr(m.entry, "kind", None)
        if kind not in (GROUP, GROUPS):
            out.append(m)
            continue
        sent = doc[m.start].sent
        here = {o.entry.key for o in matches if o is not m and o.entry.kind in _COUNTRYISH  # type: ignore[attr-defined]
                and sent.start <= o.start < sent.end}
        iso = choose_country(groups[m.entry.key], here, article)  # type: ignore[attr-defined]
        if iso is not None:
            new_kind = "people" if kind == GROUPS else "demonym"
            out.append(replace(m, entry=entry_type(new_kind, iso, m.entry.surface)))  # type: ignore[attr-defined]
    return out
