"""Who protests and against whom (events/protest_parties.py), on sentences we wrote, through the real
pipeline: grievance frames and purpose clauses name what a protest is against, partisans protest
against whom they oppose, and a hunger strike is aimed at whoever holds the strikers."""

from __future__ import annotations

import pytest

from eventwire.events.protest_parties import (
    GRIEVANCE_NOUNS,
    PARTISAN_NOUNS,
    STATE_VERBS,
)


@pytest.mark.parametrize("text, expected", [
    # a grievance frame on the verb ("in protest against ...")
    ("Farmers marched in Nairobi in protest against Ugandan import rules in 2023.", ("PROTEST", set(), {"UGA"})),
    # a purpose clause ("to voice their anger at ...")
    ("Students rallied in Manila to voice their anger at China's coast guard in 2024.",
     ("PROTEST", set(), {"CHN"})),
    # partisans: people of the country, protesting against whom they oppose
    ("Critics of the Senegalese president demonstrated in Dakar on Friday.", ("PROTEST", {"SEN"}, {"SEN"})),
    # a hunger strike held in another country's custody
    ("Basque prisoners held a hunger strike in French jails in 2016.", ("PROTEST", set(), {"FRA"})),
    ("Two Palestinian detainees are continuing a hunger strike in Israeli custody.", ("PROTEST", {"PSE"}, {"ISR"})),
])
def test_protest_sides(assert_coded, text, expected):
    assert_coded(text, expected)


def test_vocabularies_are_lemmas():
    """The readers compare lemmas: every entry must be a lower-case single word."""
    for words in (GRIEVANCE_NOUNS, PARTISAN_NOUNS, STATE_VERBS):
        assert all(w == w.lower() and " " not in w for w in words)
