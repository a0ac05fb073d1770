"""Throughput of the whole coder beside bare spaCy parsing of the same texts, in the same run.

Prints documents/s and words/s for ``code_articles`` (everything: parsing, actors, events, dates,
places, records) and for bare ``nlp.pipe`` with the same model, components and batch size, and the
ratio between them.  Part 2 generates news-length articles (``news_material.py``) and prints docs/s
of the whole ingest with 1 and N local workers and with Ray on this machine, each beside bare spaCy
measured just before it, peak memory per worker, and hours for 250,000 articles on a 2-core machine.
Usage: ``python benchmarks/throughput.py [--repeat N] [--docs 500] [--workers 2] [--skip-ray]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from eventwire.demo import sample_path
from eventwire.ingest import ReadOptions, read_inputs
from eventwire.model import Article
from eventwire.nlp import segment_texts
from eventwire.pipeline import code_articles, load_resources


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus (best pass is reported)")
    ap.add_argument("--docs", type=int, default=500, help="generated news-length articles for part 2 (0 skips it)")
    ap.add_argument("--workers", type=int, default=2, help="local pool processes and Ray actors in part 2")
    ap.add_argument("--skip-ray", action="store_true", help="leave the Ray engine out of part 2")
    args = ap.parse_args()

    res = load_resources()
    articles = [a for a in read_inputs([sample_path()], ReadOptions(input_format="jsonl")) if isinstance(a, Article)]
    texts = [t for a in articles for _, t in segment_texts(a)]
    words = sum(len(t.split()) for t in texts)
    bs = res.config.batch_size

    # warm up both paths once so that neither pays first-call costs
    list(res.nlp.pipe(texts[:4], batch_size=bs))
    code_articles(articles[:4], res)

    bare, full, n_events = [], [], 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _doc in res.nlp.pipe(texts, batch_size=bs):
            pass
        bare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        coded = code_articles(articles, res)
        full.append(time.perf_counter() - t0)
        n_events = sum(len(e) for e in coded)

    b, f = min(bare), min(full)
    n = len(articles)
    print(f"corpus: {n} documents, {words} words (bundled sample), model {res.nlp.meta['name']} "
          f"{res.nlp.meta['version']}, batch size {bs}, best of {args.repeat}")
    print(f"{'':24}{'docs/s':>10}{'words/s':>12}{'seconds':>10}")
    print(f"{'bare spaCy nlp.pipe':24}{n / b:10.1f}{words / b:12.0f}{b:10.2f}")
    print(f"{'eventwire code':24}{n / f:10.1f}{words / f:12.0f}{f:10.2f}")
    print(f"ratio eventwire / bare spaCy: {b / f:.2f}  ({n_events} events)")

    if args.docs > 0:
        print()
        scale_out(res, args.docs, args.workers, not args.skip_ray)


# ---- part 2: engines on a generated corpus of news-length articles ------------------------------

def _bare(res, texts: list[str]) -> float:
    """Seconds for bare spaCy over ``texts`` (one process, same model and batch size)."""
    t0 = time.perf_counter()
    for _doc in res.nlp.pipe(texts, batch_size=res.config.batch_size):
        pass
    return time.perf_counter() - t0


def _ingest(res, src: Path, db: Path, engine) -> tuple[float, object]:
    from eventwire.batch import ingest_paths
    from eventwire.store import Store

    opts = ReadOptions(input_format="jsonl")
    with Store.open(db) as store:
        t0 = time.perf_counter()
        summary = ingest_paths([src], store, res, opts, engine=engine, resume=False, dedup=False)
        return time.perf_counter() - t0, summary


def _mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


def scale_out(res, n_docs: int, workers: int, with_ray: bool) -> None:
    """docs/s of the whole ingest (read JSONL, code, store in DuckDB) with each engine, each beside
    bare spaCy measured just before it, peak memory per worker, and hours for 250,000 articles."""
    import json
    import resource
    import tempfile

    from eventwire.batch import InProcess, plan_duplicates
    from eventwire.scale.pool import PoolEngine

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from news_material import news_corpus

    tmp = Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    src = tmp / "news.jsonl"
    records = news_corpus(n_docs)
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    opts = ReadOptions(input_format="jsonl")
    articles = [a for a in read_inputs([src], opts) if isinstance(a, Article)]
    texts = [t for a in articles for _, t in segment_texts(a)]
    words = [len(r["text"].split()) for r in records]
    import os

    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start "
          "(other processes share these CPUs: compare figures within a run, not across runs)")
    print(f"generated corpus: {len(articles)} articles of {min(words)}-{max(words)} words "
          f"(mean {sum(words) / len(words):.0f}), {sum(words)} words; sentences in benchmarks/news_material.py")
    print("whole pipeline = ingest_paths: read JSONL, code, write DuckDB (duplicate check off, timed apart)")

    t0 = time.perf_counter()
    plan = plan_duplicates([src], opts)
    t_plan = time.perf_counter() - t0
    dups = sum(1 for d in plan.decisions.values() if d.canonical_id) if plan else 0
    print(f"duplicate check (first pass): {len(articles) / t_plan:.0f} docs/s, {dups} duplicates found")

    rows: list[tuple[str, float, float]] = []
    rss: dict[str, list[int]] = {}

    bare = _bare(res, texts)
    t1, s1 = _ingest(res, src, tmp / "one.duckdb", InProcess(res))
    rows.append(("1 worker (in-process)", len(articles) / t1, len(articles) / bare))
    rss["1 worker (in-process)"] = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]

    pool = PoolEngine(res.config, workers=workers)
    try:
        pool.warm_up()  # model loading is a one-off per worker, not throughput
        bare = _bare(res, texts)
        t2, s2 = _ingest(res, src, tmp / "pool.duckdb", pool)
        rss[f"{workers} workers (pool)"] = sorted(pool.peak_rss_kib().values())
    finally:
        pool.close()
    rows.append((f"{workers} workers (pool)", len(articles) / t2, len(articles) / bare))

    t_start = None
    if with_ray:
        try:
            from eventwire.scale.ray_engine import RayEngine

            eng = RayEngine(res.config, workers=workers)
        except Exception as exc:  # noqa: BLE001 - the benchmark still reports the local engines
            print(f"Ray: not run ({exc})")
        else:
            try:
                small = tmp / "small.jsonl"
                small.write_text("".join(json.dumps(r) + "\n" for r in records[:workers * 2]), encoding="utf-8")
                t_start, _ = _ingest(res, small, tmp / "ray-small.duckdb", eng)  # Ray Data + actor start-up
                bare = _bare(res, texts)
                t3, s3 = _ingest(res, src, tmp / "ray.duckdb", eng)
                rss[f"Ray, {workers} actors"] = sorted(eng.peak_rss_kib.values())
            finally:
                eng.close()
            rows.append((f"Ray, {workers} actors, 1 machine", len(articles) / t3, len(articles) / bare))

    print(f"{'engine':34}{'docs/s':>9}{'bare spaCy docs/s':>19}{'ratio':>8}  peak RSS per worker")
    for name, rate, bare_rate in rows:
        key = next(k for k in rss if name.startswith(k.split(" (")[0].split(",")[0]))
        print(f"{name:34}{rate:9.2f}{bare_rate:19.2f}{rate / bare_rate:8.2f}  "
              f"{', '.join(_mib(k) for k in rss.get(key, []))}")
    one, two = rows[0][1], rows[1][1]
    print(f"{workers} workers / 1 worker: {two / one:.2f}x (target >= 1.7 for 2 workers)")
    print(f"whole pipeline / bare spaCy (1 worker): {rows[0][1] / rows[0][2]:.2f} (target >= 0.70)")
    if len(rows) > 2:
        print(f"Ray / local pool: {rows[2][1] / two:.2f} (target >= 0.80); Ray Data + actor start-up "
              f"{t_start:.1f} s per dataset window, included above")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    print(f"hours for 250,000 articles on one 2-core machine ({workers} workers): "
          f"{250_000 / two / 3600:.1f} h (1 worker: {250_000 / one / 3600:.1f} h)")


if __name__ == "__main__":
    main()
