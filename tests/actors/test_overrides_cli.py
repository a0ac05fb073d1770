"""User actor files through the real command line: ``actors lookup`` and ``code --actors``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.actors.kb import load_kb


@pytest.fixture()
def people_csv(tmp_path: Path) -> Path:
    p = tmp_path / "my_people.csv"
    p.write_text("name,aliases,country,role,start,end,gender\n"
                 "Aigerim Velikova,Velikova,KGZ,foreign_minister,2021-01-01,2023-12-31,f\n"
                 "Jonas Brakeworth,Brakeworth,USA,head_of_state,2021-01-20,2025-01-20,m\n", encoding="utf-8")
    return p


def _records(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]


def test_lookup_is_time_aware(run_cli, kb):
    out = run_cli("actors", "lookup", "the US president", "--date", "2025-03-01")
    assert out.returncode == 0, out.stderr
    [rec] = _records(out.stdout)
    assert (rec["name"], rec["code"]) == ("Donald Trump", "USAGOV")
    for day, name in ((dt.date(2018, 6, 1), "Donald Trump"), (dt.date(2022, 9, 15), "Joe Biden")):
        assert kb.lookup("the US president", day)[0].name == name


def test_lookup_former_holder_keeps_country_not_sector(kb):
    [a] = kb.lookup("Tony Blair", dt.date(2022, 1, 1))
    assert (a.country, a.sector, a.code) == ("GBR", "ELI", "GBRELI")
    [a] = kb.lookup("Tony Blair", dt.date(2005, 1, 1))
    assert (a.country, a.sector, a.code) == ("GBR", "GOV", "GBRGOV")


def test_user_file_adds_a_person_to_lookup(run_cli, kb, people_csv: Path):
    assert kb.lookup("Velikova", dt.date(2022, 9, 15)) == []
    out = run_cli("actors", "lookup", "Velikova", "--date", "2022-09-15", "--actors", str(people_csv))
    assert out.returncode == 0, out.stderr
    [rec] = _records(out.stdout)
    assert (rec["name"], rec["code"]) == ("Aigerim Velikova", "KGZGOV")


def test_user_file_overrides_an_office_in_lookup(run_cli, people_csv: Path):
    out = run_cli("actors", "lookup", "the US president", "--date", "2022-09-15", "--actors", str(people_csv))
    [rec] = _records(out.stdout)
    assert rec["name"] == "Jonas Brakeworth"
    # the packaged spell the user's replaces is gone: Biden no longer holds an office that day
    assert not any(a.sector == "GOV" for a in load_kb(people_csv).lookup("Biden", dt.date(2022, 9, 15)))


def test_code_uses_the_user_file(run_cli, people_csv: Path, tmp_path: Path):
    doc = tmp_path / "a.txt"
    doc.write_text("Talks in Bishkek\n\nVelikova met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.\n",
                   encoding="utf-8")
    mine = run_cli("code", str(doc), "--date", "2022-09-15", "--actors", str(people_csv))
    assert mine.returncode == 0, mine.stderr
    recs = _records(mine.stdout)
    parties = [a for r in recs for a in r["source"] + r["target"]]
    assert any(a["name"] == "Aigerim Velikova" and a["code"] == "KGZGOV" for a in parties), parties
    assert any(a["code"] == "RUSGOV" for a in parties)


def test_bad_user_file_is_reported(run_cli, tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,country,role,start\nX,ZZZ,head_of_state,2020-01-01\n", encoding="utf-8")
    out = run_cli("actors", "lookup", "X", "--actors", str(bad))
    assert out.returncode != 0
    assert b"E003" in out.stderr and b"unknown country" in out.stderr


def test_user_organisation_file(run_cli, tmp_path: Path):
    orgs = tmp_path / "orgs.csv"
    orgs.write_text("org,code,name,aliases,kind,sector,country\n"
                    "FWU,KENLAB,Fendale Workers Union,FWU,NGO,LAB,KEN\n", encoding="utf-8")
    out = run_cli("actors", "lookup", "Fendale Workers Union", "--actors", str(orgs))
    assert out.returncode == 0, out.stderr
    [rec] = _records(out.stdout)
    assert (rec["org"], rec["country"], rec["code"]) == ("FWU", "KEN", "KENLAB")
