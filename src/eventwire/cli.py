"""The ``eventwire`` command line: thin commands over library functions users can import.

Exit codes scripts can rely on: 0 everything worked, 1 some documents failed (the rest were
coded and stored), 2 bad usage (a bad option value, a missing database).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .batch import code_items, ingest_paths
from .config import Config, load_config
from .errors import EventwireError
from .ingest import FORMATS, ReadOptions, parse_date_option, read_inputs
from .model import DocumentOutcome
from .pipeline import Resources, load_resources
from .store import Store

app = typer.Typer(help="Political event data (PLOVER/CAMEO) from news text, with evidence for every event.",
                  no_args_is_help=True, add_completion=False)
actors_app = typer.Typer(help="Inspect the actor knowledge base.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")

err = Console(stderr=True)
EXIT_OK, EXIT_DOC_FAILED, EXIT_USAGE = 0, 1, 2


# ---- options shared by several commands, defined once -------------------------------------------

def _date_option(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return parse_date_option(value)
    except EventwireError as exc:
        raise typer.BadParameter(exc.message) from exc


def _format_option(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}")
    return value


InputFormat = Annotated[str, typer.Option("--input-format", callback=_format_option,
                                          help="auto | text | html | jsonl | csv (auto: by extension, or by content for stdin).")]
PubDate = Annotated[Optional[str], typer.Option("--date", help="Publication date (YYYY-MM-DD) for documents that carry none.")]
ConfigFile = Annotated[Optional[Path], typer.Option("--config", help="TOML file with settings (model, max_doc_bytes, min_confidence, batch_size).")]
ActorsFile = Annotated[Optional[Path], typer.Option("--actors", help="CSV of your own actors that add to or override the knowledge base.")]
DbFile = Annotated[Path, typer.Option("--db", help="DuckDB file of the store.")]


def _resources(config: Optional[Path], actors: Optional[Path]) -> Resources:
    try:
        return load_resources(load_config(config), actors)
    except EventwireError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from exc


def _read_options(input_format: str, date: Optional[str], cfg: Config) -> ReadOptions:
    return ReadOptions(input_format=input_format, default_date=_date_option(date), max_doc_bytes=cfg.max_doc_bytes)


def _report_problems(problems: list[DocumentOutcome]) -> None:
    for p in problems:
        colour = "yellow" if p.status == "skipped" else "red"
        err.print(f"[{colour}]{p.status}[/{colour}] [{p.code}] {p.reason}", highlight=False, soft_wrap=True)


# ---- commands ---------------------------------------------------------------------------------

@app.command()
def code(
    files: Annotated[Optional[list[str]], typer.Argument(help="Files or directories to code; '-' or nothing reads stdin.")] = None,
    input_format: InputFormat = "auto",
    date: PubDate = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one event per line) | json (one array) | table.")] = "jsonl",
    config: ConfigFile = None,
    actors: ActorsFile = None,
) -> None:
    """Code documents and print their events (nothing is stored)."""
    if fmt not in ("jsonl", "json", "table"):
        raise typer.BadParameter("choose jsonl, json or table", param_hint="--format")
    res = _resources(config, actors)
    opts = _read_options(input_format, date, res.config)
    problems: list[DocumentOutcome] = []
    records = []
    out = sys.stdout
    for batch in code_items(read_inputs(files or ["-"], opts), res):
        for o in batch:
            if o.status != "coded":
                problems.append(o)
                continue
            for ev in o.events:
                if fmt == "jsonl":
                    out.write(ev.to_json() + "\n")
                else:
                    records.append(ev.to_record())
    if fmt == "json":
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "table":
        _print_table(records)
    _report_problems(problems)
    raise typer.Exit(EXIT_DOC_FAILED if any(p.status == "failed" for p in problems) else EXIT_OK)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to code and store; '-' reads stdin.")],
    db: DbFile = Path("eventwire.duckdb"),
    input_format: InputFormat = "auto",
    date: PubDate = None,
    config: ConfigFile = None,
    actors: ActorsFile = None,
) -> None:
    """Code documents and store them, with their events, in a DuckDB file (re-ingesting replaces)."""
    res = _resources(config, actors)
    opts = _read_options(input_format, date, res.config)
    summary = _ingest_with_progress(paths, db, res, opts)
    err.print(f"{summary.documents} documents, {summary.coded} coded, {summary.events} events "
              f"→ {db} (run {summary.run_id})")
    _report_problems(summary.problems)
    raise typer.Exit(EXIT_DOC_FAILED if summary.failed else EXIT_OK)


def _ingest_with_progress(paths: list[str], db: Path, res: Resources, opts: ReadOptions):
    with Store.open(db) as store, Progress(
        TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), console=err, transient=False, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("coding", total=None, rate="")

        def tick(batch: list[DocumentOutcome]) -> None:
            progress.advance(task, len(batch))
            t = progress.tasks[0]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f} docs/s")

        return ingest_paths(paths, store, res, opts, on_batch=tick)


@app.command()
def events(
    db: DbFile = Path("eventwire.duckdb"),
    actor: Annotated[Optional[str], typer.Option(help="Country (CHN), organisation (NATO) or actor code prefix (RUSMIL), as source or target.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only events on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only events on or before this day (YYYY-MM-DD).")] = None,
    all_statuses: Annotated[bool, typer.Option("--all-statuses", help="Include negated and hypothetical events.")] = False,
    limit: Annotated[Optional[int], typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl | csv.")] = "table",
) -> None:
    """Query stored events."""
    if fmt not in ("table", "jsonl", "csv"):
        raise typer.BadParameter("choose table, jsonl or csv", param_hint="--format")
    try:
        with Store.open(db, read_only=True) as store:
            records = store.query_events(actor=actor, type=type, since=_date_option(since), until=_date_option(until),
                                         statuses=None if all_statuses else ("asserted", "historical", "future"),
                                         limit=limit)
    except EventwireError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from exc
    if fmt == "jsonl":
        for r in records:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    elif fmt == "csv":
        sys.stdout.write(events_csv(records))
    else:
        _print_table(records)


CSV_COLUMNS = ("id", "article_id", "date", "type", "mode", "status", "source", "target", "cameo", "goldstein",
               "quad_class", "location", "confidence", "evidence")


def _label(actors: list[dict]) -> str:
    return ";".join(a.get("country") or a.get("org") or a.get("code") or "---" for a in actors)


def events_csv(records: list[dict]) -> str:
    """Flat CSV rows for spreadsheets: one row per event, actors as country/org labels."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in records:
        loc = r.get("location") or {}
        w.writerow([r["id"], r["article_id"], r["date"] or "", r["type"], r["mode"] or "", r["status"],
                    _label(r["source"]), _label(r["target"]), r["cameo"] or "", "" if r["goldstein"] is None else r["goldstein"],
                    "" if r["quad_class"] is None else r["quad_class"], loc.get("name", ""), r["confidence"],
                    r["evidence"]["text"]])
    return buf.getvalue()


def _print_table(records: list[dict]) -> None:
    table = Table(show_lines=False)
    for col in ("date", "type", "source", "target", "status", "conf", "evidence"):
        table.add_column(col, overflow="fold")
    for r in records:
        table.add_row(r["date"] or "", r["type"], _label(r["source"]), _label(r["target"]), r["status"],
                      f"{r['confidence']:.2f}", r["evidence"]["text"])
    Console().print(table)


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Where to write the demo store.")] = Path("eventwire-demo.duckdb"),
) -> None:
    """Code the bundled sample articles into a DuckDB file and show what was found."""
    from .demo import run_demo, sample_path

    res = _resources(None, None)
    if db.exists():
        db.unlink()
    summary = _ingest_with_progress([str(sample_path())], db, res, ReadOptions(input_format="jsonl"))
    report = run_demo(db)
    con = Console()
    con.print(f"[bold]eventwire {__version__}[/bold]: coded {summary.coded} sample articles into {db} "
              f"({summary.events} events)")
    t = Table(title="Events by type")
    t.add_column("type")
    t.add_column("events", justify="right")
    for name, n in report.type_counts:
        t.add_row(name, str(n))
    con.print(t)
    d = Table(title="Top dyads")
    for col in ("source", "target", "events"):
        d.add_column(col)
    for s, tg, n in report.top_dyads:
        d.add_row(s, tg, str(n))
    con.print(d)
    con.print("[bold]Three events with their evidence[/bold]")
    for r in report.examples:
        con.print(f"• {r['type']} {_label(r['source'])} → {_label(r['target']) or '—'} on {r['date']}: "
                  f"[italic]{r['evidence']['text']}[/italic]", highlight=False)
    con.print(f"\nQuery it: eventwire events --db {db} --actor CHN")
    raise typer.Exit(EXIT_DOC_FAILED if summary.failed else EXIT_OK)


@actors_app.command("lookup")
def actors_lookup(
    name: Annotated[str, typer.Argument(help="A name, alias, title or place, e.g. 'Tokayev' or 'the Kremlin'.")],
    date: Annotated[Optional[str], typer.Option("--date", help="Resolve roles held on this day (YYYY-MM-DD).")] = None,
    actors: ActorsFile = None,
) -> None:
    """Show what the knowledge base resolves a name to."""
    from .actors.kb import load_kb

    kb = load_kb(actors)
    found = kb.lookup(name, _date_option(date))
    if not found:
        err.print(f"no actor found for '{name}'")
        raise typer.Exit(EXIT_DOC_FAILED)
    for a in found:
        sys.stdout.write(json.dumps(a.to_record(), ensure_ascii=False) + "\n")


@app.callback(invoke_without_command=True)
def main(version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False) -> None:
    if version:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit(EXIT_OK)
