"""Acts wished on another party (events/wishes.py), on sentences we wrote, through the real pipeline:
what someone hopes, wishes or wants another party to do has not happened and is nobody's promise."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.wishes import with_wishes
from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2024, 3, 12)


def _code(resources, text: str):
    return code_article(Article(id=text[:30], text=text, published=PUBLISHED), resources)


def _codes(party) -> set[str]:
    return {a.country or a.org for a in party}


# (phenomenon, sentence, (type, doer)): the wished act, hypothetical, in its own type and by its own doer
WISHED = [
    ("hoped X would", "Lithuania said on Monday that it hoped Belarus would free the detained opposition leader.",
     ("RETREAT", "BLR")),
    ("hopes that X would", "Manila hopes that Beijing would pull its coast guard vessels back from the shoal.",
     ("RETREAT", "CHN")),
    ("wants X to", "Estonia wants Germany to deploy more air defence systems on its territory.",
     ("MOBILIZE", "DEU")),
]


@pytest.mark.parametrize("name,text,expected", WISHED, ids=[c[0] for c in WISHED])
def test_wished_act_is_hypothetical(resources, name, text, expected):
    etype, doer = expected
    evs = _code(resources, text)
    wished = [e for e in evs if e.type == etype]
    assert wished and all(e.status == "hypothetical" for e in wished), [(e.type, e.status) for e in evs]
    assert all(doer in _codes(e.source) for e in wished), [[a.code for a in e.source] for e in wished]
    assert not [e for e in evs if e.type in ("AGREE", "THREATEN") and e.status != "hypothetical"], \
        [(e.type, e.status) for e in evs]


def test_wished_punishment_is_no_future_event(resources):
    """"hoped the commanders would be indicted": nobody has charged anyone, nor is anyone due to."""
    evs = _code(resources, "Ukraine's prosecutor said she hoped the Russian commanders would be indicted for war crimes.")
    assert not [e for e in evs if e.status in ("asserted", "future")], [(e.type, e.status) for e in evs]


def test_act_wished_on_another_party_is_no_threat(resources):
    """"X wants Y to attack Z" is no threat by X, and no attack by Y yet."""
    evs = _code(resources, "The militia leader wants Sudan's army to attack the rebel camps near Chad.")
    assert not [e for e in evs if e.status in ("asserted", "future")], [(e.type, e.status) for e in evs]


# (phenomenon, sentence, (source, target)): a wish for one's own act is still the wisher's commitment
OWN_ACTS = [
    ("hopes to", "Kenya hopes to sign a trade agreement with Ghana next month.", ("KEN", "GHA")),
    ("hopes it will", "Vietnam hopes it will sign a defence pact with Australia this year.", ("VNM", "AUS")),
]


@pytest.mark.parametrize("name,text,expected", OWN_ACTS, ids=[c[0] for c in OWN_ACTS])
def test_wish_for_own_act_stays_a_commitment(resources, name, text, expected):
    src, tgt = expected
    evs = [e for e in _code(resources, text) if e.type == "AGREE" and e.status == "asserted"]
    assert any(src in _codes(e.source) and tgt in _codes(e.target) for e in evs), \
        [([a.code for a in e.source], [a.code for a in e.target]) for e in evs]


def test_accusation_inside_the_wish_keeps_its_status(resources):
    """Only the wished clause is unrealised: an accusation reported beside it has happened."""
    evs = _code(resources, "Peru accused Bolivia of hosting smugglers and said it hoped La Paz would close the border.")
    assert any(e.type == "ACCUSE" and e.status == "asserted" and "BOL" in _codes(e.target) for e in evs), \
        [(e.type, e.status) for e in evs]


def test_pass_leaves_sentences_without_wishes_alone(plain_sentence):
    _, ctx, found = plain_sentence
    assert found and with_wishes(ctx, found) == found


# Wanting another party to act asks it to: a REQUEST by the one who wants, aimed at the doer.
ASKED = [
    ("wants X to", "Estonia wants Germany to deploy more air defence systems on its territory.", ("EST", "DEU")),
    ("wanted X to", "Nigeria wanted Niger to reopen the border crossings, officials said.", ("NGA", "NER")),
]


@pytest.mark.parametrize("name,text,parties", ASKED, ids=[c[0] for c in ASKED])
def test_wanting_another_party_to_act_is_a_request(resources, name, text, parties):
    asker, asked = parties
    reqs = [e for e in _code(resources, text) if e.type == "REQUEST" and e.status == "asserted"]
    assert len(reqs) == 1, [(e.type, e.status) for e in _code(resources, text)]
    assert asker in _codes(reqs[0].source) and asked in _codes(reqs[0].target)


@pytest.mark.parametrize("text", [
    "Ankara does not want Greece to arm its islands in the Aegean.",  # a negated want asks nothing coded
    "Ghana hopes Togo will reopen the border soon.",  # a hope asks nobody
    "Peru wants to sign a trade deal with Chile.",  # its own act: an AGREE, no request
])
def test_no_request_without_an_asking_want(resources, text):
    assert not [e for e in _code(resources, text) if e.type == "REQUEST"]


# (phenomenon, sentence, (source, target)): a demand voiced as a noun with a "that" clause asks its subject
NOUN_DEMANDS = [
    ("reiterated its demand that", "Kenya reiterated its demand that Somalia withdraw its maritime claim.",
     ("KEN", "SOM")),
    ("renewed its call that", "Japan renewed its call that China release the detained businessman.",
     ("JPN", "CHN")),
]


@pytest.mark.parametrize("name,text,parties", NOUN_DEMANDS, ids=[c[0] for c in NOUN_DEMANDS])
def test_demand_noun_with_that_clause_is_a_request(resources, name, text, parties):
    src, tgt = parties
    assert any(e.type == "REQUEST" and _codes(e.source) == {src} and _codes(e.target) == {tgt}
               for e in _code(resources, text))


# (phenomenon, sentence, (refuser, target)): refusing to leave office defies who presses, at home by default
REFUSALS = [
    ("no presser named", "Pakistan's prime minister refused to resign.", ("PAK", "PAK")),
    ("pressure from a named party", "Haiti's prime minister declined to step down despite pressure from the "
     "United States.", ("HTI", "USA")),
]


@pytest.mark.parametrize("name,text,parties", REFUSALS, ids=[c[0] for c in REFUSALS])
def test_refusal_to_leave_office_is_aimed_at_who_presses(resources, name, text, parties):
    src, tgt = parties
    assert any(e.type == "REJECT" and src in _codes(e.source) and _codes(e.target) == {tgt}
               for e in _code(resources, text))
