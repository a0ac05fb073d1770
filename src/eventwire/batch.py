"""Coding and storing many documents: the library functions behind ``code``, ``ingest`` and ``demo``.

Readers yield articles and per-document errors; this module turns them into ``DocumentOutcome``
objects in input order, coding articles in batches (spaCy is fastest on a stream) and making sure
one document that breaks the coder is reported and never takes its neighbours down with it.
Only the process that calls ``ingest_paths`` writes to the store, one transaction per batch.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .errors import DocumentError, Errors
from .ingest import ReadOptions, read_inputs
from .model import Article, DocumentOutcome
from .pipeline import Resources, code_articles
from .store import Store

Item = Article | DocumentError
#: Documents coded (and committed) together.
DEFAULT_BATCH_DOCS = 32


def _failed(err: DocumentError) -> DocumentOutcome:
    status = "skipped" if err.code in ("E101",) else "failed"
    return DocumentOutcome(doc_id=_error_doc_id(err), origin=err.doc, status=status, reason=err.message,
                           code=err.code)


def _error_doc_id(err: DocumentError) -> str:
    """A stable ledger key for a document that could not be read (it has no article id)."""
    return "doc_" + hashlib.sha256(err.doc.encode("utf-8")).hexdigest()[:16]


def _code_batch(articles: list[Article], res: Resources) -> list[DocumentOutcome]:
    try:
        coded = code_articles(articles, res)
    except Exception:  # noqa: BLE001 - isolate the document that breaks the coder, below
        if len(articles) == 1:
            raise
        out: list[DocumentOutcome] = []
        for a in articles:
            out.extend(_code_one(a, res))
        return out
    return [DocumentOutcome(a.id, a.origin or a.id, "coded", article=a, events=tuple(evs))
            for a, evs in zip(articles, coded)]


def _code_one(article: Article, res: Resources) -> list[DocumentOutcome]:
    try:
        return _code_batch([article], res)
    except Exception as exc:  # noqa: BLE001 - reported per document, never fatal to the batch
        err = DocumentError(Errors.E111, doc=article.origin or article.id, reason=f"{type(exc).__name__}: {exc}")
        return [DocumentOutcome(article.id, err.doc, "failed", reason=err.message, code=err.code)]


def code_items(items: Iterable[Item], res: Resources,
               batch_docs: int = DEFAULT_BATCH_DOCS) -> Iterator[list[DocumentOutcome]]:
    """Outcomes for every input item, in input order, a batch at a time."""
    pending: list[Item] = []

    def flush() -> list[DocumentOutcome]:
        arts = [i for i in pending if isinstance(i, Article)]
        coded = iter(_code_batch(arts, res) if arts else [])
        out = [next(coded) if isinstance(i, Article) else _failed(i) for i in pending]
        pending.clear()
        return out

    for item in items:
        pending.append(item)
        if len(pending) >= batch_docs:
            yield flush()
    if pending:
        yield flush()


@dataclass
class IngestSummary:
    """What an ingest did: counts per outcome, and every document that was not coded, with why."""

    run_id: str
    documents: int = 0
    coded: int = 0
    events: int = 0
    problems: list[DocumentOutcome] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(1 for p in self.problems if p.status == "failed")


def manifest(res: Resources, paths: Sequence[str | Path], opts: ReadOptions) -> dict[str, object]:
    return {
        "coder": res.coder,
        "model": res.nlp.meta.get("name"),
        "model_version": res.nlp.meta.get("version"),
        "kb": res.kb.fingerprint,
        "lexicon": res.lexicon.fingerprint,
        "ontology": res.ontology.fingerprint,
        "config": json.loads(json.dumps(res.config.__dict__)),
        "inputs": [str(p) for p in paths],
        "input_format": opts.input_format,
        "default_date": opts.default_date.isoformat() if opts.default_date else None,
    }


def ingest_paths(paths: Sequence[str | Path], store: Store, res: Resources, opts: ReadOptions,
                 batch_docs: int = DEFAULT_BATCH_DOCS,
                 on_batch: Callable[[list[DocumentOutcome]], None] | None = None) -> IngestSummary:
    """Read, code and store; each batch of documents with its events is one transaction."""
    run_id = store.begin_run(res.coder, manifest(res, paths, opts))
    summary = IngestSummary(run_id)
    for outcomes in code_items(read_inputs(paths, opts), res, batch_docs):
        store.write_batch(run_id, outcomes)
        for o in outcomes:
            summary.documents += 1
            if o.status == "coded":
                summary.coded += 1
                summary.events += len(o.events)
            else:
                summary.problems.append(o)
        if on_batch is not None:
            on_batch(outcomes)
    return summary
