"""Charges (events/charges.py): what someone is punished or blamed *for* is no event of its own, and
condemning what someone said is aimed at whoever said it.  Sentences we wrote, through the real
pipeline and through charge_phrases on parsed sentences."""

from __future__ import annotations

import pytest

from eventwire.events.charges import charge_phrases


@pytest.mark.parametrize("text, verb, phrase", [
    ("A Kenyan court jailed two Somali men for smuggling weapons in 2019.", "jailed", "for"),
    ("Jordanian police detained a Syrian driver on charges of spying.", "detained", "on"),
    ("Prosecutors in Lagos charged a Ghanaian trader with funding militants.", "charged", "with"),
])
def test_charge_phrases_find_what_the_punishment_is_for(resources, text, verb, phrase):
    doc = resources.nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert phrase in [p.lower_ for p in charge_phrases(v)]


def test_arresting_someone_with_a_companion_is_no_charge(resources):
    doc = resources.nlp("Thai police arrested a Cambodian activist with his brother in Bangkok.")
    v = next(t for t in doc if t.text == "arrested")
    assert "with" not in [p.lower_ for p in charge_phrases(v)]  # "with" is a charge only after "charge"


def test_a_finite_main_clause_after_the_charge_is_no_charge(resources):
    # the parser may make "were released" a conjunct of the participle "imprisoned"
    doc = resources.nlp("The civilians imprisoned for protesting were released by the Myanmar junta.")
    v = next(t for t in doc if t.text == "imprisoned")
    assert "released" not in {t.text for p in charge_phrases(v) for t in p.subtree}


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
def test_what_someone_is_punished_for_is_no_event(claim_events, dyads, name, text, etype, expected):
    punisher, punished = expected
    evs = claim_events(text)
    assert any(punisher in s and punished in t for s, t, _ in dyads(evs, etype)), text
    assert all(e.type == etype for e in evs), [(e.type, [a.code for a in e.target]) for e in evs]


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
def test_blamed_act_is_not_the_accusers(claim_events, dyads, name, text, expected):
    accuser, accused = expected
    evs = claim_events(text)
    assert any(accuser in s and accused in t for s, t, _ in dyads(evs, "ACCUSE")), text
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
def test_condemned_charge_is_aimed_at_who_made_it(claim_events, name, text, expected):
    critic, speaker = expected
    evs = [e for e in claim_events(text) if e.type == "ACCUSE" and critic in {a.country for a in e.source}]
    assert evs and all(speaker in {a.country for a in e.target} for e in evs), \
        [[a.code for a in e.target] for e in evs]
