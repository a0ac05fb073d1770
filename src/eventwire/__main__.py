"""``python -m eventwire`` runs the command line."""

from .cli import app

app(prog_name="eventwire")
