"""Terminal tables for ``eventwire eval`` (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .run import EvalResult


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}"


def print_result(con: Console, r: EvalResult, show_misses: int) -> None:
    f = r.figures
    if r.kind == "document":
        con.print(f"[bold]{r.path}[/bold]: matched {len(f['matched'])}/{f['required']} required events, "
                  f"{len(f['forbidden_hits'])} forbidden, {f['events']} events ({f['set_aside']} negated/hypothetical)")
        for m in r.misses[:show_misses]:
            ref = m["reference"]
            con.print(f"  missed {m['id']}: {'/'.join(ref['type'])} {ref.get('source')}→{ref.get('target')} "
                      f"[italic]{ref.get('evidence', '')}[/italic]", highlight=False)
        return
    aside = f.get("outside_plover")
    con.print(f"[bold]{r.path}[/bold]: {f['sentences']} sentences"
              + (f" ({aside} predicted events set aside: the gold codes their parties outside PLOVER)" if aside else ""))
    t = Table("level", "precision", "recall", "F1", "F1 95% CI")
    for name in ("type_level", "strict"):
        x = f[name]
        ci = x.get("f1_ci95")
        t.add_row(name.replace("_", "-"), _pct(x["precision"]), _pct(x["recall"]), _pct(x["f1"]),
                  f"{_pct(ci[0])}–{_pct(ci[1])}" if ci else "")
    ci = f.get("macro_f1_ci95")
    t.add_row("macro-F1 (types)", "", "", _pct(f["macro_f1"]), f"{_pct(ci[0])}–{_pct(ci[1])}" if ci else "")
    con.print(t)
    pt = Table("type", "support", "precision", "recall", "F1", title="per type (type-level)")
    for name, x in f["per_type"].items():
        pt.add_row(name, str(x["support"]), _pct(x["precision"]), _pct(x["recall"]), _pct(x["f1"]))
    con.print(pt)
    if f.get("status"):
        st = Table("gold status", "events found", "status right", "accuracy", title="status (events of the right type)")
        for name, x in f["status"].items():
            st.add_row(name, str(x["events"]), str(x["right"]), _pct(x["accuracy"]))
        total = f["status_accuracy"]
        st.add_row("all", str(sum(x["events"] for x in f["status"].values())),
                   str(sum(x["right"] for x in f["status"].values())), _pct(total), style="bold")
        con.print(st)
    rel = Table("confidence", "events", "strictly correct", "precision", title="reliability")
    for row in f["reliability"]:
        rel.add_row(row["bucket"], str(row["events"]), str(row["strict_correct"]), _pct(row["precision"]))
    con.print(rel)
    conf = [c for c in f["confusion"] if c["gold"] != c["predicted"]]
    if conf:
        ct = Table("gold", "predicted", "n", title="confusions (NONE = missed / spurious)")
        for c in sorted(conf, key=lambda c: -c["n"])[:15]:
            ct.add_row(c["gold"], c["predicted"], str(c["n"]))
        con.print(ct)
    for m in r.misses[:show_misses]:
        con.print(f"  miss {m['gold']['type']} {m['gold']['source']}→{m['gold']['target']} got {m['got']}: "
                  f"[italic]{m['text'][:140]}[/italic]", highlight=False)
