"""Scoring coded events against references: gold sentence sets and document-level references.

``document`` scores one article against a reference with required/optional/forbidden events (the
seed's ``.gold.json``); ``gold`` scores sentence-level gold files in the format of
``../shared/eval/*.jsonl``; ``report`` renders the figures.  All work on the public event records,
so they score any coder's JSONL output, not only ours.
"""

from .document import DocumentScore, matches, score_document
from .gold import (
    EventMatch, GoldEvent, GoldScore, GoldSentence, code_gold, load_gold, score_gold,
)

__all__ = ["DocumentScore", "EventMatch", "GoldEvent", "GoldScore", "GoldSentence", "code_gold", "load_gold",
           "matches", "score_document", "score_gold"]
