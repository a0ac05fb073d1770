"""The published event record: its JSON Schema and validation.

The schema file ships inside the package so users and outside scorers validate against exactly
what this version emits; the test suite validates every event it produces.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

import jsonschema

SCHEMA_FILE = "event.schema.json"


@lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    return json.loads(resources.files("eventwire").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def validate_record(record: Mapping[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` breaks the contract."""
    _validator().validate(record)


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(event_schema())
