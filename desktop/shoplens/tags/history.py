"""Reading tags back: a tag's counts over time, who entered or left it, a customer's tags, a tag's customers."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .model import LAYER_KEYS
from .refresh import decode_members
from .store import find_tag

if TYPE_CHECKING:
    from ..workspace import Workspace


def _tag_id(ws: Workspace, tag: str | int) -> int:
    """A tag's id; a deleted tag is still found by its English name in the snapshots."""
    try:
        return int(find_tag(ws, tag).id)
    except InputError:
        if isinstance(tag, str):
            row = ws.conn.execute("SELECT tag_id FROM tag_snapshot_counts WHERE lower(name_en) = lower(?)"
                                  " ORDER BY snapshot_id DESC LIMIT 1", (tag.strip(),)).fetchone()
            if row:
                return int(row[0])
        raise


def snapshots(ws: Workspace) -> list[dict[str, Any]]:
    """Every tag snapshot, oldest first: id, as_of, taken_at, reason, customers."""
    keys = ("id", "as_of", "taken_at", "reason", "customers")
    return [dict(zip(keys, r, strict=True)) for r in ws.conn.execute(
        "SELECT id, as_of, taken_at, reason, customers FROM tag_snapshots ORDER BY id")]


def tag_history(ws: Workspace, tag: str | int) -> list[dict[str, Any]]:
    """The tag's customer count at every snapshot that holds it, oldest first, with the change from the previous."""
    tid = _tag_id(ws, tag)
    rows = ws.conn.execute(
        "SELECT s.id, s.as_of, s.taken_at, s.reason, c.count FROM tag_snapshot_counts c"
        " JOIN tag_snapshots s ON s.id = c.snapshot_id WHERE c.tag_id = ? ORDER BY s.id", (tid,)).fetchall()
    out, previous = [], None
    for sid, as_of, taken_at, reason, count in rows:
        out.append({"snapshot_id": sid, "as_of": as_of, "taken_at": taken_at, "reason": reason, "count": count,
                    "change": None if previous is None else count - previous})
        previous = count
    return out


def _members(ws: Workspace, tid: int, snapshot_id: int) -> list[int]:
    exists = ws.conn.execute("SELECT 1 FROM tag_snapshots WHERE id = ?", (snapshot_id,)).fetchone()
    if exists is None:
        raise InputError("There is no tag snapshot number {snapshot_id} in this workspace.", snapshot_id=snapshot_id)
    row = ws.conn.execute("SELECT members FROM tag_snapshot_counts WHERE snapshot_id = ? AND tag_id = ?",
                          (snapshot_id, tid)).fetchone()
    if row is None:
        return []  # the tag did not exist yet (or any more) at that snapshot
    if row[0] is None:
        raise InputError("Snapshot {snapshot_id} is too old: only its counts are kept, not who had the tag.",
                         snapshot_id=snapshot_id)
    return decode_members(row[0]).tolist()


def tag_movement(ws: Workspace, tag: str | int, snapshot_a: int, snapshot_b: int) -> dict[str, Any]:
    """Who entered and who left the tag between two snapshots (customer ids), and how many stayed."""
    tid = _tag_id(ws, tag)
    a, b = set(_members(ws, tid, snapshot_a)), set(_members(ws, tid, snapshot_b))
    return {"tag_id": tid, "snapshot_a": snapshot_a, "snapshot_b": snapshot_b, "count_a": len(a), "count_b": len(b),
            "entered": sorted(b - a), "left": sorted(a - b), "stayed": len(a & b)}


def latest_movement(ws: Workspace, tag: str | int) -> dict[str, Any] | None:
    """Movement between the last two snapshots holding the tag (None with fewer than two)."""
    history = tag_history(ws, tag)
    if len(history) < 2:
        return None
    return tag_movement(ws, tag, history[-2]["snapshot_id"], history[-1]["snapshot_id"])


def tag_summary(ws: Workspace) -> list[dict[str, Any]]:
    """Every tag with its count at the last refresh and the change since the refresh before, by layer (cheap)."""
    from .store import list_groups, list_tags

    counts: dict[int, int] = {}  # the latest snapshot holding a tag has its current count (refresh writes both)
    change: dict[int, int] = {}
    for (tid,) in ws.conn.execute("SELECT id FROM tag_defs").fetchall():
        rows = ws.conn.execute("SELECT count FROM tag_snapshot_counts WHERE tag_id = ? ORDER BY snapshot_id DESC"
                               " LIMIT 2", (tid,)).fetchall()
        if rows:
            counts[tid] = rows[0][0]
        if len(rows) == 2:
            change[tid] = rows[0][0] - rows[1][0]
    groups = {g.id: g for g in list_groups(ws)}
    no_match = _latest_no_match(ws)
    out = []
    for tag in list_tags(ws):
        group = groups.get(tag.group_id)
        out.append({"id": tag.id, "name_en": tag.name_en, "name_zh": tag.name_zh, "layer": tag.layer,
                    "colour": tag.colour, "description": tag.description, "rule": tag.rule,
                    "group_id": tag.group_id, "group_en": group.name_en if group else None,
                    "group_zh": group.name_zh if group else None, "position": tag.position,
                    "count": int(counts.get(tag.id, 0)), "change": change.get(tag.id),
                    "group_no_match": no_match.get(tag.group_id) if group else None})
    return out


def _latest_no_match(ws: Workspace) -> dict[int, int]:
    row = ws.conn.execute("SELECT no_match FROM tag_snapshots ORDER BY id DESC LIMIT 1").fetchone()
    return {int(k): v for k, v in json.loads(row[0]).items()} if row else {}


def group_no_match(ws: Workspace, group_id: int) -> list[int]:
    """Customers who currently have none of the group's values (the group's rules leave them out)."""
    return [r[0] for r in ws.conn.execute(
        "SELECT id FROM customers WHERE id NOT IN (SELECT t.customer_id FROM customer_tags t JOIN tag_defs d"
        " ON d.id = t.tag_id WHERE d.group_id = ?) ORDER BY id", (group_id,))]


def tags_for_customer(ws: Workspace, customer_id: int) -> list[tuple[str, str, str, str]]:
    """A customer's tags as (name_en, name_zh, layer, colour), by layer then group position (profile card)."""
    order = "CASE d.layer " + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(LAYER_KEYS)) + " ELSE 99 END"
    return [tuple(r) for r in ws.conn.execute(
        f"SELECT d.name_en, d.name_zh, d.layer, d.colour FROM customer_tags t JOIN tag_defs d ON d.id = t.tag_id"
        f" WHERE t.customer_id = ? ORDER BY {order}, coalesce(d.group_id, 0), d.position, d.name_en",
        (int(customer_id),))]


def customer_ids_for_tag(ws: Workspace, name: str | int) -> list[int]:
    """The ids of the customers who have the tag now (by English or Chinese name, or id), ascending."""
    tid = find_tag(ws, name).id
    return [r[0] for r in ws.conn.execute("SELECT customer_id FROM customer_tags WHERE tag_id = ? ORDER BY customer_id",
                                          (tid,))]
