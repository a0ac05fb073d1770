"""The accuracy gate: scores on the development gold sets and on our own held-out test set may never
drop below the pinned floors.

Floors live in ``tests/quality_floors.json`` with the SHA-256 of each gold file, so a changed gold
file is noticed rather than silently compared against old floors.  The shared gold sets are skipped
where ``../shared`` is absent; our own test set ships in the repo and is always gated.  Raising a floor is an ordinary
commit; lowering one needs a written reason in the commit message.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from eventwire.eval.run import evaluate_path

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))
OWN_TESTSET = Path(__file__).parent / "data" / "own_testset"


@pytest.mark.parametrize("name", sorted(FLOORS["files"]))
def test_scores_stay_above_floors(name, shared_dir, resources):
    _check(FLOORS["files"][name], shared_dir / "eval" / name, resources)


@pytest.mark.parametrize("name", sorted(FLOORS["own_files"]))
def test_own_testset_stays_above_floors(name, resources):
    _check(FLOORS["own_files"][name], OWN_TESTSET / name, resources)


def _check(entry: dict, path: Path, resources) -> None:  # noqa: ANN001
    name = path.name
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
    assert value is not None, f"{dotted} is not measured on this set"
    return len(value) if isinstance(value, list) else float(value)  # type: ignore[arg-type]
