"""Inquiries (events/inquiries.py): ACCUSE in mode ``investigate``, aimed at whoever is looked
into, never at the victims; sending inspectors is an inquiry into the host, expelling them is not.
Sentences we wrote, through the real pipeline."""

from __future__ import annotations


def test_inquiry_into_abuses_by_someone_targets_them(claim_events):
    evs = claim_events("The UN opened an inquiry into abuses by Ethiopia's army in Tigray in 2021.")
    assert any(e.mode == "investigate" and "ETH" in {a.country for a in e.target} for e in evs if e.type == "ACCUSE")


def test_sending_inspectors_investigates_the_host(claim_events):
    evs = claim_events("The IAEA dispatched inspectors to Iran on Monday.")
    assert any(e.mode == "investigate" and "IRN" in {a.country for a in e.target} for e in evs if e.type == "ACCUSE")


def test_inquiry_does_not_target_the_victims(claim_events):
    evs = [e for e in claim_events("Kenya's high court opened an inquiry into abuses against Somali refugees.")
           if e.type == "ACCUSE"]
    assert all("SOM" not in {a.country for a in e.target} for e in evs)


def test_expelling_inspectors_is_not_an_inquiry(claim_events):
    evs = claim_events("Iran expelled inspectors of the International Atomic Energy Agency.")
    assert not [e for e in evs if e.type == "ACCUSE"]
