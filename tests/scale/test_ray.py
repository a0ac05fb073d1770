"""The Ray engine on a real local Ray cluster writes Parquet segments whose events equal the
single-process run's, and ``eventwire events`` reads them directly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.batch import ingest_paths
from eventwire.ingest import ReadOptions
from eventwire.scale.parquet import ParquetSink
from eventwire.store import Store

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def ray_cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def _events_cli(db: Path) -> list[str]:
    p = subprocess.run([sys.executable, "-m", "eventwire", "events", "--db", str(db), "--all-statuses",
                        "--format", "jsonl"], capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout.decode().splitlines()


def test_ray_engine_equals_single_process(tmp_path: Path, resources, make_corpus, dump, ray_cluster) -> None:
    from eventwire.scale.ray_engine import RayEngine

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in make_corpus(12)), encoding="utf-8")
    opts = ReadOptions(input_format="jsonl")
    local, pq = tmp_path / "local.duckdb", tmp_path / "pq"
    with Store.open(local) as store:
        s1 = ingest_paths([src], store, resources, opts, batch_docs=4)
    engine = RayEngine(resources.config, workers=2, batch_docs=4, window_docs=8)  # two windows
    try:
        with ParquetSink(pq, segment_docs=4) as sink:
            s2 = ingest_paths([src], sink, resources, opts, batch_docs=4, engine=engine)
    finally:
        engine.close()
    assert (s1.documents, s1.coded, s1.events) == (s2.documents, s2.coded, s2.events) and s1.events > 12
    a, b = dump(local), dump(pq)
    assert a["events"] == b["events"]  # sorted ids and full records
    assert a == b
    assert _events_cli(pq) == _events_cli(local)
