"""An event noun carried by a light verb (events/light_nouns.py), on sentences we wrote."""

import pytest

from eventwire.events.light_nouns import light_noun_entry


@pytest.mark.parametrize("text,noun,etype", [
    ("Irish nurses staged a strike in Dublin.", "strike", "PROTEST"),
    ("Polish miners held a strike outside the mine.", "strike", "PROTEST"),
    ("Argentine truckers continued their strike for a week.", "strike", "PROTEST"),
    ("The navy carried out a strike against the port.", "strike", "ASSAULT"),
    ("Russia continued its strikes on Kharkiv.", "strike", "ASSAULT"),
    ("Nigerian doctors launched a hunger strike.", "strike", "PROTEST"),
])
def test_light_verb_selects_noun_sense(resources, text, noun, etype):
    """"staged a strike" is a walkout, "carried out a strike" an attack; a peaceful sense picked by an
    ambiguous verb gives way when the act is aimed at someone or done by a named actor."""
    doc = resources.nlp(text)
    tok = next(t for t in doc if t.lemma_.lower() == noun)
    entry = light_noun_entry(tok.head, tok, resources.lexicon)
    assert entry is not None and entry.type == etype, (text, entry)


@pytest.mark.parametrize("text,expected", [
    ("Canada sent more anti-tank missiles to Ukraine.", ("AID", {"CAN"}, {"UKR"})),
    ("Britain gave Ukraine long-range cruise missiles.", ("AID", {"GBR"}, {"UKR"})),
    ("Iran delivered attack drones to Russia.", ("AID", {"IRN"}, {"RUS"})),
    ("Germany gave Lithuania two air-defence batteries.", ("AID", {"DEU"}, {"LTU"})),
    ("Russia sent drones at Kyiv overnight.", ("ASSAULT", {"RUS"}, {"UKR"})),   # aimed: still an attack
])
def test_weapons_handed_to_a_recipient_are_military_aid(assert_coded, text, expected):
    """Weapons sent *to* a recipient are military aid (CAMEO 072); sent *at* someone they are an attack."""
    assert_coded(text, expected)
