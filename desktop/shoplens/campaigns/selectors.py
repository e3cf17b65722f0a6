"""Which customers an export is about: a segment of a saved run, a tag, or an explicit list of customer ids."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..workspace.schema import table_exists

if TYPE_CHECKING:
    from ..workspace import Workspace


@dataclass(frozen=True)
class Selector:
    """A segment (`label`, optional `run_id`), a tag (`name`) or explicit customer ids (`ids`)."""

    kind: str  # 'segment' | 'tag' | 'ids'
    label: str = ""
    run_id: int | None = None
    name: str = ""
    ids: tuple[int, ...] = field(default=(), repr=False)
    description: str = ""  # for 'ids': what the list is, e.g. "filtered customer table"

    @classmethod
    def segment(cls, label: str, run_id: int | None = None) -> Selector:
        """The members of a segment: in run `run_id`, or in the newest run that has the label."""
        return cls("segment", label=str(label), run_id=run_id)

    @classmethod
    def tag(cls, name: str) -> Selector:
        """The customers carrying a tag (by its English or Chinese name)."""
        return cls("tag", name=str(name))

    @classmethod
    def customer_ids(cls, ids: Iterable[int], description: str = "customer list") -> Selector:
        """An explicit list of customer ids, e.g. the UI's currently filtered customer table."""
        return cls("ids", ids=tuple(dict.fromkeys(int(i) for i in ids)), description=description)

    def audit_details(self) -> dict[str, Any]:
        """What was selected, for the audit log (never customer data: ids are counted, not listed)."""
        if self.kind == "segment":
            return {"segment": self.label, "run_id": self.run_id}
        if self.kind == "tag":
            return {"tag": self.name}
        return {"list": self.description, "ids": len(self.ids)}


def as_selector(value: Selector | Iterable[int]) -> Selector:
    """A Selector as given, or one made from a list of customer ids."""
    if isinstance(value, Selector):
        return value
    if isinstance(value, str | bytes):
        raise TypeError("give a Selector or a list of customer ids")
    return Selector.customer_ids(value)


def resolve(ws: Workspace, selector: Selector | Iterable[int]) -> tuple[list[int], int | None]:
    """The customer ids a selector stands for (ascending) and the segmentation run it used (or None)."""
    selector = as_selector(selector)
    if selector.kind == "segment":
        run_id, label = segment_run(ws, selector.label, selector.run_id)
        return customer_ids_for_segment(ws, label, run_id), run_id
    if selector.kind == "tag":
        return customer_ids_for_tag(ws, selector.name), None
    if selector.kind == "ids":
        return sorted(selector.ids), None
    raise ValueError(f"unknown selector kind {selector.kind!r}")


def segment_run(ws: Workspace, label: str, run_id: int | None = None) -> tuple[int, str]:
    """(run id, label) for a segment given by label (or by its English/Chinese name), newest run first."""
    if not table_exists(ws.conn, "segments") or ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0] == 0:
        raise InputError("This workspace has no segmentation run yet, so there is no segment to export.",
                         hint="Segment the customers first (shoplens segment, or Segments in the app).")
    if run_id is not None:
        if ws.conn.execute("SELECT 1 FROM segmentations WHERE id = ?", (run_id,)).fetchone() is None:
            raise InputError("There is no segmentation run number {run_id} in this workspace.", run_id=run_id)
        where, args = "run_id = ? AND ", (run_id,)
    else:
        where, args = "", ()
    for column in ("label", "name_en", "name_zh"):
        row = ws.conn.execute(
            f"SELECT run_id, label FROM segments WHERE {where}{column} = ? COLLATE NOCASE ORDER BY run_id DESC LIMIT 1",
            (*args, label.strip())).fetchone()
        if row:
            return int(row[0]), str(row[1])
    known = [r[0] for r in ws.conn.execute(
        "SELECT label FROM segments WHERE run_id = ? ORDER BY position",
        (run_id if run_id is not None else ws.conn.execute("SELECT max(id) FROM segmentations").fetchone()[0],))]
    raise InputError('There is no segment "{label}" in segmentation run {run_id}.' if run_id is not None else
                     'There is no segment "{label}" in any segmentation run.',
                     hint="Segments of the newest run: {known}." if known else None, label=label, run_id=run_id,
                     known=", ".join(known))


def customer_ids_for_segment(ws: Workspace, label: str, run_id: int) -> list[int]:
    """Members of a segment in a run: the run's latest snapshot (refreshed after imports), else its own members."""
    snap = ws.conn.execute("SELECT max(id) FROM snapshots WHERE run_id = ?", (run_id,)).fetchone()[0] \
        if table_exists(ws.conn, "snapshots") else None
    if snap is not None:
        rows = ws.conn.execute("SELECT customer_id FROM segment_history WHERE snapshot_id = ? AND label = ?"
                               " ORDER BY customer_id", (snap, label)).fetchall()
    else:
        rows = ws.conn.execute("SELECT customer_id FROM segment_members WHERE run_id = ? AND label = ?"
                               " ORDER BY customer_id", (run_id, label)).fetchall()
    return [int(r[0]) for r in rows]


def customer_ids_for_tag(ws: Workspace, name: str) -> list[int]:
    """Customers carrying the tag named `name` (English or Chinese name); InputError when tags are not there."""
    if not (table_exists(ws.conn, "customer_tags") and table_exists(ws.conn, "tag_defs")):
        raise InputError("This workspace has no tags yet, so there is nothing to export by tag.",
                         hint="Create tags first, or export a segment instead.")
    row = ws.conn.execute("SELECT id FROM tag_defs WHERE name_en = ? COLLATE NOCASE OR name_zh = ? LIMIT 1",
                          (name.strip(), name.strip())).fetchone()
    if row is None:
        known = [r[0] for r in ws.conn.execute("SELECT name_en FROM tag_defs ORDER BY name_en LIMIT 30")]
        raise InputError('There is no tag "{name}" in this workspace.',
                         hint="Tags: {known}." if known else "This workspace has no tags yet.", name=name,
                         known=", ".join(known))
    return [int(r[0]) for r in ws.conn.execute(
        "SELECT customer_id FROM customer_tags WHERE tag_id = ? ORDER BY customer_id", (row[0],))]
