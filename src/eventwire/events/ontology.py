"""The PLOVER ontology as data: event types, modes, contexts, and the CAMEO bridge.

eventwire codes events in PLOVER but users compare them with GDELT/ICEWS, which speak CAMEO with
Goldstein scores and quad classes.  This module holds the one translation table between the two so
that every event record gets ``cameo``/``goldstein``/``quad_class`` from the same facts.

The tables live in ``data/`` (see ``data/README.md``) and are validated when loaded: a typo in a
table is a startup error with the file and line, never a silently wrong code in a million events.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from eventwire.errors import Errors, EventwireError

DATA_DIR = Path(__file__).parent / "data"

#: PLOVER's 16 event types, in the manual's order (cooperation to conflict).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class EventType:
    """One PLOVER event type.

    ``intensity`` is PLOVER's own conflict-cooperation score for the type (manual table 2.2);
    ``contexts`` are those the CAMEO→PLOVER table attaches to the type's CAMEO codes.
    """

    name: str
    quad_class: int
    intensity: float | None
    modes: tuple[str, ...]
    contexts: tuple[str, ...]
    default_cameo: str


@dataclass(frozen=True)
class _CameoRow:
    code: str
    goldstein: float | None
    type: str | None
    mode: str | None
    contexts: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class Ontology:
    """PLOVER types plus the CAMEO table; all lookups are dict lookups."""

    types: Mapping[str, EventType]
    cameo: Mapping[str, _CameoRow]
    mode_cameo: Mapping[tuple[str, str], str]
    mode_intensity: Mapping[tuple[str, str], float | None]
    contexts: frozenset[str]
    fingerprint: str

    def _type(self, type: str) -> EventType:
        try:
            return self.types[type]
        except KeyError:
            raise EventwireError(Errors.E401, value=type, choices=", ".join(self.types)) from None

    def _row(self, cameo: str) -> _CameoRow:
        """The row of ``cameo`` or of its nearest listed parent ("1234" → "123" → "12")."""
        code = cameo.strip()
        while len(code) >= 2:
            row = self.cameo.get(code)
            if row is not None:
                return row
            code = code[:-1]
        raise EventwireError(Errors.E402, value=cameo)

    def cameo_for(self, type: str, mode: str | None) -> str:
        """CAMEO code for a PLOVER type and mode; the type's default when the mode has none."""
        et = self._type(type)
        if mode is not None:
            code = self.mode_cameo.get((type, mode))
            if code is not None:
                return code
        return et.default_cameo

    def goldstein(self, cameo: str) -> float:
        """Goldstein value of a CAMEO code; codes the scale omits take their parent's value."""
        code = cameo.strip()
        while len(code) >= 2:
            row = self.cameo.get(code)
            if row is not None and row.goldstein is not None:
                return row.goldstein
            code = code[:-1]
        raise EventwireError(Errors.E402, value=cameo)

    def quad_class(self, type: str) -> int:
        """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
        return self._type(type).quad_class

    def intensity(self, type: str, mode: str | None = None) -> float | None:
        """PLOVER's conflict-cooperation score for a type (and mode, where the manual scores it)."""
        et = self._type(type)
        if mode is not None:
            score = self.mode_intensity.get((type, mode))
            if score is not None:
                return score
        return et.intensity

    def from_cameo(self, cameo: str) -> tuple[str, str | None, tuple[str, ...]] | None:
        """(type, mode, contexts) of a CAMEO code; None for 01x statements, 02x appeals, unknown codes.

        A two-digit root maps like its ``X0`` code ("08" → "080"), since roots are families.
        """
        code = cameo.strip()
        if len(code) == 2:
            code += "0"
        try:
            row = self._row(code)
        except EventwireError:
            return None
        if row.type is None:
            return None
        return (row.type, row.mode, row.contexts)

    def cameo_label(self, cameo: str) -> str:
        """CAMEO's short name for a code (its parent's name if the code is not listed)."""
        return self._row(cameo).label


def _bad(path: Path, reason: str) -> EventwireError:
    return EventwireError(Errors.E003, path=str(path), reason=reason)


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a tab-separated table whose header must be exactly ``columns``.

    Lines starting with ``#`` and blank lines are ignored so tables can carry comments.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _bad(path, f"cannot read: {exc}") from None
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise _bad(path, "empty file")
    header = tuple(lines[0].split("\t"))
    if header != columns:
        raise _bad(path, f"header {header} != expected {columns}")
    rows = []
    for n, line in enumerate(csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
        if len(line) != len(columns):
            raise _bad(path, f"row {n} has {len(line)} fields, expected {len(columns)}: {line!r}")
        row = {c: v.strip() for c, v in zip(columns, line)}
        row["_line"] = str(n)
        rows.append(row)
    return rows


def _float(path: Path, row: dict[str, str], col: str, required: bool) -> float | None:
    value = row[col]
    if not value:
        if required:
            raise _bad(path, f"row {row['_line']}: empty {col}")
        return None
    try:
        out = float(value)
    except ValueError:
        raise _bad(path, f"row {row['_line']}: {col} '{value}' is not a number") from None
    if not -10.0 <= out <= 10.0:
        raise _bad(path, f"row {row['_line']}: {col} {out} is outside -10..10")
    return out


def fingerprint_files(paths: list[Path]) -> str:
    """Short content hash of data files, for the coder fingerprint (same tables → same hash)."""
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _load_contexts(path: Path) -> frozenset[str]:
    return frozenset(r["context"] for r in read_tsv(path, ("context", "source")))


def _load_cameo(path: Path, contexts: frozenset[str]) -> dict[str, _CameoRow]:
    out: dict[str, _CameoRow] = {}
    for r in read_tsv(path, ("cameo", "goldstein", "type", "mode", "contexts", "label")):
        code = r["cameo"]
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise _bad(path, f"row {r['_line']}: '{code}' is not a CAMEO code")
        if code in out:
            raise _bad(path, f"row {r['_line']}: duplicate code {code}")
        if r["type"] and r["type"] not in PLOVER_TYPES:
            raise _bad(path, f"row {r['_line']}: unknown PLOVER type '{r['type']}'")
        if r["mode"] and not r["type"]:
            raise _bad(path, f"row {r['_line']}: mode without a type")
        ctx = tuple(c for c in r["contexts"].split(",") if c)
        unknown = [c for c in ctx if c not in contexts]
        if unknown:
            raise _bad(path, f"row {r['_line']}: unknown contexts {unknown}")
        if not r["label"]:
            raise _bad(path, f"row {r['_line']}: empty label")
        out[code] = _CameoRow(code, _float(path, r, "goldstein", required=False), r["type"] or None,
                              r["mode"] or None, ctx, r["label"])
    for code, row in out.items():  # every code must reach a Goldstein value through its parents
        c = code
        while c and (c not in out or out[c].goldstein is None):
            c = c[:-1]
        if not c:
            raise _bad(path, f"code {code} has no Goldstein value, nor does any parent")
    return out


def build_ontology(data_dir: Path = DATA_DIR) -> Ontology:
    """Read and cross-check the ontology tables in ``data_dir`` (uncached; tests use it directly)."""
    paths = [data_dir / n for n in ("contexts.tsv", "cameo.tsv", "types.tsv", "modes.tsv")]
    contexts = _load_contexts(paths[0])
    cameo = _load_cameo(paths[1], contexts)

    type_rows = read_tsv(paths[2], ("type", "quad_class", "intensity", "default_cameo"))
    names = tuple(r["type"] for r in type_rows)
    if sorted(names) != sorted(PLOVER_TYPES):
        raise _bad(paths[2], f"types {names} are not the 16 PLOVER types")
    mode_cameo: dict[tuple[str, str], str] = {}
    mode_intensity: dict[tuple[str, str], float | None] = {}
    modes_of: dict[str, list[str]] = {n: [] for n in names}
    for r in read_tsv(paths[3], ("type", "mode", "cameo", "intensity")):
        key = (r["type"], r["mode"])
        if r["type"] not in modes_of or not r["mode"]:
            raise _bad(paths[3], f"row {r['_line']}: bad type/mode {key}")
        if key in mode_cameo:
            raise _bad(paths[3], f"row {r['_line']}: duplicate {key}")
        row = cameo.get(r["cameo"])
        if row is None or row.type != r["type"]:
            raise _bad(paths[3], f"row {r['_line']}: CAMEO {r['cameo']} is not a {r['type']} code")
        mode_cameo[key] = r["cameo"]
        mode_intensity[key] = _float(paths[3], r, "intensity", required=False)
        modes_of[r["type"]].append(r["mode"])

    types: dict[str, EventType] = {}
    for r in type_rows:
        name = r["type"]
        if r["quad_class"] not in ("1", "2", "3", "4"):
            raise _bad(paths[2], f"row {r['_line']}: quad_class must be 1-4")
        default = cameo.get(r["default_cameo"])
        if default is None or default.type != name:
            raise _bad(paths[2], f"row {r['_line']}: default CAMEO {r['default_cameo']} is not a {name} code")
        ctx = sorted({c for row in cameo.values() if row.type == name for c in row.contexts})
        types[name] = EventType(name, int(r["quad_class"]), _float(paths[2], r, "intensity", False),
                                tuple(modes_of[name]), tuple(ctx), r["default_cameo"])
    return Ontology(
        types=MappingProxyType(types),
        cameo=MappingProxyType(cameo),
        mode_cameo=MappingProxyType(mode_cameo),
        mode_intensity=MappingProxyType(mode_intensity),
        contexts=contexts,
        fingerprint=fingerprint_files(paths),
    )


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The package's ontology, read once per process."""
    return build_ontology(DATA_DIR)
