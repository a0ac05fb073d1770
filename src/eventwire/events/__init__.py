"""Event coding: the PLOVER ontology tables, the trigger lexicon, and (elsewhere) the extractor."""

from eventwire.events.lexicon import LexEntry, Lexicon, load_lexicon
from eventwire.events.ontology import PLOVER_TYPES, EventType, Ontology, load_ontology

__all__ = ["EventType", "LexEntry", "Lexicon", "Ontology", "PLOVER_TYPES", "load_lexicon", "load_ontology"]
