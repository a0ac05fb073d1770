"""How complete the office-holder table is: the share of state-years with a listed holder, per office.

The issue we build against asks for the heads of state and government, foreign and defence ministers
of every UN member state for every year since 2000.  A gap in that table is silent at run time (the
"Guatemalan president" of 2009 just stays unresolved), so the gaps are counted here and printed by
``eventwire actors coverage`` and ``benchmarks/actors.py``, and a test keeps the share above a floor.

A state-year is *covered* when listed spells hold the office on at least half of its days (days up
to ``until`` in the current year).  Offices that do not exist are not gaps: ``absent_offices.csv``
lists them (states without armed forces have no defence minister; South Sudan had no offices of its
own before 2011), and a year the office is absent for half of is left out of the count.  "leader"
counts a year as covered when a head of state or a head of government is listed: presidential
systems list the president only and Commonwealth realms their prime minister only.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.actors.kb import DATA_DIR, TITLE_ROLES, KnowledgeBase, Person
from eventwire.errors import Errors, EventwireError

#: Offices counted, and the roles of people.csv that fill each.
OFFICES: dict[str, tuple[str, ...]] = {
    "leader": ("head_of_state", "head_of_government"),
    "foreign_minister": ("foreign_minister",),
    "defence_minister": ("defence_minister",),
}
#: Roles an absence may name: the people.csv roles counted above, or ``all`` (no state yet).
ABSENT_ROLES = frozenset({"all", *(r for roles in OFFICES.values() for r in roles)})
ABSENT_FILE = DATA_DIR / "absent_offices.csv"


@dataclass(frozen=True)
class Absence:
    """A period in which a state had no such office (``start``/``end`` None: open on that side)."""

    country: str
    role: str
    start: dt.date | None
    end: dt.date | None
    note: str


@dataclass(frozen=True)
class OfficeCoverage:
    office: str
    state_years: int  # state-years in which the office existed
    covered: int
    absent: int  # state-years left out because the office did not exist
    gaps: dict[str, tuple[int, ...]]  # iso3 -> years with no listed holder

    @property
    def share(self) -> float:
        return self.covered / self.state_years if self.state_years else 1.0


def load_absences(countries: Iterable[str], path: Path = ABSENT_FILE) -> tuple[Absence, ...]:
    """Read and validate absent_offices.csv; a bad row raises E003 naming the file and the line."""
    known = set(countries)
    out: list[Absence] = []
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise EventwireError(Errors.E003, path=path, reason=str(exc)) from exc
    for i, r in enumerate(rows, start=2):
        country, role = (r.get("country") or "").strip(), (r.get("role") or "").strip()
        if country not in known or role not in ABSENT_ROLES or not (r.get("note") or "").strip():
            raise EventwireError(Errors.E003, path=path,
                                 reason=f"line {i}: unknown country '{country}' or role '{role}', or no note")
        try:
            start = dt.date.fromisoformat(r["start"]) if (r.get("start") or "").strip() else None
            end = dt.date.fromisoformat(r["end"]) if (r.get("end") or "").strip() else None
        except ValueError as exc:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: {exc}") from exc
        if start and end and end < start:
            raise EventwireError(Errors.E003, path=path, reason=f"line {i}: end before start")
        out.append(Absence(country, role, start, end, r["note"].strip()))
    return tuple(out)


def office_coverage(kb: KnowledgeBase, absences: Sequence[Absence], first: int = 2000, last: int = 2026,
                    until: dt.date | None = None, offices: Sequence[str] = tuple(OFFICES)) -> list[OfficeCoverage]:
    """Coverage of each office over the UN member states' years ``first``..``last`` (see module doc).

    ``until`` (default today) cuts the current year short, so that 2026 is judged on the days so far."""
    until = until or dt.date.today()
    members = sorted(c.iso3 for c in kb.countries.values() if c.un_member)
    spells: dict[tuple[str, str], list[Person]] = {}
    for p in kb.people:
        if p.country:
            spells.setdefault((p.country, p.role), []).append(p)
    result = []
    for office in offices:
        roles = OFFICES[office]
        total = covered = absent = 0
        gaps: dict[str, tuple[int, ...]] = {}
        for iso in members:
            held = [(p.start, p.end or dt.date.max) for r in roles for p in spells.get((iso, r), [])]
            off = [(a.start or dt.date.min, a.end or dt.date.max) for a in absences
                   if a.country == iso and (a.role == "all" or a.role in roles)]
            missing = []
            for year in range(first, last + 1):
                a, b = dt.date(year, 1, 1), min(dt.date(year, 12, 31), until)
                if b < a:
                    continue
                half = ((b - a).days + 1) / 2
                if _days(off, a, b) >= half:
                    absent += 1
                    continue
                total += 1
                if _days(held + off, a, b) >= half:
                    covered += 1
                else:
                    missing.append(year)
            if missing:
                gaps[iso] = tuple(missing)
        result.append(OfficeCoverage(office, total, covered, absent, gaps))
    return result


def _days(spans: list[tuple[dt.date, dt.date]], a: dt.date, b: dt.date) -> int:
    """Days of ``a``..``b`` inside the union of ``spans`` (overlaps counted once)."""
    clipped = sorted((max(s, a), min(e, b)) for s, e in spans if s <= b and e >= a)
    days, reach = 0, None
    for s, e in clipped:
        if reach is not None:
            s = max(s, reach + dt.timedelta(days=1))
        if s <= e:
            days += (e - s).days + 1
            reach = e
    return days


def years_text(years: Iterable[int]) -> str:
    """2000, 2001, 2002, 2005 -> '2000-2002, 2005'."""
    runs: list[list[int]] = []
    for y in sorted(years):
        if runs and runs[-1][1] == y - 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def vacancy_reason(kb: KnowledgeBase, iso3: str, title: str, on: dt.date) -> str:
    """Why nobody is listed in a country's office on a day: the office did not exist (with the reason
    from absent_offices.csv), or the table has a gap there (we did not know, not that it was empty)."""
    roles = TITLE_ROLES.get(title, ())
    for a in load_absences(kb.countries):
        if a.country == iso3 and (a.role == "all" or a.role in roles) and \
                (a.start is None or a.start <= on) and (a.end is None or on <= a.end):
            return f"{kb.countries[iso3].name} had no {title} on {on}: {a.note}"
    return (f"no {title} of {kb.countries[iso3].name} is listed for {on}: a gap in the table, not a vacancy "
            "(eventwire actors coverage --gaps lists them; add the holder with --actors)")
