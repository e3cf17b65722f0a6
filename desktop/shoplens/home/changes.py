"""What changed since the last import: customers who moved up, slipped to churn risk, or came back.

"Since the last import" is read from the snapshots every import records: the current state (the newest snapshot)
against the newest snapshot of an earlier as-of date, i.e. the data as it stood before the import that last brought
newer orders. An import that brings no newer orders (a member list) is not a point to compare with: nothing could
have moved in time. The first import has nothing before it.

- moved up: customers of the China-8 segmentation (the newest live China-8 run) now in a more valuable type, the
  types ranked by spend, then orders, then recency (high M above high F above high R);
- slipped to churn risk: customers who entered the lifecycle tag "Churn risk";
- came back: customers at churn risk or lost then, new or active now (they bought again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .texts import ht

if TYPE_CHECKING:
    from ..workspace import Workspace

# the lifecycle template's values (tags.templates._lifecycle), found by their English names
NEW, ACTIVE, CHURN_RISK, LOST = "new", "active", "churn risk", "lost"
CHANGE_KEYS = ("moved_up", "slipped", "came_back")


@dataclass
class Changes:
    """Who moved between the snapshot `since` (as-of date) and the current one `until`; `since` None: nothing to
    compare yet."""

    since: dt.date | None = None
    until: dt.date | None = None
    moved_up: list[int] = field(default_factory=list)
    slipped: list[int] = field(default_factory=list)
    came_back: list[int] = field(default_factory=list)

    @property
    def available(self) -> bool:
        return self.since is not None

    def customers(self, key: str) -> list[int]:
        """The ids behind one change (moved_up, slipped or came_back)."""
        if key not in CHANGE_KEYS:
            raise ValueError(f"unknown change {key!r}; one of {CHANGE_KEYS}")
        return list(getattr(self, key))

    def sentence(self, key: str, lang: str = "en") -> str:
        return ht(f"{key}_why", lang, n=f"{len(self.customers(key)):,}")

    def heading(self, lang: str = "en") -> str:
        if not self.available:
            return ht("changes_none_yet", lang)
        return ht("changes_since", lang, since=self.since.isoformat() if self.since else "",
                  until=self.until.isoformat() if self.until else "")

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"since": self.since.isoformat() if self.since else None,
                               "until": self.until.isoformat() if self.until else None}
        for key in CHANGE_KEYS:
            ids = self.customers(key)
            out[key] = {"count": len(ids), "customers": ids}
        return out


def _cn8_rank(label: str) -> int | None:
    """A China-8 type's rank: 4·(high M) + 2·(high F) + (high R); None for customers without purchases."""
    from ..segmentation.schemes import get_scheme

    try:
        seg = get_scheme("rfm-cn8").segment(label)
    except KeyError:
        return None
    def high(levels: frozenset[int] | None) -> int:
        return int(levels is not None and 2 in levels and 1 not in levels)

    return 4 * high(seg.m) + 2 * high(seg.f) + high(seg.r)


def _segment_moves(ws: Workspace) -> tuple[str, str, list[int]] | None:
    """(since, until, moved-up ids) from the newest live China-8 run's snapshots; None without two as-of dates."""
    row = ws.conn.execute("SELECT max(id) FROM segmentations WHERE method = 'rfm-cn8' AND live = 1").fetchone()
    if row is None or row[0] is None:
        return None
    latest = ws.conn.execute("SELECT id, as_of, scheme_key FROM snapshots WHERE run_id = ? ORDER BY id DESC LIMIT 1",
                             (row[0],)).fetchone()
    if latest is None:
        return None
    before = ws.conn.execute("SELECT id, as_of FROM snapshots WHERE scheme_key = ? AND as_of < ?"
                             " ORDER BY as_of DESC, id DESC LIMIT 1", (latest[2], latest[1])).fetchone()
    if before is None:
        return None
    old = dict(ws.conn.execute("SELECT customer_id, label FROM segment_history WHERE snapshot_id = ?", (before[0],)))
    ranks: dict[str, int | None] = {}
    up = []
    for cid, label in ws.conn.execute("SELECT customer_id, label FROM segment_history WHERE snapshot_id = ?"
                                      " ORDER BY customer_id", (latest[0],)):
        was = old.get(cid)
        if was is None or was == label:
            continue
        for lab in (was, label):
            if lab not in ranks:
                ranks[lab] = _cn8_rank(lab)
        if ranks[was] is not None and ranks[label] is not None and ranks[label] > ranks[was]:  # type: ignore[operator]
            up.append(int(cid))
    return before[1], latest[1], up


def _lifecycle_moves(ws: Workspace) -> tuple[str, str, list[int], list[int]] | None:
    """(since, until, slipped ids, came-back ids) from the tag snapshots; None without the lifecycle tags (New,
    Active, Churn risk and Lost of the lifecycle template) or two as-of dates (or when the earlier snapshot keeps
    only counts)."""
    from ..tags.refresh import decode_members

    values = {name.strip().casefold(): tid for name, tid in ws.conn.execute(
        "SELECT d.name_en, d.id FROM tag_defs d JOIN tag_groups g ON g.id = d.group_id WHERE g.template = 'lifecycle'")}
    if not {NEW, ACTIVE, CHURN_RISK, LOST} <= set(values):
        return None
    latest = ws.conn.execute("SELECT id, as_of FROM tag_snapshots ORDER BY id DESC LIMIT 1").fetchone()
    if latest is None:
        return None
    tag_ids = [values[stage] for stage in (NEW, ACTIVE, CHURN_RISK, LOST)]
    marks = ",".join("?" * len(tag_ids))
    before = ws.conn.execute(
        f"SELECT s.id, s.as_of FROM tag_snapshots s WHERE s.as_of < ? AND (SELECT count(*) FROM tag_snapshot_counts c"
        f" WHERE c.snapshot_id = s.id AND c.members IS NOT NULL AND c.tag_id IN ({marks})) = ?"
        " ORDER BY s.as_of DESC, s.id DESC LIMIT 1", (latest[1], *tag_ids, len(tag_ids))).fetchone()
    if before is None:
        return None

    def members(snapshot: int, stage: str) -> set[int]:
        row = ws.conn.execute("SELECT members FROM tag_snapshot_counts WHERE snapshot_id = ? AND tag_id = ?",
                              (snapshot, values[stage])).fetchone()
        return set(decode_members(row[0]).tolist()) if row and row[0] is not None else set()

    slipped = members(latest[0], CHURN_RISK) - members(before[0], CHURN_RISK)
    lapsed = members(before[0], CHURN_RISK) | members(before[0], LOST)
    back = lapsed & (members(latest[0], NEW) | members(latest[0], ACTIVE))
    return before[1], latest[1], sorted(slipped), sorted(back)


def changes_since_last_import(ws: Workspace) -> Changes:
    """Who moved up, slipped to churn risk or came back since the last import that brought newer orders."""
    out = Changes()
    seg = _segment_moves(ws)
    life = _lifecycle_moves(ws)
    for found in (seg, life):
        if found is not None:
            out.since = max(out.since, dt.date.fromisoformat(found[0])) if out.since else dt.date.fromisoformat(
                found[0])
            out.until = dt.date.fromisoformat(found[1])
    if seg is not None:
        out.moved_up = seg[2]
    if life is not None:
        out.slipped, out.came_back = life[2], life[3]
    return out
