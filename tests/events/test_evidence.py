"""Evidence nouns (events/evidence.py): evidence that shows, links or is presented against a party
accuses it; "no evidence" and evidence of a cooperative act accuse nobody.  Sentences we wrote, through
the real pipeline and through the module's readers on parsed sentences."""

from __future__ import annotations

import pytest

from eventwire.events.evidence import denied, presents_evidence, shown_culprit


def _noun(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def test_no_evidence_is_denied(resources):
    doc = resources.nlp("Auditors in Nairobi found no evidence of Ugandan involvement in the raid.")
    assert denied(_noun(doc, "evidence"))
    assert not presents_evidence(_noun(doc, "evidence"))


def test_evidence_with_its_target_in_its_own_phrase_is_presented(resources):
    doc = resources.nlp("Azerbaijan presented evidence against Armenia at the UN in 2021.")
    assert presents_evidence(_noun(doc, "evidence"))
    doc = resources.nlp("Azerbaijan presented evidence that Armenian units shelled Ganja.")
    assert not presents_evidence(_noun(doc, "evidence"))  # a "that" clause: read as a claim


def test_shown_culprit_needs_blame_or_a_hostile_act(resources):
    lex = resources.lexicon
    doc = resources.nlp("Latvia says it has evidence showing Belarus was behind the attacks on its border guards.")
    found = shown_culprit(_noun(doc, "evidence"), lex)
    assert found is not None and found[1].text == "Belarus"
    doc = resources.nlp("Latvia says it has proof showing Belarus was part of the trade talks.")
    assert shown_culprit(_noun(doc, "proof"), lex) is None


# (phenomenon, sentence, (holder of the evidence, accused)): evidence that states its finding in a participle
EVIDENCE_SHOWING = [
    ("evidence showing that", "Moldova's police published evidence showing that Russian agents were responsible for the bombing.",
     ("MDA", "RUS")),
    ("evidence proving", "Taiwan has evidence proving China was behind the hacking of its election commission.",
     ("TWN", "CHN")),
    ("evidence linking X to", "Dutch prosecutors presented evidence linking Russian officers to the downing of the airliner.",
     ("NLD", "RUS")),
]


@pytest.mark.parametrize("name,text,expected", EVIDENCE_SHOWING, ids=[c[0] for c in EVIDENCE_SHOWING])
def test_evidence_showing_blame_is_an_accusation(claim_events, dyads, name, text, expected):
    holder, accused = expected
    assert any(holder in s and accused in t for s, t, _ in dyads(claim_events(text), "ACCUSE")), text


def test_evidence_showing_a_cooperative_act_accuses_nobody(claim_events):
    evs = claim_events("Investigators found evidence showing that Brazilian troops had helped flood victims.")
    assert not [e for e in evs if e.type == "ACCUSE" and e.target]


@pytest.mark.parametrize("text, expected", [
    # the parser makes the culprit the object of "showing" and hangs "was behind ..." on "has"
    ("Lithuania says it has evidence showing Belarus was behind the attacks on its border guards.", ("LTU", "BLR")),
    ("Estonia says it has evidence showing Moscow was behind the cyber attacks.", ("EST", "RUS")),
])
def test_evidence_showing_a_culprit_accuses_it(claim_events, dyads, text, expected):
    speaker, accused = expected
    dyads = dyads(claim_events(text), "ACCUSE")
    assert any(speaker in s and accused in t for s, t, _ in dyads), dyads


def test_no_evidence_showing_a_culprit_is_no_accusation(claim_events, dyads):
    text = "Investigators found no evidence showing Belarus was behind the attacks on Lithuania."
    assert not [d for d in dyads(claim_events(text), "ACCUSE") if d[2] == "asserted" and "BLR" in d[1]]
