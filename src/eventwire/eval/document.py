"""Scoring one document against a reference with required, optional and forbidden events.

The reference format is the seed article's ``.gold.json``; events are matched by the rule stated in
its ``scoring`` field (type, countries either way when symmetric, date prefix, location country).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

#: Statuses that do not count as events happening (reported separately by the scorer).
UNSCORED_STATUSES = frozenset({"negated", "hypothetical"})


def _countries(actors: Iterable[Mapping[str, Any]]) -> set[str]:
    return {a["country"] for a in actors if a.get("country")}


def matches(record: Mapping[str, Any], ref: Mapping[str, Any]) -> bool:
    """Does an output event match a reference event under the document rule?"""
    if record["type"] not in ref["type"]:
        return False
    src, tgt = _countries(record["source"]), _countries(record["target"])
    want_src, want_tgt = set(ref.get("source") or ()), set(ref.get("target") or ())
    direct = want_src <= src and want_tgt <= tgt
    swapped = ref.get("symmetric", False) and want_src <= tgt and want_tgt <= src
    if not (direct or swapped):
        return False
    if ref.get("date") and not (record.get("date") or "").startswith(ref["date"]):
        return False
    if ref.get("location_country"):
        loc = record.get("location") or {}
        if loc.get("country") != ref["location_country"]:
            return False
    if ref.get("evidence_contains"):
        if ref["evidence_contains"] not in record["evidence"]["text"]:
            return False
        if record.get("confidence", 0.0) < ref.get("min_confidence", 0.0):
            return False
    return True


@dataclass
class DocumentScore:
    """How a coding of one document fares against its reference."""

    matched: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    forbidden_hits: list[tuple[str, str]] = field(default_factory=list)  # (reference id, event id)
    unmatched_events: list[str] = field(default_factory=list)
    set_aside: int = 0  # negated / hypothetical events, not scored

    @property
    def recall(self) -> float:
        total = len(self.matched) + len(self.missed)
        return len(self.matched) / total if total else 0.0


def score_document(records: Sequence[Mapping[str, Any]], gold: Mapping[str, Any]) -> DocumentScore:
    scored = [r for r in records if r["status"] not in UNSCORED_STATUSES]
    out = DocumentScore(set_aside=len(records) - len(scored))
    used: set[str] = set()
    for ref in gold.get("required", []):
        hits = [r for r in scored if matches(r, ref)]
        (out.matched if hits else out.missed).append(ref["id"])
        used.update(r["id"] for r in hits)
    for ref in gold.get("optional", []):
        used.update(r["id"] for r in scored if matches(r, ref))
    for ref in gold.get("forbidden", []):
        for r in scored:
            if matches(r, ref):
                out.forbidden_hits.append((ref["id"], r["id"]))
    out.unmatched_events = [r["id"] for r in scored if r["id"] not in used]
    return out
