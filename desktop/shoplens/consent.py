"""Consent: each customer's answer per channel (the `consent` table) and the ledger of every change to it.

The `consent` table holds the current answer per customer and channel (exports and campaigns read it through
`opted_out`); the ledger `consent_log` keeps every change that led there, with the old and new value, source and
date. Imports feed both through `write_consent`; a rebuild empties both and replays the imports in order with each
import's own date, so the ledger comes out the same.

Who refused: for a channel ('sms', 'email', 'wechat'), a customer refused when their row for that channel says
refused, or when they have no row for that channel and their 'all' row says refused. For channel 'all' (a list for
every channel), a refusal on any channel counts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InputError
from .workspace.schema import table_exists

if TYPE_CHECKING:
    from .workspace import Workspace

CHANNELS = ("sms", "email", "wechat", "all")
CHANNEL_OF_FIELD = {"consent_any": "all", "consent_sms": "sms", "consent_email": "email"}


@dataclass(frozen=True)
class ConsentChange:
    """One line of the ledger."""

    customer_id: int
    channel: str
    old_allowed: bool | None  # None: no answer before
    new_allowed: bool
    source: str
    import_id: int | None
    changed_at: str


def write_consent(conn: sqlite3.Connection, channel: str, answers: Iterable[tuple[int, bool]], *, source: str,
                  import_id: int | None, now: str) -> int:
    """Set the current consent of each (customer id, allowed) on `channel` and log the changes; returns how many."""
    answers = [(int(c), int(bool(v))) for c, v in answers]
    if not answers:
        return 0
    ledger = table_exists(conn, "consent_log")
    before: dict[int, int] = {}
    if ledger:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _consent_ids (id INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM _consent_ids")
        conn.executemany("INSERT OR IGNORE INTO _consent_ids VALUES (?)", [(c,) for c, _ in answers])
        before = dict(conn.execute(
            "SELECT customer_id, allowed FROM consent WHERE channel = ? AND customer_id IN (SELECT id FROM _consent_ids)",
            (channel,)).fetchall())
        conn.execute("DELETE FROM _consent_ids")
    changed = [(c, v) for c, v in answers if before.get(c) != v]
    conn.executemany(
        "INSERT OR REPLACE INTO consent(customer_id, channel, allowed, source, changed_at) VALUES (?, ?, ?, ?, ?)",
        [(c, channel, v, source, now) for c, v in changed])
    if ledger:
        conn.executemany(
            "INSERT INTO consent_log(customer_id, channel, old_allowed, new_allowed, source, import_id, changed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(c, channel, before.get(c), v, source, import_id, now) for c, v in changed])
    return len(changed)


def consent_history(conn: sqlite3.Connection, customer_id: int, channel: str | None = None) -> list[ConsentChange]:
    """The ledger of one customer (optionally one channel), oldest change first."""
    if not table_exists(conn, "consent_log"):
        return []
    sql = ("SELECT customer_id, channel, old_allowed, new_allowed, source, import_id, changed_at FROM consent_log"
           " WHERE customer_id = ?")
    args: tuple = (customer_id,)
    if channel is not None:
        sql += " AND channel = ?"
        args += (channel,)
    rows = conn.execute(sql + " ORDER BY id", args).fetchall()
    return [ConsentChange(int(c), ch, None if old is None else bool(old), bool(new), src, imp, at)
            for c, ch, old, new, src, imp, at in rows]


def current_consent(conn: sqlite3.Connection, customer_id: int) -> dict[str, bool]:
    """The current answer per channel of one customer ({} when none was ever given)."""
    return {ch: bool(v) for ch, v in conn.execute(
        "SELECT channel, allowed FROM consent WHERE customer_id = ? ORDER BY channel", (customer_id,))}


def repoint_ledger(conn: sqlite3.Connection) -> None:
    """After a merge (temp table _merge from_id -> to_id): the merged customers' ledger lines move to the survivor."""
    if table_exists(conn, "consent_log"):
        conn.execute("UPDATE consent_log SET customer_id = (SELECT to_id FROM _merge WHERE from_id = customer_id)"
                     " WHERE customer_id IN (SELECT from_id FROM _merge)")


def check_channel(channel: str) -> str:
    """The channel, or InputError when it is not one ShopLens knows."""
    if channel not in CHANNELS:
        raise InputError('Unknown channel "{channel}".', hint="Choose sms, email, wechat or all.", channel=channel)
    return channel


def opted_out(ws: Workspace, ids: Sequence[int], channel: str) -> set[int]:
    """The customers among `ids` who refused marketing on `channel` (see the rule above)."""
    check_channel(channel)
    if not ids:
        return set()
    if channel == "all":
        having = "min(allowed) = 0"
        args: tuple = ()
    else:
        having = ("coalesce(max(CASE WHEN channel = ? THEN allowed END),"
                  " max(CASE WHEN channel = 'all' THEN allowed END), 1) = 0")
        args = (channel,)
    rows = ws.conn.execute(
        f"SELECT customer_id FROM consent WHERE customer_id IN (SELECT value FROM json_each(?))"
        f" GROUP BY customer_id HAVING {having}", (json.dumps(list(ids)), *args)).fetchall()
    return {int(r[0]) for r in rows}
