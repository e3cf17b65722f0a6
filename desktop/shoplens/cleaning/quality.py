"""The data-quality report: per field filled, valid, invalid and changed by which step; duplicates and merges."""

from __future__ import annotations

import json
from typing import Any

from ..ingest.fields import FIELD_BY_KEY
from ..ingest.parse import duplicate_rows
from ..progress import CancelFn, ProgressFn
from ..workspace import Workspace
from .operations import blank
from .recipe import Recipe, load_recipe, missing_names
from .runner import ImportFrame, dry_run, load_frames


def quality_report(ws: Workspace, recipe: Recipe | None = None, *, frames: list[ImportFrame] | None = None,
                   progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> dict[str, Any]:
    """Plain data for the data-quality page and `shoplens clean --show` (nothing is written).

    fields: per field key, over the rows kept by the recipe: rows, filled (the cell had text), valid (a value is
    stored), invalid (text that could not be read), valid_at_import (before any step), changed_by {step: cells}.
    """
    recipe = load_recipe(ws.conn) if recipe is None else recipe
    frames = frames if frames is not None else load_frames(ws, progress=progress, cancelled=cancelled)
    run, cleaned = dry_run(ws, recipe, frames)
    fields: dict[str, dict[str, Any]] = {}
    rows_in = rows_kept = exact_duplicates = 0
    for item, ctx, after in cleaned:
        before = item.parsed.frame
        rows_in += len(before)
        rows_kept += len(after)
        exact_duplicates += duplicate_rows(item.table)
        for name in before.columns:
            if name == "row":
                continue
            raw = ctx.raw(name, after.index)
            valid = after[name].notna()
            # A value can be stored for a blank cell (an order's phone on its second line item is filled from the
            # first line): such a row counts as filled, so "valid" never exceeds "filled".
            filled = (~blank(raw) | valid) if raw is not None else valid
            entry = fields.setdefault(name, {"label": FIELD_BY_KEY[name].label if name in FIELD_BY_KEY else name,
                                             "rows": 0, "filled": 0, "valid": 0, "invalid": 0, "valid_at_import": 0,
                                             "changed_by": {}})
            entry["rows"] += len(after)
            entry["filled"] += int(filled.sum())
            entry["valid"] += int(valid.sum())
            entry["invalid"] += int((filled & ~valid).sum())
            entry["valid_at_import"] += int(before[name].reindex(after.index).notna().sum())
    for stats in run.stats.values():
        for name, count in stats.changed.items():
            if name in fields:
                fields[name]["changed_by"][f"{stats.index + 1}. {stats.label}"] = count
    conn = ws.conn
    last = conn.execute("SELECT value FROM meta WHERE key = 'cleaning_last_run'").fetchone()
    last = json.loads(last[0]) if last else {}
    flags = dict(conn.execute("SELECT flag, count(*) FROM cleaning_flags GROUP BY flag").fetchall())
    customers, orders = conn.execute("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM orders)").fetchone()
    return {
        "recipe": [{"step": i, "op": s.op, "label": s.label(), "enabled": s.enabled, "params": s.params}
                   for i, s in enumerate(recipe.steps)],
        "missing_names": missing_names(recipe, conn),
        "rows": {"read": rows_in, "kept": rows_kept, "left_out": rows_in - rows_kept},
        "fields": fields,
        "steps": [s.to_dict() for s in run.stats.values()],
        "duplicates": {
            "exact_duplicate_rows": exact_duplicates,
            "customers_merged_last_run": int(last.get("customers_merged", 0)),
            "merges_by_step": {str(s["step"]): s["merged"] for s in last.get("steps", []) if s.get("merged")},
            "last_run_at": last.get("at"),
        },
        "flags": flags,
        "customers": customers,
        "orders": orders,
    }


def format_report(report: dict[str, Any]) -> str:
    """The report as lines of text for the terminal."""
    lines = ["Cleaning recipe:"]
    if not report["recipe"]:
        lines.append("  (no steps)")
    for s in report["recipe"]:
        lines.append(f"  {s['step'] + 1}. [{'x' if s['enabled'] else ' '}] {s['label']}")
    for m in report["missing_names"]:
        lines.append(f"  ! step {m['step'] + 1} names the {m['kind']} \"{m['name']}\", which no import has"
                     " (use --remap OLD=NEW)")
    r = report["rows"]
    lines += ["", f"Rows: {r['read']:,} read, {r['kept']:,} kept, {r['left_out']:,} left out by the recipe", "",
              f"{'field':<16} {'rows':>9} {'filled':>9} {'valid':>9} {'invalid':>8}  changed by"]
    for key, f in report["fields"].items():
        changed = "; ".join(f"{k} ({v:,})" for k, v in f["changed_by"].items()) or "-"
        lines.append(f"{key:<16} {f['rows']:>9,} {f['filled']:>9,} {f['valid']:>9,} {f['invalid']:>8,}  {changed}")
    d = report["duplicates"]
    lines += ["", f"Exact duplicate rows in the imports: {d['exact_duplicate_rows']:,}",
              f"Customers merged in the last cleaning: {d['customers_merged_last_run']:,}"
              + (f" (at {d['last_run_at']})" if d["last_run_at"] else "")]
    if report["flags"]:
        lines.append("Flagged for review: " + ", ".join(f"{k} {v:,}" for k, v in sorted(report["flags"].items())))
    lines.append(f"Customers: {report['customers']:,}   Orders: {report['orders']:,}")
    return "\n".join(lines)
