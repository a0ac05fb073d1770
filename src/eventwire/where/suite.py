"""Running hand-written location cases (``tests/data/where_cases.tsv``) through the real components.

Shared by the test suite and ``benchmarks/when_where.py`` so both score the same thing: the text
is parsed by the real spaCy model, its actors resolved by the real knowledge base, and the place
chosen by ``locate`` with the article context built exactly as the pipeline builds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..events.arguments import MentionIndex
from ..model import Location
from .locate import locate
from .toponyms import PlaceContext

if TYPE_CHECKING:
    from ..pipeline import Resources


@dataclass(frozen=True)
class LocationCase:
    text: str
    trigger: str  # "word" or "word#2"
    destination: bool
    physical: bool
    country: str | None
    precision: str | None  # None: no location expected
    name: str | None  # None: any name
    note: str
    line: int
    known: bool = False  # a known failure, kept in the suite so the benchmark counts it


def load_cases(path: Path) -> list[LocationCase]:
    """Parse the case file (see its header for the columns); a malformed row raises ValueError."""
    out: list[LocationCase] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise ValueError(f"{path}:{n}: expected 7 tab-separated columns, got {len(cols)}")
        text, trig, flags, country, precision, name, note = cols
        fl = set(flags.split(","))
        out.append(LocationCase(text, trig, "dest" in fl, "phys" in fl, None if country == "-" else country,
                                None if precision == "-" else precision, None if name == "-" else name, note, n, "known" in fl))
    return out


def run_case(case: LocationCase, res: "Resources") -> Location | None:
    """The location ``locate`` picks for the case's trigger word."""
    from ..actors.resolver import resolve_article

    doc = res.nlp(case.text)
    mentions = resolve_article([(doc, 0)], res.kb, None, res.gazetteer)[0]
    index = MentionIndex(doc, mentions, frozenset(res.kb.sectors))
    ctx = PlaceContext()
    ctx.absorb(doc, mentions, res.gazetteer)
    word, _, nth = case.trigger.partition("#")
    hits = [t for t in doc if t.text == word]
    if not hits:
        raise ValueError(f"line {case.line}: trigger {word!r} not in {case.text!r}")
    tok = hits[int(nth) - 1 if nth else 0]
    anchor = tok
    if tok.pos_ == "NOUN" and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "nsubj", "conj"):
        anchor = tok.head if tok.dep_ != "conj" else tok.head.head
    return locate(anchor, tok, index, res.gazetteer, ctx, destination_targets=case.destination,
                  physical=case.physical)


def check(case: LocationCase, got: Location | None) -> str | None:
    """None when ``got`` is what the case expects, else why not."""
    if case.precision is None:
        return None if got is None else f"expected no location, got {got}"
    if got is None:
        return "expected a location, got none"
    if got.country != case.country:
        return f"country {got.country} != {case.country} ({got})"
    if got.precision != case.precision:
        return f"precision {got.precision} != {case.precision} ({got})"
    if case.name is not None and got.name != case.name:
        return f"name {got.name!r} != {case.name!r}"
    return None
