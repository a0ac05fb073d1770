"""Inspections of sites in a country (events/inquiries.py ``site_inspections``): inspectors or an
international body wanting to inspect, or inspecting, things in a country is ACCUSE ``investigate``
aimed at that country, asserted; a wish to examine that suspects nobody is no event.  Sentences we
wrote, through the real pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target, status", [
    ("The OPCW wants to examine the warehouses in Syria where chlorine was stored.", "OPCW", "SYR", "asserted"),
    ("IAEA inspectors plan to re-examine the research reactor in Iran next month.", "IAEA", "IRN", "asserted"),
    ("UN observers inspected two ammunition depots in Libya on Tuesday.", "UN", "LBY", "asserted"),
    ("IAEA inspectors visited the enrichment site in Iran on Friday.", "IAEA", "IRN", "asserted"),
    ("UN inspectors did not inspect the missile sites in North Korea.", "UN", "PRK", "negated"),
])
def test_inspecting_sites_in_a_country_investigates_it(claim_events, dyads, text, source, target, status):
    inquiries = [e for e in claim_events(text) if e.mode == "investigate"]
    assert (frozenset({source}), frozenset({target}), status) in dyads(inquiries, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Germany wants to examine the proposal.",
    "Japan plans to examine the new trade proposal before the summit.",
    "Tourists want to visit the old temples in Cambodia.",
])
def test_examining_without_suspicion_is_no_inquiry(claim_events, text):
    assert not any(e.type == "ACCUSE" for e in claim_events(text))
