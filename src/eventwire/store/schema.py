"""The DuckDB schema of the embedded store, and the check that a file speaks it.

The schema lives in one place so the writer, the readers (CLI, API, dashboard) and tests agree on
it.  The full contract record is kept as JSON text in ``events.record`` so that a query gives back
exactly what ``eventwire code`` printed; the other ``events`` columns are copies of record fields,
there only so that filters and aggregates run in SQL.  ``SCHEMA_VERSION`` goes up whenever a table
changes in a way an older reader could not read; ``check_schema`` refuses such a file (E202)
instead of returning wrong answers.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from eventwire.errors import Errors, EventwireError

SCHEMA_VERSION = 1

#: Tables in the order they are created; ``Store.counts`` reports them in this order.
TABLES: tuple[str, ...] = ("meta", "runs", "documents", "articles", "events", "event_actors", "story_outlets")

#: Tables added after version 1 without changing any other: a writer adds them to an older file.
ADDED_TABLES: frozenset[str] = frozenset({"story_outlets"})

#: Outcome statuses a document can have in the ``documents`` ledger.
DOCUMENT_STATUSES: tuple[str, ...] = ("coded", "duplicate", "skipped", "failed")

_DDL: tuple[str, ...] = (
    """
    CREATE TABLE IF NOT EXISTS meta (
        key   VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS runs (
        run_id   VARCHAR PRIMARY KEY,
        started  TIMESTAMP NOT NULL,
        coder    VARCHAR NOT NULL,
        manifest VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS documents (
        doc_id  VARCHAR PRIMARY KEY,
        origin  VARCHAR,
        status  VARCHAR NOT NULL CHECK (status IN ('coded', 'duplicate', 'skipped', 'failed')),
        reason  VARCHAR,
        code    VARCHAR,
        run_id  VARCHAR,
        updated TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS articles (
        id               VARCHAR PRIMARY KEY,
        title            VARCHAR,
        text             VARCHAR NOT NULL,
        published        DATE,
        url              VARCHAR,
        source           VARCHAR,
        headline_in_text BOOLEAN NOT NULL DEFAULT FALSE,
        run_id           VARCHAR
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS events (
        id                VARCHAR PRIMARY KEY,
        mention_id        VARCHAR NOT NULL,
        article_id        VARCHAR NOT NULL,
        type              VARCHAR NOT NULL,
        mode              VARCHAR,
        status            VARCHAR NOT NULL,
        reciprocal        BOOLEAN NOT NULL,
        cameo             VARCHAR,
        goldstein         DOUBLE,
        quad_class        INTEGER,
        published         DATE,
        date              VARCHAR,
        date_precision    VARCHAR,
        date_start        DATE,
        date_end          DATE,
        date_basis        VARCHAR,
        location_name     VARCHAR,
        location_country  VARCHAR,
        confidence        DOUBLE,
        evidence_field    VARCHAR,
        evidence_sentence INTEGER,
        evidence_text     VARCHAR,
        evidence_start    INTEGER,
        evidence_end      INTEGER,
        run_id            VARCHAR,
        coder             VARCHAR,
        record            VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS event_actors (
        event_id VARCHAR NOT NULL,
        role     VARCHAR NOT NULL CHECK (role IN ('source', 'target')),
        position INTEGER NOT NULL,
        text     VARCHAR,
        name     VARCHAR,
        country  VARCHAR,
        org      VARCHAR,
        sector   VARCHAR,
        kb_id    VARCHAR,
        code     VARCHAR,
        PRIMARY KEY (event_id, role, position)
    )
    """,
    # which outlets carried each story (a canonical article and its duplicates), from the
    # duplicate plan of the latest run that saw the story
    """
    CREATE TABLE IF NOT EXISTS story_outlets (
        story_id VARCHAR NOT NULL,
        outlet   VARCHAR NOT NULL,
        run_id   VARCHAR,
        PRIMARY KEY (story_id, outlet)
    )
    """,
)

#: Column name and DuckDB type of each table a batch writes, in insert order.  The writer builds
#: one typed list per column from these, so a column that is all NULL in a batch still has a type.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("doc_id", "VARCHAR"), ("origin", "VARCHAR"), ("status", "VARCHAR"), ("reason", "VARCHAR"),
        ("code", "VARCHAR"), ("run_id", "VARCHAR"), ("updated", "TIMESTAMP"),
    ),
    "articles": (
        ("id", "VARCHAR"), ("title", "VARCHAR"), ("text", "VARCHAR"), ("published", "DATE"),
        ("url", "VARCHAR"), ("source", "VARCHAR"), ("headline_in_text", "BOOLEAN"), ("run_id", "VARCHAR"),
    ),
    "events": (
        ("id", "VARCHAR"), ("mention_id", "VARCHAR"), ("article_id", "VARCHAR"), ("type", "VARCHAR"),
        ("mode", "VARCHAR"), ("status", "VARCHAR"), ("reciprocal", "BOOLEAN"), ("cameo", "VARCHAR"),
        ("goldstein", "DOUBLE"), ("quad_class", "INTEGER"), ("published", "DATE"), ("date", "VARCHAR"),
        ("date_precision", "VARCHAR"), ("date_start", "DATE"), ("date_end", "DATE"),
        ("date_basis", "VARCHAR"), ("location_name", "VARCHAR"), ("location_country", "VARCHAR"),
        ("confidence", "DOUBLE"), ("evidence_field", "VARCHAR"), ("evidence_sentence", "INTEGER"),
        ("evidence_text", "VARCHAR"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
        ("run_id", "VARCHAR"), ("coder", "VARCHAR"), ("record", "VARCHAR"),
    ),
    "event_actors": (
        ("event_id", "VARCHAR"), ("role", "VARCHAR"), ("position", "INTEGER"), ("text", "VARCHAR"),
        ("name", "VARCHAR"), ("country", "VARCHAR"), ("org", "VARCHAR"), ("sector", "VARCHAR"),
        ("kb_id", "VARCHAR"), ("code", "VARCHAR"),
    ),
    "story_outlets": (("story_id", "VARCHAR"), ("outlet", "VARCHAR"), ("run_id", "VARCHAR")),
}


def _existing_tables(conn: duckdb.DuckDBPyConnection) -> set[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {r[0] for r in rows}


def create_schema(conn: duckdb.DuckDBPyConnection) -> None:
    """Create every table (idempotent) and record the schema version, in one transaction."""
    conn.begin()
    try:
        for ddl in _DDL:
            conn.execute(ddl)
        conn.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING",
            [str(SCHEMA_VERSION)],
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def check_schema(conn: duckdb.DuckDBPyConnection, path: Path | str, *, create: bool) -> None:
    """Make sure the open file has our schema at our version.

    An empty file gets the schema when ``create`` is true (a fresh database, or one that DuckDB
    just made).  A file with other tables and no ``meta``, or with another version, is refused
    with E202 rather than written over: it may be someone else's database.
    """
    tables = _existing_tables(conn)
    if not tables and create:
        create_schema(conn)
        return
    if "meta" not in tables:
        raise EventwireError(Errors.E202, path=path, found="none", expected=SCHEMA_VERSION)
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    found = row[0] if row else "none"
    if found != str(SCHEMA_VERSION):
        raise EventwireError(Errors.E202, path=path, found=found, expected=SCHEMA_VERSION)
    missing = [t for t in TABLES if t not in tables]
    if missing and create and set(missing) <= ADDED_TABLES:
        create_schema(conn)  # a file from before a table was added: add it (writers only)
        missing = []
    if missing:
        raise EventwireError(Errors.E202, path=path, found=f"{found} (missing tables: {', '.join(missing)})",
                             expected=SCHEMA_VERSION)
