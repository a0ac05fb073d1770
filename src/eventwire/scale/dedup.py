"""Exact and near-duplicate articles, their canonical copy, the outlets that carried them, and updates.

Wire stories are republished by many outlets, re-spaced, re-headlined, lightly edited, and later
rewritten with new paragraphs ("write-throughs").  Coding every copy would count one event many
times, so ingestion works in two passes: ``signature()`` for every document (cheap, picklable, runs
in any worker), then ``plan()`` over all signatures, which says for each document whether it is
canonical (coded), a duplicate (not coded), or an update (only its new sentences are coded).

The plan is a pure function of the *set* of signatures: it sorts them by (publication date, id)
before anything else, so every engine, worker count and resumed run agrees on it.  The canonical
copy of a cluster is its earliest member by that key (undated documents sort last, ties go to the
smaller id).

How documents are linked (all thresholds are module constants, tuned with ``benchmarks/dedup.py``):

1. **exact**: the same normalised words (whitespace, case and punctuation ignored) — one hash lookup.
2. **near**: MinHash estimate of Jaccard similarity over 5-word shingles >= ``NEAR_JACCARD`` (0.6).
   One changed sentence plus a new headline in a 250-word story still scores about 0.7, while two
   separately written articles on the same event share almost no 5-word shingles (< 0.1).
3. **shared sentences**: at least ``SHARED_UNITS`` (80%) of the smaller document's sentences are in
   the other (an edited short story, a trimmed copy, an update that adds paragraphs), with estimated
   Jaccard >= ``CANDIDATE_JACCARD`` (0.3) and at least ``MIN_UNITS`` sentences in the smaller one, so
   that two stories sharing a boilerplate line or a quoted sentence never link.

Candidate pairs come from LSH banding (``BANDS`` = 32 bands of ``ROWS`` = 4 sketch values: documents
with Jaccard 0.6 meet in some band with probability 0.99, at 0.5 with 0.87, at 0.4 with 0.56, while
documents sharing no shingle never meet), never from all pairs.  Four rows rather than three keep the
pairs that unrelated but boilerplate-sharing documents produce (they grow with the square of the
corpus) about ten times fewer, for a small loss of recall on short, heavily cut copies.  Each band is
one numpy sort, and only documents sharing a band key are compared, with vectorised sketch
comparisons (in a bucket of more than ``BUCKET_WINDOW`` documents, each with the ``BUCKET_WINDOW``
before it).  Linked documents form clusters (single link).  Within a cluster, in canonical order, a
member is:

- ``exact`` if its normalised text equals that of the canonical or an earlier member;
- ``update`` if it holds every body sentence of the canonical and adds sentences that neither the
  canonical nor an earlier update had; ``novel`` gives their character spans (adjacent new
  sentences merged, so an added paragraph is one span) and only those are coded;
- ``near`` otherwise (an edited or trimmed copy: not coded).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Literal
from urllib.parse import urlsplit

import numpy as np

from eventwire.model import Article
from eventwire.scale.shingles import (NUM_PERM, band_keys, minhash, normal_words, sketch_array, text_digest,
                                      units_and_words)

NEAR_JACCARD = 0.6
CANDIDATE_JACCARD = 0.3
SHARED_UNITS = 0.8
MIN_UNITS = 2
BANDS = 32
ROWS = 4
#: in an unusually large LSH bucket, each document is compared with at most this many earlier members
BUCKET_WINDOW = 500

assert BANDS * ROWS <= NUM_PERM

DupKind = Literal["exact", "near", "update"]


@dataclass(frozen=True)
class DocSignature:
    """What duplicate detection needs to know about one document; computed once, picklable.

    ``exact`` is a hash of the normalised title and text; ``minhash`` the MinHash sketch of their
    5-word shingles (``NUM_PERM`` little-endian uint32 values, see ``shingles.py``); ``paragraphs``
    the hashes of the body's sentence-sized units (the headline excluded) and ``spans`` their
    character offsets in ``Article.text``, in the same order, so that a plan can name what an updated
    version adds without the text.  ``length`` counts the normalised words.
    """

    doc_id: str
    published: dt.date | None
    outlet: str | None
    length: int
    exact: str
    minhash: bytes
    paragraphs: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    @property
    def order_key(self) -> tuple[bool, dt.date, str]:
        """Earliest first: by publication date (undated last), then by id."""
        return (self.published is None, self.published or dt.date.min, self.doc_id)


@dataclass(frozen=True)
class DupDecision:
    """The plan for one document: canonical (``canonical_id`` None), or a duplicate/update of one."""

    doc_id: str
    canonical_id: str | None
    kind: DupKind | None
    novel: tuple[tuple[int, int], ...] = ()

    @property
    def coded(self) -> bool:
        """Whether any of this document is coded (canonical, or an update with new sentences)."""
        return self.canonical_id is None or self.kind == "update"


def outlet_of(article: Article) -> str | None:
    """The outlet that carried an article: its ``source``, else its URL's host without ``www.``."""
    if article.source and article.source.strip():
        return article.source.strip()
    if article.url:
        host = (urlsplit(article.url).hostname or "").lower()
        return host.removeprefix("www.") or None
    return None


def signature(article: Article) -> DocSignature:
    """Fingerprint one article (title and text for similarity, the body for its sentence units)."""
    body_start = 0
    if article.headline_in_text:
        nl = article.text.find("\n")
        body_start = len(article.text) if nl < 0 else nl
    found, body_words = units_and_words(article.text, body_start)
    words = normal_words(article.title or "") + normal_words(article.text[:body_start]) + body_words
    return DocSignature(
        doc_id=article.id,
        published=article.published,
        outlet=outlet_of(article),
        length=len(words),
        exact=text_digest(words),
        minhash=minhash(words),
        paragraphs=tuple(u[0] for u in found),
        spans=tuple((u[1], u[2]) for u in found),
    )


class _Components:
    """Union-find whose root is always the smallest index, i.e. the earliest document."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def roots(self) -> np.ndarray:
        """Every element's root at once (pointer jumping in numpy: a few passes, no Python loop)."""
        parent = np.asarray(self.parent, dtype=np.int64)
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                return parent
            parent = up

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _sorted_unique(signatures: Iterable[DocSignature]) -> list[DocSignature]:
    by_id: dict[str, DocSignature] = {}
    for s in signatures:
        seen = by_id.setdefault(s.doc_id, s)
        if seen != s:
            raise ValueError(f"document id '{s.doc_id}' has two different signatures; ids must be unique")
    return sorted(by_id.values(), key=lambda s: s.order_key)


def plan(signatures: Iterable[DocSignature]) -> dict[str, DupDecision]:
    """Cluster exact and near duplicates and decide, for every document, what gets coded.

    The result has one decision per distinct ``doc_id`` and does not depend on the input order.
    """
    sigs = _sorted_unique(signatures)
    comp = _Components(len(sigs))
    reps = _link_exact(sigs, comp)
    _link_similar(sigs, reps, comp)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(sigs)):
        members[comp.find(i)].append(i)
    decisions: dict[str, DupDecision] = {}
    for root, group in members.items():
        decisions.update(_decide([sigs[i] for i in group]))
    return decisions


def _link_exact(sigs: list[DocSignature], comp: _Components) -> list[int]:
    """Join documents with the same normalised text; return one representative (the earliest) of each."""
    first: dict[str, int] = {}
    reps: list[int] = []
    for i, s in enumerate(sigs):
        if s.length == 0:  # nothing to compare: never a duplicate of anything
            continue
        j = first.setdefault(s.exact, i)
        if j == i:
            reps.append(i)
        else:
            comp.union(j, i)
    return reps


def _link_similar(sigs: list[DocSignature], reps: list[int], comp: _Components) -> None:
    """LSH over the representatives' sketches: compare only documents that share a band key."""
    if len(reps) < 2:
        return
    sketches = sketch_array([sigs[i].minhash for i in reps])
    unit_sets: dict[int, frozenset[str]] = {}

    def unit_set(i: int) -> frozenset[str]:
        got = unit_sets.get(i)
        if got is None:
            got = unit_sets[i] = frozenset(sigs[i].paragraphs)
        return got

    def shares_units(i: int, j: int) -> bool:
        a, b = unit_set(i), unit_set(j)
        small, big = (a, b) if len(a) <= len(b) else (b, a)
        return len(small) >= MIN_UNITS and len(small & big) >= SHARED_UNITS * len(small)

    rep_index = np.asarray(reps, dtype=np.int64)
    near = NEAR_JACCARD * sketches.shape[1]
    candidate = CANDIDATE_JACCARD * sketches.shape[1]
    for band in range(BANDS):
        keys = band_keys(sketches, band, ROWS)
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.concatenate(([0], np.flatnonzero(ordered[1:] != ordered[:-1]) + 1))
        sizes = np.diff(np.append(starts, len(ordered)))
        # buckets whose members were already one cluster when the band began need no work (most of them,
        # after the first bands); the test is vectorised, so only the others cost a Python loop
        labels = comp.roots()[rep_index[order]]
        spread = np.maximum.reduceat(labels, starts) != np.minimum.reduceat(labels, starts)
        left, right = _bucket_pairs(order, starts, sizes, (sizes >= 2) & spread)
        for lo in range(0, len(left), 65536):  # compare sketches pair by pair, in bounded chunks
            a, b = left[lo:lo + 65536], right[lo:lo + 65536]
            same = np.count_nonzero(sketches[a] == sketches[b], axis=1)
            for k in np.flatnonzero(same >= candidate):
                i, j = reps[a[k]], reps[b[k]]
                if comp.find(i) != comp.find(j) and (same[k] >= near or shares_units(i, j)):
                    comp.union(i, j)


def _bucket_pairs(order: np.ndarray, starts: np.ndarray, sizes: np.ndarray,
                  chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (earlier, later) of documents sharing a bucket, for the chosen buckets.

    Buckets of two (nearly all of them) are paired in one numpy step; in a larger bucket each document
    is paired with the ``BUCKET_WINDOW`` documents before it in canonical order.
    """
    two = chosen & (sizes == 2)
    first, second = order[starts[two]], order[starts[two] + 1]
    lefts, rights = [np.minimum(first, second)], [np.maximum(first, second)]
    for g in np.flatnonzero(chosen & (sizes > 2)):
        members = np.sort(order[starts[g]:starts[g] + sizes[g]])
        for gap in range(1, min(BUCKET_WINDOW, len(members) - 1) + 1):
            lefts.append(members[:-gap])
            rights.append(members[gap:])
    return np.concatenate(lefts), np.concatenate(rights)


def _decide(group: list[DocSignature]) -> dict[str, DupDecision]:
    """Kinds within one cluster, whose members come in canonical order (the first is canonical)."""
    canon = group[0]
    out = {canon.doc_id: DupDecision(canon.doc_id, None, None)}
    canon_units = set(canon.paragraphs)
    covered = set(canon_units)
    seen_exact = {canon.exact}
    for s in group[1:]:
        kind: DupKind = "near"
        novel: tuple[tuple[int, int], ...] = ()
        if s.exact in seen_exact:
            kind = "exact"
        elif canon_units and canon_units <= set(s.paragraphs):
            novel = _novel_spans(s, covered)
            if novel:
                kind = "update"
                covered.update(s.paragraphs)
        seen_exact.add(s.exact)
        out[s.doc_id] = DupDecision(s.doc_id, canon.doc_id, kind, novel if kind == "update" else ())
    return out


def _novel_spans(s: DocSignature, covered: set[str]) -> tuple[tuple[int, int], ...]:
    """Character spans of the units of ``s`` not in ``covered``; runs of adjacent new units merge."""
    spans: list[tuple[int, int]] = []
    last = -2
    for k, (h, (start, end)) in enumerate(zip(s.paragraphs, s.spans)):
        if h in covered:
            continue
        if k == last + 1 and spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        last = k
    return tuple(spans)


def outlets(plan: dict[str, DupDecision], signatures: Iterable[DocSignature]) -> dict[str, list[str]]:
    """Canonical id -> the sorted, distinct outlets that carried its story (canonical included)."""
    carried: dict[str, set[str]] = defaultdict(set)
    for s in signatures:
        decision = plan.get(s.doc_id)
        canon = decision.canonical_id if decision and decision.canonical_id else s.doc_id
        bucket = carried[canon]
        if s.outlet:
            bucket.add(s.outlet)
    return {k: sorted(v) for k, v in sorted(carried.items())}
