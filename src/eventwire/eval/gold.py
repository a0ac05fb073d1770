"""Sentence-level gold sets (``../shared/eval/*.jsonl`` format): type-level and strict scoring.

Each gold sentence is coded as its own article.  Predicted events that are negated or hypothetical
are not events that happened and are left out.  Gold and predicted events of a sentence are paired
one-to-one: first pairs right on type and both parties, then pairs right on type only, then the
remaining ones (those feed the confusion matrix).  Actor labels follow the gold conventions: a
code's first three letters are its country (``EGYOPPMUS`` is Egypt), ``IGO…`` an international
organisation, ``NGO``, ``IMG``/``ISM`` a non-state armed or militant group, ``---`` no country
(anything matches it).

CAMEO-style gold (PETR-2) codes a reciprocal act as mirrored directed events (A→B and B→A, or all
six ordered pairs of "the US, Russia and Switzerland met"); PLOVER codes it once, both parties in
the source and no target, as eventwire does.  Mirrored pairs of one type in one sentence are read
as that one reciprocal event, so the two conventions are scored alike.  The other way round, PLOVER
gold may list several targets (or sources) in one event ("threatened to cut ties with Congo and
Costa Rica", or three parties meeting) where eventwire writes one dyad per pair of parties from the
same mention; such dyads are joined into one event before pairing when, together, they carry the
gold event's parties.  And CAMEO-style gold splits a joint party ("US and British activists staged a
protest") into one event per country where eventwire writes one event whose source lists both: such an
event is split by country before pairing when the gold codes each of its parties separately.

Gold events outside PLOVER.  CAMEO-style gold also codes statements and appeals (01x, 02x), which
have no PLOVER type.  They are not scored, and neither is a predicted event of the same parties in
that sentence: the annotator saw those parties' exchange and filed it outside PLOVER, while PLOVER
itself files an appeal ("Congress is asking Obama to help Iran") under REQUEST, so the prediction can
be neither confirmed nor refuted.  Such predictions are counted as ``outside_plover``, not as errors;
a prediction that also fits a scored gold event is paired with it first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..model import Article

#: Legacy CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR", "ROM": "ROU"}
ORG_LABELS = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC"})
SCORED_STATUSES = frozenset({"asserted", "historical", "future"})
NONE = "NONE"


@lru_cache(maxsize=1)
def _org_codes() -> frozenset[str]:
    """Short codes of the organisations the knowledge base knows (gold files may name them: "NATO")."""
    from ..actors.kb import load_kb

    return frozenset(o.upper() for o in load_kb().organisations)


def _label(code: str) -> str | None:
    """Gold code → the label compared: ISO3 country, an organisation (its short code, or its class
    IGO/NGO/ISM in CAMEO-style codes), or None (a wildcard)."""
    code = code.strip().upper()
    if not code or code.startswith("---"):
        return None
    if code in _org_codes():
        return code
    head = code[:3]
    if head in ORG_LABELS:
        return "ISM" if head == "IMG" else head
    return CAMEO_TO_ISO.get(head, head)


def actor_labels(actors: Iterable[Mapping[str, Any]]) -> set[str]:
    """Labels of predicted actors (public record dicts), comparable with gold labels."""
    out: set[str] = set()
    for a in actors:
        if a.get("org"):
            out.add(a["org"].upper())
        if a.get("country"):
            out.add(a["country"])
        elif a.get("org"):
            code = (a.get("code") or "").upper()
            sector = (a.get("sector") or "").upper()
            if code.startswith("IGO") or sector == "IGO":
                out.add("IGO")
            elif sector == "NGO" or code.startswith("NGO"):
                out.add("NGO")
            else:
                out.add("ISM")
    return out


@dataclass(frozen=True)
class GoldEvent:
    type: str
    source: frozenset[str]  # labels; empty = no constraint
    target: frozenset[str]
    reciprocal: bool  # both parties listed in source, target null (PLOVER gold convention)
    raw_source: str | None
    raw_target: str | None
    status: str | None = None  # our own sets give the status; the public gold sets do not


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    set: str
    #: events the gold codes outside PLOVER (CAMEO 01x statements, 02x appeals): not scored, and
    #: predictions of the same parties are set aside rather than counted as spurious
    unscored: tuple[GoldEvent, ...] = ()


def _side(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset()
    return frozenset(lab for c in value.split(";") if (lab := _label(c)))


def load_gold(path: Path | str) -> list[GoldSentence]:
    """Read a gold JSONL file; events without a PLOVER type (CAMEO 01x/02x) are kept apart, unscored."""
    out: list[GoldSentence] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            events, unscored = [], []
            for e in d.get("events", []):
                src, tgt = _side(e.get("source")), _side(e.get("target"))
                recip = not e.get("target") and len((e.get("source") or "").split(";")) > 1
                event = GoldEvent(e.get("plover") or NONE, src, tgt, recip, e.get("source"), e.get("target"),
                                  e.get("status"))
                (events if e.get("plover") else unscored).append(event)
            date = dt.date.fromisoformat(d["date"]) if d.get("date") else None
            out.append(GoldSentence(str(d["id"]), d["text"], date, tuple(merge_mirrored(events)),
                                    d.get("set", ""), tuple(unscored)))
    return out


def merge_mirrored(events: Sequence[GoldEvent]) -> list[GoldEvent]:
    """Directed events of one type whose mirror is also coded (A→B and B→A) become one reciprocal
    event per group of parties linked by such pairs; every other event is kept as it is."""
    def single(x: str | None) -> bool:
        return bool(x) and ";" not in x  # type: ignore[operator]

    directed = {(e.type, e.raw_source, e.raw_target) for e in events
                if single(e.raw_source) and single(e.raw_target) and e.raw_source != e.raw_target}
    mirrored = {k for k in directed if (k[0], k[2], k[1]) in directed}
    if not mirrored:
        return list(events)
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x: tuple[str, str]) -> tuple[str, str]:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for typ, a, b in mirrored:
        parent[find((typ, a))] = find((typ, b))
    groups: dict[tuple[str, str], set[str]] = {}
    for typ, a, _ in mirrored:
        groups.setdefault(find((typ, a)), set()).add(a)
    out: list[GoldEvent] = []
    done: set[tuple[str, str]] = set()
    for e in events:
        key = (e.type, e.raw_source, e.raw_target)
        if key not in mirrored:
            out.append(e)
            continue
        root = find((e.type, e.raw_source))  # type: ignore[arg-type]
        if root in done:
            continue
        done.add(root)
        codes = ";".join(sorted(groups[root]))
        out.append(GoldEvent(e.type, _side(codes), frozenset(), True, codes, None, e.status))
    return out


def code_gold(gold: Sequence[GoldSentence], res: Any) -> list[list[dict[str, Any]]]:
    """Code every gold sentence with the coder ``res`` (``pipeline.Resources``); records per sentence."""
    from ..pipeline import code_articles

    arts = [Article(id=g.id, text=g.text, published=g.date) for g in gold]
    return [[e.to_record() for e in evs] for evs in code_articles(arts, res)]


@dataclass(frozen=True)
class EventMatch:
    """One gold event paired (or not) with one predicted event of the same sentence."""

    sentence_id: str
    gold: GoldEvent | None
    pred: Mapping[str, Any] | None
    type_ok: bool
    source_ok: bool
    target_ok: bool

    @property
    def strict(self) -> bool:
        return self.type_ok and self.source_ok and self.target_ok


def parties_ok(g: GoldEvent, pred: Mapping[str, Any]) -> tuple[bool, bool]:
    """(source right, target right) under the gold conventions; reciprocal events match either way."""
    ps, pt = actor_labels(pred["source"]), actor_labels(pred["target"])
    if g.reciprocal:
        both = ps | pt
        ok = g.source <= both
        return ok, ok
    direct = (g.source <= ps, g.target <= pt)
    if pred.get("reciprocal") and not all(direct):
        swapped = (g.source <= pt, g.target <= ps)
        if all(swapped):
            return swapped
    return direct


def _pair(sid: str, golds: list[GoldEvent], preds: list[Mapping[str, Any]],
          unscored: Sequence[GoldEvent] = ()) -> tuple[list[EventMatch], int]:
    """Pair one sentence's gold and predicted events; also returns how many predictions were set
    aside as fitting a gold event outside PLOVER (see the module docstring)."""
    out: list[EventMatch] = []
    gl, pl = list(golds), list(preds)
    outside = 0
    for stage in ("strict", "type"):
        if stage == "type" and unscored:
            kept = [p for p in pl if not any(all(parties_ok(u, p)) for u in unscored)]
            outside, pl = len(pl) - len(kept), kept
        for g in list(gl):
            for p in pl:
                if p["type"] != g.type:
                    continue
                s_ok, t_ok = parties_ok(g, p)
                if stage == "strict" and not (s_ok and t_ok):
                    continue
                out.append(EventMatch(sid, g, p, True, s_ok, t_ok))
                gl.remove(g)
                pl.remove(p)
                break
    # leftovers: confusions (same sentence, wrong type), misses and spurious events
    for g, p in zip(list(gl), list(pl)):
        s_ok, t_ok = parties_ok(g, p)
        out.append(EventMatch(sid, g, p, False, s_ok, t_ok))
    n = min(len(gl), len(pl))
    out += [EventMatch(sid, g, None, False, False, False) for g in gl[n:]]
    out += [EventMatch(sid, None, p, False, False, False) for p in pl[n:]]
    return out, outside


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class GoldScore:
    """Every figure of one gold set: overall, per type, confusion, and the pairs behind them."""

    sentences: int = 0
    type_level: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold type or NONE, predicted type or NONE) -> n
    matches: list[EventMatch] = field(default_factory=list)
    #: gold status -> [gold events of a type the coder found, of which with the right status]
    status: dict[str, list[int]] = field(default_factory=dict)
    #: predictions set aside because they fit a gold event the gold codes outside PLOVER
    outside_plover: int = 0

    @property
    def macro_f1(self) -> float:
        scored = [p for t, p in self.per_type.items() if p.tp + p.fn > 0]
        return sum(p.f1 for p in scored) / len(scored) if scored else 0.0

    def support(self, type: str) -> int:
        p = self.per_type.get(type)
        return p.tp + p.fn if p else 0


def score_matches(matches: Iterable[EventMatch], sentences: int) -> GoldScore:
    sc = GoldScore(sentences=sentences)
    for m in matches:
        sc.matches.append(m)
        if m.gold and m.pred and m.type_ok:
            t = m.gold.type
            sc.type_level.tp += 1
            sc.per_type.setdefault(t, PRF()).tp += 1
            sc.confusion[(t, t)] += 1
            if m.strict:
                sc.strict.tp += 1
            else:
                sc.strict.fp += 1
                sc.strict.fn += 1
            continue
        if m.gold:
            sc.type_level.fn += 1
            sc.strict.fn += 1
            sc.per_type.setdefault(m.gold.type, PRF()).fn += 1
        if m.pred:
            sc.type_level.fp += 1
            sc.strict.fp += 1
            sc.per_type.setdefault(m.pred["type"], PRF()).fp += 1
        sc.confusion[(m.gold.type if m.gold else NONE, m.pred["type"] if m.pred else NONE)] += 1
    return sc


def join_split_dyads(golds: Sequence[GoldEvent], preds: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Join predicted dyads split from one mention when a gold event lists their parties together."""
    out = list(preds)
    for g in golds:
        if len(g.source) < 2 and len(g.target) < 2 or (g.reciprocal and len(g.source) < 3):
            continue
        groups: dict[str, list[Mapping[str, Any]]] = {}
        for p in out:
            if p["type"] == g.type and p.get("mention_id"):
                groups.setdefault(p["mention_id"], []).append(p)
        for group in groups.values():
            if len(group) < 2 or any(all(parties_ok(g, p)) for p in group):
                continue
            joined = {**group[0], "source": _union(p["source"] for p in group),
                      "target": _union(p["target"] for p in group),
                      "confidence": min(p["confidence"] for p in group)}
            if all(parties_ok(g, joined)):
                out = [p for p in out if not any(p is q for q in group)] + [joined]
                break
    return out


def split_joint_parties(golds: Sequence[GoldEvent], preds: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Split a predicted event whose source (or target) lists several countries into one event per
    country when the gold codes each of them as an event of its own (CAMEO-style gold splits "US and
    British activists protested"); the mirror image of ``join_split_dyads``."""
    out = list(preds)
    for side in ("source", "target"):
        for p in list(out):
            labels = actor_labels(p[side])
            if len(labels) < 2 or p.get("reciprocal"):
                continue
            split_to = {next(iter(getattr(g, side))) for g in golds if g.type == p["type"] and not g.reciprocal
                        and len(getattr(g, side)) == 1 and getattr(g, side) <= labels}
            whole = any(g.type == p["type"] and getattr(g, side) == labels for g in golds)
            if len(split_to) < 2 or whole:
                continue  # the gold codes them jointly, or not country by country
            pieces = [{**p, side: [a for a in p[side] if label in actor_labels([a])]} for label in sorted(split_to)]
            out = [q for q in out if q is not p] + pieces
    return out


def _union(sides: Iterable[Sequence[Mapping[str, Any]]]) -> list[Mapping[str, Any]]:
    seen: dict[str, Mapping[str, Any]] = {}
    for side in sides:
        for a in side:
            seen.setdefault(json.dumps(a, sort_keys=True, default=str), a)
    return list(seen.values())


def score_gold(gold: Sequence[GoldSentence], predictions: Sequence[Sequence[Mapping[str, Any]]]) -> GoldScore:
    """Score predictions (event records per gold sentence, in the same order) against the gold."""
    matches: list[EventMatch] = []
    status: dict[str, list[int]] = {}
    outside_plover = 0
    for g, preds in zip(gold, predictions, strict=True):
        scored = join_split_dyads(g.events, [p for p in preds if p["status"] in SCORED_STATUSES])
        scored = split_joint_parties(g.events, scored)
        paired, outside = _pair(g.id, list(g.events), scored, g.unscored)
        matches += paired
        outside_plover += outside
        for e in g.events:  # status is scored over every predicted event, negated ones included
            same = [p for p in preds if p["type"] == e.type]
            if e.status and same:
                row = status.setdefault(e.status, [0, 0])
                row[0] += 1
                row[1] += any(p["status"] == e.status for p in same)
    score = score_matches(matches, len(gold))
    score.status = status
    score.outside_plover = outside_plover
    return score
