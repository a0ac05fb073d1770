"""Throughput of the whole coder beside bare spaCy parsing of the same texts, in the same run.

Prints documents/s and words/s for ``code_articles`` (everything: parsing, actors, events, dates,
places, records) and for bare ``nlp.pipe`` with the same model, components and batch size, and the
ratio between them.  Usage: ``python benchmarks/throughput.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import time

from eventwire.demo import sample_path
from eventwire.ingest import ReadOptions, read_inputs
from eventwire.model import Article
from eventwire.nlp import segment_texts
from eventwire.pipeline import code_articles, load_resources


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus (best pass is reported)")
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


if __name__ == "__main__":
    main()
