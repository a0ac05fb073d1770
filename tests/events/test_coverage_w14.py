"""Inspections of sites in a country (events/inquiries.py ``site_inspections``): inspectors or an
international body wanting to inspect, or inspecting, things in a country is ACCUSE ``investigate``
aimed at that country, asserted; a wish to examine that suspects nobody is no event.  Sentences we
wrote, through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2021, 9, 14)


def _code(resources, text: str):
    return code_article(Article(id=text[:30], text=text, published=PUBLISHED), resources)


def _investigations(events) -> set[tuple[frozenset, frozenset, str]]:
    return {(frozenset(a.org or a.country for a in e.source), frozenset(a.country or a.org for a in e.target),
             e.status) for e in events if e.type == "ACCUSE" and e.mode == "investigate"}


@pytest.mark.parametrize("text, source, target, status", [
    ("The OPCW wants to examine the warehouses in Syria where chlorine was stored.", "OPCW", "SYR", "asserted"),
    ("IAEA inspectors plan to re-examine the research reactor in Iran next month.", "IAEA", "IRN", "asserted"),
    ("UN observers inspected two ammunition depots in Libya on Tuesday.", "UN", "LBY", "asserted"),
    ("IAEA inspectors visited the enrichment site in Iran on Friday.", "IAEA", "IRN", "asserted"),
    ("UN inspectors did not inspect the missile sites in North Korea.", "UN", "PRK", "negated"),
])
def test_inspecting_sites_in_a_country_investigates_it(resources, text, source, target, status):
    assert (frozenset({source}), frozenset({target}), status) in _investigations(_code(resources, text))


@pytest.mark.parametrize("text", [
    "Germany wants to examine the proposal.",
    "Japan plans to examine the new trade proposal before the summit.",
    "Tourists want to visit the old temples in Cambodia.",
])
def test_examining_without_suspicion_is_no_inquiry(resources, text):
    assert not any(e.type == "ACCUSE" for e in _code(resources, text))
