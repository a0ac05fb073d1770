"""The hand-written location suite (tests/data/where_cases.tsv) through the real parser, KB and gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.where.suite import check, load_cases, run_case

CASES = load_cases(Path(__file__).resolve().parents[1] / "data" / "where_cases.tsv")


def test_suite_is_big_and_varied() -> None:
    assert len(CASES) >= 100
    assert sum(c.precision is None for c in CASES) >= 10  # mentioned places that are not the event's
    assert {c.precision for c in CASES} >= {"city", "region", "country", "sea", None}


@pytest.mark.parametrize("case", CASES, ids=[f"L{c.line}" for c in CASES])
def test_location_case(case, resources) -> None:
    why = check(case, run_case(case, resources))
    if case.known:
        assert why is not None, f"known failure now passes: drop 'known' from line {case.line}"
        pytest.xfail(why)
    assert why is None, f"line {case.line}: {case.text!r}: {why} ({case.note})"
