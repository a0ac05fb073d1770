"""``eventwire eval``: code and score one reference file, whatever its kind.

A ``.jsonl`` file is a sentence-level gold set; a ``.gold.json`` file is a document reference whose
``document.file`` names the article beside it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Article
from .document import score_document
from .gold import code_gold, load_gold, score_gold
from .report import misses, summary


@dataclass(frozen=True)
class EvalResult:
    path: str
    kind: str  # "gold" | "document"
    figures: dict[str, Any]
    misses: list[dict[str, Any]]


def evaluate_path(path: Path, res: Any, intervals: bool = True) -> EvalResult:
    """Code the file's text with ``res`` and score it against the file's reference."""
    if path.name.endswith(".gold.json"):
        return _evaluate_document(path, res)
    gold = load_gold(path)
    score = score_gold(gold, code_gold(gold, res))
    texts = {g.id: g.text for g in gold}
    return EvalResult(str(path), "gold", summary(score, intervals), misses(score, texts))


def _evaluate_document(path: Path, res: Any) -> EvalResult:
    from ..pipeline import code_article

    ref = json.loads(path.read_text(encoding="utf-8"))
    doc = ref["document"]
    text = (path.parent / doc["file"]).read_text(encoding="utf-8")
    published = dt.date.fromisoformat(doc["publication_date"]) if doc.get("publication_date") else None
    article = Article(id=doc["file"], text=text, published=published, headline_in_text=True)
    records = [e.to_record() for e in code_article(article, res)]
    sc = score_document(records, ref)
    figures = {"required": len(sc.matched) + len(sc.missed), "matched": sc.matched, "missed": sc.missed,
               "recall": round(sc.recall, 4), "forbidden_hits": [list(x) for x in sc.forbidden_hits],
               "events": len(records), "set_aside": sc.set_aside}
    by_id = {r["id"]: r for r in ref.get("required", [])}
    miss = [{"id": m, "reference": by_id[m]} for m in sc.missed]
    return EvalResult(str(path), "document", figures, miss)
