from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from eventwire.actors import kb as kbmod
from eventwire.actors.kb import load_kb
from eventwire.actors.names import normalise
from eventwire.errors import EventwireError


def test_loads_fast_and_covers_all_countries():
    kbmod._load_kb_cached.cache_clear()
    t0 = time.perf_counter()
    kb = load_kb()
    assert time.perf_counter() - t0 < 1.0
    assert len(kb.countries) >= 249
    for iso in ("TWN", "XKX", "PSE", "RUS", "KGZ", "TKM"):
        assert iso in kb.countries
    assert kb.countries["TWN"].is_island and not kb.countries["RUS"].is_island
    assert {"CHN", "KAZ", "UKR"} <= kb.countries["RUS"].neighbours
    assert "RUS" in kb.countries["CHN"].neighbours


def test_normalise_ignores_case_accents_and_article():
    assert normalise("the Élysée") == normalise("Elysee") == "elysee"
    assert normalise("Pelosi’s") == "pelosi's"


@pytest.mark.parametrize("name,code", [
    ("Moscow", "RUSGOV"), ("the Kremlin", "RUSGOV"), ("Downing Street", "GBRGOV"), ("Kiev", "UKRGOV"),
    ("Kyrgyzstan", "KGZ"), ("U.S.", "USA"), ("Britain", "GBR"), ("NATO", "IGONAT"),
    ("the Shanghai Cooperation Organization", "IGOSCO"), ("Hamas", "PSEREBHMS"),
    ("Chinese state media", "CHNMED"), ("Russian navy", "RUSMIL"), ("Russian Defense Ministry", "RUSGOV"),
    ("Interpol", "IGOCOPITP"), ("the Syrian Observatory for Human Rights", "SYRNGOHRI"), ("Tamil Tigers", "LKAREBLTT"),
    ("the chemical weapons watchdog", "IGOOPCW"), ("Muslim Brotherhood", "EGYOPPMUS"),
])
def test_lookup_names(kb, name, code):
    assert [a.code for a in kb.lookup(name, dt.date(2022, 9, 15))] == [code]


def test_lookup_is_time_aware(kb):
    assert kb.lookup("the US president", dt.date(2010, 6, 1))[0].name == "Barack Obama"
    assert kb.lookup("the US president", dt.date(2022, 9, 15))[0].name == "Joe Biden"
    assert kb.lookup("Russian leader", dt.date(2010, 6, 1))[0].name == "Dmitry Medvedev"
    assert kb.lookup("UK prime minister", dt.date(2019, 1, 1))[0].name == "Theresa May"
    assert kb.lookup("Britain's prime minister", dt.date(2019, 1, 1))[0].name == "Theresa May"
    assert kb.lookup("Russia’s president", dt.date(2010, 6, 1))[0].name == "Dmitry Medvedev"
    assert kb.lookup("Secretary-General of the United Nations", dt.date(2010, 1, 1))[0].name == "Ban Ki-moon"
    in_office = kb.lookup("Medvedev", dt.date(2010, 6, 1))[0]
    former = kb.lookup("Medvedev", dt.date(2022, 9, 15))[0]
    assert (in_office.country, in_office.sector) == ("RUS", "GOV")
    assert (former.country, former.sector, former.code) == ("RUS", "ELI", "RUSELI")
    assert kb.lookup("Pelosi", dt.date(2022, 9, 15))[0].code == "USALEG"
    un = kb.lookup("Guterres", dt.date(2022, 9, 15))[0]
    assert (un.org, un.country, un.code) == ("UN", None, "IGOUNO")


def test_no_overlapping_terms_in_one_office(kb):
    """Two people cannot hold the same country's top office at once (a handover day is allowed)."""
    spells: dict[tuple, list] = {}
    for p in kb.people:
        if p.role in ("head_of_state", "head_of_government", "speaker", "un_sg", "nato_sg"):
            spells.setdefault((p.country, p.org, p.role), []).append(p)
    for key, ps in spells.items():
        ps.sort(key=lambda p: p.start)
        for a, b in zip(ps, ps[1:]):
            assert a.end is not None, f"{a.name} still in office but {b.name} follows ({key})"
            assert b.start >= a.end - dt.timedelta(days=1), f"{a.name} overlaps {b.name} ({key})"


def test_fingerprint_stable_and_changes_with_extra(tmp_path: Path):
    base = load_kb().fingerprint
    assert base == load_kb().fingerprint and len(base) == 64
    extra = tmp_path / "people.csv"
    extra.write_text("name,aliases,country,role,sector,start,end\n"
                     "Dana Velikova,Velikova,BGR,foreign_minister,GOV,2019-05-01,2023-09-01\n",
                     encoding="utf-8")
    kb = load_kb(extra)
    assert kb.fingerprint != base
    assert kb.lookup("Velikova", dt.date(2022, 9, 15))[0].code == "BGRGOV"
    assert load_kb().lookup("Velikova", dt.date(2022, 9, 15)) == []


def test_extra_overrides_an_overlapping_spell(tmp_path: Path):
    extra = tmp_path / "people.csv"
    extra.write_text("name,country,role,start,end,kb_id\nJoe Biden,USA,head_of_state,2021-01-20,2025-01-20,QTEST\n",
                     encoding="utf-8")
    kb = load_kb(extra)
    assert [p.kb_id for p in kb.people if p.name == "Joe Biden"] == ["QTEST"]
    # the spells that end or start on a handover day are neighbours, not overlaps: both stay
    trump = sorted(p.start.year for p in kb.people if p.name == "Donald Trump" and p.role == "head_of_state")
    assert trump == [2017, 2025]


@pytest.mark.parametrize("content,needle", [
    ("name,country,start\nX,USA,2020-01-01\n", "missing columns"),
    ("name,country,role,start\nX,USA,head_of_state,2020-13-01\n", "not a YYYY-MM-DD"),
    ("name,country,role,start\nX,ZZZ,head_of_state,2020-01-01\n", "unknown country"),
    ("name,country,role,start\nX,USA,wizard,2020-01-01\n", "unknown role"),
    ("name,country,role,start,end\nX,USA,head_of_state,2020-01-01,2019-01-01\n", "end before start"),
    ("org,code,name,aliases,kind,sector,country\nXYZ,IGOXYZ,Xyz,,club,IGO,\n", "kind must be one of"),
])
def test_bad_extra_file_is_e003(tmp_path: Path, content: str, needle: str):
    extra = tmp_path / "bad.csv"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(EventwireError) as err:
        load_kb(extra)
    assert err.value.code == "E003" and needle in err.value.message


def test_missing_extra_file_is_e003(tmp_path: Path):
    with pytest.raises(EventwireError) as err:
        load_kb(tmp_path / "nope.csv")
    assert err.value.code == "E003"


def test_fuzzy_country_answers_are_remembered_and_reset_with_the_index():
    kb = load_kb()
    words = ("Afganistan", "Ethopia", "Mohammed", "Isreal", "Philipines")
    first = [kb.fuzzy_country(w) for w in words]
    assert first[:3] == ["AFG", "ETH", None]
    assert [kb.fuzzy_country(w) for w in words] == first  # the remembered answers are the computed ones
    assert kb._fuzzy_seen.get("Afganistan") == "AFG"
    kb.build_index()  # a rebuilt index (overrides) must not answer from the old one
    assert "Afganistan" not in kb._fuzzy_seen
    assert kb.fuzzy_country("Afganistan") == "AFG"
