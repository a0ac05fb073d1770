"""Allegations, evidence and investigations (events/allegations.py) on sentences we wrote, through the
real pipeline: who accuses whom, what happens to the claimed act, and what must not become an accusation."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.allegations import CLAIMED_FACTOR, with_allegations
from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2023, 6, 16)


def _code(resources, text: str):
    return code_article(Article(id=text[:30], text=text, published=PUBLISHED), resources)


def _dyads(events, etype: str) -> set[tuple[frozenset, frozenset, str]]:
    return {(frozenset(a.country or a.org for a in e.source), frozenset(a.country or a.org for a in e.target), e.status)
            for e in events if e.type == etype}


# (phenomenon, sentence, (speaker, accused, mode))
ACCUSATIONS = [
    ("claim verb", "Thailand claimed that Cambodian soldiers had shelled a temple near the border.",
     ("THA", "KHM", "allege")),
    ("allege verb, coordinated acts", "Rwanda alleged that Congolese troops had attacked its border posts and killed two guards.",
     ("RWA", "COD", "allege")),
    ("report speaks for its author", "A European Union report alleged that Libyan coastguards had abused migrants.",
     ("EU", "LBY", "allege")),
    ("blame phrase", "Lebanon claims Israel is behind the bombing of its southern villages.", ("LBN", "ISR", "allege")),
    ("has proof that", "Taiwan says it has proof that China was behind the cyber attacks on its ministries.",
     ("TWN", "CHN", "allege")),
    ("evidence of involvement, passive", "Evidence of Iranian involvement in the bombing was presented by Argentina.",
     ("ARG", "IRN", "allege")),
    ("evidence against", "Moldova presented evidence against Russia.", ("MDA", "RUS", "allege")),
    ("inquiry into acts by someone", "The United Nations opened an inquiry into killings by Burundian police.",
     ("UN", "BDI", "investigate")),
    ("wish to inspect", "UN inspectors want to examine Syria's chemical weapons depots.", ("UN", "SYR", "investigate")),
    ("sending investigators", "The European Union sent investigators to Belarus.", ("EU", "BLR", "investigate")),
]


@pytest.mark.parametrize("name,text,expected", ACCUSATIONS, ids=[c[0] for c in ACCUSATIONS])
def test_accusation(resources, name, text, expected):
    speaker, accused, mode = expected
    evs = [e for e in _code(resources, text) if e.type == "ACCUSE" and e.mode == mode and e.status == "asserted"]
    pairs = {(frozenset(a.country or a.org for a in e.source), frozenset(a.country or a.org for a in e.target))
             for e in evs}
    assert any(speaker in s and accused in t for s, t in pairs), f"{text!r}: got {pairs}"


# (phenomenon, sentence): no accusation at all
NOT_ACCUSATIONS = [
    ("neutral report", "Thailand said Cambodian soldiers had shelled a temple near the border."),
    ("claim about one's own forces", "Ukraine claimed that its troops had shot down a Russian helicopter."),
    ("claimed act denied", "Serbia claimed that Kosovo police had not attacked the monastery."),
    ("no evidence", "Investigators found no evidence that Ethiopia had attacked Sudan."),
    ("claim of no hostile act", "Brazil claimed that Argentina had signed the trade deal."),
]


@pytest.mark.parametrize("name,text", NOT_ACCUSATIONS, ids=[c[0] for c in NOT_ACCUSATIONS])
def test_no_accusation(resources, name, text):
    evs = [e for e in _code(resources, text) if e.type == "ACCUSE" and e.status == "asserted"]
    assert not evs, f"{text!r}: {[(e.mode, [a.code for a in e.source], [a.code for a in e.target]) for e in evs]}"


def test_claimed_act_is_kept_with_lower_confidence(resources):
    """Under "claimed" the shelling is still coded, with its own actors, but scores lower than under "said"."""
    claimed = _code(resources, "Thailand claimed that Cambodian soldiers had shelled Thai border posts.")
    said = _code(resources, "Thailand said Cambodian soldiers had shelled Thai border posts.")
    c_assault = [e for e in claimed if e.type == "ASSAULT"]
    s_assault = [e for e in said if e.type == "ASSAULT"]
    assert c_assault and s_assault
    assert c_assault[0].status == "asserted"
    assert {a.country for a in c_assault[0].source} == {"KHM"}
    assert c_assault[0].confidence < s_assault[0].confidence
    assert not [e for e in said if e.type == "ACCUSE"]


def test_own_act_keeps_its_confidence(resources):
    """A state claiming its own act reports it: the act is not discounted."""
    claimed = [e for e in _code(resources, "Ukraine claimed that its troops had shot down a Russian helicopter.")
               if e.type == "ASSAULT"]
    said = [e for e in _code(resources, "Ukraine said its troops had shot down a Russian helicopter.")
            if e.type == "ASSAULT"]
    assert claimed and said and claimed[0].confidence == said[0].confidence


def test_inquiry_does_not_target_the_victims(resources):
    evs = [e for e in _code(resources, "Kenya's high court opened an inquiry into abuses against Somali refugees.")
           if e.type == "ACCUSE"]
    assert all("SOM" not in {a.country for a in e.target} for e in evs)


def test_expelling_inspectors_is_not_an_inquiry(resources):
    evs = _code(resources, "Iran expelled inspectors of the International Atomic Energy Agency.")
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_negated_claim(resources):
    evs = _code(resources, "Chad did not claim that Sudanese rebels had attacked its soldiers.")
    assert any("TCD" in s and "SDN" in t and st == "negated" for s, t, st in _dyads(evs, "ACCUSE"))
    assert not [e for e in evs if e.type == "ACCUSE" and e.status == "asserted"]


def test_pass_leaves_sentences_without_claims_alone(plain_sentence):
    """``with_allegations`` returns the extractor's candidates untouched where nothing is claimed."""
    sent, ctx, found = plain_sentence
    assert found and with_allegations(sent, ctx, found) == found
    assert 0 < CLAIMED_FACTOR < 1


# (phenomenon, sentence, (accuser, accused)): what someone is blamed for is the accused's act, so it
# yields no second event by the accuser
BLAMED_FOR = [
    ("claims made by the accused", "Bolivia accused Chile on Monday of making false claims about its border posts.",
     ("BOL", "CHL")),
    ("charges levelled by the accused", "Malaysia accused Singapore of leveling baseless charges at its fishermen.",
     ("MYS", "SGP")),
    ("threats issued by the accused",
     "Poland criticized Belarus in 2021 for issuing threats against Lithuanian border guards.", ("POL", "BLR")),
]


@pytest.mark.parametrize("name,text,expected", BLAMED_FOR, ids=[c[0] for c in BLAMED_FOR])
def test_blamed_act_is_not_the_accusers(resources, name, text, expected):
    accuser, accused = expected
    evs = _code(resources, text)
    assert any(accuser in s and accused in t for s, t, _ in _dyads(evs, "ACCUSE")), text
    by_accuser = [e for e in evs if accuser in {a.country for a in e.source}
                  and not (e.type == "ACCUSE" and accused in {a.country for a in e.target})]
    assert not by_accuser, [(e.type, [a.code for a in e.target]) for e in by_accuser]


# (phenomenon, sentence, (critic, who said it)): condemning what someone said is aimed at the speaker
CONDEMNED_CHARGES = [
    ("allegations by X, hung on 'as'",
     "Sri Lanka on Tuesday denounced as baseless the allegations by Canada that its troops had shelled hospitals.",
     ("LKA", "CAN")),
    ("remarks by X's leader, hung on 'as'",
     "Georgia condemned as provocative the remarks by Russia's foreign minister about its breakaway regions.",
     ("GEO", "RUS")),
]


@pytest.mark.parametrize("name,text,expected", CONDEMNED_CHARGES, ids=[c[0] for c in CONDEMNED_CHARGES])
def test_condemned_charge_is_aimed_at_who_made_it(resources, name, text, expected):
    critic, speaker = expected
    evs = [e for e in _code(resources, text) if e.type == "ACCUSE" and critic in {a.country for a in e.source}]
    assert evs and all(speaker in {a.country for a in e.target} for e in evs), \
        [[a.code for a in e.target] for e in evs]


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
def test_evidence_showing_blame_is_an_accusation(resources, name, text, expected):
    holder, accused = expected
    assert any(holder in s and accused in t for s, t, _ in _dyads(_code(resources, text), "ACCUSE")), text


def test_evidence_showing_a_cooperative_act_accuses_nobody(resources):
    evs = _code(resources, "Investigators found evidence showing that Brazilian troops had helped flood victims.")
    assert not [e for e in evs if e.type == "ACCUSE" and e.target]
