"""Turn a batch of ``DocumentOutcome`` objects into table rows, without touching the database.

Kept apart from the writer so that the mapping from the contract record to columns is a pure
function that can be read (and tested) on its own, and so that every Python-side problem in a
batch shows up before a transaction is opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.model import DocumentOutcome, Event

Row = tuple[Any, ...]


def record_json(event: Event) -> str:
    """The stored JSON text of an event: the same bytes ``eventwire code --format jsonl`` prints."""
    return event.to_json()


@dataclass
class BatchRows:
    """Rows for each table, plus the article ids whose earlier rows a coded outcome replaces."""

    documents: list[Row] = field(default_factory=list)
    articles: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    event_actors: list[Row] = field(default_factory=list)
    replaced_articles: list[str] = field(default_factory=list)


def _event_row(event: Event, run_id: str) -> Row:
    loc = event.location
    ev = event.evidence
    return (
        event.id, event.mention_id, event.article_id, event.type, event.mode, event.status,
        event.reciprocal, event.cameo, event.goldstein, event.quad_class, event.published,
        event.date.value, event.date.precision, event.date.start, event.date.end, event.date.basis,
        loc.name if loc else None, loc.country if loc else None, event.confidence,
        ev.field, ev.sentence, ev.text, ev.start, ev.end, run_id, event.coder, record_json(event),
    )


def _actor_rows(event: Event) -> list[Row]:
    rows: list[Row] = []
    for role, actors in (("source", event.source), ("target", event.target)):
        for pos, a in enumerate(actors):
            rows.append((event.id, role, pos, a.text, a.name, a.country, a.org, a.sector, a.kb_id, a.code))
    return rows


def batch_rows(run_id: str, outcomes: Sequence[DocumentOutcome], now: dt.datetime) -> BatchRows:
    """Rows to write for ``outcomes``.

    Within one batch the last outcome for a document id, and the last coded outcome for an
    article id, wins: the same rule as across batches (re-ingesting replaces), so a batch that
    names a document twice neither fails nor stores it twice.  An event whose ``article_id`` is not
    its outcome's article is a bug upstream and raises ``ValueError`` before anything is written.
    """
    last_doc: dict[str, DocumentOutcome] = {}
    for o in outcomes:
        last_doc.pop(o.doc_id, None)  # keep the order of the last occurrence
        last_doc[o.doc_id] = o
    last_article: dict[str, DocumentOutcome] = {}
    for o in last_doc.values():
        if o.status == "coded" and o.article is not None:
            last_article.pop(o.article.id, None)
            last_article[o.article.id] = o

    out = BatchRows()
    for o in last_doc.values():
        out.documents.append((o.doc_id, o.origin, o.status, o.reason, o.code, run_id, now))
    for art_id, o in last_article.items():
        art = o.article
        assert art is not None
        out.replaced_articles.append(art_id)
        out.articles.append((art.id, art.title, art.text, art.published, art.url, art.source,
                             art.headline_in_text, run_id))
        for event in o.events:
            if event.article_id != art_id:
                raise ValueError(
                    f"event {event.id} has article_id {event.article_id!r} but belongs to article {art_id!r}"
                )
            out.events.append(_event_row(event, run_id))
            out.event_actors.extend(_actor_rows(event))
    return out
