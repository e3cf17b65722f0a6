"""Rebuild the canonical tables from the raw rows of every import, like a build: one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

import pandas as pd

from ..progress import CancelFn, ProgressFn, Reporter
from ..util.gc import paused_gc
from ..workspace import Workspace, now_text
from .canonical import CanonicalCounts, write_canonical
from .mapping import header_signature
from .parse import Parsed, parse_table
from .raw_store import raw_table  # the rows of one import as read (bench_rebuild.py wraps this name)
from .table import Table

CANONICAL_TABLES = ("order_items", "orders", "customer_keys", "consent", "consent_log", "customers", "cleaning_flags")
# A hook that changes parsed rows before they are written (the cleaning recipe plugs in here).
ParsedHook = Callable[[sqlite3.Connection, int, Table, Parsed], Parsed]
# Called after one import's rows are written (counts.row_customers: the customer id of each parsed row).
WrittenHook = Callable[[sqlite3.Connection, int, Parsed, CanonicalCounts], None]
# Called once after every import is written, before derived tables are refreshed (merges, flags).
FinishHook = Callable[[sqlite3.Connection], None]
# Refreshes everything computed from the canonical tables, inside the rebuild's transaction (the pipeline passes
# derived.refresh_derived).
Refresh = Callable[[Workspace, Reporter], object]


def rebuild_canonical(ws: Workspace, *, refresh: Refresh, hook: ParsedHook | None = None, written: WrittenHook | None = None,
                      finish: FinishHook | None = None, progress: ProgressFn | None = None,
                      cancelled: CancelFn | None = None) -> dict[int, CanonicalCounts]:
    """Empty the canonical tables, replay every finished import in order, then `refresh`; all or nothing."""
    reporter = Reporter(progress, cancelled)
    region = ws.meta("phone_region", "CN") or "CN"
    time_zone = ws.meta("time_zone") or None
    dayfirst = ws.meta("day_first", "0") == "1"
    imports = ws.conn.execute("SELECT id, mapping, file_name, imported_at, channel FROM imports"
                              " WHERE status = 'done' ORDER BY id").fetchall()
    results: dict[int, CanonicalCounts] = {}
    with paused_gc(), ws.transaction() as conn:  # millions of cells: no cyclic-collector rescans (refcounting stays)
        for name in CANONICAL_TABLES:
            conn.execute(f"DELETE FROM {name}")
        for number, (import_id, mapping, file_name, imported_at, channel) in enumerate(imports):
            reporter.step(number, len(imports), f"Rebuilding from {file_name}")
            table = raw_table(conn, import_id)
            mapping = json.loads(mapping)
            parsed = parse_table(table, mapping, region=region, time_zone=time_zone, dayfirst=dayfirst)
            if hook is not None:
                parsed = hook(conn, import_id, table, parsed)
            counts = write_canonical(conn, parsed, import_id, ref_namespace=header_signature(table.columns)[:10],
                                     channel=channel or file_name, source=file_name, now=imported_at)
            if written is not None:
                written(conn, import_id, parsed, counts)
            counts.row_customers = None  # not kept: one value per row
            results[import_id] = counts
            conn.execute("UPDATE imports SET orders_added = ?, customers_added = ? WHERE id = ?",
                         (counts.orders_added, counts.customers_added, import_id))
        if finish is not None:
            finish(conn)
        reporter.step(len(imports), len(imports), "Refreshing metrics")
        ws.audit("rebuild", {"imports": len(imports), "at": now_text()}, in_transaction=True)
        refresh(ws, reporter)
    return results


def canonical_snapshot(conn: sqlite3.Connection) -> dict[str, pd.DataFrame]:
    """The canonical tables as DataFrames (for comparisons in tests and the data-quality page)."""
    return {name: pd.read_sql_query(f"SELECT * FROM {name}", conn) for name in CANONICAL_TABLES}
