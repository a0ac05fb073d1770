"""The event lexicon: which words signal which PLOVER event, and how their arguments map to actors.

The extractor finds a predicate (a verb, or a nominal trigger carried by a light verb: "held talks",
"imposed sanctions") and asks this lexicon what it means.  Word knowledge lives in ``data/*.tsv`` so
that analysts can tune coding without touching code; this module only loads, validates and indexes
those tables so every lookup is one dict access.

Lookups take ``particles``: lemmas of the words attached to the predicate that can change its sense:
its particle ("pull *back*"), prepositions ("side *with*", "call *for*"), the head of its direct or
prepositional object for fixed phrases ("join *forces*", "take to the *streets*"), and for nouns the
compound modifier ("*hunger* strike", "*air* strike").  An entry keyed by one of them is preferred to
the bare-lemma entry, so "strike" is ASSAULT but "hunger strike" is PROTEST.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Sequence

from eventwire.events.ontology import DATA_DIR, Ontology, build_ontology, fingerprint_files, load_ontology, read_tsv
from eventwire.errors import Errors, EventwireError

#: What a complement-taking word does to the event in its complement (see ``data/README.md``).
CONTROL_EFFECTS: frozenset[str] = frozenset(
    {"negate", "future", "intent", "hypothetical", "report", "threat", "request", "allege"}
)
_LEX_COLUMNS = ("lemma", "particle", "type", "mode", "cameo", "target_preps", "reciprocal",
                "object_is_target", "weight")


@dataclass(frozen=True)
class LexEntry:
    """One sense of one trigger word.

    ``target_preps``: prepositions whose object is the target when there is no direct object.
    ``reciprocal``: both parties act (meet, trade, clash).  ``object_is_target`` is False where the
    direct object is not an actor ("impose sanctions": the target comes via "on").  ``weight`` is
    the prior that the word in this sense signals the event, used for confidence.
    """

    lemma: str
    particle: str | None
    type: str
    mode: str | None
    cameo: str | None
    target_preps: tuple[str, ...]
    reciprocal: bool
    object_is_target: bool
    weight: float


@dataclass(frozen=True)
class Lexicon:
    """Verb and noun triggers, light verbs and control words; all lookups are O(1)."""

    verbs: Mapping[tuple[str, str], LexEntry]
    nouns: Mapping[tuple[str, str], LexEntry]
    light_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    control: Mapping[str, str]
    fingerprint: str
    #: Every noun lemma with an entry, whatever its modifier: most nouns have none, and checking that
    #: first spares building their modifier lists (the extractor asks about every noun it meets).
    noun_lemmas: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "noun_lemmas", frozenset(lemma for lemma, _ in self.nouns))

    @staticmethod
    def _find(table: Mapping[tuple[str, str], LexEntry], lemma: str,
              particles: Sequence[str]) -> LexEntry | None:
        lemma = lemma.lower()
        best: LexEntry | None = None
        for p in particles:
            entry = table.get((lemma, p.lower()))
            if entry is not None and (best is None or entry.weight > best.weight):
                best = entry
        return best if best is not None else table.get((lemma, ""))

    def verb(self, lemma: str, particles: Sequence[str] = ()) -> LexEntry | None:
        """The verb sense of ``lemma``; an entry keyed by one of ``particles`` wins over the bare one.

        Among several matching particle entries the one with the highest weight wins, so the answer
        does not depend on the order the parser lists dependents.
        """
        return self._find(self.verbs, lemma, particles)

    def noun(self, lemma: str, particles: Sequence[str] = ()) -> LexEntry | None:
        """The nominal trigger ``lemma`` ("talk", "sanction", "invasion"), refined by a modifier."""
        return self._find(self.nouns, lemma, particles)

    def is_light(self, lemma: str) -> bool:
        """True for verbs whose object noun carries the event ("hold talks", "suffer attacks")."""
        lemma = lemma.lower()
        return lemma in self.light_verbs or lemma in self.receiving_verbs


def _bad(path: Path, reason: str) -> EventwireError:
    return EventwireError(Errors.E003, path=str(path), reason=reason)


def _yes_no(path: Path, row: dict[str, str], col: str) -> bool:
    value = row[col]
    if value not in ("yes", "no"):
        raise _bad(path, f"row {row['_line']}: {col} must be yes or no, not '{value}'")
    return value == "yes"


def _load_entries(path: Path, ontology: Ontology) -> dict[tuple[str, str], LexEntry]:
    out: dict[tuple[str, str], LexEntry] = {}
    for r in read_tsv(path, _LEX_COLUMNS):
        where = f"row {r['_line']}"
        lemma, particle = r["lemma"].lower(), r["particle"].lower()
        if not lemma or " " in lemma or " " in particle:
            raise _bad(path, f"{where}: lemma and particle must be single words")
        if (lemma, particle) in out:
            raise _bad(path, f"{where}: duplicate entry {lemma!r} {particle!r}")
        etype = ontology.types.get(r["type"])
        if etype is None:
            raise _bad(path, f"{where}: unknown PLOVER type '{r['type']}'")
        mode = r["mode"] or None
        if mode is not None and mode not in etype.modes:
            raise _bad(path, f"{where}: '{mode}' is not a mode of {etype.name}")
        cameo = r["cameo"] or None
        if cameo is not None:
            found = ontology.from_cameo(cameo) if cameo in ontology.cameo else None
            if found is None or found[0] != etype.name:
                raise _bad(path, f"{where}: CAMEO {cameo} is not a {etype.name} code")
        try:
            weight = float(r["weight"])
        except ValueError:
            raise _bad(path, f"{where}: weight '{r['weight']}' is not a number") from None
        if not 0.0 < weight <= 1.0:
            raise _bad(path, f"{where}: weight {weight} is outside (0, 1]")
        out[(lemma, particle)] = LexEntry(
            lemma=lemma,
            particle=particle or None,
            type=etype.name,
            mode=mode,
            cameo=cameo,
            target_preps=tuple(p for p in r["target_preps"].split(",") if p),
            reciprocal=_yes_no(path, r, "reciprocal"),
            object_is_target=_yes_no(path, r, "object_is_target"),
            weight=weight,
        )
    return out


def _load_control(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for r in read_tsv(path, ("word", "effect")):
        if r["effect"] not in CONTROL_EFFECTS:
            raise _bad(path, f"row {r['_line']}: unknown effect '{r['effect']}'")
        if r["word"] in out:
            raise _bad(path, f"row {r['_line']}: duplicate word '{r['word']}'")
        out[r["word"].lower()] = r["effect"]
    return out


def _load_light(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    source: set[str] = set()
    target: set[str] = set()
    for r in read_tsv(path, ("lemma", "subject")):
        lemma = r["lemma"].lower()
        if lemma in source or lemma in target:
            raise _bad(path, f"row {r['_line']}: duplicate '{lemma}'")
        if r["subject"] == "source":
            source.add(lemma)
        elif r["subject"] == "target":
            target.add(lemma)
        else:
            raise _bad(path, f"row {r['_line']}: subject must be source or target")
    return frozenset(source), frozenset(target)


def build_lexicon(data_dir: Path = DATA_DIR, ontology: Ontology | None = None) -> Lexicon:
    """Read and validate the lexicon tables in ``data_dir`` against the ontology (uncached)."""
    onto = ontology if ontology is not None else (
        load_ontology() if data_dir == DATA_DIR else build_ontology(data_dir))
    paths = [data_dir / n for n in ("verbs.tsv", "nouns.tsv", "light_verbs.tsv", "control.tsv")]
    light, receiving = _load_light(paths[2])
    return Lexicon(
        verbs=MappingProxyType(_load_entries(paths[0], onto)),
        nouns=MappingProxyType(_load_entries(paths[1], onto)),
        light_verbs=light,
        receiving_verbs=receiving,
        control=MappingProxyType(_load_control(paths[3])),
        fingerprint=fingerprint_files(paths),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The package's lexicon, read once per process."""
    return build_lexicon(DATA_DIR, load_ontology())
