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


# (phenomenon, sentence, (speaker, accused)): a claim that accuses someone is coded as the accusation
# only; nothing inside the claimed clause (hostile or not) becomes an event of its own
CLAIMED_ONLY = [
    ("claimed shelling", "Thailand claimed that Cambodian soldiers had shelled Thai border posts.", ("THA", "KHM")),
    ("helped inside the claim", "Mali's junta alleged that French special forces had helped jihadists attack an army base.",
     ("MLI", "FRA")),
    ("two claimed clauses, one state",
     "Eritrea alleged in 2019 that Ethiopia knew of the raids and that Ethiopian commandos helped to plan and carry out "
     "the killings.", ("ERI", "ETH")),
    ("tagger reads 'claims' as a noun", "A dossier published in Tbilisi claims that Russian soldiers detained Georgian farmers.",
     ("GEO", "RUS")),
]


@pytest.mark.parametrize("name,text,expected", CLAIMED_ONLY, ids=[c[0] for c in CLAIMED_ONLY])
def test_claimed_act_is_coded_as_the_accusation_only(resources, name, text, expected):
    speaker, accused = expected
    evs = _code(resources, text)
    accusations = [e for e in evs if e.type == "ACCUSE"]
    assert len(accusations) == 1, [(e.type, [a.code for a in e.target]) for e in evs]
    assert speaker in {a.country for a in accusations[0].source}
    assert accused in {a.country for a in accusations[0].target}
    assert not [e for e in evs if e.type != "ACCUSE"], [(e.type, e.trigger) for e in evs]
    # the accusation's evidence covers the claim, not just the claim verb
    assert accusations[0].evidence.text.rstrip(".").endswith(text.rstrip(".").split()[-1])


def test_claim_that_accuses_nobody_keeps_the_act_with_lower_confidence(resources):
    """With no doer to accuse the act stays, and under "claimed" it scores lower than under "said"."""
    claimed = [e for e in _code(resources, "Thailand claimed that gunmen had shelled Thai border posts.")
               if e.type == "ASSAULT"]
    said = [e for e in _code(resources, "Thailand said gunmen had shelled Thai border posts.") if e.type == "ASSAULT"]
    assert claimed and said and claimed[0].status == "asserted"
    assert claimed[0].confidence < said[0].confidence


# (phenomenon, sentence, (victim speaking, accused)): a state that says it was attacked accuses the attacker
VICTIM_REPORTS = [
    ("its villages", "Lebanon said Israeli drones had struck its villages near Tyre.", ("LBN", "ISR")),
    ("fired at it from a place", "Kyrgyzstan said a rocket was fired at it from Tajikistan.", ("KGZ", "TJK")),
    ("army speaks for its soldiers", "Somalia's army said Ethiopian troops had attacked Somali soldiers in Gedo.",
     ("SOM", "ETH")),
    ("ministry, passive verb of report", "Ukraine's defence ministry reported that Russian missiles hit Ukrainian ports.",
     ("UKR", "RUS")),
]


@pytest.mark.parametrize("name,text,expected", VICTIM_REPORTS, ids=[c[0] for c in VICTIM_REPORTS])
def test_victims_report_is_an_accusation(resources, name, text, expected):
    victim, accused = expected
    evs = _code(resources, text)
    assert any(victim in s and accused in t and st == "asserted" for s, t, st in _dyads(evs, "ACCUSE")), \
        [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in evs]
    assert not [e for e in evs if e.type in ("ASSAULT", "COERCE")]


# (phenomenon, sentence): the attack is reported by someone other than its victim, so it stays an act
NEUTRAL_REPORTS = [
    ("police report", "Police said Israeli drones had struck Lebanese villages."),
    ("another government", "France said Israeli drones had struck Lebanese villages."),
    ("the victim's medics", "Lebanese medics said Israeli drones had struck Lebanese villages."),
    ("sourced after the act", "Israeli drones struck Lebanese villages on Monday, Lebanon said."),
]


@pytest.mark.parametrize("name,text", NEUTRAL_REPORTS, ids=[c[0] for c in NEUTRAL_REPORTS])
def test_third_party_report_stays_neutral(resources, name, text):
    evs = _code(resources, text)
    assert not [e for e in evs if e.type == "ACCUSE"]
    assert any("ISR" in s and "LBN" in t for s, t, _ in _dyads(evs, "ASSAULT"))


def test_attack_by_compatriots_stays_an_act(resources):
    evs = _code(resources, "Nigeria said Boko Haram fighters attacked Nigerian soldiers in Borno.")
    assert not [e for e in evs if e.type == "ACCUSE"] and [e for e in evs if e.type == "ASSAULT"]


# (phenomenon, sentence, (author, accused)): an unowned document speaks for where it came out
DOCUMENTS = [
    ("released in a demonym's capital",
     "A report released in the Sudanese capital alleged that Chadian troops had attacked Sudanese villages.",
     ("SDN", "TCD")),
    ("issued in a capital", "A statement issued in Baku alleged that Armenian soldiers had shelled Azerbaijani farms.",
     ("AZE", "ARM")),
    ("a named author wins over the place",
     "A report by Amnesty International released in Bangkok alleged that Myanmar troops had tortured prisoners.",
     ("AMN", "MMR")),
]


@pytest.mark.parametrize("name,text,expected", DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_document_speaks_for_its_author_or_place(resources, name, text, expected):
    author, accused = expected
    evs = [e for e in _code(resources, text) if e.type == "ACCUSE"]
    assert len(evs) == 1
    assert author in {a.country or a.org for a in evs[0].source}, [a.code for a in evs[0].source]
    assert accused in {a.country for a in evs[0].target}
    if author.isupper() and len(author) == 3 and evs[0].source[0].org is None:
        assert evs[0].source[0].sector == "GOV"  # a place speaks as its government


# (phenomenon, sentence, punishment type, (punisher, punished)): the charge is no event of its own
PUNISHED_FOR = [
    ("arrested for supplying", "Egyptian police arrested a Libyan smuggler for supplying weapons to Sudanese rebels.",
     "COERCE", ("EGY", "LBY")),
    ("convicted of attacking", "An Indian court convicted three Pakistani men of attacking Indian soldiers in Kashmir.",
     "SANCTION", ("IND", "PAK")),
    ("helped act parsed as a conjunct",
     "A Moroccan court has jailed a Belgian man for three years for helping young recruits join an armed group in Iraq, "
     "prosecutors said.",
     "COERCE", ("MAR", "BEL")),
    ("charged with aiding", "Turkish prosecutors charged a German journalist with aiding Kurdish militants against Syrian troops.",
     "ACCUSE", ("TUR", "DEU")),
]


@pytest.mark.parametrize("name,text,etype,expected", PUNISHED_FOR, ids=[c[0] for c in PUNISHED_FOR])
def test_what_someone_is_punished_for_is_no_event(resources, name, text, etype, expected):
    punisher, punished = expected
    evs = _code(resources, text)
    assert any(punisher in s and punished in t for s, t, _ in _dyads(evs, etype)), text
    assert all(e.type == etype for e in evs), [(e.type, [a.code for a in e.target]) for e in evs]


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
