"""Shared fixtures: the real coder resources (loaded once per test session) and the shared eval data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def resources():
    from eventwire.pipeline import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared/eval is not present (it is only for development and CI)")
    return SHARED


@pytest.fixture(scope="session")
def run_cli():
    return _run_cli


def _run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``eventwire`` command as a user would (a real process)."""
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=600)
