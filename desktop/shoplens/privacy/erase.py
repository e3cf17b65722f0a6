"""Forget a customer: remove the person from every table, the raw import rows and every backup, leaving no bytes behind.

The erasure is one transaction in the workspace (a failure or a cancel before it commits leaves the file as it
was); then each backup copy is opened and erased the same way, and every file is VACUUMed (SQLite rewrites it
without free pages) and its write-ahead log checkpointed and truncated, so the phone number and e-mail address are
found nowhere in the bytes. The audit log records that an erasure happened and the counts, never who it was.
"""

from __future__ import annotations

import contextlib
import copy
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..derived import refresh_derived
from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter
from ..scratch import sweep
from .person import Person, add_customers, find_person, ids_by_keys, ids_in, nobody_found
from .raw_rows import blank_mentions, erase_raw, person_details

if TYPE_CHECKING:
    from ..workspace import Workspace

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class ErasureResult:
    """What was removed: rows per table, raw rows, blanked cells, backups rewritten (and those that could not be)."""

    customers: int
    tables: dict[str, int] = field(default_factory=dict)
    raw_rows: int = 0
    cells_blanked: int = 0
    backups_rewritten: int = 0
    backups_failed: list[str] = field(default_factory=list)
    log_truncated: bool = True  # False when another program kept the write-ahead log busy
    leftovers_removed: int = 0  # half-written exports (scratch folders, .part files) of stopped processes

    @property
    def found(self) -> bool:
        """True when anything of the person was found (and removed) in this file."""
        return bool(self.customers or self.rows_removed or self.cells_blanked)

    @property
    def rows_removed(self) -> int:
        return sum(self.tables.values()) + self.raw_rows

    def to_dict(self) -> dict:
        return {"customers": self.customers, "tables": dict(self.tables), "raw_rows": self.raw_rows,
                "cells_blanked": self.cells_blanked, "backups_rewritten": self.backups_rewritten,
                "backups_failed": list(self.backups_failed), "log_truncated": self.log_truncated,
                "leftovers_removed": self.leftovers_removed}


def _tables(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    """Every ordinary table with its (column, declared type) pairs: not the raw rows (raw_chunks, or raw_<id> in a
    backup from before it: raw_rows.erase_raw handles them), not SQLite's own."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                        " AND name != 'raw_chunks' AND name NOT LIKE 'raw_%' ORDER BY name")]
    return {n: [(r[1], (r[2] or "").upper()) for r in conn.execute(f'PRAGMA table_info("{n}")')] for n in names}


def _delete(conn: sqlite3.Connection, counts: Counter, table: str, where: str, args: tuple = ()) -> None:
    cur = conn.execute(f'DELETE FROM "{table}" WHERE {where}', args)
    if cur.rowcount > 0:
        counts[table] += cur.rowcount


def _merge_steps(conn: sqlite3.Connection, key_texts: set[str]) -> list[int]:
    """Recipe steps that merge the person with someone (their keys are written in the step)."""
    import json

    out = []
    for step_id, params in conn.execute("SELECT id, params FROM cleaning_steps WHERE op = 'merge_customers'"):
        try:
            data = json.loads(params)
            keys = {f"{data['a'][0]}:{data['a'][1]}", f"{data['b'][0]}:{data['b'][1]}"}
        except (ValueError, KeyError, IndexError, TypeError):
            continue
        if keys & key_texts:
            out.append(int(step_id))
    return out


def erase_person(conn: sqlite3.Connection, person: Person, ids: list[int], region: str = "CN") -> ErasureResult:
    """Remove customers `ids` (the person in this file), their raw rows and the orders made from them, and every
    spelling of their phone and e-mail (with their name beside it) anywhere else; inside the caller's transaction."""
    tables = _tables(conn)
    mentions = person.mentions(region)
    counts: Counter = Counter()
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _forget_ids (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM _forget_ids")
    conn.executemany("INSERT INTO _forget_ids VALUES (?)", [(i,) for i in ids])
    in_ids = "IN (SELECT id FROM _forget_ids)"
    order_rows: dict[int, set[int]] = {}
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _forget_orders (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM _forget_orders")
    if "orders" in tables:
        for order_id, import_id, source_row in conn.execute(
                f"SELECT id, import_id, source_row FROM orders WHERE customer_id {in_ids}").fetchall():
            conn.execute("INSERT OR IGNORE INTO _forget_orders VALUES (?)", (order_id,))
            order_rows.setdefault(int(import_id), set()).add(int(source_row))
    raw = erase_raw(conn, person, order_rows, region, mentions)
    if "orders" in tables and raw.rows:  # orders made from their rows, even when no customer of theirs is left
        _orders_from_rows(conn, raw.rows)
    if "order_items" in tables:
        _delete(conn, counts, "order_items", "order_id IN (SELECT id FROM _forget_orders)")
    if "cleaning_flags" in tables:
        _delete(conn, counts, "cleaning_flags", f"(entity = 'customer' AND entity_id {in_ids})"
                " OR (entity = 'order' AND entity_id IN (SELECT id FROM _forget_orders))")
    if "orders" in tables:
        _delete(conn, counts, "orders", "id IN (SELECT id FROM _forget_orders)")
    for table, columns in tables.items():
        names = {c for c, _ in columns}
        if table != "customers" and "customer_id" in names:
            _delete(conn, counts, table, f"customer_id {in_ids}")
        if {"key_kind", "key_value"} <= names:  # a list that names people by key (campaign members)
            for kind, value in person.keys:
                _delete(conn, counts, table, "key_kind = ? AND key_value = ?", (kind, value))
    if "customer_keys" in tables:
        for kind, value in person.keys:
            _delete(conn, counts, "customer_keys", "kind = ? AND value = ?", (kind, value))
    key_texts = {f"{k}:{v}" for k, v in person.keys}
    if "merge_decisions" in tables and key_texts:
        for text in key_texts:
            _delete(conn, counts, "merge_decisions", "key_a = ? OR key_b = ?", (text, text))
    if "cleaning_steps" in tables:
        steps = _merge_steps(conn, key_texts)
        for step_id in steps:
            _delete(conn, counts, "cleaning_steps", "id = ?", (step_id,))
    _delete(conn, counts, "customers", f"id {in_ids}")
    blanked = raw.cells_blanked
    for table, columns in tables.items():  # a phone or e-mail written anywhere else (notes, skipped-row samples)
        text_columns = [c for c, kind in columns if kind in ("TEXT", "") and c != "customer_id"]
        blanked += blank_mentions(conn, table, text_columns, mentions)
    conn.execute("DELETE FROM _forget_ids")
    conn.execute("DELETE FROM _forget_orders")
    return ErasureResult(len(ids), dict(counts), raw.rows_deleted, blanked)


def _orders_from_rows(conn: sqlite3.Connection, rows: dict[int, set[int]]) -> None:
    """Add to _forget_orders the orders whose source is one of `rows` (import id -> row numbers)."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _forget_rows (import_id INTEGER, n INTEGER,"
                 " PRIMARY KEY (import_id, n))")
    conn.execute("DELETE FROM _forget_rows")
    conn.executemany("INSERT OR IGNORE INTO _forget_rows VALUES (?, ?)",
                     [(import_id, n) for import_id, numbers in rows.items() for n in numbers])
    conn.execute("INSERT OR IGNORE INTO _forget_orders SELECT o.id FROM orders AS o JOIN _forget_rows AS r"
                 " ON o.import_id = r.import_id AND o.source_row = r.n")
    conn.execute("DELETE FROM _forget_rows")


def compact(conn: sqlite3.Connection, attempts: int = 20) -> bool:
    """VACUUM the file and truncate its write-ahead log; False when a reader kept the log busy."""
    conn.execute("VACUUM")
    for _ in range(attempts):
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
        time.sleep(0.05)
    return False


def erase_backup(path: Path, person: Person, region: str = "CN") -> ErasureResult:
    """Erase the person in one backup copy and VACUUM it: the customers with one of their keys (or the same id with
    the same details), and what the copy's own raw rows add about them (the copy may hold rows the workspace no
    longer has)."""
    with open(path, "rb") as fh:
        if not fh.read(16).startswith(SQLITE_MAGIC):
            raise InputError("The backup is not a database file.", file=path.name)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            here = copy.deepcopy(person)
            person_details(conn, here, region)
            add_customers(conn, here, ids_in(conn, here))
            result = erase_person(conn, here, here.customer_ids, region)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        result.log_truncated = compact(conn)
    finally:
        conn.close()
    return result


def _holds(path: Path, person: Person) -> bool:
    """True when the file's bytes contain the person's phone, e-mail or name as written (UTF-8 or UTF-16), read in
    1 MB pieces that overlap (for files that are not databases: nothing else can be searched in them)."""
    texts = person.secrets() | {n for n in person.names if len(n) >= 2}
    texts |= {x.upper() for x in texts if "@" in x}
    needles = [x.encode(encoding) for x in texts for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    if not needles:
        return False
    overlap = max(len(n) for n in needles)
    tail = b""
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            data = tail + block
            if any(n in data for n in needles):
                return True
            tail = data[-overlap:]
    return False


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16).startswith(SQLITE_MAGIC)
    except OSError:
        return False


def _other_copies(ws: Workspace, person: Person, done: list[Path], result: ErasureResult, region: str) -> bool:
    """Other files beside the backups: interrupted copies (*.part) are deleted; any other database is erased like a
    backup (its raw rows are compressed: no byte search could tell whether it holds the person); any other file that
    holds the person's phone, e-mail or name is named in `backups_failed`. True when the person was found."""
    folder = ws.backup_dir
    found = False
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if path in done or not path.is_file() or path.is_symlink():
            continue
        if path.name.endswith(".part"):
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        try:
            if _is_database(path):
                found |= erase_backup(path, person, region).found
                result.backups_rewritten += 1
                continue
            if _holds(path, person):
                found = True
                raise InputError("The copy still holds the customer's data.", file=path.name)
        except (InputError, sqlite3.Error, OSError):
            result.backups_failed.append(path.name)
    return found


def forget_customer(ws: Workspace, *, customer_id: int | None = None, phone: str | None = None,
                    email: str | None = None, progress: ProgressFn | None = None,
                    cancelled: CancelFn | None = None) -> ErasureResult:
    """Forget one person everywhere: customers, raw rows, every other table, backups, export leftovers.

    Named by phone or e-mail, the person is searched for whether or not a customer of theirs is left (cleaning
    may have removed it while the raw rows and backups still hold them); InputError when they are found nowhere.
    """
    reporter = Reporter(progress, cancelled)
    if ws.readonly:
        raise InputError("This workspace is open read-only, so no customer can be removed from it.",
                         hint="Close the other copy of ShopLens that has it open, then try again.")
    region = ws.meta("phone_region", "CN") or "CN"
    person = find_person(ws.conn, customer_id=customer_id, phone=phone, email=email, region=region)
    reporter.step(0, 100, "Removing the customer")
    ws.conn.execute("PRAGMA secure_delete = ON")
    try:
        with ws.transaction() as conn:
            person_details(conn, person, region)  # what their raw rows say: their e-mail beside the phone, names
            add_customers(conn, person, ids_by_keys(conn, person))
            result = erase_person(conn, person, person.customer_ids, region)
            found_here = result.found
            reporter.step(30, 100, "Updating metrics, segments and tags")
            if result.tables:
                refresh_derived(ws, Reporter(None, cancelled))
            reporter.check()  # the last point where a cancel leaves everything as it was
            backups = ws.backups()
            if found_here:
                _audit(ws, person, result, backups, in_transaction=True)
        found = found_here
        for number, path in enumerate(backups):
            reporter.progress(50 + 40 * number // max(len(backups), 1), 100, "Erasing the customer from backups")
            try:
                found |= erase_backup(path, person, region).found
                result.backups_rewritten += 1
            except (InputError, sqlite3.Error, OSError):
                result.backups_failed.append(path.name)
        found |= _other_copies(ws, person, backups, result, region)
        result.leftovers_removed = len(sweep())  # half-written exports of stopped processes
        if not found:
            raise nobody_found(person)
        if not found_here:
            _audit(ws, person, result, backups, in_transaction=False)
        reporter.progress(90, 100, "Compacting the workspace file")
        try:
            result.log_truncated = compact(ws.conn)
        except sqlite3.OperationalError:  # another program holds the file: the erasure stands, compaction waits
            result.log_truncated = False
    finally:
        with contextlib.suppress(sqlite3.Error):
            ws.conn.execute("PRAGMA secure_delete = OFF")
    reporter.progress(100, 100, "")
    return result


def _audit(ws: Workspace, person: Person, result: ErasureResult, backups: list[Path], *, in_transaction: bool) -> None:
    """That an erasure happened, and its counts: never who it was."""
    ws.audit("erase", {"customers": result.customers, "by": person.by, "rows_removed": result.rows_removed,
                       "raw_rows": result.raw_rows, "backups": len(backups)}, in_transaction=in_transaction)
