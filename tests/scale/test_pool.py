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
