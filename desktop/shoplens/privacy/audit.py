"""Reading the audit log: who did what and when, grouped into the kinds the audit-log viewer filters by."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..progress import CancelFn, ProgressFn, Reporter

if TYPE_CHECKING:
    from ..workspace import Workspace

# viewer filter -> audit actions it shows; anything else is 'other'
GROUPS: dict[str, tuple[str, ...]] = {
    "import": ("import", "demo"),
    "export": ("export", "report", "campaign_export"),
    "merge": ("clean", "rebuild", "merge"),
    "erase": ("erase",),
    "backup": ("backup", "restore", "restored"),
}
GROUP_ORDER = ("all", *GROUPS, "other")


@dataclass
class AuditEntry:
    """One line of the audit log."""

    id: int
    at: str
    user: str
    action: str
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def group(self) -> str:
        return group_of(self.action)


def group_of(action: str) -> str:
    """The viewer's group of an audit action ('import', 'export', 'merge', 'erase', 'backup' or 'other')."""
    for group, actions in GROUPS.items():
        if action in actions:
            return group
    return "other"


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}


def audit_entries(ws: Workspace | sqlite3.Connection, group: str = "all", *, limit: int = 20_000,
                  progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> list[AuditEntry]:
    """The newest `limit` entries of one group ('all' for every entry), newest first."""
    conn = ws if isinstance(ws, sqlite3.Connection) else ws.conn
    reporter = Reporter(progress, cancelled)
    if group not in GROUP_ORDER:
        raise ValueError(f"unknown audit group {group!r}")
    if group == "all":
        where, args = "", ()
    elif group == "other":
        known = [a for actions in GROUPS.values() for a in actions]
        where, args = f" WHERE action NOT IN ({','.join('?' * len(known))})", tuple(known)
    else:
        actions = GROUPS[group]
        where, args = f" WHERE action IN ({','.join('?' * len(actions))})", actions
    rows = conn.execute(f"SELECT id, at, user, action, details FROM audit_log{where} ORDER BY id DESC LIMIT ?",
                        (*args, limit)).fetchall()
    reporter.check()
    return [AuditEntry(int(i), at, user, action, _details(details)) for i, at, user, action, details in rows]


def group_counts(ws: Workspace | sqlite3.Connection) -> dict[str, int]:
    """How many entries each group has ('all' included)."""
    conn = ws if isinstance(ws, sqlite3.Connection) else ws.conn
    counts = dict.fromkeys(GROUP_ORDER, 0)
    for action, n in conn.execute("SELECT action, count(*) FROM audit_log GROUP BY action"):
        counts[group_of(action)] += n
        counts["all"] += n
    return counts
