"""Accuracy of the coder on the development gold sets and the seed article, with 95% intervals.

Prints, for each gold set: type-level and strict precision/recall/F1 with bootstrap 95% intervals,
macro-F1, per-type figures with support, the reliability table by confidence bucket, and the seed
article's required/forbidden matches.  Our own held-out test set (tests/data/own_testset) is scored
and reported too when present — never tuned on.  Usage: ``python benchmarks/accuracy.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from eventwire.eval.render import print_result
from eventwire.eval.run import evaluate_path
from eventwire.pipeline import load_resources

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
OWN = ROOT / "tests" / "data" / "own_testset"


def main() -> int:
    files = [SHARED / "plover_gsr_dev.jsonl", SHARED / "petr2_gsr.jsonl",
             SHARED / "seed" / "000_f115f9060a59de12.gold.json"]
    files = [f for f in files if f.is_file()] + sorted(OWN.glob("*.jsonl"))
    if not files:
        print("no gold files found (../shared/eval is absent)")
        return 0
    res = load_resources()
    con = Console(width=120)
    con.print(f"coder: {res.coder}")
    for f in files:
        print_result(con, evaluate_path(f, res), show_misses=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
