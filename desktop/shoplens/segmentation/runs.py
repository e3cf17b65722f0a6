"""Saved segmentation runs: save, list, load, rename and edit strategies, compare, snapshots and movement.

Every run keeps its members as of its date (`segment_members`) and a first snapshot. After a later import,
`refresh_runs` applies the newest run of each scheme to the new metrics and records another snapshot, so
`movement_since_previous` can show how customers moved (from → to counts). A re-run of the same scheme is
compared with the previous snapshot of that scheme the same way.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter
from ..util.gc import paused_gc
from ..workspace import now_text
from .build import RunResult, SegmentInfo

if TYPE_CHECKING:
    import pandas as pd

    from ..workspace import Workspace

OUTSIDE = "(not in run)"  # customers present in only one of two runs


def save_run(ws: Workspace, run: RunResult, name: str | None = None) -> int:
    """Store a run with its segments, members and first snapshot in one transaction; returns its id."""
    with ws.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO segmentations(name, method, scheme_key, parameters, as_of, created_at, customers)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name or run.name, run.method, run.scheme_key, json.dumps(run.parameters, ensure_ascii=False),
             run.as_of.isoformat(), now_text(), run.customers))
        run_id = int(cur.lastrowid)
        conn.executemany(
            "INSERT INTO segments(run_id, label, position, name_en, name_zh, strategy_en, strategy_zh, size, revenue,"
            " revenue_cents, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(run_id, s.label, i, s.name_en, s.name_zh, s.strategy_en, s.strategy_zh, s.size, s.revenue,
              s.revenue_cents, json.dumps(s.profile, ensure_ascii=False)) for i, s in enumerate(run.segments)])
        ids, labels = _members_of(run.labels)
        conn.executemany("INSERT INTO segment_members(run_id, customer_id, label) VALUES (?, ?, ?)",
                         zip(itertools.repeat(run_id), ids, labels, strict=False))
        _snapshot(conn, run_id, run.scheme_key, run.as_of, "run", ids, labels)
        ws.audit("segment", {"run_id": run_id, "method": run.method, "customers": run.customers},
                 in_transaction=True)
    run.id = run_id
    return run_id


def _members_of(labels: pd.Series) -> tuple[list[int], list[str]]:
    """Customer ids and labels (as text), in the order of `labels`."""
    return labels.index.astype("int64").tolist(), labels.astype(str).tolist()


def _snapshot(conn, run_id: int, scheme_key: str, as_of: dt.date, reason: str, ids: list[int],
              labels: list[str]) -> int:
    cur = conn.execute("INSERT INTO snapshots(run_id, scheme_key, as_of, taken_at, reason) VALUES (?, ?, ?, ?, ?)",
                       (run_id, scheme_key, as_of.isoformat(), now_text(), reason))
    snap = int(cur.lastrowid)
    with paused_gc():  # a row tuple per member: the collector would rescan them all
        conn.executemany("INSERT INTO segment_history(snapshot_id, customer_id, label) VALUES (?, ?, ?)",
                         zip(itertools.repeat(snap), ids, labels, strict=False))
    return snap


DEFAULT_METHOD = "rfm-cn8"  # China's eight customer types (TERMS.md), each of R, F, M against the shop's mean


def save_default_run(ws: Workspace, *, features: pd.DataFrame | None = None, progress: ProgressFn | None = None,
                     cancelled: CancelFn | None = None) -> int:
    """Segment every customer with the default scheme and save the run; returns its id. The one way "the default
    segmentation" is made: the defaults after a first import, the Reports page and the print dialog use it."""
    from .build import build_run

    run = build_run(ws, DEFAULT_METHOD, features=features, progress=progress, cancelled=cancelled)
    Reporter(None, cancelled).check()
    return save_run(ws, run)


def display_name(name: str, lang: str = "en") -> str:
    """A run's name in the UI language: the names ShopLens gives runs are translated, the user's own are kept."""
    import re

    from .schemes import SCHEME_NAMES

    if not lang.startswith("zh"):
        return name
    words = {"mean": "均值", "median": "中位数"}
    for en, zh in SCHEME_NAMES.values():
        if name == en:
            return zh
        found = re.fullmatch(re.escape(en) + r" \((mean|median)\)", name)
        if found:
            return f"{zh}（{words[found.group(1)]}）"
    found = re.fullmatch(r"KMeans \((\d+) groups\)", name)
    if found:
        return f"KMeans 聚类（{found.group(1)} 组）"
    return name


def list_runs(ws: Workspace) -> list[dict[str, Any]]:
    """Saved runs, newest first: id, name, method, scheme_key, as_of, created_at, customers, segments."""
    rows = ws.conn.execute(
        "SELECT s.id, s.name, s.method, s.scheme_key, s.as_of, s.created_at, s.customers,"
        " (SELECT count(*) FROM segments g WHERE g.run_id = s.id) FROM segmentations s ORDER BY s.id DESC").fetchall()
    keys = ("id", "name", "method", "scheme_key", "as_of", "created_at", "customers", "segments")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def load_run(ws: Workspace, run_id: int) -> RunResult:
    """A saved run with its segments and members."""
    import pandas as pd

    row = ws.conn.execute("SELECT method, scheme_key, name, parameters, as_of FROM segmentations WHERE id = ?",
                          (run_id,)).fetchone()
    if row is None:
        raise InputError("There is no segmentation run number {run_id} in this workspace.", run_id=run_id)
    method, scheme_key, name, parameters, as_of = row
    segments = [
        SegmentInfo(label, en, zh, s_en, s_zh, size, rev, json.loads(profile))
        for label, en, zh, s_en, s_zh, size, rev, profile in ws.conn.execute(
            "SELECT label, name_en, name_zh, strategy_en, strategy_zh, size, revenue_cents, profile FROM segments"
            " WHERE run_id = ? ORDER BY position", (run_id,))]
    members = ws.conn.execute("SELECT customer_id, label FROM segment_members WHERE run_id = ? ORDER BY customer_id",
                              (run_id,)).fetchall()
    labels = pd.Series([m[1] for m in members], index=pd.Index([m[0] for m in members], name="customer_id"),
                       dtype=object)
    params = json.loads(parameters)
    silhouette = {int(k): v for k, v in params.get("silhouette", {}).items()} or None
    return RunResult(method, scheme_key, name, params, dt.date.fromisoformat(as_of), labels, segments,
                     silhouette=silhouette, id=run_id)


def update_segment(ws: Workspace, run_id: int, label: str, **changes: str) -> None:
    """Rename a segment or edit its strategy: name_en, name_zh, strategy_en, strategy_zh."""
    allowed = {"name_en", "name_zh", "strategy_en", "strategy_zh"}
    bad = set(changes) - allowed
    if bad:
        raise ValueError(f"cannot change {sorted(bad)}")
    if not changes:
        return
    for key in ("name_en", "name_zh"):
        if key in changes and not str(changes[key]).strip():
            raise InputError("A segment needs a name.")
    sets = ", ".join(f"{k} = ?" for k in changes)
    with ws.transaction() as conn:
        cur = conn.execute(f"UPDATE segments SET {sets} WHERE run_id = ? AND label = ?",
                           (*[str(v).strip() for v in changes.values()], run_id, label))
        if cur.rowcount == 0:
            raise InputError('Run {run_id} has no segment "{label}".', run_id=run_id, label=label)


def delete_run(ws: Workspace, run_id: int) -> None:
    """Delete a run with its segments, members and snapshots (a backup copy of the workspace is made first)."""
    ws.backup("before-deleting-a-segmentation")
    with ws.transaction() as conn:
        snaps = [r[0] for r in conn.execute("SELECT id FROM snapshots WHERE run_id = ?", (run_id,))]
        conn.executemany("DELETE FROM segment_history WHERE snapshot_id = ?", [(s,) for s in snaps])
        for table, col in (("snapshots", "run_id"), ("segment_members", "run_id"), ("segments", "run_id"),
                           ("segmentations", "id")):
            conn.execute(f"DELETE FROM {table} WHERE {col} = ?", (run_id,))
        ws.audit("segment-delete", {"run_id": run_id}, in_transaction=True)


def compare_runs(ws: Workspace, run_a: int, run_b: int) -> pd.DataFrame:
    """Cross table of customer counts: rows are run A's segments, columns run B's (OUTSIDE for the missing)."""
    a = _members(ws, "SELECT customer_id, label FROM segment_members WHERE run_id = ?", run_a)
    b = _members(ws, "SELECT customer_id, label FROM segment_members WHERE run_id = ?", run_b)
    return _cross(a, b, _order(ws, run_a), _order(ws, run_b))


def movement(ws: Workspace, run_a: int, run_b: int) -> list[dict[str, Any]]:
    """From → to counts between two runs (latest snapshot of each), largest first; unchanged pairs included."""
    return _moves(_latest_snapshot(ws, run_a), _latest_snapshot(ws, run_b), ws)


def movement_between(ws: Workspace, snapshot_a: int, snapshot_b: int) -> list[dict[str, Any]]:
    """From → to counts between two snapshots, largest first."""
    return _moves(snapshot_a, snapshot_b, ws)


def movement_since_previous(ws: Workspace, run_id: int) -> dict[str, Any] | None:
    """How customers moved between the previous snapshot of this run's scheme and the run's latest one."""
    latest = _latest_snapshot(ws, run_id)
    scheme_key = ws.conn.execute("SELECT scheme_key FROM snapshots WHERE id = ?", (latest,)).fetchone()[0]
    prev = ws.conn.execute("SELECT id, as_of FROM snapshots WHERE scheme_key = ? AND id < ? ORDER BY id DESC LIMIT 1",
                           (scheme_key, latest)).fetchone()
    if prev is None:
        return None
    as_of = ws.conn.execute("SELECT as_of FROM snapshots WHERE id = ?", (latest,)).fetchone()[0]
    moves = _moves(prev[0], latest, ws)
    moved = sum(m["customers"] for m in moves if m["from"] != m["to"])
    return {"from_snapshot": prev[0], "to_snapshot": latest, "from_as_of": prev[1], "to_as_of": as_of,
            "moved": moved, "moves": moves}


def snapshots(ws: Workspace, run_id: int | None = None) -> list[dict[str, Any]]:
    """Snapshots (of one run, or all), oldest first."""
    sql = "SELECT id, run_id, scheme_key, as_of, taken_at, reason FROM snapshots"
    rows = ws.conn.execute(sql + (" WHERE run_id = ? ORDER BY id" if run_id else " ORDER BY id"),
                           (run_id,) if run_id else ()).fetchall()
    keys = ("id", "run_id", "scheme_key", "as_of", "taken_at", "reason")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def refresh_runs(ws: Workspace, features: pd.DataFrame | None = None, as_of: dt.date | None = None, *,
                 progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> list[int]:
    """Apply the newest run of each scheme to current metrics and record a snapshot; returns new snapshot ids."""
    from ..features.metrics import compute_features, default_as_of
    from .build import relabel

    reporter = Reporter(progress, cancelled)
    latest = ws.conn.execute("SELECT max(id), scheme_key FROM segmentations WHERE live = 1 GROUP BY scheme_key"
                             " ORDER BY 1").fetchall()
    if not latest:
        return []
    as_of = as_of or default_as_of(ws)
    if features is None:
        features = compute_features(ws, as_of, cancelled=reporter.cancelled)
    created = []
    with ws.transaction() as conn:
        for i, (run_id, scheme_key) in enumerate(latest):
            reporter.step(i, len(latest), "Updating segments")
            params = json.loads(conn.execute("SELECT parameters FROM segmentations WHERE id = ?",
                                             (run_id,)).fetchone()[0])
            try:
                labels = relabel(scheme_key, params, features)
            except InputError:
                continue  # e.g. no buyer left; the run keeps its last snapshot
            ids, names = _members_of(labels)
            last = _latest_snapshot(ws, run_id)
            last_as_of = conn.execute("SELECT as_of FROM snapshots WHERE id = ?", (last,)).fetchone()[0]
            if last_as_of == as_of.isoformat():
                with paused_gc():
                    if list(zip(ids, names, strict=True)) == _snapshot_pairs(ws, last):
                        continue
            created.append(_snapshot(conn, run_id, scheme_key, as_of, "refresh", ids, names))
    return created


def _snapshot_pairs(ws: Workspace, snapshot_id: int) -> list[tuple[int, str]]:
    return [tuple(r) for r in ws.conn.execute(
        "SELECT customer_id, label FROM segment_history WHERE snapshot_id = ? ORDER BY customer_id", (snapshot_id,))]


def _latest_snapshot(ws: Workspace, run_id: int) -> int:
    row = ws.conn.execute("SELECT max(id) FROM snapshots WHERE run_id = ?", (run_id,)).fetchone()
    if row is None or row[0] is None:
        raise InputError("There is no segmentation run number {run_id} in this workspace.", run_id=run_id)
    return int(row[0])


def _members(ws: Workspace, sql: str, key: int) -> pd.Series:
    import pandas as pd

    rows = ws.conn.execute(sql, (key,)).fetchall()
    if not rows and "segment_members" in sql:
        exists = ws.conn.execute("SELECT 1 FROM segmentations WHERE id = ?", (key,)).fetchone()
        if not exists:
            raise InputError("There is no segmentation run number {key} in this workspace.", key=key)
    return pd.Series([r[1] for r in rows], index=[r[0] for r in rows], dtype=object)


def _order(ws: Workspace, run_id: int) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT label FROM segments WHERE run_id = ? ORDER BY position",
                                          (run_id,))]


def _cross(a: pd.Series, b: pd.Series, rows: list[str], cols: list[str]) -> pd.DataFrame:
    import pandas as pd

    joined = pd.concat([a.rename("a"), b.rename("b")], axis=1).fillna(OUTSIDE)
    table = pd.crosstab(joined["a"], joined["b"])
    row_order = [r for r in rows if r in table.index] + [r for r in table.index if r not in rows]
    col_order = [c for c in cols if c in table.columns] + [c for c in table.columns if c not in cols]
    table = table.reindex(index=row_order, columns=col_order, fill_value=0)
    table.index.name, table.columns.name = "from", "to"
    return table


def _moves(snap_a: int, snap_b: int, ws: Workspace) -> list[dict[str, Any]]:
    sql = "SELECT customer_id, label FROM segment_history WHERE snapshot_id = ?"
    import pandas as pd

    a, b = _members(ws, sql, snap_a), _members(ws, sql, snap_b)
    joined = pd.concat([a.rename("from"), b.rename("to")], axis=1).fillna(OUTSIDE)
    counts = joined.groupby(["from", "to"]).size().reset_index(name="customers")
    counts = counts.sort_values(["customers", "from", "to"], ascending=[False, True, True])
    return [{"from": f, "to": t, "customers": int(n)} for f, t, n in counts.itertuples(index=False)]
