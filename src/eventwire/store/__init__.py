"""The embedded event store (DuckDB): one writer commits batches atomically; many may read."""

from eventwire.store.duck import DEFAULT_STATUSES, FINAL_STATUSES, Store
from eventwire.store.rows import record_json
from eventwire.store.schema import SCHEMA_VERSION, TABLES

__all__ = ["DEFAULT_STATUSES", "FINAL_STATUSES", "SCHEMA_VERSION", "TABLES", "Store", "record_json"]
