"""KB-name matching (actors/matching.py): which spans name something, and which are skipped as no actor."""

from __future__ import annotations

import pytest

from eventwire.actors.matching import find_matches


def _run(nlp, kb, text: str) -> tuple[list[tuple[str, str]], set[str]]:
    doc = nlp(text)
    skipped: set[int] = set()
    matches = find_matches(doc, kb, skipped)
    return [(doc[m.start:m.end].text, m.entry.kind) for m in matches], {doc[i].text for i in skipped}


def test_longest_name_wins(nlp, kb):
    """"the United Arab Emirates" is one country, not "Arab" plus a stray "Emirates"."""
    found, _ = _run(nlp, kb, "Officials from the United Arab Emirates met Egypt's Sisi.")
    texts = [t for t, _ in found]
    assert any("United Arab Emirates" in t for t in texts)
    assert "Arab" not in texts and "Egypt" in texts


@pytest.mark.parametrize("text,skipped_word,kept", [
    ("Chinese ships crossed the Taiwan Strait near Japan.", "Taiwan", "Japan"),
    ("NATO-member Norway expelled a Russian diplomat.", "NATO", "Norway"),
    ("US-backed fighters attacked a Syrian town.", "US", "Syrian"),
    ("Russia's allies criticised Ukraine.", "Russia", "Ukraine"),
])
def test_names_that_are_no_actor_are_skipped(nlp, kb, text, skipped_word, kept):
    """A place named for a country, an organisation that only describes a member, a backer and a patron
    named for its allies are skipped (and reported as such); the other names in the sentence stay."""
    found, skipped = _run(nlp, kb, text)
    assert skipped_word in skipped
    assert skipped_word not in [t for t, _ in found]
    assert kept in [t for t, _ in found]


def test_acronyms_match_in_upper_case_only(nlp, kb):
    """"us" and "who" are words; "US" and "WHO" are a country and an agency."""
    found, _ = _run(nlp, kb, "The WHO told us that the US would help.")
    texts = [t.removeprefix("The ").removeprefix("the ") for t, _ in found]
    assert texts == ["WHO", "US"]


def test_capital_that_begins_a_newspaper_name_is_skipped(nlp, kb):
    found, skipped = _run(nlp, kb, "The Washington Post said Kenya had arrested a reporter.")
    assert "Washington" in skipped and ("Kenya", "country") in found
