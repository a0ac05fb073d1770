"""Writing Parquet segments: the store for runs that outgrow one DuckDB file.

Layout of a segment folder::

    DIR/manifest.json                   runs, and the list of committed segments
    DIR/documents/seg-000001.parquet    one file per table per committed batch
    DIR/articles/seg-000001.parquet
    DIR/events/seg-000001.parquet
    DIR/event_actors/seg-000001.parquet

Each batch becomes one segment: its four files are written under temporary names, renamed into
place, and only then is the segment added to the manifest (itself replaced atomically).  The
manifest is the commit: a crash before it leaves files nobody lists, which readers ignore and the
next writer overwrites.  The rows are exactly those the DuckDB store writes (``store.rows``), with
a ``segment`` column, so a reader can prefer the newest copy of a re-ingested article.  DuckDB,
Spark or Trino can read the folder directly; ``Store.open(DIR)`` shows it as a read-only store.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.model import DocumentOutcome
from eventwire.store.duck import done_doc_ids
from eventwire.store.parquet import MANIFEST, SEGMENT_TABLES, connect_segments, empty_manifest, read_manifest
from eventwire.store.rows import BatchRows, batch_rows
from eventwire.store.schema import COLUMNS

TMP_SUFFIX = ".tmp"
#: Documents per segment: batches are buffered up to this many documents, so a big run makes
#: hundreds of files rather than tens of thousands (a killed run redoes at most one segment).
DEFAULT_SEGMENT_DOCS = 512


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class ParquetSink:
    """The single writer of a segment folder; same writing interface as ``Store``."""

    def __init__(self, root: Path | str, segment_docs: int = DEFAULT_SEGMENT_DOCS) -> None:
        self.root = Path(root)
        self.segment_docs = max(1, segment_docs)
        self._buffer: list[tuple[str, DocumentOutcome]] = []
        self.root.mkdir(parents=True, exist_ok=True)
        if (self.root / MANIFEST).exists():
            self._manifest = read_manifest(self.root)
        else:
            if any(self.root.iterdir()):
                from eventwire.errors import Errors, EventwireError

                raise EventwireError(Errors.E205, path=self.root, reason=f"folder is not empty and has no {MANIFEST}")
            self._manifest = empty_manifest()
            self._save_manifest()
        for t in (*SEGMENT_TABLES, "story_outlets"):
            (self.root / t).mkdir(exist_ok=True)
            for stray in (self.root / t).glob("*" + TMP_SUFFIX):  # left by a writer that was killed
                stray.unlink(missing_ok=True)
        self._conn = duckdb.connect(":memory:")

    # ------------------------------------------------------------------ manifest

    def _save_manifest(self) -> None:
        tmp = self.root / (MANIFEST + TMP_SUFFIX)
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(self._manifest, f, ensure_ascii=False, separators=(",", ":"), default=str)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.root / MANIFEST)
        _fsync_dir(self.root)

    @property
    def segments(self) -> list[dict[str, Any]]:
        return list(self._manifest["segments"])

    # ------------------------------------------------------------------ Store-like interface

    def begin_run(self, coder: str, manifest: Mapping[str, Any]) -> str:
        run_id = "run_" + uuid.uuid4().hex[:16]
        text = json.dumps(dict(manifest), ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
        self._manifest["runs"].append({"run_id": run_id, "started": _utcnow().isoformat(), "coder": coder,
                                       "manifest": text})
        self._save_manifest()
        return run_id

    def write_batch(self, run_id: str, outcomes: Sequence[DocumentOutcome]) -> None:
        """Buffer a batch; once ``segment_docs`` documents are buffered, commit them as a segment."""
        if run_id not in {r["run_id"] for r in self._manifest["runs"]}:
            from eventwire.errors import Errors, EventwireError

            raise EventwireError(Errors.E203, run_id=run_id, path=self.root)
        self._buffer.extend((run_id, o) for o in outcomes)
        if len(self._buffer) >= self.segment_docs:
            self.flush()

    def flush(self) -> None:
        """Commit everything buffered (one segment per run id in the buffer)."""
        while self._buffer:
            run_id = self._buffer[0][0]
            n = next((i for i, (r, _) in enumerate(self._buffer) if r != run_id), len(self._buffer))
            chunk = [o for _, o in self._buffer[:n]]
            self._write_segment(run_id, chunk)
            del self._buffer[:n]

    def _write_segment(self, run_id: str, outcomes: Sequence[DocumentOutcome]) -> None:
        """Write one segment and commit it by listing it in the manifest."""
        rows = batch_rows(run_id, outcomes, _utcnow())
        segs = self._manifest["segments"]
        number = (max(s["id"] for s in segs) + 1) if segs else 1
        name = f"seg-{number:06d}.parquet"
        written: list[tuple[Path, Path]] = []
        for table in SEGMENT_TABLES:
            final = self.root / table / name
            tmp = final.with_name(final.name + TMP_SUFFIX)
            self._write_table(table, rows, number, tmp)
            written.append((tmp, final))
        for tmp, final in written:
            os.replace(tmp, final)
        for t in SEGMENT_TABLES:
            _fsync_dir(self.root / t)
        segs.append({"id": number, "run_id": run_id, "files": {t: f"{t}/{name}" for t in SEGMENT_TABLES},
                     "documents": len(rows.documents), "events": len(rows.events)})
        self._save_manifest()

    def _write_table(self, table: str, rows: BatchRows, segment: int, path: Path) -> None:
        self._copy_rows(table, getattr(rows, table), segment, path)

    def _copy_rows(self, table: str, data: list[tuple[Any, ...]], segment: int | None, path: Path) -> None:
        """Write ``data`` (rows of ``table``, typed as in the DuckDB schema) to a Parquet file."""
        cols = COLUMNS[table]
        columns = [list(c) for c in zip(*data, strict=True)] if data else [[] for _ in cols]
        select = ", ".join(f"unnest(?::{typ}[]) AS {name}" for name, typ in cols)
        if segment is not None:
            select += f", {int(segment)}::INTEGER AS segment"
        target = str(path).replace("'", "''")
        self._conn.execute(f"COPY (SELECT {select}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)", columns)

    def write_outlets(self, run_id: str, outlets: Mapping[str, Sequence[str]]) -> None:
        """Write the run's story -> outlets table as one file and list it in the manifest."""
        rows = [(story, outlet, run_id) for story, outs in sorted(outlets.items()) for outlet in outs]
        (self.root / "story_outlets").mkdir(exist_ok=True)
        final = self.root / "story_outlets" / f"{run_id}.parquet"
        tmp = final.with_name(final.name + TMP_SUFFIX)
        self._copy_rows("story_outlets", rows, None, tmp)
        os.replace(tmp, final)
        self._manifest.setdefault("outlets", []).append(f"story_outlets/{final.name}")
        self._save_manifest()

    def done_doc_ids(self, coder: str | None = None) -> set[str]:
        self.flush()
        conn = connect_segments(self.root, self._manifest)
        try:
            return done_doc_ids(conn, coder)
        finally:
            conn.close()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._conn.close()

    def __enter__(self) -> "ParquetSink":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
