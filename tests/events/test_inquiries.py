"""Inquiries (events/inquiries.py): ACCUSE in mode ``investigate``, aimed at whoever is looked
into, never at the victims; sending inspectors is an inquiry into the host, expelling them is not.
Sentences we wrote, through the real pipeline."""

from __future__ import annotations

import datetime as dt

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2023, 6, 16)


def _code(resources, text: str):
    return code_article(Article(id=text[:30], text=text, published=PUBLISHED), resources)


def _dyads(events, etype: str) -> set[tuple[frozenset, frozenset, str]]:
    return {(frozenset(a.country or a.org for a in e.source), frozenset(a.country or a.org for a in e.target), e.status)
            for e in events if e.type == etype}



def test_inquiry_into_abuses_by_someone_targets_them(resources):
    evs = _code(resources, "The UN opened an inquiry into abuses by Ethiopia's army in Tigray in 2021.")
    assert any(e.mode == "investigate" and "ETH" in {a.country for a in e.target} for e in evs if e.type == "ACCUSE")


def test_sending_inspectors_investigates_the_host(resources):
    evs = _code(resources, "The IAEA dispatched inspectors to Iran on Monday.")
    assert any(e.mode == "investigate" and "IRN" in {a.country for a in e.target} for e in evs if e.type == "ACCUSE")


def test_inquiry_does_not_target_the_victims(resources):
    evs = [e for e in _code(resources, "Kenya's high court opened an inquiry into abuses against Somali refugees.")
           if e.type == "ACCUSE"]
    assert all("SOM" not in {a.country for a in e.target} for e in evs)


def test_expelling_inspectors_is_not_an_inquiry(resources):
    evs = _code(resources, "Iran expelled inspectors of the International Atomic Energy Agency.")
    assert not [e for e in evs if e.type == "ACCUSE"]
