"""The Ray engine: ``code_batch`` inside Ray actors over a Ray Data pipeline.

Why it looks like this:

* Each actor loads the resources once (``_RayCoder.__init__``) and then codes batch after batch,
  exactly the function the local engines run, so events do not depend on the engine.
* Articles travel as plain columns and outcomes come back pickled in a binary column: Ray Data
  moves Arrow tables between nodes, and our frozen dataclasses are the contract, not a schema.
* Ray Data wants a finite dataset, while an ingest is a stream; the stream is cut into windows of
  ``window_docs`` documents, each run as one dataset (and one round of actor start-up), and results
  are put back in input order (an index column): each input batch goes back to the coordinator as
  soon as all its outcomes are in, so commits and progress stay incremental within a window.  Only the coordinator writes, as with the
  process pool; actors only return outcomes.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator

from eventwire.config import Config
from eventwire.errors import Errors, EventwireError
from eventwire.model import Article, DocumentOutcome

#: Documents per Ray Data dataset; each window pays one round of actor start-up.
DEFAULT_WINDOW_DOCS = 16384


def _columns(articles: list[tuple[int, Article]]) -> list[dict[str, Any]]:
    return [{"i": i, "id": a.id, "text": a.text, "title": a.title,
             "published": a.published.isoformat() if a.published else None, "url": a.url, "source": a.source,
             "origin": a.origin, "headline_in_text": a.headline_in_text} for i, a in articles]


def _article(row: dict[str, Any]) -> Article:
    def opt(v: Any) -> Any:
        return None if v is None or (isinstance(v, float) and v != v) else v

    pub = opt(row["published"])
    return Article(id=str(row["id"]), text=str(row["text"]), title=opt(row["title"]),
                   published=dt.date.fromisoformat(pub) if pub else None, url=opt(row["url"]),
                   source=opt(row["source"]), origin=opt(row["origin"]),
                   headline_in_text=bool(row["headline_in_text"]))


def _peak_rss_kib() -> int:
    """This process's peak resident memory in KiB (Linux reports ``ru_maxrss`` in KiB)."""
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class _RayCoder:
    """A Ray Data actor: loads resources once, codes each batch it is handed."""

    def __init__(self, config: Config, actors_csv: Path | None) -> None:
        from eventwire.pipeline import load_resources

        self.res = load_resources(config, actors_csv)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        from eventwire.batch import code_batch

        keys = list(batch)
        n = len(batch["i"])
        rows = [{k: (batch[k][j].item() if hasattr(batch[k][j], "item") else batch[k][j]) for k in keys}
                for j in range(n)]
        outcomes = code_batch([_article(r) for r in rows], self.res)
        pid, rss = os.getpid(), _peak_rss_kib()
        return {"i": [int(r["i"]) for r in rows],
                "outcome": [pickle.dumps(o, protocol=pickle.HIGHEST_PROTOCOL) for o in outcomes],
                "pid": [pid] * n, "rss_kib": [rss] * n}


class RayEngine:
    """Codes batches in ``workers`` Ray actors; joins the cluster at ``address`` or starts a local one."""

    def __init__(self, config: Config, actors_csv: Path | None = None, *, workers: int = 1,
                 address: str | None = None, batch_docs: int = 32,
                 window_docs: int = DEFAULT_WINDOW_DOCS) -> None:
        try:
            import ray
            import ray.data  # noqa: F401 - the Data library is a separate extra
        except ImportError as exc:
            raise EventwireError(Errors.E207, reason=str(exc)) from exc
        self._ray = ray
        self.config, self.actors_csv = config, actors_csv
        self.workers, self.batch_docs, self.window_docs = max(1, workers), max(1, batch_docs), max(1, window_docs)
        self._owns_cluster = False
        #: peak resident memory (KiB) of each actor process seen so far, by pid
        self.peak_rss_kib: dict[int, int] = {}
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                      "configure_logging": False}
            if address:
                ray.init(address=address, **kwargs)
            else:
                ray.init(num_cpus=self.workers, **kwargs)
                self._owns_cluster = True
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False

    def _run_window(self, window: list[tuple[int, Article]]) -> Iterator[tuple[int, DocumentOutcome]]:
        """(index, outcome) for every article of the window, as Ray Data hands them back."""
        ray = self._ray
        blocks = max(self.workers, -(-len(window) // self.batch_docs))
        ds = ray.data.from_items(_columns(window), override_num_blocks=blocks)
        coded = ds.map_batches(_RayCoder, fn_constructor_args=(self.config, self.actors_csv),
                               batch_size=self.batch_docs, compute=ray.data.ActorPoolStrategy(size=self.workers),
                               num_cpus=1, batch_format="numpy")
        for row in coded.iter_rows():
            pid = int(row["pid"])
            self.peak_rss_kib[pid] = max(self.peak_rss_kib.get(pid, 0), int(row["rss_kib"]))
            yield int(row["i"]), pickle.loads(row["outcome"])

    def map_ordered(self, batches: Iterable[list[Article]]) -> Iterator[list[DocumentOutcome]]:
        window: list[tuple[int, Article]] = []
        sizes: list[int] = []
        counter = 0

        def drain() -> Iterator[list[DocumentOutcome]]:
            """Run the window; hand each input batch back as soon as all its outcomes are in, so the
            coordinator commits (and a killed run loses) no more than it must."""
            got: dict[int, DocumentOutcome] = {}
            pos = window[0][0] if window else counter
            pending = deque(sizes)
            rows = self._run_window(window) if window else iter(())
            while pending:
                while pending and all(pos + k in got for k in range(pending[0])):
                    size = pending.popleft()
                    yield [got.pop(pos + k) for k in range(size)]
                    pos += size
                if not pending:
                    break
                row = next(rows, None)
                if row is None:
                    raise RuntimeError(f"Ray returned {len(got)} outcomes short of the window's documents")
                got[row[0]] = row[1]
            window.clear()
            sizes.clear()

        for arts in batches:
            for a in arts:
                window.append((counter, a))
                counter += 1
            sizes.append(len(arts))
            if len(window) >= self.window_docs:
                yield from drain()
        yield from drain()

    def close(self) -> None:
        if self._owns_cluster and self._ray.is_initialized():
            self._ray.shutdown()
