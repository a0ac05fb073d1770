"""The embedded store: one DuckDB file that the coordinating process writes and anyone can read.

Why it looks like this:

* A batch of documents is committed in ONE transaction (``write_batch``), so a crash or a bad row
  never leaves a document half-stored, and ``done_doc_ids`` tells a resumed run exactly what is done.
* Re-ingesting an article deletes its earlier article, events and actors inside that same
  transaction before inserting the new ones: it replaces, never duplicates.
* Rows go in as one typed list per column (``INSERT ... SELECT unnest(?::T[]), ...``), which is
  tens of times faster in DuckDB than ``executemany`` and keeps the types of all-NULL columns.
* Queries hand back the stored contract record (``events.record``) rather than rebuilding it from
  columns, so what an analyst reads is byte-for-byte what the coder produced.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.errors import Errors, EventwireError
from eventwire.model import Article, DocumentOutcome
from eventwire.store.rows import BatchRows, Row, batch_rows
from eventwire.store.schema import COLUMNS, TABLES, check_schema

#: Statuses that queries and exports include unless asked for all (see the contract).
DEFAULT_STATUSES: tuple[str, ...] = ("asserted", "historical", "future")
#: Document outcomes a resumed run does not redo.  ``failed`` is left out on purpose: a failure may
#: be transient (a coding crash, an unreadable mount) and costs little to try again.
FINAL_STATUSES: tuple[str, ...] = ("coded", "duplicate", "skipped")

_EVENT_ORDER = "e.date ASC NULLS LAST, e.article_id, e.evidence_start, e.id"


def done_doc_ids(conn: duckdb.DuckDBPyConnection, coder: str | None = None) -> set[str]:
    """Final document ids in the ``documents`` table of ``conn`` (see ``Store.done_doc_ids``)."""
    sql = "SELECT d.doc_id FROM documents d WHERE list_contains(?::VARCHAR[], d.status)"
    params: list[Any] = [list(FINAL_STATUSES)]
    if coder is not None:
        sql += " AND d.run_id IN (SELECT run_id FROM runs WHERE coder = ?)"
        params.append(coder)
    return {r[0] for r in conn.execute(sql, params).fetchall()}


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Store:
    """A DuckDB event store.  Open with ``Store.open(path)``; use as a context manager."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, read_only: bool = False) -> "Store":
        """Open (and, when ``create`` and not ``read_only``, create) the database at ``path``.

        A missing file is E201 when it may not be created; a file with another schema version
        is E202.  Parent folders are made for a new file, so ``--db out/run.duckdb`` just works.
        """
        name = str(path)
        in_memory = name == ":memory:"
        if not in_memory and Path(path).is_dir():
            # a folder of Parquet segments (``ingest --parquet``): always read-only
            from eventwire.store.parquet import connect_segments

            return cls(connect_segments(path), name, True)
        if not in_memory:
            p = Path(path)
            if not p.exists():
                if read_only or not create:
                    raise EventwireError(Errors.E201, path=name)
                p.parent.mkdir(parents=True, exist_ok=True)
        conn = duckdb.connect(name, read_only=read_only)
        try:
            check_schema(conn, name, create=create and not read_only)
        except BaseException:
            conn.close()
            raise
        return cls(conn, name, read_only)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def _check_writable(self) -> None:
        if self.read_only:
            raise EventwireError(Errors.E204, path=self.path)

    def begin_run(self, coder: str, manifest: Mapping[str, Any]) -> str:
        """Record a run (coder fingerprint + the full manifest behind it) and return its id."""
        self._check_writable()
        run_id = "run_" + uuid.uuid4().hex[:16]
        text = json.dumps(dict(manifest), ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
        self._conn.execute("INSERT INTO runs VALUES (?, ?, ?, ?)", [run_id, _utcnow(), coder, text])
        return run_id

    def runs(self) -> list[dict[str, Any]]:
        """Every recorded run, oldest first, with its manifest decoded."""
        rows = self._conn.execute("SELECT run_id, started, coder, manifest FROM runs ORDER BY started, run_id").fetchall()
        return [{"run_id": r[0], "started": r[1], "coder": r[2], "manifest": json.loads(r[3])} for r in rows]

    def write_batch(self, run_id: str, outcomes: Sequence[DocumentOutcome]) -> None:
        """Commit a batch of document outcomes, with their articles, events and actors, atomically.

        On any exception the transaction is rolled back (the store is as it was) and the
        exception propagates.
        """
        self._check_writable()
        if self._conn.execute("SELECT 1 FROM runs WHERE run_id = ?", [run_id]).fetchone() is None:
            raise EventwireError(Errors.E203, run_id=run_id, path=self.path)
        rows = batch_rows(run_id, outcomes, _utcnow())
        conn = self._conn
        conn.begin()
        try:
            self._write_rows(rows)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise

    def _write_rows(self, rows: BatchRows) -> None:
        conn = self._conn
        doc_ids = [r[0] for r in rows.documents]
        if doc_ids:
            conn.execute("DELETE FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])
        if rows.replaced_articles:
            ids = [rows.replaced_articles]
            conn.execute(
                "DELETE FROM event_actors WHERE event_id IN "
                "(SELECT id FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[])))", ids)
            conn.execute("DELETE FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", ids)
            conn.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", ids)
        self._append("documents", rows.documents)
        self._append("articles", rows.articles)
        self._append("events", rows.events)
        self._append("event_actors", rows.event_actors)

    def _append(self, table: str, rows: list[Row]) -> None:
        """Insert ``rows`` into ``table`` as one statement of typed, unnested column lists."""
        if not rows:
            return
        cols = COLUMNS[table]
        names = ", ".join(name for name, _ in cols)
        values = ", ".join(f"unnest(?::{typ}[])" for _, typ in cols)
        columns = [list(c) for c in zip(*rows, strict=True)]
        self._conn.execute(f"INSERT INTO {table} ({names}) SELECT {values}", columns)

    def write_outlets(self, run_id: str, outlets: Mapping[str, Sequence[str]]) -> None:
        """Record which outlets carried each story (story id = its canonical article id), replacing
        what an earlier run recorded for those stories, in one transaction."""
        self._check_writable()
        rows = [(story, outlet, run_id) for story, outs in sorted(outlets.items()) for outlet in outs]
        conn = self._conn
        conn.begin()
        try:
            if outlets:
                conn.execute("DELETE FROM story_outlets WHERE story_id IN (SELECT unnest(?::VARCHAR[]))",
                             [sorted(outlets)])
            self._append("story_outlets", rows)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise

    def outlets(self, story_id: str | None = None) -> dict[str, list[str]]:
        """Story id -> the sorted outlets that carried it (all stories, or one)."""
        sql = "SELECT story_id, outlet FROM story_outlets"
        params: list[Any] = []
        if story_id is not None:
            sql += " WHERE story_id = ?"
            params.append(story_id)
        out: dict[str, list[str]] = {}
        for sid, outlet in self._conn.execute(sql + " ORDER BY story_id, outlet", params).fetchall():
            out.setdefault(sid, []).append(outlet)
        return out

    # ------------------------------------------------------------------ ledger

    def done_doc_ids(self, coder: str | None = None) -> set[str]:
        """Ids of documents whose outcome is final, which a resumed run skips.

        With ``coder``, only those whose outcome was recorded by a run of that coder: after a change
        to the model, lexicon or settings a rerun codes everything again instead of keeping
        outcomes an older coder produced.
        """
        return done_doc_ids(self._conn, coder)

    def counts(self) -> dict[str, int]:
        """Number of rows in each table."""
        out: dict[str, int] = {}
        for table in TABLES:
            row = self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def documents(self, status: str | None = None) -> list[dict[str, Any]]:
        """The documents ledger (optionally one status), ordered by doc id."""
        sql = "SELECT doc_id, origin, status, reason, code, run_id, updated FROM documents"
        params: list[Any] = []
        if status is not None:
            sql += " WHERE status = ?"
            params.append(status)
        cur = self._conn.execute(sql + " ORDER BY doc_id", params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def get_article(self, article_id: str) -> Article | None:
        """The stored article (the text evidence offsets point into), or None."""
        row = self._conn.execute(
            "SELECT id, text, title, published, url, source, headline_in_text FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            return None
        return Article(id=row[0], text=row[1], title=row[2], published=row[3], url=row[4], source=row[5],
                       headline_in_text=bool(row[6]))

    # ------------------------------------------------------------------ queries

    @staticmethod
    def _where(*, actor: str | None = None, type: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, statuses: Sequence[str] | None = DEFAULT_STATUSES,
               article_id: str | None = None) -> tuple[str, list[Any]]:
        """SQL ``WHERE`` clause (over alias ``e``) and its parameters for the shared event filters.

        ``since``/``until`` keep events whose whole date range lies in the window
        (``date_start >= since``, ``date_end <= until``); undated events drop out when either is set.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if statuses is not None:
            clauses.append("list_contains(?::VARCHAR[], e.status)")
            params.append(list(statuses))
        if type is not None:
            clauses.append("e.type = ?")
            params.append(type.upper())
        if article_id is not None:
            clauses.append("e.article_id = ?")
            params.append(article_id)
        if since is not None:
            clauses.append("e.date_start >= ?")
            params.append(since)
        if until is not None:
            clauses.append("e.date_end <= ?")
            params.append(until)
        if actor is not None:
            key = actor.strip().upper()
            clauses.append(
                "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND "
                "(upper(a.country) = ? OR upper(a.org) = ? OR starts_with(upper(a.code), ?)))"
            )
            params.extend([key, key, key])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def query_event_json(self, *, limit: int | None = None, **filters: Any) -> list[str]:
        """Like ``query_events`` but the stored JSON text itself (for JSONL export, byte-exact)."""
        where, params = self._where(**filters)
        sql = f"SELECT e.record FROM events e{where} ORDER BY {_EVENT_ORDER}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [r[0] for r in self._conn.execute(sql, params).fetchall()]

    def query_events(self, *, actor: str | None = None, type: str | None = None, since: dt.date | None = None,
                     until: dt.date | None = None, statuses: Sequence[str] | None = DEFAULT_STATUSES,
                     article_id: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Stored contract records matching the filters, ordered by (date, article_id, evidence_start, id).

        ``actor`` matches a source or target actor whose country or org equals it, or whose CAMEO
        code starts with it, ignoring case ("CHN", "RUSMIL", "NATO").  ``statuses=None`` means all.
        """
        texts = self.query_event_json(actor=actor, type=type, since=since, until=until, statuses=statuses,
                                      article_id=article_id, limit=limit)
        return [json.loads(t) for t in texts]

    def type_counts(self, **filters: Any) -> list[tuple[str, int]]:
        """(type, events) for events matching the filters of ``query_events``, most frequent first."""
        where, params = self._where(**filters)
        rows = self._conn.execute(
            f"SELECT e.type, count(*) AS n FROM events e{where} GROUP BY e.type ORDER BY n DESC, e.type", params
        ).fetchall()
        return [(r[0], int(r[1])) for r in rows]

    def top_dyads(self, n: int = 5, **filters: Any) -> list[tuple[str, str, int]]:
        """The ``n`` most frequent (source label, target label, events) pairs.

        A label is the actor's country, else its org, else its code.  An event with several
        source or target actors counts once for each distinct label pair it has; reciprocal events
        count in text order, as stored.
        """
        where, params = self._where(**filters)
        label = "coalesce({a}.country, {a}.org, {a}.code)"
        sql = (
            f"SELECT sl, tl, count(DISTINCT id) AS n FROM ("
            f"  SELECT e.id, {label.format(a='s')} AS sl, {label.format(a='t')} AS tl FROM events e"
            f"  JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'"
            f"  JOIN event_actors t ON t.event_id = e.id AND t.role = 'target'{where}"
            f") GROUP BY sl, tl ORDER BY n DESC, sl, tl LIMIT ?"
        )
        rows = self._conn.execute(sql, [*params, int(n)]).fetchall()
        return [(r[0], r[1], int(r[2])) for r in rows]
