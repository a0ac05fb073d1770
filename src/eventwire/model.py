"""The one vocabulary every stage speaks: plain, immutable dataclasses.

Stages exchange these objects and nothing else, so a stage can be tested, replaced or run in
another process (a pool worker, a Ray actor) without knowing about its neighbours.  The public
event record (``Event.to_record``) is the contract described in ``docs/architecture.md``; its
keys and their order are fixed so that the same input gives byte-identical JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Literal

Field = Literal["text", "title"]
Status = Literal["asserted", "negated", "hypothetical", "future", "historical"]
Precision = Literal["day", "month", "year"]
DateBasis = Literal["text", "publication", "none"]

STATUSES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "historical")
#: Statuses whose events carry a Goldstein value and quad class (the others are not events that happened).
SCORED_STATUSES: frozenset[str] = frozenset({"asserted", "future", "historical"})


@dataclass(frozen=True)
class Segment:
    """A stretch of an article that is parsed on its own (a headline is never glued to the body).

    ``start``/``end`` are code-point offsets into ``Article.text`` or ``Article.title``, per ``field``.
    """

    field: Field
    start: int
    end: int
    is_headline: bool = False


@dataclass(frozen=True)
class Article:
    """One input document, exactly as given.

    ``text`` is the document text that evidence offsets point into: the whole file for plain
    text (whose first line is the headline), the ``text`` field of a JSONL/CSV record, or the text
    extracted from HTML.  ``title`` holds a separately given headline (JSONL/CSV/HTML).
    """

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # path (and line) the document came from, for error messages
    headline_in_text: bool = False  # plain text: the first line of ``text`` is the headline

    def segments(self) -> list[Segment]:
        """The parts to parse, in document order: title (or headline line) first, then body."""
        out: list[Segment] = []
        if self.title and self.title.strip():
            lead = len(self.title) - len(self.title.lstrip())
            out.append(Segment("title", lead, len(self.title.rstrip()), is_headline=True))
        body_start = 0
        if self.headline_in_text:
            nl = self.text.find("\n")
            head_end = len(self.text) if nl < 0 else nl
            head = self.text[:head_end]
            if head.strip():
                lead = len(head) - len(head.lstrip())
                out.append(Segment("text", lead, len(head.rstrip()), is_headline=True))
            body_start = head_end
        body = self.text[body_start:]
        if body.strip():
            lead = len(body) - len(body.lstrip())
            trail = len(body) - len(body.rstrip())
            out.append(Segment("text", body_start + lead, len(self.text) - trail))
        return out

    def field_text(self, name: Field) -> str:
        return self.title or "" if name == "title" else self.text


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon, as the knowledge base resolved them (fields as in the contract)."""

    text: str
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    org: str | None = None  # IGO / named group short code (UN, NATO, HAMAS, ...)
    sector: str | None = None  # GOV, MIL, LEG, JUD, ...
    kb_id: str | None = None
    code: str = "---"  # CAMEO-style actor code, e.g. CHNGOV, RUSMIL, IGOUNO

    @property
    def key(self) -> str:
        """Stable identity used in event ids and for de-duplication."""
        return self.code + "|" + (self.kb_id or self.name or self.text)

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "org": self.org,
            "sector": self.sector,
            "kb_id": self.kb_id,
            "code": self.code,
        }


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to one or more actors.

    ``start``/``end`` are token indices in the parsed spaCy ``Doc`` of the segment; ``char_start``
    and ``char_end`` are offsets into the article field.  A coordinated phrase ("Russia and China")
    is one mention with several actors.  ``resolved`` is False for a mention kept only for its text.
    """

    start: int
    end: int
    char_start: int
    char_end: int
    actors: tuple[Actor, ...]
    confidence: float = 1.0
    via: str = "name"  # name | alias | title | demonym | capital | pronoun | description | unresolved

    @property
    def resolved(self) -> bool:
        return any(a.country or a.org for a in self.actors)


@dataclass(frozen=True)
class EventDate:
    """When an event happened, at the precision the text allows."""

    value: str | None  # ISO truncated to precision: "2022-09-15", "2022-08", "2022"
    precision: Precision | None
    start: dt.date | None
    end: dt.date | None
    basis: DateBasis

    @staticmethod
    def of_day(day: dt.date, basis: DateBasis) -> "EventDate":
        return EventDate(day.isoformat(), "day", day, day, basis)

    @staticmethod
    def none() -> "EventDate":
        return EventDate(None, None, None, None, "none")


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str = "country"  # city | region | country | sea | focus

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
        }


@dataclass(frozen=True)
class Evidence:
    field: Field
    sentence: int
    start: int
    end: int
    text: str

    def to_record(self) -> dict[str, Any]:
        return {"field": self.field, "sentence": self.sentence, "start": self.start, "end": self.end,
                "text": self.text}


@dataclass(frozen=True)
class Event:
    """One coded event: the public record of ``docs/architecture.md`` as a dataclass."""

    id: str
    mention_id: str
    article_id: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    status: Status
    reciprocal: bool
    cameo: str | None
    goldstein: float | None
    quad_class: int | None
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    published: dt.date | None
    date: EventDate
    location: Location | None
    evidence: Evidence
    confidence: float
    coder: str
    trigger: str = ""  # the words that triggered the event (extra field, helps reviewers)

    def to_record(self) -> dict[str, Any]:
        """The JSON-ready record, keys in contract order."""
        return {
            "id": self.id,
            "mention_id": self.mention_id,
            "article_id": self.article_id,
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "status": self.status,
            "reciprocal": self.reciprocal,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": [a.to_record() for a in self.source],
            "target": [a.to_record() for a in self.target],
            "published": self.published.isoformat() if self.published else None,
            "date": self.date.value,
            "date_precision": self.date.precision,
            "date_start": self.date.start.isoformat() if self.date.start else None,
            "date_end": self.date.end.isoformat() if self.date.end else None,
            "date_basis": self.date.basis,
            "location": self.location.to_record() if self.location else None,
            "evidence": self.evidence.to_record(),
            "confidence": self.confidence,
            "coder": self.coder,
            "trigger": self.trigger,
        }

    def to_json(self) -> str:
        """One JSONL line (no newline): compact, keys in contract order, so output is byte-stable."""
        return json.dumps(self.to_record(), ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class DocumentOutcome:
    """What happened to one input document: the row of the store's documents ledger."""

    doc_id: str
    origin: str
    status: Literal["coded", "duplicate", "skipped", "failed"]
    reason: str | None = None
    code: str | None = None  # error catalogue code, e.g. E102
    article: Article | None = None
    events: tuple[Event, ...] = field(default_factory=tuple)
