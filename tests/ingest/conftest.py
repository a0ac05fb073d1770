"""Helpers for the ingest tests: every input is a real file written into tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DocumentError
from eventwire.ingest import ReadOptions, read_inputs
from eventwire.model import Article


def read_all(paths, **options) -> list[Article | DocumentError]:
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))


def codes(items) -> list[str]:
    """'ok' for an Article, the error code for a DocumentError, in order."""
    return ["ok" if isinstance(i, Article) else i.code for i in items]


@pytest.fixture
def write(tmp_path: Path):
    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
        return path

    return _write
