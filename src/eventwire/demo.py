"""``eventwire demo``: what a newcomer sees first — the bundled sample, coded and summarised."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .store import Store

SAMPLE_FILE = "data/sample/sample.jsonl"


def sample_path() -> Path:
    """The bundled sample corpus (articles written by the eventwire authors)."""
    return Path(str(resources.files("eventwire").joinpath(SAMPLE_FILE)))


@dataclass(frozen=True)
class DemoReport:
    type_counts: list[tuple[str, int]]
    top_dyads: list[tuple[str, str, int]]
    examples: list[dict[str, Any]]


def run_demo(db: Path) -> DemoReport:
    """Summarise a store: counts by type, top dyads, and three confident events of different types."""
    with Store.open(db, read_only=True) as store:
        records = store.query_events()
        examples: list[dict[str, Any]] = []
        seen: set[str] = set()
        for r in sorted(records, key=lambda r: (-r["confidence"], r["id"])):
            if r["type"] not in seen and r["target"]:
                examples.append(r)
                seen.add(r["type"])
            if len(examples) == 3:
                break
        return DemoReport(store.type_counts(), store.top_dyads(5), examples)
