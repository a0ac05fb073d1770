"""Shared checks for the event tests that code our own sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from eventwire.actors.resolver import resolve_article
from eventwire.events.arguments import MentionIndex
from eventwire.events.extractor import Candidate, Context, find_candidates
from eventwire.model import Article
from eventwire.pipeline import code_article

#: Publication date of the test sentences (their office holders are those of this date).
PUBLISHED = dt.date(2024, 3, 14)


def _keys(actors: list[dict[str, Any]]) -> set[str]:
    return {a["country"] or a["org"] for a in actors if a["country"] or a["org"]}


@pytest.fixture(scope="session")
def coded_records(resources) -> Callable[[str], list[dict[str, Any]]]:
    """Event records of one sentence, coded once per session."""
    cache: dict[str, list[dict[str, Any]]] = {}

    def records(text: str) -> list[dict[str, Any]]:
        if text not in cache:
            art = Article(id=text[:30], text=text, published=PUBLISHED)
            cache[text] = [e.to_record() for e in code_article(art, resources)]
        return cache[text]
    return records


@pytest.fixture(scope="session")
def assert_coded(coded_records) -> Callable[..., None]:
    """Assert that a sentence yields an event of the expected (type, sources, targets): the given
    country or organisation codes must be among the event's; ``either_side`` lets a source be found
    on either side (a reciprocal event split into dyads)."""
    def check(text: str, expected: tuple[str, set[str], set[str]], either_side: bool = False) -> None:
        etype, src, tgt = expected
        got = [(r["type"], _keys(r["source"]), _keys(r["target"])) for r in coded_records(text)]
        assert any(t == etype and src <= (s | g if either_side else s) and tgt <= g for t, s, g in got), \
            f"{text!r}: want {expected}, got {got}"
    return check


@pytest.fixture(scope="session")
def plain_sentence(resources) -> tuple[Any, Context, list[Candidate]]:
    """A sentence with one plain event and nothing claimed, wished or requested: its span, context and
    the extractor's candidates, for checking that a sentence-wide pass leaves such candidates alone."""
    doc = resources.nlp("Egypt held talks with Sudan in Cairo on Monday.")
    [mentions] = resolve_article([(doc, 0)], resources.kb, PUBLISHED)
    sectors = frozenset(resources.kb.sectors)
    ctx = Context(MentionIndex(doc, mentions, sectors), resources.lexicon, sectors)
    sent = next(iter(doc.sents))
    return sent, ctx, find_candidates(sent, ctx)


#: Publication date the claim, blame, evidence, charge and inquiry tests were written for.
CLAIM_DATE = dt.date(2023, 6, 16)


@pytest.fixture(scope="session")
def claim_events(resources) -> Callable[[str], list[Any]]:
    """Events of one sentence published on CLAIM_DATE, coded once per session."""
    cache: dict[str, list[Any]] = {}

    def events(text: str) -> list[Any]:
        if text not in cache:
            cache[text] = code_article(Article(id=text[:30], text=text, published=CLAIM_DATE), resources)
        return cache[text]
    return events


@pytest.fixture(scope="session")
def dyads() -> Callable[[list[Any], str], set[tuple[frozenset, frozenset, str]]]:
    """(source keys, target keys, status) of the events of one type: countries, else organisations."""
    def of(events: list[Any], etype: str) -> set[tuple[frozenset, frozenset, str]]:
        return {(frozenset(a.country or a.org for a in e.source), frozenset(a.country or a.org for a in e.target),
                 e.status) for e in events if e.type == etype}
    return of

