"""Allegations (events/allegations.py) on sentences we wrote, through the real pipeline: who accuses
whom, what happens to the claimed act, victims' reports, documents that speak, and what must not
become an accusation.  Evidence nouns, charges, inquiries and blame have test files of their own."""

from __future__ import annotations

import pytest

from eventwire.events.allegations import CLAIMED_FACTOR, with_allegations

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
def test_accusation(claim_events, name, text, expected):
    speaker, accused, mode = expected
    evs = [e for e in claim_events(text) if e.type == "ACCUSE" and e.mode == mode and e.status == "asserted"]
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
def test_no_accusation(claim_events, name, text):
    evs = [e for e in claim_events(text) if e.type == "ACCUSE" and e.status == "asserted"]
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
def test_claimed_act_is_coded_as_the_accusation_only(claim_events, name, text, expected):
    speaker, accused = expected
    evs = claim_events(text)
    accusations = [e for e in evs if e.type == "ACCUSE"]
    assert len(accusations) == 1, [(e.type, [a.code for a in e.target]) for e in evs]
    assert speaker in {a.country for a in accusations[0].source}
    assert accused in {a.country for a in accusations[0].target}
    assert not [e for e in evs if e.type != "ACCUSE"], [(e.type, e.trigger) for e in evs]
    # the accusation's evidence covers the claim, not just the claim verb
    assert accusations[0].evidence.text.rstrip(".").endswith(text.rstrip(".").split()[-1])


def test_claim_that_accuses_nobody_keeps_the_act_with_lower_confidence(claim_events):
    """With no doer to accuse the act stays, and under "claimed" it scores lower than under "said"."""
    claimed = [e for e in claim_events("Thailand claimed that gunmen had shelled Thai border posts.")
               if e.type == "ASSAULT"]
    said = [e for e in claim_events("Thailand said gunmen had shelled Thai border posts.") if e.type == "ASSAULT"]
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
def test_victims_report_is_an_accusation(claim_events, dyads, name, text, expected):
    victim, accused = expected
    evs = claim_events(text)
    assert any(victim in s and accused in t and st == "asserted" for s, t, st in dyads(evs, "ACCUSE")), \
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
def test_third_party_report_stays_neutral(claim_events, dyads, name, text):
    evs = claim_events(text)
    assert not [e for e in evs if e.type == "ACCUSE"]
    assert any("ISR" in s and "LBN" in t for s, t, _ in dyads(evs, "ASSAULT"))


def test_attack_by_compatriots_stays_an_act(claim_events):
    evs = claim_events("Nigeria said Boko Haram fighters attacked Nigerian soldiers in Borno.")
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
def test_document_speaks_for_its_author_or_place(claim_events, name, text, expected):
    author, accused = expected
    evs = [e for e in claim_events(text) if e.type == "ACCUSE"]
    assert len(evs) == 1
    assert author in {a.country or a.org for a in evs[0].source}, [a.code for a in evs[0].source]
    assert accused in {a.country for a in evs[0].target}
    if author.isupper() and len(author) == 3 and evs[0].source[0].org is None:
        assert evs[0].source[0].sector == "GOV"  # a place speaks as its government


def test_negated_claim(claim_events, dyads):
    evs = claim_events("Chad did not claim that Sudanese rebels had attacked its soldiers.")
    assert any("TCD" in s and "SDN" in t and st == "negated" for s, t, st in dyads(evs, "ACCUSE"))
    assert not [e for e in evs if e.type == "ACCUSE" and e.status == "asserted"]


def test_pass_leaves_sentences_without_claims_alone(plain_sentence):
    """``with_allegations`` returns the extractor's candidates untouched where nothing is claimed."""
    sent, ctx, found = plain_sentence
    assert found and with_allegations(sent, ctx, found) == found
    assert 0 < CLAIMED_FACTOR < 1


@pytest.mark.parametrize("text, victim, doer", [
    ("Iran said the United States had threatened it with war.", "IRN", "USA"),
    ("Belarus said Poland had imposed new sanctions on it.", "BLR", "POL"),
])
def test_victims_report_of_a_threat_or_sanction_is_an_accusation(claim_events, dyads, text, victim, doer):
    events = claim_events(text)
    assert (frozenset({victim}), frozenset({doer}), "asserted") in dyads(events, "ACCUSE")
    assert not dyads(events, "THREATEN") and not dyads(events, "SANCTION")
