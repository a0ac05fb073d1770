"""The accuracy gate: scores on the development gold sets may never drop below the pinned floors.

Floors live in ``tests/quality_floors.json`` with the SHA-256 of each gold file, so a changed gold
file is noticed rather than silently compared against old floors.  Raising a floor is an ordinary
commit; lowering one needs a written reason in the commit message.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from eventwire.eval.run import evaluate_path

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(FLOORS["files"]))
def test_scores_stay_above_floors(name, shared_dir, resources):
    entry = FLOORS["files"][name]
    path = shared_dir / "eval" / name
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert digest == entry["sha256"], f"{name} changed: re-measure and re-pin its floors"
    figures = evaluate_path(path, resources, intervals=False).figures
    for metric, floor in entry["floors"].items():
        value = _get(figures, metric)
        assert value >= floor, f"{name}: {metric} = {value} fell below its floor {floor}"
    for metric, ceiling in entry.get("ceilings", {}).items():
        value = _get(figures, metric)
        assert value <= ceiling, f"{name}: {metric} = {value} rose above its ceiling {ceiling}"


def _get(figures: dict, dotted: str) -> float:
    value: object = figures
    for part in dotted.split("."):
        value = value[part]  # type: ignore[index]
    return len(value) if isinstance(value, list) else float(value)  # type: ignore[arg-type]
