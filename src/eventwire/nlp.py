"""Loads the spaCy pipeline once and parses an article's segments with exact character offsets.

A headline is parsed as its own Doc so that it never runs into the first body sentence, and every
sentence gets a document-wide index (sentence 0 is the headline when there is one) plus offsets
into the article field it came from, which is what evidence spans point into.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .config import DEFAULT_MODELS
from .errors import Errors, EventwireError
from .model import Article, Segment

#: Components the coder does not use; disabling them is free speed.
UNUSED_COMPONENTS: tuple[str, ...] = ("textcat", "entity_linker")


def load_nlp(model: str | None = None) -> Language:
    """Load the configured spaCy model, or the first installed default (official package preferred)."""
    candidates = (model,) if model else DEFAULT_MODELS
    for name in candidates:
        if name and (importlib.util.find_spec(name) is not None or "/" in name):
            try:
                return spacy.load(name, exclude=list(UNUSED_COMPONENTS))
            except OSError:
                continue
    raise EventwireError(Errors.E001, name=model or " or ".join(DEFAULT_MODELS))


def model_id(nlp: Language) -> str:
    """Name and version of the loaded model, for the coder fingerprint."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


@dataclass(frozen=True)
class ParsedSegment:
    """One parsed stretch of an article; ``offset`` maps Doc character offsets back to the field."""

    segment: Segment
    doc: Doc
    first_sentence: int  # document-wide index of this segment's first sentence

    @property
    def offset(self) -> int:
        return self.segment.start

    def sentences(self) -> Iterator[tuple[int, Span]]:
        for i, sent in enumerate(self.doc.sents):
            yield self.first_sentence + i, sent


#: Longest stretch handed to spaCy at once.  Documents are parsed a paragraph at a time (a sentence
#: never crosses a blank line, and memory stays bounded whatever the document size); a paragraph
#: longer than this is cut at a line break, a sentence end or, failing those, at whitespace.
CHUNK_CHARS = 20_000
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def _trimmed(seg: Segment, start: int, piece: str) -> Segment | None:
    """``piece`` (at ``start`` within the segment) without surrounding whitespace, or None if blank."""
    if not piece.strip():
        return None
    lead = len(piece) - len(piece.lstrip())
    return Segment(seg.field, seg.start + start + lead, seg.start + start + len(piece.rstrip()), seg.is_headline)


def _long_pieces(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    while len(text) - start > CHUNK_CHARS:
        window = text[start:start + CHUNK_CHARS]
        cut = max(window.rfind("\n"), window.rfind(". ") + 1)
        if cut < CHUNK_CHARS // 4:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = CHUNK_CHARS
        yield start, text[start:start + cut]
        start += cut
    yield start, text[start:]


def _chunks(seg: Segment, text: str) -> Iterator[Segment]:
    para_start = 0
    bounds = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text)] + [(len(text), len(text))]
    for brk_start, brk_end in bounds:
        for off, piece in _long_pieces(text[para_start:brk_start]):
            out = _trimmed(seg, para_start + off, piece)
            if out is not None:
                yield out
        para_start = brk_end


def segment_texts(article: Article) -> list[tuple[Segment, str]]:
    """The article's segments (long ones cut into chunks) with their text."""
    out: list[tuple[Segment, str]] = []
    for seg in article.segments():
        field_text = article.field_text(seg.field)
        for piece in _chunks(seg, field_text[seg.start:seg.end]):
            out.append((piece, field_text[piece.start:piece.end]))
    return out


def parse_articles(
    nlp: Language, articles: Sequence[Article], batch_size: int = 32
) -> list[list[ParsedSegment]]:
    """Parse many articles in one ``nlp.pipe`` stream (batching is where spaCy's speed comes from)."""
    flat: list[tuple[int, Segment, str]] = []
    for ai, art in enumerate(articles):
        for seg, text in segment_texts(art):
            flat.append((ai, seg, text))
    docs: Iterable[Doc] = nlp.pipe((t for _, _, t in flat), batch_size=batch_size)
    out: list[list[ParsedSegment]] = [[] for _ in articles]
    counters = [0] * len(articles)
    for (ai, seg, _), doc in zip(flat, docs):
        n = counters[ai]
        out[ai].append(ParsedSegment(seg, doc, n))
        counters[ai] = n + sum(1 for _ in doc.sents)
    return out
