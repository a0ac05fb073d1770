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
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.table import Table

from . import __version__
from .batch import (DEFAULT_BATCH_DOCS, IngestSummary, code_items, count_documents, ingest_paths, make_engine,
                    plan_duplicates)
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
                                          help="auto | text | html | jsonl | csv | warc | feed (auto: by media type, extension, or content).")]
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
    files: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, globs or http(s) URLs to code; '-' or nothing reads stdin.")] = None,
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
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs or http(s) URLs to code and store; '-' reads stdin.")],
    db: DbFile = Path("eventwire.duckdb"),
    input_format: InputFormat = "auto",
    date: PubDate = None,
    config: ConfigFile = None,
    actors: ActorsFile = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Coding processes (local) or Ray actors; each loads the models once. 1 codes in this process.")] = 1,
    engine: Annotated[str, typer.Option("--engine", help="local (this process or a process pool) | ray (Ray actors over Ray Data).")] = "local",
    address: Annotated[Optional[str], typer.Option("--address", help="With --engine ray: the Ray cluster to join (default: start a local one).")] = None,
    parquet: Annotated[Optional[Path], typer.Option("--parquet", help="Write Parquet segments into this folder instead of the --db file.")] = None,
    batch_docs: Annotated[int, typer.Option("--batch-docs", min=1, help="Documents coded and committed together (one transaction).")] = DEFAULT_BATCH_DOCS,
    fresh: Annotated[bool, typer.Option("--fresh", help="Code every document again, even those an earlier run with the same coder finished.")] = False,
    no_dedup: Annotated[bool, typer.Option("--no-dedup", help="Code every document, without looking for duplicates first.")] = False,
) -> None:
    """Code documents and store them, with their events, in a DuckDB file or Parquet folder.

    A rerun resumes: documents an earlier run with the same coder finished are not coded again.
    """
    if engine not in ("local", "ray"):
        raise typer.BadParameter("choose local or ray", param_hint="--engine")
    if address and engine != "ray":
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")
    res = _resources(config, actors)
    opts = _read_options(input_format, date, res.config)
    target = parquet if parquet is not None else db
    try:
        summary = _ingest_with_progress(paths, db, res, opts, parquet=parquet, engine=engine, workers=workers,
                                        address=address, actors=actors, batch_docs=batch_docs, resume=not fresh,
                                        dedup=not no_dedup)
    except EventwireError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from exc
    extra = "".join([f", {summary.duplicates} duplicates" if summary.duplicates else "",
                     f", {summary.skipped} skipped" if summary.skipped else "",
                     f", {summary.failed} failed" if summary.failed else "",
                     f", {summary.resumed} already done earlier" if summary.resumed else ""])
    err.print(f"{summary.documents} documents, {summary.coded} coded, {summary.events} events{extra} "
              f"→ {target} (run {summary.run_id})", highlight=False, soft_wrap=True)
    _report_problems(summary.problems)
    raise typer.Exit(EXIT_DOC_FAILED if summary.failed else EXIT_OK)


def _ingest_with_progress(paths: list[str], db: Path, res: Resources, opts: ReadOptions, *,
                          parquet: Optional[Path] = None, engine: str = "local", workers: int = 1,
                          address: Optional[str] = None, actors: Optional[Path] = None,
                          batch_docs: int = DEFAULT_BATCH_DOCS, resume: bool = True,
                          dedup: bool = True) -> IngestSummary:
    """Run ``ingest_paths`` with a progress bar (documents/s and ETA) on a terminal, and a plain
    progress line at most once a second otherwise (logs, pipes)."""
    import time
    from contextlib import nullcontext

    from .scale.parquet import ParquetSink

    tty = err.is_terminal

    plan = None
    if dedup:
        with err.status("reading inputs to find duplicates", spinner="dots") if tty else nullcontext():
            plan = plan_duplicates(paths, opts)
    total = plan.documents if plan is not None else count_documents(paths, opts)
    sink = ParquetSink(parquet) if parquet is not None else Store.open(db)
    try:
        coder = make_engine(engine, res, workers=workers, address=address, actors_csv=actors, batch_docs=batch_docs)
    except BaseException:
        sink.close()
        raise
    last = [float("-inf")]
    with sink, Progress(
        TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err, transient=False,
        disable=not tty,
    ) as progress:
        task = progress.add_task("coding", total=total, rate="")
        coded_before = [0.0]

        def resumed(n: int) -> None:
            progress.advance(task, n)
            coded_before[0] += n

        first: list[float] = []  # (time, documents) at the first batch: the rate leaves out start-up

        def tick(batch: list[DocumentOutcome]) -> None:
            progress.advance(task, len(batch))
            t = progress.tasks[0]
            now = time.monotonic()
            if not first:
                first.extend((now, t.completed))
                rate = (t.completed - coded_before[0]) / t.elapsed if t.elapsed else 0.0
            else:
                rate = (t.completed - first[1]) / (now - first[0]) if now > first[0] else 0.0
            progress.update(task, rate=f"{rate:.1f} docs/s")
            if not tty and now - last[0] >= 1.0:
                last[0] = now
                left = f", ETA {int((t.total - t.completed) / rate)}s" if t.total and rate > 0 else ""
                of = f"/{int(t.total)}" if t.total is not None else ""
                err.print(f"progress: {int(t.completed)}{of} documents, {rate:.1f} docs/s{left}", highlight=False,
                          soft_wrap=True)

        try:
            return ingest_paths(paths, sink, res, opts, batch_docs, on_batch=tick, engine=coder, resume=resume,
                                dedup=plan, on_resumed=resumed)
        finally:
            coder.close()


@app.command()
def events(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file of the store, or a Parquet folder written by 'ingest --parquet'.")] = Path("eventwire.duckdb"),
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


@app.command("eval")
def eval_(
    files: Annotated[list[Path], typer.Argument(help="Gold files: sentence sets (.jsonl) or document references (.gold.json).")],
    fmt: Annotated[str, typer.Option("--format", help="table | json.")] = "table",
    show_misses: Annotated[int, typer.Option("--misses", help="List this many missed gold events per file (table format).")] = 10,
    config: ConfigFile = None,
    actors: ActorsFile = None,
) -> None:
    """Score the coder against gold files: precision, recall, F1 (type-level and strict), per type, confusion."""
    from .eval.run import evaluate_path

    if fmt not in ("table", "json"):
        raise typer.BadParameter("choose table or json", param_hint="--format")
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        err.print(f"[red]error[/red] not found: {', '.join(missing)}")
        raise typer.Exit(EXIT_USAGE)
    res = _resources(config, actors)
    results = [evaluate_path(f, res) for f in files]
    if fmt == "json":
        sys.stdout.write(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=2) + "\n")
        return
    from .eval.render import print_result

    con = Console()
    for r in results:
        print_result(con, r, show_misses)


@actors_app.command("lookup")
def actors_lookup(
    name: Annotated[str, typer.Argument(help="A name, alias, title or place, e.g. 'Tokayev' or 'the Kremlin'.")],
    date: Annotated[Optional[str], typer.Option("--date", help="Resolve roles held on this day (YYYY-MM-DD).")] = None,
    actors: ActorsFile = None,
) -> None:
    """Show what the knowledge base resolves a name to."""
    from .actors.kb import load_kb

    kb = load_kb(actors)
    on = _date_option(date)
    found = kb.lookup(name, on)
    if not found:
        err.print(f"no actor found for '{name}'")
        raise typer.Exit(EXIT_DOC_FAILED)
    for a in found:
        sys.stdout.write(json.dumps(a.to_record(), ensure_ascii=False) + "\n")
    office = kb.title_office(name)
    if office and on and not any(kb.terms(a.name or "") for a in found):
        from .actors.coverage import vacancy_reason

        err.print(f"note: {vacancy_reason(kb, office[0], office[1], on)}", soft_wrap=True)


@actors_app.command("coverage")
def actors_coverage(
    first: Annotated[int, typer.Option("--first", help="First year counted.")] = 2000,
    last: Annotated[int, typer.Option("--last", help="Last year counted (the current year up to today).")] = 2026,
    office: Annotated[Optional[list[str]], typer.Option(
        "--office", help="leader | foreign_minister | defence_minister (repeatable; default all three).")] = None,
    gaps: Annotated[bool, typer.Option("--gaps", help="List each UN member state's years with no listed holder.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table | json.")] = "table",
    actors: ActorsFile = None,
) -> None:
    """How complete the office-holder table is: UN member state-years with a listed holder, per office."""
    from .actors.coverage import OFFICES, load_absences, office_coverage, years_text
    from .actors.kb import load_kb

    offices = office or list(OFFICES)
    bad = [o for o in offices if o not in OFFICES]
    if bad or fmt not in ("table", "json") or first > last:
        err.print(f"[red]error[/red] --office must be one of {', '.join(OFFICES)}, --format table or json, "
                  "and --first <= --last")
        raise typer.Exit(EXIT_USAGE)
    kb = load_kb(actors)
    result = office_coverage(kb, load_absences(kb.countries), first, last, offices=offices)
    if fmt == "json":
        rows = [{"office": c.office, "state_years": c.state_years, "covered": c.covered, "share": round(c.share, 4),
                 "absent": c.absent, "gaps": {k: list(v) for k, v in c.gaps.items()}} for c in result]
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    table = Table(title=f"Office holders listed, UN member states {first}-{last}")
    for col in ("office", "state-years", "covered", "share", "office absent", "states with gaps"):
        table.add_column(col, justify="left" if col == "office" else "right")
    for c in result:
        table.add_row(c.office, str(c.state_years), str(c.covered), f"{c.share:.1%}", str(c.absent), str(len(c.gaps)))
    con = Console()
    con.print(table)
    if gaps:
        for c in result:
            con.print(f"\n[bold]{c.office}[/bold]: years with no listed holder")
            for iso, years in c.gaps.items():
                con.print(f"  {iso} {kb.countries[iso].name}: {years_text(years)}")


@app.callback(invoke_without_command=True)
def main(version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False) -> None:
    if version:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit(EXIT_OK)
