"""The consent ledger: each change of a customer's consent on a channel, with the old and new value, source and date.

The `consent` table holds the current answer per customer and channel (exports and campaigns read it); the ledger
`consent_log` keeps every change that led there. Imports feed both through `write_consent`; a rebuild empties both
and replays the imports in order with each import's own date, so the ledger comes out the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

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


def _has_ledger(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'consent_log'").fetchone() \
        is not None


def write_consent(conn: sqlite3.Connection, channel: str, answers: Iterable[tuple[int, bool]], *, source: str,
                  import_id: int | None, now: str) -> int:
    """Set the current consent of each (customer id, allowed) on `channel` and log the changes; returns how many."""
    answers = [(int(c), int(bool(v))) for c, v in answers]
    if not answers:
        return 0
    ledger = _has_ledger(conn)
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
    if not _has_ledger(conn):
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
    if _has_ledger(conn):
        conn.execute("UPDATE consent_log SET customer_id = (SELECT to_id FROM _merge WHERE from_id = customer_id)"
                     " WHERE customer_id IN (SELECT from_id FROM _merge)")
