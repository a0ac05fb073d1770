"""Kill an ingest with SIGKILL part-way, run it again, and get exactly the store of an uninterrupted run."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

PROGRESS = re.compile(r"progress: (\d+)/(\d+) documents")


def _ingest(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", "ingest", *args], capture_output=True, timeout=600)


def _start_and_kill(corpus: Path, db: Path) -> int:
    """Start an ingest, SIGKILL it as soon as it has committed a batch; return how many documents
    it had reported done."""
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", str(corpus), "--db", str(db),
                             "--batch-docs", "4"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    seen = ""
    done = -1
    deadline = time.monotonic() + 300
    try:
        assert proc.stderr is not None
        while time.monotonic() < deadline:
            line = proc.stderr.readline().decode("utf-8", "replace")
            if not line:
                break
            seen += line
            m = PROGRESS.search(line)
            if m:
                done = int(m.group(1))
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.wait(timeout=60)
    assert done > 0, f"no progress line before the ingest ended:\n{seen}"
    assert proc.returncode == -signal.SIGKILL
    return done


def test_killed_ingest_resumes_to_the_same_store(corpus60: Path, tmp_path: Path, dump) -> None:
    whole, resumed = tmp_path / "whole.duckdb", tmp_path / "resumed.duckdb"
    p = _ingest(str(corpus60), "--db", str(whole), "--batch-docs", "4")
    assert p.returncode == 0, p.stderr.decode()

    reported = _start_and_kill(corpus60, resumed)
    assert reported < 60
    # the killed writer left no lock behind, and its committed batches survive (WAL replayed)
    con = duckdb.connect(str(resumed), read_only=True)
    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    assert reported <= stored < 60, (reported, stored)
    assert stored % 4 == 0  # whole batches only: nothing half-stored

    # resume with a process pool: results must not depend on the number of workers either
    p = _ingest(str(corpus60), "--db", str(resumed), "--batch-docs", "4", "--workers", "2")
    assert p.returncode == 0, p.stderr.decode()
    assert f"{stored} already done earlier" in p.stderr.decode()

    a, b = dump(whole), dump(resumed)
    assert len(a["documents"]) == 60 and len(a["events"]) > 60
    for table in a:
        assert a[table] == b[table], f"table {table} differs after resume"
