"""How complete the office-holder table is (eventwire.actors.coverage), and its command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.actors.coverage import load_absences, office_coverage, years_text
from eventwire.actors.kb import load_kb
from eventwire.errors import EventwireError

FLOORS = json.loads((Path(__file__).parents[1] / "quality_floors.json").read_text(encoding="utf-8"))
#: A fixed cut-off, so that the figures do not move with the calendar.
UNTIL = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def absences(kb):
    return load_absences(kb.countries)


def test_years_text_joins_runs():
    assert years_text([2005, 2000, 2001, 2002, 2010, 2011]) == "2000-2002, 2005, 2010-2011"


def test_absences_are_validated_naming_the_line(tmp_path, kb):
    bad = tmp_path / "absent.csv"
    bad.write_text("country,role,start,end,note\nCRI,defence_minister,,,no army\nCRI,navy_chief,,,x\n",
                   encoding="utf-8")
    with pytest.raises(EventwireError) as e:
        load_absences(kb.countries, bad)
    assert "E003" in str(e.value) and "line 3" in str(e.value)
    bad.write_text("country,role,start,end,note\nCRI,defence_minister,2010-01-01,2009-01-01,x\n", encoding="utf-8")
    with pytest.raises(EventwireError, match="end before start"):
        load_absences(kb.countries, bad)


def test_un_members_are_the_193(kb):
    members = {c.iso3 for c in kb.countries.values() if c.un_member}
    assert len(members) == 193 and {"SSD", "MNE", "TLS", "CHE"} <= members
    assert not members & {"TWN", "PSE", "XKX", "ESH", "VAT"}


def test_coverage_stays_above_the_floors(kb, absences):
    floors = FLOORS["kb_coverage"]["floors"]
    got = {c.office: c.share for c in office_coverage(kb, absences, until=UNTIL)}
    for office, floor in floors.items():
        assert got[office] >= floor, (office, got[office], floor)


def test_absent_offices_are_neither_counted_nor_gaps(kb, absences):
    leader, _, defence = office_coverage(kb, absences, until=UNTIL)
    assert "CRI" not in defence.gaps and "ISL" not in defence.gaps  # no army: no defence minister
    assert defence.absent >= 19 * 27  # the states without armed forces, every year
    assert not [y for y in leader.gaps.get("SSD", ()) if y < 2011]  # not yet a state
    assert leader.absent >= 11 + 2  # South Sudan 2000-2010, Timor-Leste 2000-2001


def test_a_user_spell_fills_a_gap(tmp_path, kb, absences):
    fm = office_coverage(kb, absences, until=UNTIL, offices=["foreign_minister"])[0]
    # a gap year no packaged spell touches: the user's spell then replaces nothing (an overlapped
    # packaged spell would be replaced, and could open gaps in its other years)
    free = [(iso, y) for iso, years in fm.gaps.items() for y in years
            if not any(p.country == iso and p.role == "foreign_minister" and p.start.year <= y
                       and (p.end is None or p.end.year >= y) for p in kb.people)]
    if not free:
        pytest.skip("no untouched foreign-minister gap left to fill")
    iso, year = free[0]
    extra = tmp_path / "mine.csv"
    extra.write_text("name,aliases,country,role,start,end,gender\n"
                     f"Ada Placeholder,,{iso},foreign_minister,{year}-01-01,{year}-12-31,f\n", encoding="utf-8")
    after = office_coverage(load_kb(extra), absences, until=UNTIL, offices=["foreign_minister"])[0]
    assert year not in after.gaps.get(iso, ())
    assert after.covered == fm.covered + 1 and after.state_years == fm.state_years


def test_coverage_command_prints_json_and_rejects_unknown_offices(run_cli):
    out = run_cli("actors", "coverage", "--format", "json", "--office", "leader", "--first", "2010", "--last", "2012")
    assert out.returncode == 0, out.stderr
    [row] = json.loads(out.stdout)
    assert row["office"] == "leader" and row["state_years"] + row["absent"] == 193 * 3
    assert 0 < row["share"] <= 1
    table = run_cli("actors", "coverage", "--gaps", "--office", "defence_minister")
    assert table.returncode == 0 and b"years with no listed holder" in table.stdout
    bad = run_cli("actors", "coverage", "--office", "navy_chief")
    assert bad.returncode == 2 and b"--office" in bad.stderr


def test_lookup_says_whether_an_empty_office_is_absent_or_a_gap(run_cli, kb, absences):
    out = run_cli("actors", "lookup", "the Costa Rican defence minister", "--date", "2010-05-01")
    assert out.returncode == 0 and b"had no defence minister" in out.stderr and b"army abolished" in out.stderr
    fm = office_coverage(kb, absences, until=UNTIL, offices=["foreign_minister"])[0]
    for iso, years in fm.gaps.items():
        demonyms = kb.countries[iso].demonyms
        day = next((dt.date(y, 7, 1) for y in years if not any(
            p.country == iso and p.role == "foreign_minister" and p.in_office(dt.date(y, 7, 1)) for p in kb.people)),
            None)
        if demonyms and day:
            break
    else:
        pytest.skip("no foreign-minister gap with a demonym left")
    out = run_cli("actors", "lookup", f"the {demonyms[0]} foreign minister", "--date", day.isoformat())
    assert out.returncode == 0 and b"a gap in the table" in out.stderr, (iso, day, out.stderr)
    listed = run_cli("actors", "lookup", "the Russian foreign minister", "--date", "2010-05-01")
    assert b"note:" not in listed.stderr
