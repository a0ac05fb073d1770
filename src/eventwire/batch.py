"""Coding and storing many documents: the library functions behind ``code``, ``ingest`` and ``demo``.

Readers yield articles and per-document errors; this module turns them into ``DocumentOutcome``
objects in input order, coding articles in batches (spaCy is fastest on a stream) and making sure
one document that breaks the coder is reported and never takes its neighbours down with it.

Who codes is an *engine* (``InProcess`` here; a process pool and Ray in ``eventwire.scale``): it
takes batches of articles and gives back their outcomes in the same order.  Whoever codes, only the
process that calls ``ingest_paths`` writes to the store, one transaction per batch, in input order,
so the stored result does not depend on the engine or the number of workers.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Protocol, Sequence

from .errors import DocumentError, Errors
from .ingest import ReadOptions, format_for_path, iter_directory, read_inputs
from .model import Article, DocumentOutcome
from .pipeline import Resources, code_articles

if TYPE_CHECKING:
    from .scale.dedup import DocSignature, DupDecision

Item = Article | DocumentError
#: Documents coded (and committed) together.
DEFAULT_BATCH_DOCS = 32


def _failed(err: DocumentError) -> DocumentOutcome:
    status = "skipped" if err.code in ("E101",) else "failed"
    return DocumentOutcome(doc_id=error_doc_id(err), origin=err.doc, status=status, reason=err.message,
                           code=err.code)


def error_doc_id(err: DocumentError) -> str:
    """A stable ledger key for a document that could not be read (it has no article id)."""
    return "doc_" + hashlib.sha256(err.doc.encode("utf-8")).hexdigest()[:16]


def code_batch(articles: list[Article], res: Resources) -> list[DocumentOutcome]:
    """One outcome per article, in order.  A batch the coder chokes on is retried one article at a
    time, so only the article that breaks it fails (E111) and its neighbours are still coded."""
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
        return code_batch([article], res)
    except Exception as exc:  # noqa: BLE001 - reported per document, never fatal to the batch
        err = DocumentError(Errors.E111, doc=article.origin or article.id, reason=f"{type(exc).__name__}: {exc}")
        return [DocumentOutcome(article.id, err.doc, "failed", reason=err.message, code=err.code)]


def code_items(items: Iterable[Item], res: Resources,
               batch_docs: int = DEFAULT_BATCH_DOCS) -> Iterator[list[DocumentOutcome]]:
    """Outcomes for every input item, in input order, a batch at a time (in this process)."""
    pending: list[Item] = []

    def flush() -> list[DocumentOutcome]:
        arts = [i for i in pending if isinstance(i, Article)]
        coded = iter(code_batch(arts, res) if arts else [])
        out = [next(coded) if isinstance(i, Article) else _failed(i) for i in pending]
        pending.clear()
        return out

    for item in items:
        pending.append(item)
        if len(pending) >= batch_docs:
            yield flush()
    if pending:
        yield flush()


# ---- engines ------------------------------------------------------------------------------------

class Engine(Protocol):
    """Codes batches of articles; yields one list of outcomes per batch, in the order given."""

    def map_ordered(self, batches: Iterable[list[Article]]) -> Iterator[list[DocumentOutcome]]: ...

    def close(self) -> None: ...


@dataclass
class InProcess:
    """The default engine: code in this process with resources it already holds."""

    res: Resources

    def map_ordered(self, batches: Iterable[list[Article]]) -> Iterator[list[DocumentOutcome]]:
        for arts in batches:
            yield code_batch(arts, self.res) if arts else []

    def close(self) -> None:
        pass


# ---- the writer side ----------------------------------------------------------------------------

class Sink(Protocol):
    """Where outcomes go: the DuckDB ``Store`` or a Parquet folder (``scale.parquet.ParquetSink``)."""

    def begin_run(self, coder: str, manifest: dict[str, object]) -> str: ...

    def write_batch(self, run_id: str, outcomes: Sequence[DocumentOutcome]) -> None: ...

    def done_doc_ids(self, coder: str | None = None) -> set[str]: ...

    def write_outlets(self, run_id: str, outlets: dict[str, list[str]]) -> None: ...


@dataclass
class IngestSummary:
    """What an ingest did: counts per outcome, and every document that was not coded, with why."""

    run_id: str
    documents: int = 0
    coded: int = 0
    events: int = 0
    resumed: int = 0  # documents already done by an earlier run with the same coder, not redone
    duplicates: int = 0
    problems: list[DocumentOutcome] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(1 for p in self.problems if p.status == "failed")

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.status == "skipped")


def manifest(res: Resources, paths: Sequence[str | Path], opts: ReadOptions) -> dict[str, object]:
    return {
        "coder": res.coder,
        "model": res.nlp.meta.get("name"),
        "model_version": res.nlp.meta.get("version"),
        "kb": res.kb.fingerprint,
        "lexicon": res.lexicon.fingerprint,
        "ontology": res.ontology.fingerprint,
        "gazetteer": res.gazetteer.fingerprint if res.gazetteer is not None else None,
        "config": json.loads(json.dumps(res.config.__dict__)),
        "inputs": [str(p) for p in paths],
        "input_format": opts.input_format,
        "default_date": opts.default_date.isoformat() if opts.default_date else None,
    }


#: Decides, before coding, that an article needs no coding: returns its outcome (e.g. "duplicate
#: of <id>") or None.  The hook where near-duplicate detection plugs in.
Triage = Callable[[Article], DocumentOutcome | None]

Entry = Article | DocumentOutcome  # an article to code, or an outcome already known


def _entries(items: Iterable[Item], done: set[str], triage: Triage | None,
             summary: IngestSummary, on_resumed: Callable[[int], None] | None) -> Iterator[Entry]:
    for item in items:
        if isinstance(item, DocumentError):
            out = _failed(item)
            if out.doc_id in done:
                summary.resumed += 1
                if on_resumed:
                    on_resumed(1)
                continue
            yield out
            continue
        if item.id in done:
            summary.resumed += 1
            if on_resumed:
                on_resumed(1)
            continue
        decided = triage(item) if triage else None
        yield decided if decided is not None else item


def _chunks(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    chunk: list[Entry] = []
    for e in entries:
        chunk.append(e)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---- duplicates ---------------------------------------------------------------------------------

@dataclass
class DuplicatePlan:
    """The first pass over the inputs: what to code, and which outlets carried each story."""

    decisions: dict[str, DupDecision]
    outlets: dict[str, list[str]]
    documents: int  # every input document, readable or not (the progress bar's total)

    def triage(self, article: Article) -> DocumentOutcome | None:
        d = self.decisions.get(article.id)
        if d is None or d.canonical_id is None or d.kind == "update":
            return None
        return DocumentOutcome(article.id, article.origin or article.id, "duplicate",
                               reason=f"duplicate of {d.canonical_id}")

    def finish(self, outcome: DocumentOutcome) -> DocumentOutcome:
        """An update of a story keeps only the events found in the sentences its canonical copy lacks."""
        d = self.decisions.get(outcome.doc_id)
        if outcome.status != "coded" or d is None or d.kind != "update":
            return outcome
        spans = d.novel
        events = tuple(e for e in outcome.events if e.evidence.field == "text"
                       and any(s <= e.evidence.start < t for s, t in spans))
        return replace(outcome, events=events,
                       reason=f"update of {d.canonical_id}: {len(spans)} new passage(s) coded")


def plan_duplicates(paths: Sequence[str | Path], opts: ReadOptions) -> DuplicatePlan | None:
    """Read every input once to fingerprint it, and decide which documents are duplicates.

    The decision needs all documents at once (the canonical copy is the earliest by publication
    date and id, wherever it sits in the input), so it is a pass of its own, made before coding;
    it is cheap next to parsing.  Standard input cannot be read twice: None (no duplicate check).
    """
    if any(str(p) == "-" for p in paths):
        return None
    from .scale.dedup import outlets, plan, signature

    sigs: dict[str, DocSignature] = {}
    n = 0
    for item in read_inputs(paths, opts):
        n += 1
        if isinstance(item, Article):
            sigs.pop(item.id, None)
            sigs[item.id] = signature(item)  # the same id twice: the last copy wins, as in the store
    if not sigs:  # nothing readable: nothing to compare
        return DuplicatePlan({}, {}, n)
    decisions = plan(sigs.values())
    return DuplicatePlan(decisions, outlets(decisions, sigs.values()), n)


def ingest_paths(paths: Sequence[str | Path], store: Sink, res: Resources, opts: ReadOptions,
                 batch_docs: int = DEFAULT_BATCH_DOCS,
                 on_batch: Callable[[list[DocumentOutcome]], None] | None = None, *,
                 engine: Engine | None = None, resume: bool = True, dedup: bool | DuplicatePlan | None = True,
                 on_resumed: Callable[[int], None] | None = None) -> IngestSummary:
    """Read, code and store; each batch of documents with its events is one transaction.

    With ``resume`` (the default) documents whose outcome is already final in the store under the
    same coder (coded, duplicate, skipped) are not read into a batch again, so an interrupted ingest
    can simply be run again.  With ``dedup`` (True, or a plan already made by ``plan_duplicates``)
    duplicates are recorded as "duplicate of <id>" and not coded, updates keep only events from
    their new sentences, and the outlets that carried each story are stored.  ``engine`` codes
    (default: this process); whatever it is, batches are written here, in input order.
    """
    run_id = store.begin_run(res.coder, manifest(res, paths, opts))
    summary = IngestSummary(run_id)
    dup = plan_duplicates(paths, opts) if dedup is True else (dedup or None)
    if dup is not None:
        store.write_outlets(run_id, dup.outlets)
    triage = dup.triage if dup is not None else None
    done = store.done_doc_ids(res.coder) if resume else set()
    engine = engine or InProcess(res)
    pending: deque[list[Entry]] = deque()

    def article_batches() -> Iterator[list[Article]]:
        entries = _entries(read_inputs(paths, opts), done, triage, summary, on_resumed)
        for chunk in _chunks(entries, batch_docs):
            pending.append(chunk)
            yield [e for e in chunk if isinstance(e, Article)]

    for coded in engine.map_ordered(article_batches()):
        chunk = pending.popleft()
        it = iter(coded)
        outcomes = [next(it) if isinstance(e, Article) else e for e in chunk]
        if dup is not None:
            outcomes = [dup.finish(o) for o in outcomes]
        store.write_batch(run_id, outcomes)
        for o in outcomes:
            summary.documents += 1
            if o.status == "coded":
                summary.coded += 1
                summary.events += len(o.events)
            elif o.status == "duplicate":
                summary.duplicates += 1
            else:
                summary.problems.append(o)
        if on_batch is not None:
            on_batch(outcomes)
    return summary


# ---- counting inputs (for the progress bar's total and ETA) ----------------------------------------

def _count_file(path: Path, opts: ReadOptions) -> int | None:
    fmt = opts.input_format if opts.input_format != "auto" else format_for_path(path)
    if fmt in ("text", "html"):
        return 1
    try:
        if fmt == "jsonl":
            with open(path, "rb") as f:
                return sum(1 for line in f if line.strip())
        if fmt == "csv":
            with open(path, "rb") as f:
                rows = csv.reader(io.TextIOWrapper(f, "utf-8", "replace", newline=""))
                return max(0, sum(1 for _ in rows) - 1)
    except (OSError, csv.Error):
        return None
    return None


def count_documents(paths: Sequence[str | Path], opts: ReadOptions) -> int | None:
    """How many documents ``read_inputs`` will yield, when that is cheap to know (files of plain
    text, HTML, JSONL or CSV); None for stdin or formats that would have to be parsed."""
    total = 0
    for name in paths:
        if str(name) == "-":
            return None
        p = Path(name)
        files = list(iter_directory(p)) if p.is_dir() else [p]
        for f in files:
            if not f.exists():
                total += 1  # a missing file is one failed document
                continue
            n = _count_file(f, opts)
            if n is None:
                return None
            total += n
    return total


def make_engine(kind: str, res: Resources, *, workers: int = 1, address: str | None = None,
                actors_csv: Path | None = None, batch_docs: int = DEFAULT_BATCH_DOCS) -> Engine:
    """``local`` with one worker codes in this process; ``local`` with more starts a process pool;
    ``ray`` runs Ray actors over a Ray Data pipeline (``address`` joins an existing cluster)."""
    if kind == "ray":
        from .scale.ray_engine import RayEngine

        return RayEngine(res.config, actors_csv, workers=workers, address=address, batch_docs=batch_docs)
    if workers > 1:
        from .scale.pool import PoolEngine

        return PoolEngine(res.config, actors_csv, workers=workers)
    return InProcess(res)
