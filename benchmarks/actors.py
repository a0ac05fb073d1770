"""How well eventwire finds *who*: actor countries on the gold sets, coreference precision, and cost.

Prints, in one run:
- on ``../shared/eval/plover_gsr_dev.jsonl`` and ``petr2_gsr.jsonl`` (skipped when absent): for gold
  events matched with the right type, how often the source and the target countries are right, and
  every miss with its sentence;
- coreference precision on the hand-written chains in ``benchmarks/data/coref_chains.jsonl``;
- the knowledge base's cold load time, and actor resolution's share of the whole pipeline's time
  (resolution timed on the same parsed documents the pipeline codes, in the same run);
- how complete the office-holder table is: UN member state-years 2000-2026 with a listed head of state
  or government, foreign minister and defence minister, and how many of its rows were checked.

Usage: ``python benchmarks/actors.py [--misses N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from eventwire.actors import kb as kbmod
from eventwire.actors.coverage import load_absences, office_coverage
from eventwire.actors.resolver import resolve_article
from eventwire.demo import sample_path
from eventwire.eval.gold import code_gold, load_gold, score_gold
from eventwire.ingest import ReadOptions, read_inputs
from eventwire.model import Article
from eventwire.nlp import parse_articles
from eventwire.pipeline import code_articles, load_resources

ROOT = Path(__file__).resolve().parent
GOLD_DIR = ROOT.parent.parent / "shared" / "eval"
CHAINS = ROOT / "data" / "coref_chains.jsonl"


def gold_figures(path: Path, res, show: int) -> dict:  # noqa: ANN001
    gold = load_gold(path)
    preds = code_gold(gold, res)
    score = score_gold(gold, preds)
    texts = {g.id: g.text for g in gold}
    typed = [m for m in score.matches if m.gold and m.pred and m.type_ok]
    src = sum(m.source_ok for m in typed)
    tgt_scored = [m for m in typed if m.gold.target or not m.gold.reciprocal]
    tgt = sum(m.target_ok for m in tgt_scored)
    misses = [m for m in typed if not (m.source_ok and m.target_ok)]
    # a side can be wrong because no actor was attached to the event at all (argument extraction) or
    # because the actor attached has the wrong country (resolution): report the two apart
    src_empty = sum(1 for m in typed if not m.source_ok and not m.pred["source"])
    tgt_empty = sum(1 for m in tgt_scored if not m.target_ok and not m.pred["target"])
    src_given = [m for m in typed if m.pred["source"]]
    tgt_given = [m for m in tgt_scored if m.pred["target"]]
    print(f"\n{path.name}: {len(gold)} sentences, {len(typed)} gold events found with the right type")
    print(f"  source country right: {src}/{len(typed)} = {src / max(len(typed), 1):.1%}")
    print(f"  target country right: {tgt}/{len(tgt_scored)} = {tgt / max(len(tgt_scored), 1):.1%}")
    print(f"  both right:           {len(typed) - len(misses)}/{len(typed)} = "
          f"{(len(typed) - len(misses)) / max(len(typed), 1):.1%}")
    print(f"  wrong because no actor was attached: source {src_empty}, target {tgt_empty}")
    print(f"  when an actor was attached, its country is right: source "
          f"{sum(m.source_ok for m in src_given)}/{len(src_given)} = "
          f"{sum(m.source_ok for m in src_given) / max(len(src_given), 1):.1%}, target "
          f"{sum(m.target_ok for m in tgt_given)}/{len(tgt_given)} = "
          f"{sum(m.target_ok for m in tgt_given) / max(len(tgt_given), 1):.1%}")
    for m in misses[:show]:
        ps = [a.get("code") for a in m.pred["source"]]
        pt = [a.get("code") for a in m.pred["target"]]
        print(f"  MISS {m.sentence_id} {m.gold.type}: gold {m.gold.raw_source} -> {m.gold.raw_target}; "
              f"got {ps} -> {pt}\n       {texts[m.sentence_id]}")
    return {"typed": len(typed), "source": src, "target": tgt, "target_n": len(tgt_scored)}


def coref_precision(res) -> None:  # noqa: ANN001
    """Each chain: a text, a date, and the expected resolution of each anaphor (text -> name/code or null)."""
    if not CHAINS.is_file():
        print("\ncoreference: no chains file")
        return
    chains = [json.loads(line) for line in CHAINS.read_text(encoding="utf-8").splitlines() if line.strip()]
    resolved = right = unresolved_ok = expected_null = answered_null = 0
    wrong: list[str] = []
    for ch in chains:
        on = dt.date.fromisoformat(ch["date"]) if ch.get("date") else None
        doc = res.nlp(ch["text"])
        [mentions] = resolve_article([(doc, 0)], res.kb, on, res.gazetteer)
        got = {doc[m.start:m.end].text: m for m in mentions}
        for anaphor, want in ch["expect"].items():
            m = got.get(anaphor)
            if want is None:
                expected_null += 1
                if m is None or not m.actors or not m.actors[0].code or m.actors[0].code == "---":
                    unresolved_ok += 1
                else:
                    resolved += 1
                    wrong.append(f"{ch['id']}: {anaphor!r} should stay unresolved, got {_show(m)}")
                continue
            if m is None:
                answered_null += 1
                continue
            resolved += 1
            if _agrees(m, want):
                right += 1
            else:
                wrong.append(f"{ch['id']}: {anaphor!r} expected {want}, got {_show(m)}")
    total = sum(len(ch["expect"]) for ch in chains)
    print(f"\ncoreference on {len(chains)} hand-written chains ({total} anaphors):")
    print(f"  precision (right / resolved): {right}/{resolved} = {right / max(resolved, 1):.1%}")
    print(f"  recall (right / resolvable):  {right}/{total - expected_null} = "
          f"{right / max(total - expected_null, 1):.1%}")
    print(f"  unresolvable anaphors left unresolved: {unresolved_ok}/{expected_null}")
    for w in wrong:
        print("  WRONG", w)


def _agrees(m, want: str | list[str]) -> bool:  # noqa: ANN001
    wants = want if isinstance(want, list) else [want]
    have = sorted(a.name if any(w == a.name for w in wants) else a.code for a in m.actors)
    return have == sorted(wants)


def _show(m) -> str:  # noqa: ANN001
    return "[" + ", ".join(f"{a.name or a.text}/{a.code}" for a in m.actors) + "]"


def timing(res, repeat: int) -> None:  # noqa: ANN001
    loads = []
    for _ in range(3):
        kbmod._load_kb_cached.cache_clear()
        t0 = time.perf_counter()
        kbmod.load_kb()
        loads.append(time.perf_counter() - t0)
    print(f"\nknowledge base cold load: best {min(loads) * 1000:.0f} ms of 3 "
          f"({len(res.kb.people)} office spells, {len(res.kb.countries)} countries, "
          f"{len(res.kb.organisations)} organisations)")
    articles = [a for a in read_inputs([sample_path()], ReadOptions(input_format="jsonl")) if isinstance(a, Article)]
    code_articles(articles[:4], res)  # warm-up
    full, resolve = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        code_articles(articles, res)
        full.append(time.perf_counter() - t0)
        parsed = parse_articles(res.nlp, articles, res.config.batch_size)
        t0 = time.perf_counter()
        for art, segs in zip(articles, parsed):
            resolve_article([(s.doc, s.offset) for s in segs], res.kb, art.published, res.gazetteer)
        resolve.append(time.perf_counter() - t0)
    f, r = min(full), min(resolve)
    print(f"pipeline on {len(articles)} sample articles: {f:.2f} s; actor resolution on the same parses: {r:.3f} s")
    print(f"actor resolution share of pipeline time: {r / f:.1%} (target <= 15%)")


def kb_coverage(res) -> None:  # noqa: ANN001
    people = res.kb.people
    verified = sum(p.source != "unverified" for p in people)
    print(f"\noffice-holder table: {len(people)} spells, {verified} verified ({verified / len(people):.0%}); "
          "UN member state-years 2000-2026 with a listed holder:")
    for c in office_coverage(res.kb, load_absences(res.kb.countries)):
        print(f"  {c.office:17} {c.covered}/{c.state_years} = {c.share:.1%}  "
              f"({len(c.gaps)} state{'s' if len(c.gaps) != 1 else ''} with gaps; "
              f"{c.absent} state-years where the office does not exist)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", type=int, default=50, help="misses to print per gold set")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (best is reported)")
    args = ap.parse_args()
    res = load_resources()
    totals = {"typed": 0, "source": 0, "target": 0, "target_n": 0}
    for name in ("plover_gsr_dev.jsonl", "petr2_gsr.jsonl"):
        path = GOLD_DIR / name
        if not path.is_file():
            print(f"\n{name}: not found under {GOLD_DIR}, skipped")
            continue
        for k, v in gold_figures(path, res, args.misses).items():
            totals[k] += v
    if totals["typed"]:
        print(f"\nboth sets: source right {totals['source'] / totals['typed']:.1%}, "
              f"target right {totals['target'] / max(totals['target_n'], 1):.1%} (target >= 90%)")
    coref_precision(res)
    kb_coverage(res)
    timing(res, args.repeat)


if __name__ == "__main__":
    main()
