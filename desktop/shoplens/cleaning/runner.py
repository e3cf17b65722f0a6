"""Running a recipe: on the parsed rows of every import during a rebuild (one transaction), or as a dry run."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..ingest.orders import BY_NUMBER
from ..ingest.parse import Parsed, parse_table
from ..ingest.rebuild import Refresh, raw_table, rebuild_canonical
from ..progress import CancelFn, ProgressFn, Reporter
from ..workspace import Workspace, now_text
from .catalog import operation
from .context import FrameContext, StepStats
from .merge import UnionFind, merge_into
from .recipe import Recipe, load_recipe, missing_names, save_recipe


class RecipeRun:
    """The state of one application of a recipe: per-step statistics, flags waiting for ids, merge pairs."""

    def __init__(self, recipe: Recipe, *, region: str = "CN", time_zone: str | None = None,
                 reporter: Reporter | None = None) -> None:
        self.recipe = recipe
        self.region = region
        self.time_zone = time_zone
        self.reporter = reporter or Reporter()
        self.active = [(i, s, operation(s.op)) for i, s in recipe.enabled_steps()]
        self.stats = {i: StepStats(i, s.op, s.label()) for i, s in enumerate(recipe.steps)}
        self.state: dict[int, dict[str, Any]] = {}
        self.pairs: list[tuple[int, int, int]] = []  # (step, customer a, customer b)
        self.order_flags: list[pd.DataFrame] = []
        self.customer_flags: list[pd.DataFrame] = []
        self._contexts: dict[int, FrameContext] = {}
        self.merged = 0

    # -- per import ---------------------------------------------------------------------------------------------
    def context(self, conn: sqlite3.Connection | None, import_id: int, table, kind: str,
                mapping: dict[str, str] | None = None) -> FrameContext:
        """The context of one import (its mapping read from the imports table unless given)."""
        if mapping is None:
            mapping = json.loads(conn.execute("SELECT mapping FROM imports WHERE id = ?", (import_id,)).fetchone()[0])
        return FrameContext(conn, import_id, table, mapping, kind, region=self.region, time_zone=self.time_zone)

    def clean(self, frame: pd.DataFrame, ctx: FrameContext, upto: int | None = None) -> pd.DataFrame:
        """Apply the enabled row steps (those before step `upto`, when given) to one import's parsed rows."""
        for index, step, op in self.active:
            if upto is not None and index >= upto:
                break
            if op.stage != "rows":
                continue
            ctx.run_state = self.state.setdefault(index, {})
            frame = op.apply(frame.copy(deep=False), ctx, step.params, self.stats[index])  # copy-on-write
            self.reporter.check()
        return frame

    def hook(self, conn: sqlite3.Connection, import_id: int, table, parsed):
        """rebuild_canonical's hook: clean the parsed rows before they are written."""
        ctx = self.context(conn, import_id, table, parsed.kind)
        self._contexts[import_id] = ctx
        return Parsed(self.clean(parsed.frame, ctx), parsed.problems, parsed.kind, parsed.fill_only)

    def written(self, conn: sqlite3.Connection, import_id: int, parsed, counts) -> None:
        """rebuild_canonical's after-write call: merge pairs from shared keys, flags tied to customers and orders."""
        ctx = self._contexts.pop(import_id)
        for index, step, op in self.active:
            if hasattr(op, "written"):
                op.written(conn, ctx, parsed, counts, step.params, self.stats[index], self)
        frame = parsed.frame
        for flag in ctx.flags:
            index = flag.index.intersection(frame.index)
            if not len(index):
                continue
            if flag.entity == "customer":
                ids = counts.row_customers.reindex(index).dropna().astype("int64").unique()
                self.customer_flags.append(pd.DataFrame({"entity_id": ids, "flag": flag.flag, "step": flag.step,
                                                         "detail": flag.detail}))
            else:
                nos = frame.loc[index, "order_no"] if "order_no" in frame else pd.Series(None, index=index)
                self.order_flags.append(pd.DataFrame({
                    "import_id": import_id, "order_no": nos.astype("object").where(nos.notna(), None).to_numpy(),
                    "row": frame.loc[index, "row"].to_numpy(), "flag": flag.flag, "step": flag.step,
                    "detail": flag.detail}))

    def add_pairs(self, step: int, pairs: Iterable[tuple[int, int]]) -> None:
        """Customers a step says are one person."""
        self.pairs += [(step, int(a), int(b)) for a, b in pairs]

    def finish(self, conn: sqlite3.Connection) -> None:
        """rebuild_canonical's finish call: after-write steps in order, then merges, then the flags."""
        conn.execute("DELETE FROM cleaning_flags")
        for index, step, op in self.active:
            if hasattr(op, "finish"):
                op.finish(conn, step.params, self.stats[index], self)
                self.reporter.check()
        groups = UnionFind()
        for step, a, b in self.pairs:
            if groups.union(a, b):
                self.stats[step].merged += 1
        mapping = groups.mapping()
        merge_into(conn, mapping)
        self.merged = len(mapping)
        self._write_flags(conn, mapping)

    def _write_flags(self, conn: sqlite3.Connection, mapping: dict[int, int]) -> None:
        sql = "INSERT OR IGNORE INTO cleaning_flags(entity, entity_id, flag, step, detail) VALUES (?, ?, ?, ?, ?)"
        if self.customer_flags:
            flags = pd.concat(self.customer_flags, ignore_index=True)
            flags["entity_id"] = flags["entity_id"].map(lambda c: mapping.get(c, c))
            conn.executemany(sql, [("customer", int(c), f, int(s), d)
                                   for c, f, s, d in flags[["entity_id", "flag", "step", "detail"]].itertuples(
                                       index=False, name=None)])
        if self.order_flags:
            flags = pd.concat(self.order_flags, ignore_index=True)
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS _order_flags (import_id INTEGER, order_no TEXT, row INTEGER,"
                         " flag TEXT, step INTEGER, detail TEXT)")
            conn.execute("DELETE FROM _order_flags")
            conn.executemany("INSERT INTO _order_flags VALUES (?, ?, ?, ?, ?, ?)",
                             [(int(i), n, int(r), f, int(s), d) for i, n, r, f, s, d in flags.itertuples(
                                 index=False, name=None)])
            conn.execute(
                "INSERT OR IGNORE INTO cleaning_flags(entity, entity_id, flag, step, detail)"
                " SELECT 'order', o.id, f.flag, f.step, f.detail FROM _order_flags f JOIN orders o"
                f" ON o.dedup_key = {BY_NUMBER.format('f.order_no')} WHERE f.order_no IS NOT NULL"
                " UNION ALL SELECT 'order', o.id, f.flag, f.step, f.detail FROM _order_flags f JOIN orders o"
                " ON o.import_id = f.import_id AND o.source_row = f.row WHERE f.order_no IS NULL")
            conn.execute("DELETE FROM _order_flags")

    def report(self) -> dict[str, Any]:
        """What every step did, as plain data."""
        return {"steps": [self.stats[i].to_dict() for i in range(len(self.recipe.steps))],
                "customers_merged": self.merged}


@dataclass
class CleaningResult:
    """What applying a recipe did."""

    steps: list[dict[str, Any]]
    missing: list[dict[str, Any]]
    customers_merged: int
    customers: int
    orders: int
    flags: dict[str, int] = field(default_factory=dict)
    backup: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def apply_recipe(ws: Workspace, recipe: Recipe | None = None, *, refresh: Refresh, save: bool = True,
                 backup: bool = True, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> CleaningResult:
    """Rebuild the canonical tables from the raw rows with the recipe (the saved one by default), then `refresh`
    what is computed from them (pipeline.apply_recipe passes derived.refresh_derived); all or nothing.

    With `save`, the recipe becomes the workspace's recipe in the same transaction. A cancel or an error leaves
    the workspace as it was (a backup copy is made first).
    """
    reporter = Reporter(progress, cancelled)
    recipe = load_recipe(ws.conn) if recipe is None else recipe
    missing = missing_names(recipe, ws.conn)
    path = str(ws.backup("before-cleaning")) if backup else None
    reporter.check()
    run = RecipeRun(recipe, region=ws.meta("phone_region", "CN") or "CN", time_zone=ws.meta("time_zone") or None,
                    reporter=reporter)
    for item in missing:
        run.stats[item["step"]].missing.append(item["name"])

    def finish(conn: sqlite3.Connection) -> None:
        run.finish(conn)
        if save:
            save_recipe(conn, recipe, now_text())
        summary = {**run.report(), "at": now_text()}
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('cleaning_last_run', ?)",
                     (json.dumps(summary, ensure_ascii=False),))
        ws.audit("clean", {"steps": len(recipe.steps), "enabled": len(run.active), "merged": run.merged},
                 in_transaction=True)

    rebuild_canonical(ws, refresh=refresh, hook=run.hook, written=run.written, finish=finish, progress=progress,
                      cancelled=cancelled)
    counts = ws.conn.execute("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM orders)").fetchone()
    flags = dict(ws.conn.execute("SELECT flag, count(*) FROM cleaning_flags GROUP BY flag").fetchall())
    return CleaningResult(run.report()["steps"], missing, run.merged, counts[0], counts[1], flags, path)


# -- dry runs (preview, quality report, suggestions): parse every import, write nothing -------------------------------
@dataclass
class ImportFrame:
    """One import parsed from its raw rows, before any cleaning step."""

    import_id: int
    file: str
    table: Any
    mapping: dict[str, str]
    parsed: Any


def load_frames(ws: Workspace, *, progress: ProgressFn | None = None,
                cancelled: CancelFn | None = None) -> list[ImportFrame]:
    """Every finished import parsed from its raw rows (as a rebuild would), nothing written."""
    reporter = Reporter(progress, cancelled)
    region = ws.meta("phone_region", "CN") or "CN"
    time_zone = ws.meta("time_zone") or None
    dayfirst = ws.meta("day_first", "0") == "1"
    rows = ws.conn.execute("SELECT id, file_name, mapping FROM imports WHERE status = 'done' ORDER BY id").fetchall()
    frames = []
    for number, (import_id, file, mapping) in enumerate(rows):
        reporter.step(number, len(rows), f"Reading {file}")
        table = raw_table(ws.conn, import_id)
        mapping = json.loads(mapping)
        parsed = parse_table(table, mapping, region=region, time_zone=time_zone, dayfirst=dayfirst)
        frames.append(ImportFrame(import_id, file, table, mapping, parsed))
    reporter.step(len(rows), len(rows), "")
    return frames


def dry_run(ws: Workspace, recipe: Recipe, frames: list[ImportFrame], *, upto: int | None = None
            ) -> tuple[RecipeRun, list[tuple[ImportFrame, FrameContext, pd.DataFrame]]]:
    """Apply the recipe's row steps (before `upto`) to parsed frames; returns the run and the cleaned frames."""
    run = RecipeRun(recipe, region=ws.meta("phone_region", "CN") or "CN", time_zone=ws.meta("time_zone") or None)
    out = []
    for item in frames:
        ctx = run.context(ws.conn, item.import_id, item.table, item.parsed.kind, item.mapping)
        out.append((item, ctx, run.clean(item.parsed.frame, ctx, upto)))
    return run, out
