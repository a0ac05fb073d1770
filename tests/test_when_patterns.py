"""The date scanner's speed-ups (feature gates, per-text cache) must never change what it finds."""

from __future__ import annotations

from eventwire import when_patterns as wp
from eventwire.when_patterns import scan

#: Sentences of our own that exercise every pattern kind, plus near misses the gates must not drop.
SENTENCES = [
    "Kenya and Uganda signed the accord on 2019-07-14 in Nairobi.",
    "Talks ran from March 3 to 5 in Geneva and resumed 12-14 June 2021.",
    "Fighting lasted from January 2016 to March 2017, and between 2018 and 2020 it flared again.",
    "Protests went on from Monday to Thursday, starting on Friday, 3 April 2015.",
    "The summit on March 12, 2023 followed a visit in early May of 2022 and one in March last year.",
    "Officials met last June and will meet again in September, after a pause in the summer of 2024.",
    "Chile said last spring that it would act in two weeks, not within several months' time.",
    "The envoy arrived the day before and left the following day.",
    "Ghana's president spoke late Wednesday evening and again yesterday, earlier today and last night.",
    "Brazil will vote later this month; a decade ago, and just three days earlier, it had refused.",
    "Troops march to the border as prices fall in may.",
    "Cabinet members said on Sunday they would review the 1990s deal, 5,000 troops and a 2020-strong force.",
    "The Sunday Times reported that Good Friday marches were banned tomorrow morning in Belfast.",
]


def test_gates_cover_every_pattern():
    assert set(wp._GATES) == {kind for kind, _ in wp._COMPILED}
    assert all(set(g) <= set(wp._FEATURES) for g in wp._GATES.values())


def test_every_raw_match_carries_its_gate_features():
    """The invariant the gates rest on: any text a pattern matches in contains the pattern's features."""
    hits = 0
    for text in SENTENCES:
        present = {name for name, rx in wp._FEATURES.items() if rx.search(text)}
        for kind, rx in wp._COMPILED:
            for m in rx.finditer(text):
                hits += 1
                assert set(wp._GATES[kind]) <= present, (kind, m.group(0))
                # the gate must hold for the matched words alone, not by luck elsewhere in the sentence
                own = {name for name, frx in wp._FEATURES.items() if frx.search(m.group(0))}
                assert set(wp._GATES[kind]) <= own, (kind, m.group(0))
    assert hits > 30


def test_gated_scan_equals_ungated_scan():
    def ungated(text: str) -> list[tuple[int, int, str]]:
        found = []
        for kind, rx in wp._COMPILED:
            for m in rx.finditer(text):
                g = m.groupdict()
                if m.end() > m.start() and wp._acceptable(kind, g, text, m.start(), m.end()):
                    found.append(wp.RawMatch(m.start(), m.end(), kind, g))
        found.sort(key=lambda r: (-(r.end - r.start), r.start))
        chosen: list[wp.RawMatch] = []
        for r in found:
            if all(r.end <= c.start or r.start >= c.end for c in chosen):
                chosen.append(r)
        return sorted((r.start, r.end, r.kind) for r in chosen)

    for text in SENTENCES:
        assert [(r.start, r.end, r.kind) for r in scan(text)] == ungated(text), text


def test_lower_case_month_words_are_no_dates_and_cache_returns_fresh_lists():
    text = "Troops march to the border as prices fall in may."
    assert scan(text) == []
    first = scan(SENTENCES[0])
    first.clear()  # a caller changing its list must not change what the next caller gets
    assert [r.kind for r in scan(SENTENCES[0])] == ["iso"]
