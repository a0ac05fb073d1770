"""Reading a folder of Parquet segments as if it were the DuckDB store.

Large runs (``eventwire ingest --parquet DIR``, and the Ray engine) write one Parquet file per table
per batch ("segment") and then list the segment in ``manifest.json``.  This module is the reader's
half of that protocol:

* Only segments listed in the manifest are read.  A file written by a process that died before it
  listed it is never seen, so readers of a live ingest only ever see whole batches.
* Segments are append-only; when a later segment stores a document or article again (a re-ingest),
  the latest segment wins, the same "replace, never duplicate" rule as the DuckDB store.
* The folder is exposed as views named like the store's tables in an in-memory DuckDB connection,
  so ``Store`` queries (and the ``events`` command) run unchanged on it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from eventwire.errors import Errors, EventwireError
from eventwire.store.schema import COLUMNS, SCHEMA_VERSION

MANIFEST = "manifest.json"
FORMAT = "eventwire-parquet"
FORMAT_VERSION = 1
#: Tables stored as segments (``runs`` and ``meta`` live in the manifest itself).
SEGMENT_TABLES: tuple[str, ...] = ("documents", "articles", "events", "event_actors")


def empty_manifest() -> dict[str, Any]:
    return {"format": FORMAT, "version": FORMAT_VERSION, "schema_version": SCHEMA_VERSION,
            "runs": [], "segments": []}


def read_manifest(root: Path | str) -> dict[str, Any]:
    """The manifest of a segment folder, checked; E205 when the folder is not one of ours."""
    p = Path(root) / MANIFEST
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise EventwireError(Errors.E205, path=root, reason=f"no {MANIFEST}") from exc
    except (OSError, ValueError) as exc:
        raise EventwireError(Errors.E205, path=root, reason=f"{MANIFEST} is unreadable: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("segments"), list):
        raise EventwireError(Errors.E205, path=root, reason=f"{MANIFEST} is not an {FORMAT} manifest")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise EventwireError(Errors.E202, path=root, found=data.get("schema_version"), expected=SCHEMA_VERSION)
    return data


def _sql_list(paths: list[Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def _empty_table(conn: duckdb.DuckDBPyConnection, name: str, table: str) -> None:
    cols = ", ".join(f"{c} {t}" for c, t in COLUMNS[table])
    conn.execute(f"CREATE TABLE {name} ({cols}, segment INTEGER)")


def connect_segments(root: Path | str, manifest: dict[str, Any] | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection whose tables/views ``meta``, ``runs``, ``documents``,
    ``articles``, ``events`` and ``event_actors`` show the listed segments of ``root``."""
    root = Path(root)
    manifest = manifest if manifest is not None else read_manifest(root)
    conn = duckdb.connect(":memory:")
    conn.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    conn.execute("CREATE TABLE runs (run_id VARCHAR, started TIMESTAMP, coder VARCHAR, manifest VARCHAR)")
    for r in manifest.get("runs", []):
        conn.execute("INSERT INTO runs VALUES (?, ?, ?, ?)", [r["run_id"], r["started"], r["coder"], r["manifest"]])
    files = {t: [root / s["files"][t] for s in manifest["segments"]] for t in SEGMENT_TABLES}
    raw: dict[str, str] = {}
    for t in SEGMENT_TABLES:
        if files[t]:
            raw[t] = f"read_parquet({_sql_list(files[t])})"
        else:
            _empty_table(conn, f"_raw_{t}", t)
            raw[t] = f"_raw_{t}"
    outlet_files = [root / f for f in manifest.get("outlets", [])]
    if outlet_files:
        conn.execute(f"CREATE VIEW story_outlets AS SELECT story_id, outlet, max(run_id) AS run_id "
                     f"FROM read_parquet({_sql_list(outlet_files)}) GROUP BY story_id, outlet")
    else:
        cols = ", ".join(f"{c} {t}" for c, t in COLUMNS["story_outlets"])
        conn.execute(f"CREATE TABLE story_outlets ({cols})")
    conn.execute(f"CREATE VIEW documents AS SELECT * EXCLUDE (segment) FROM {raw['documents']} "
                 "QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY segment DESC) = 1")
    conn.execute(f"CREATE VIEW _articles AS SELECT * FROM {raw['articles']} "
                 "QUALIFY row_number() OVER (PARTITION BY id ORDER BY segment DESC) = 1")
    conn.execute("CREATE VIEW articles AS SELECT * EXCLUDE (segment) FROM _articles")
    conn.execute(f"CREATE VIEW _events AS SELECT e.* FROM {raw['events']} e "
                 "JOIN _articles a ON e.article_id = a.id AND e.segment = a.segment")
    conn.execute("CREATE VIEW events AS SELECT * EXCLUDE (segment) FROM _events")
    conn.execute(f"CREATE VIEW event_actors AS SELECT x.* EXCLUDE (segment) FROM {raw['event_actors']} x "
                 "JOIN _events e ON x.event_id = e.id AND x.segment = e.segment")
    return conn
