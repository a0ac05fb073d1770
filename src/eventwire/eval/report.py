"""Figures behind ``eventwire eval`` and ``benchmarks/accuracy.py``: intervals, reliability, JSON.

Intervals are percentile bootstraps over sentences (the unit the gold is sampled in), with a fixed
seed so the printed figures are reproducible.
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any, Callable

from .gold import EventMatch, GoldScore, score_matches

BUCKETS: tuple[tuple[float, float], ...] = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


def bootstrap(score: GoldScore, metric: Callable[[GoldScore], float], n: int = 1000,
              seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of ``metric`` when the gold sentences are resampled."""
    by_sentence: dict[str, list[EventMatch]] = defaultdict(list)
    for m in score.matches:
        by_sentence[m.sentence_id].append(m)
    ids = sorted(by_sentence)
    if not ids:
        return (0.0, 0.0)
    rng = random.Random(seed)
    values = []
    for _ in range(n):
        sample = [m for _ in ids for m in by_sentence[ids[rng.randrange(len(ids))]]]
        values.append(metric(score_matches(sample, len(ids))))
    values.sort()
    return values[int(0.025 * (n - 1))], values[int(0.975 * (n - 1))]


def reliability(score: GoldScore) -> list[dict[str, Any]]:
    """For each confidence bucket: how many predicted events, and what share is strictly correct."""
    rows = []
    for lo, hi in BUCKETS:
        preds = [m for m in score.matches if m.pred is not None and lo <= m.pred["confidence"] < hi]
        correct = sum(1 for m in preds if m.strict)
        rows.append({"bucket": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": len(preds), "strict_correct": correct,
                     "precision": round(correct / len(preds), 4) if preds else None})
    return rows


def high_confidence(score: GoldScore, floor: float = 0.8) -> dict[str, float]:
    """Precision of events at or above ``floor``, and their share of all strictly correct events."""
    hi = [m for m in score.matches if m.pred is not None and m.pred["confidence"] >= floor]
    correct_hi = sum(1 for m in hi if m.strict)
    correct_all = sum(1 for m in score.matches if m.strict)
    return {"events": len(hi), "precision": round(correct_hi / len(hi), 4) if hi else 0.0,
            "share_of_correct": round(correct_hi / correct_all, 4) if correct_all else 0.0}


def misses(score: GoldScore, texts: dict[str, str], limit: int | None = None) -> list[dict[str, Any]]:
    """Gold events not matched strictly, with their sentence and what the coder said instead."""
    out = []
    for m in score.matches:
        if m.gold is None or m.strict:
            continue
        got = None
        if m.pred is not None:
            got = {"type": m.pred["type"], "source": [a.get("country") or a.get("org") for a in m.pred["source"]],
                   "target": [a.get("country") or a.get("org") for a in m.pred["target"]]}
        out.append({"sentence_id": m.sentence_id, "text": texts.get(m.sentence_id, ""),
                    "gold": {"type": m.gold.type, "source": m.gold.raw_source, "target": m.gold.raw_target},
                    "got": got})
    return out[:limit] if limit is not None else out


def status_accuracy(score: GoldScore) -> float | None:
    """Share of gold events (of a type the coder found) whose status the coder got right, all statuses
    pooled; None when the gold gives no status (the public gold sets do not)."""
    found = sum(n for n, _ in score.status.values())
    return round(sum(r for _, r in score.status.values()) / found, 4) if found else None


def summary(score: GoldScore, intervals: bool = True) -> dict[str, Any]:
    """Every headline figure of a gold set as plain JSON-ready data."""
    def ci(metric: Callable[[GoldScore], float]) -> list[float] | None:
        return [round(x, 4) for x in bootstrap(score, metric)] if intervals else None

    return {
        "sentences": score.sentences,
        "outside_plover": score.outside_plover,
        "type_level": {**score.type_level.as_dict(), "f1_ci95": ci(lambda s: s.type_level.f1)},
        "strict": {**score.strict.as_dict(), "f1_ci95": ci(lambda s: s.strict.f1)},
        "macro_f1": round(score.macro_f1, 4),
        "macro_f1_ci95": ci(lambda s: s.macro_f1),
        "per_type": {t: {**p.as_dict(), "support": p.tp + p.fn} for t, p in sorted(score.per_type.items())},
        "confusion": [{"gold": g, "predicted": p, "n": n} for (g, p), n in sorted(score.confusion.items())],
        "status": {k: {"events": n, "right": r, "accuracy": round(r / n, 4)} for k, (n, r) in sorted(score.status.items())},
        "status_accuracy": status_accuracy(score),
        "reliability": reliability(score),
        "high_confidence": high_confidence(score),
    }


