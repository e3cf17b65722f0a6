"""Keep tags current: evaluate every tag, store who has which tag, and keep a compact snapshot per refresh."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..progress import CancelFn, ProgressFn, Reporter
from .evaluate import Context, customer_frame, evaluate, first_match
from .model import TagDef, TagGroup

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ..workspace import Workspace

KEEP_MEMBERS = 100  # snapshots whose memberships are kept (counts are kept for every snapshot)


@dataclass
class GroupReport:
    """A group's outcome: customers per value, and the customers no value matched."""

    name_en: str
    name_zh: str
    counts: list[int]  # per value, in order
    no_match: np.ndarray  # customer ids that match no value
    group_id: int | None = None

    @property
    def no_match_count(self) -> int:
        return int(len(self.no_match))


@dataclass
class Evaluation:
    """Members of every tag (sorted customer ids by tag id) and the group reports, as of a date."""

    as_of: dt.date
    customers: int
    members: dict[int, np.ndarray] = field(default_factory=dict)
    groups: list[GroupReport] = field(default_factory=list)


def group_assignment(group: TagGroup, ctx: Context) -> tuple[np.ndarray, GroupReport]:
    """Each customer's value index in the group (first match, -1 for none) and the group's report."""
    import numpy as np

    assigned = first_match([v.rule for v in group.values], ctx)
    counts = np.bincount(assigned[assigned >= 0], minlength=len(group.values)).tolist()
    report = GroupReport(group.name_en, group.name_zh, counts, ctx.ids[assigned < 0], group.id)
    return assigned, report


def evaluate_definitions(ctx: Context, tags: list[TagDef], groups: list[TagGroup],
                         reporter: Reporter | None = None) -> Evaluation:
    """Evaluate single tags and groups (saved ones: keyed by id) against one customer frame."""
    reporter = reporter or Reporter()
    out = Evaluation(ctx.as_of, ctx.n)
    total = len(tags) + len(groups)
    for i, tag in enumerate(tags):
        reporter.step(i, total, "Evaluating tags")
        out.members[tag.id] = ctx.ids[evaluate(tag.rule, ctx)]
    for j, group in enumerate(groups):
        reporter.step(len(tags) + j, total, "Evaluating tags")
        assigned, report = group_assignment(group, ctx)
        out.groups.append(report)
        for i, value in enumerate(group.values):
            out.members[value.id] = ctx.ids[assigned == i]
    reporter.step(total, total, "")
    return out


def evaluate_tags(ws: Workspace, features: pd.DataFrame | None = None, as_of: dt.date | None = None, *,
                  progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> Evaluation:
    """Evaluate every saved tag against the customers' current metrics and attributes (nothing is written)."""
    from .store import list_groups, list_tags

    reporter = Reporter(progress, cancelled)
    groups = list_groups(ws)
    singles = [t for t in list_tags(ws) if t.group_id is None]
    frame, as_of = customer_frame(ws, features, as_of)
    reporter.check()
    return evaluate_definitions(Context(frame, as_of), singles, groups, reporter)


def encode_members(ids: np.ndarray) -> bytes:
    """Sorted positive customer ids as a compressed bitmap (b'B'), or compressed gaps when ids are sparse (b'D')."""
    import numpy as np

    ids = np.asarray(ids, dtype=np.int64)
    if len(ids) == 0:
        return b"E"
    top = int(ids.max())
    if top <= 64 * len(ids) + 1_000_000:
        bits = np.zeros(top + 1, dtype=bool)
        bits[ids] = True
        return b"B" + zlib.compress(np.packbits(bits).tobytes(), 6)
    gaps = np.diff(np.sort(ids), prepend=0).astype("<i8")
    return b"D" + zlib.compress(gaps.tobytes(), 6)


def decode_members(blob: bytes) -> np.ndarray:
    """The sorted customer ids stored by encode_members."""
    import numpy as np

    kind, body = blob[:1], blob[1:]
    if kind == b"E":
        return np.zeros(0, dtype=np.int64)
    raw = zlib.decompress(body)
    if kind == b"B":
        return np.flatnonzero(np.unpackbits(np.frombuffer(raw, dtype=np.uint8))).astype(np.int64)
    return np.cumsum(np.frombuffer(raw, dtype="<i8")).astype(np.int64)


def refresh_tags(ws: Workspace, features: pd.DataFrame | None = None, as_of: dt.date | None = None, *,
                 reason: str = "refresh", progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> int | None:
    """Re-evaluate every tag, replace `customer_tags`, and record a snapshot; returns its id (None: nothing changed).

    Runs inside the caller's transaction when there is one (refresh_derived after an import or a rebuild).
    """
    from ..workspace.workspace import now_text

    reporter = Reporter(progress, cancelled)
    if ws.conn.execute("SELECT 1 FROM tag_defs LIMIT 1").fetchone() is None:
        with ws.transaction() as conn:
            conn.execute("DELETE FROM customer_tags")
        return None
    result = evaluate_tags(ws, features, as_of, progress=reporter.progress, cancelled=reporter.cancelled)
    reporter.check()
    blobs = {tid: encode_members(ids) for tid, ids in result.members.items()}
    no_match = {str(g.group_id): g.no_match_count for g in result.groups}
    names = dict(ws.conn.execute("SELECT id, name_en FROM tag_defs"))
    with ws.transaction() as conn:
        _write_members(conn, result.members)
        if _same_as_latest(conn, result.as_of, blobs):
            return None
        cur = conn.execute("INSERT INTO tag_snapshots(as_of, taken_at, reason, customers, no_match)"
                           " VALUES (?, ?, ?, ?, ?)", (result.as_of.isoformat(), now_text(), reason,
                                                       result.customers, json.dumps(no_match)))
        snapshot_id = int(cur.lastrowid)
        conn.executemany("INSERT INTO tag_snapshot_counts(snapshot_id, tag_id, name_en, count, members)"
                         " VALUES (?, ?, ?, ?, ?)",
                         [(snapshot_id, tid, names.get(tid, ""), len(result.members[tid]), blob)
                          for tid, blob in blobs.items()])
        conn.execute("UPDATE tag_snapshot_counts SET members = NULL WHERE members IS NOT NULL AND snapshot_id <="
                     " (SELECT id FROM tag_snapshots ORDER BY id DESC LIMIT 1 OFFSET ?)", (KEEP_MEMBERS,))
    return snapshot_id


def _write_members(conn, members: dict[int, np.ndarray]) -> None:
    """Make `customer_tags` hold exactly `members`, writing only the changes since the last refresh where possible.

    A tag's rows equal its membership in the latest snapshot holding it (each refresh writes both); the row count
    is checked, and a tag whose rows cannot be trusted that way is rewritten whole.
    """
    import numpy as np

    present = dict(conn.execute("SELECT tag_id, count(*) FROM customer_tags GROUP BY tag_id"))
    latest = dict(conn.execute(
        "SELECT c.tag_id, c.members FROM tag_snapshot_counts c WHERE c.snapshot_id ="
        " (SELECT max(d.snapshot_id) FROM tag_snapshot_counts d WHERE d.tag_id = c.tag_id)"))
    insert = "INSERT INTO customer_tags(tag_id, customer_id) VALUES (?, ?)"
    for tid in set(present) - set(members):
        conn.execute("DELETE FROM customer_tags WHERE tag_id = ?", (tid,))
    for tid, ids in members.items():
        blob = latest.get(tid)
        old = decode_members(blob) if blob is not None else None
        if old is None or len(old) != present.get(tid, 0):
            if present.get(tid):
                conn.execute("DELETE FROM customer_tags WHERE tag_id = ?", (tid,))
            conn.executemany(insert, ((tid, cid) for cid in ids.tolist()))
            continue
        left = np.setdiff1d(old, ids, assume_unique=True)
        entered = np.setdiff1d(ids, old, assume_unique=True)
        conn.executemany("DELETE FROM customer_tags WHERE tag_id = ? AND customer_id = ?",
                         ((tid, cid) for cid in left.tolist()))
        conn.executemany(insert, ((tid, cid) for cid in entered.tolist()))


def _same_as_latest(conn, as_of: dt.date, blobs: dict[int, bytes]) -> bool:
    """True when the latest snapshot has the same as-of date and exactly the same members for the same tags."""
    row = conn.execute("SELECT id, as_of FROM tag_snapshots ORDER BY id DESC LIMIT 1").fetchone()
    if row is None or row[1] != as_of.isoformat():
        return False
    old = dict(conn.execute("SELECT tag_id, members FROM tag_snapshot_counts WHERE snapshot_id = ?", (row[0],)))
    return old == blobs
