"""What a step would do, before it is applied: rows changed, dropped or flagged, with samples before and after."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..workspace import Workspace
from .catalog import operation
from .context import StepStats
from .merge import UnionFind, customer_by_key
from .recipe import Recipe, missing_names
from .runner import ImportFrame, dry_run, load_frames


@dataclass
class StepPreview:
    """The effect of one step computed without writing (on the parsed rows, or on the current tables)."""

    index: int
    op: str
    label: str
    rows_before: int = 0
    rows_after: int = 0
    changed_rows: int = 0
    dropped_rows: int = 0
    flagged: int = 0
    merged: int = 0
    changed: dict[str, int] = field(default_factory=dict)
    samples: list[dict[str, Any]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def plain(value: Any) -> Any:
    """A JSON-friendly Python value (None for every kind of missing)."""
    if value is None or (not isinstance(value, str | bytes) and pd.isna(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def _row_dict(frame: pd.DataFrame, label, columns: list[str]) -> dict[str, Any]:
    return {c: plain(frame.at[label, c]) for c in columns if c in frame}


def _differs(a: pd.Series, b: pd.Series) -> pd.Series:
    both_na = a.isna().to_numpy() & b.isna().to_numpy()
    left = a.astype("object").where(a.notna(), None).to_numpy()
    right = b.astype("object").where(b.notna(), None).to_numpy()
    equal = np.array([x == y for x, y in zip(left, right, strict=True)], dtype=bool)
    return pd.Series(~(equal | both_na), index=a.index)


def preview_step(ws: Workspace, recipe: Recipe, index: int, *, frames: list[ImportFrame] | None = None,
                 sample: int = 5) -> StepPreview:
    """Apply the enabled steps before `index`, then step `index` (even when disabled), and compare."""
    if not 0 <= index < len(recipe.steps):
        raise InputError("There is no step {index} in the recipe.", index=index + 1)
    step = recipe.steps[index]
    op = operation(step.op)
    result = StepPreview(index, step.op, step.label())
    result.missing = [m["name"] for m in missing_names(recipe, ws.conn) if m["step"] == index]
    if op.stage == "after":
        return _preview_after(ws, recipe, index, result, frames, sample)
    frames = frames if frames is not None else load_frames(ws)
    run, cleaned = dry_run(ws, recipe, frames, upto=index)
    for item, ctx, before in cleaned:
        stats = StepStats(index, step.op, result.label)
        ctx.flags, ctx.run_state = [], {}
        after = op.apply(before.copy(), ctx, step.params, stats)
        result.rows_before += len(before)
        result.rows_after += len(after)
        kept = before.index.intersection(after.index)
        dropped = before.index.difference(after.index)
        result.dropped_rows += len(dropped)
        result.flagged += stats.flagged
        changed_any = pd.Series(False, index=kept)
        touched: list[str] = []
        for col in after.columns:
            if col == "row":
                continue
            old = before[col].reindex(kept) if col in before else pd.Series(None, index=kept, dtype="object")
            diff = _differs(old, after[col].reindex(kept))
            if diff.any():
                result.changed[col] = result.changed.get(col, 0) + int(diff.sum())
                touched.append(col)
                changed_any |= diff
        result.changed_rows += int(changed_any.sum())
        flagged_labels = [label for f in ctx.flags for label in f.index]
        for label in list(changed_any[changed_any].index) + list(flagged_labels):
            if len(result.samples) >= sample:
                break
            cols = touched or [c for c in before.columns if c != "row"][:4]
            result.samples.append({"file": item.file, "row": int(before.at[label, "row"]),
                                   "before": _row_dict(before, label, cols), "after": _row_dict(after, label, cols),
                                   "flags": sorted({f.flag for f in ctx.flags if label in f.index})})
        for label in dropped[: max(0, sample - len(result.samples))]:
            cols = [c for c in before.columns if c != "row"][:6]
            result.samples.append({"file": item.file, "row": int(before.at[label, "row"]),
                                   "before": _row_dict(before, label, cols), "after": None, "flags": []})
    return result


def _preview_after(ws, recipe, index, result, frames, sample) -> StepPreview:
    step = recipe.steps[index]
    conn = ws.conn
    if step.op == "outliers":
        found, limit = operation("outliers").find(conn, step.params)
        result.flagged = len(found)
        if len(found):
            rows = conn.execute(f"SELECT id, order_no, order_time, amount_cents FROM orders WHERE id IN"
                                f" ({','.join(str(int(i)) for i in found['id'].head(sample))})").fetchall()
            result.samples = [{"order_id": r[0], "order_no": r[1], "order_time": r[2], "before": {"amount": r[3]},
                               "after": {"amount": r[3]}, "flags": ["outlier"], "limit_cents": round(limit)}
                              for r in rows]
        return result
    if step.op == "merge_customers":
        ids = [customer_by_key(conn, step.params[s]) for s in ("a", "b")]
        if None in ids or ids[0] == ids[1]:
            return result
        cols = [d[0] for d in conn.execute("SELECT * FROM customers LIMIT 0").description]
        rows = [dict(zip(cols, conn.execute("SELECT * FROM customers WHERE id = ?", (i,)).fetchone(), strict=True))
                for i in ids]
        keep, other = (rows[0], rows[1]) if rows[0]["id"] < rows[1]["id"] else (rows[1], rows[0])
        merged = {c: keep[c] if keep[c] is not None else other[c] for c in cols}
        result.merged = 1
        result.samples = [{"before": rows, "after": merged}]
        return result
    if step.op == "merge_shared_keys":
        frames = frames if frames is not None else load_frames(ws)
        _, cleaned = dry_run(ws, recipe, frames, upto=index)
        pairs = shared_key_pairs(conn, [(item.table, frame) for item, _, frame in cleaned])
        groups = UnionFind()
        result.merged = sum(groups.union(a, b) for a, b in pairs)
        for a, b in pairs[:sample]:
            names = dict(conn.execute(f"SELECT id, coalesce(name, member_no, phone, email, '') FROM customers"
                                      f" WHERE id IN ({int(a)}, {int(b)})").fetchall())
            result.samples.append({"before": [{"id": a, "name": names.get(a)}, {"id": b, "name": names.get(b)}],
                                   "after": {"id": min(a, b)}})
        return result
    return result


def shared_key_pairs(conn: sqlite3.Connection, frames: list[tuple[Any, pd.DataFrame]]) -> list[tuple[int, int]]:
    """Pairs of current customers that one row's keys tie together (they would be merged as one person)."""
    from ..ingest.mapping import header_signature
    from ..ingest.parse import KEY_FIELDS

    keys = pd.read_sql_query("SELECT kind, value, customer_id FROM customer_keys", conn)
    if keys.empty:
        return []
    lookup = {kind: part.set_index("value")["customer_id"] for kind, part in keys.groupby("kind")}
    pairs: set[tuple[int, int]] = set()
    for table, frame in frames:
        kinds = [k for k in KEY_FIELDS if k in frame and k in lookup]
        if len(kinds) < 2:
            continue
        namespace = header_signature(table.columns)[:10]
        ids = pd.DataFrame(index=frame.index)
        for kind in kinds:
            values = frame[kind].astype("object")
            if kind == "customer_ref":
                values = values.map(lambda v, ns=namespace: None if v is None or v != v else f"{ns}:{v}")
            ids[kind] = values.map(lookup[kind])
        ids = ids[ids.nunique(axis=1) >= 2]
        for row in ids.itertuples(index=False, name=None):
            found = sorted({int(v) for v in row if v == v and v is not None})
            pairs |= {(found[0], other) for other in found[1:]}
    return sorted(pairs)
