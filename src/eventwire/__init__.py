"""eventwire: political event data from news text, with evidence for every event."""

__version__ = "0.1.0"
