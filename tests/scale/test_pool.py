"""The local process pool: same store as coding in one process, whatever the number of workers."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.batch import InProcess, ingest_paths
from eventwire.ingest import ReadOptions
from eventwire.scale.pool import PoolEngine
from eventwire.store import Store


def test_pool_of_two_gives_the_single_process_store(tmp_path: Path, resources, make_corpus, dump) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in make_corpus(14)]
    lines.insert(5, '{"id": "broken", "text": ')  # an unreadable record in the middle of a batch
    lines.insert(9, json.dumps({"id": "no-text"}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opts = ReadOptions(input_format="jsonl")

    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    with Store.open(one) as store:
        s1 = ingest_paths([src], store, resources, opts, batch_docs=3, engine=InProcess(resources))
    with Store.open(two) as store, PoolEngine(resources.config, workers=2) as pool:
        order: list[str] = []
        s2 = ingest_paths([src], store, resources, opts, batch_docs=3, engine=pool,
                          on_batch=lambda batch: order.extend(o.doc_id for o in batch))
        pids = pool.warm_up()
        rss = pool.peak_rss_kib()
    assert (s1.documents, s1.coded, s1.events, s1.failed) == (s2.documents, s2.coded, s2.events, s2.failed)
    assert s2.documents == 16 and s2.failed == 2 and s2.events > 14
    assert order[:5] == [f"doc-{i:03d}" for i in range(5)]  # written in input order
    assert len(pids) == 2 and all(v > 0 for v in rss.values())
    assert dump(one) == dump(two)


def test_workers_exit_when_the_coordinator_is_killed(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "coordinator.py"
    script.write_text(
        "import sys, time\n"
        "from eventwire.config import Config\n"
        "from eventwire.scale.pool import PoolEngine\n"
        "if __name__ == '__main__':\n"
        "    pool = PoolEngine(Config(), workers=2)\n"
        "    print(' '.join(map(str, sorted(pool.warm_up()))), flush=True)\n"
        "    time.sleep(600)\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert len(pids) == 2
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True

    deadline = time.monotonic() + 30
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in pids), "pool workers outlived their coordinator"
