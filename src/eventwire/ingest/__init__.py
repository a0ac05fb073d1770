"""Reading inputs: plain text, HTML, JSONL, CSV, WARC and RSS/Atom feeds, plain or gzip/zstd
compressed, from files, directories, globs, URLs or stdin, become Articles; bad documents become
errors.

Public API: ``read_inputs(paths, opts)`` with ``ReadOptions``, and ``parse_date_option`` for the
CLI's ``--date``.
"""

from eventwire.ingest.detect import format_for_path, iter_directory, sniff_format
from eventwire.ingest.options import FORMATS, ReadOptions, parse_date_option, parse_record_date
from eventwire.ingest.readers import read_inputs

__all__ = [
    "FORMATS",
    "ReadOptions",
    "format_for_path",
    "iter_directory",
    "parse_date_option",
    "parse_record_date",
    "read_inputs",
    "sniff_format",
]
