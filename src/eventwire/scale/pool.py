"""A local process pool that codes batches of articles; the coordinator keeps writing alone.

Why it looks like this:

* Workers are started with ``spawn`` (``forkserver`` where available): forking a process that
  already holds spaCy, DuckDB and threads is how deadlocks happen, and a fresh interpreter costs
  only its model load, which each worker pays once in its initializer.
* Workers receive articles and return ``DocumentOutcome`` objects (plain picklable dataclasses);
  they never touch the store, so DuckDB's single-writer rule holds and the result of an ingest does
  not depend on the number of workers.
* At most ``2 × workers`` batches are in flight: enough to keep every worker busy while the
  coordinator writes, few enough that a corpus larger than memory streams through.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from eventwire.config import Config
from eventwire.model import Article, DocumentOutcome

_RES = None  # the worker's resources, loaded once by ``_init``


def _init(config: Config, actors_csv: Path | None) -> None:
    global _RES
    from eventwire.pipeline import load_resources

    _exit_with_parent()
    _RES = load_resources(config, actors_csv)


def _exit_with_parent() -> None:
    """End this worker when the coordinator dies (e.g. SIGKILL): the pool's queues would otherwise
    keep it waiting, an orphan holding a model in memory, forever."""
    import os
    import threading

    parent = mp.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns once the parent's end of the sentinel pipe is closed
        os._exit(1)

    threading.Thread(target=watch, name="eventwire-parent-watch", daemon=True).start()


def _code(articles: list[Article]) -> list[DocumentOutcome]:
    from eventwire.batch import code_batch

    assert _RES is not None, "worker used before its initializer ran"
    return code_batch(articles, _RES) if articles else []


def _ping(delay: float) -> int:
    """Hold a worker briefly so that the pool starts the others (it starts workers on demand)."""
    import os
    import time

    time.sleep(delay)
    return os.getpid()


def _context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


class PoolEngine:
    """Codes batches in ``workers`` processes, each loading resources once; results in input order."""

    def __init__(self, config: Config, actors_csv: Path | None = None, *, workers: int = 2,
                 in_flight: int | None = None) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.in_flight = in_flight or 2 * workers
        self._ex = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init,
                                       initargs=(config, actors_csv))

    def map_ordered(self, batches: Iterable[list[Article]]) -> Iterator[list[DocumentOutcome]]:
        queue: deque[Future[list[DocumentOutcome]]] = deque()
        for arts in batches:
            queue.append(self._ex.submit(_code, arts))
            if len(queue) >= self.in_flight:
                yield queue.popleft().result()
        while queue:
            yield queue.popleft().result()

    def warm_up(self) -> set[int]:
        """Start every worker and wait until each has loaded its resources (benchmarks time coding
        alone this way); returns the workers' pids."""
        pids: set[int] = set()
        for _ in range(20):
            pids |= {f.result() for f in [self._ex.submit(_ping, 0.3) for _ in range(self.workers)]}
            if len(pids) >= self.workers:
                break
        return pids

    def peak_rss_kib(self) -> dict[int, int]:
        """Peak resident memory of each live worker, by pid (Linux ``/proc``; empty elsewhere)."""
        out: dict[int, int] = {}
        for pid in list(getattr(self._ex, "_processes", {}) or {}):
            try:
                with open(f"/proc/{pid}/status", encoding="ascii") as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            out[pid] = int(line.split()[1])
            except OSError:
                continue
        return out

    def close(self) -> None:
        self._ex.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "PoolEngine":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["PoolEngine"]
