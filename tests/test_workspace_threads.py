"""One thread owns the workspace: only it writes; every other thread reads through a read-only connection of its own.

The bug these guard against (issue 15): one connection shared by every thread let the main thread's `set_meta` join
a transaction a worker had opened; the worker rolled back and the setting was lost without a word.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

import pytest

from shoplens.workspace import NotTheOwner, Workspace, close_thread_readers


class OwnerThread:
    """A thread that opens the workspace and then runs what it is given, one call at a time (the app's write thread)."""

    def __init__(self) -> None:
        self.calls: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._loop, name="owner", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while (item := self.calls.get()) is not None:
            fn, done = item
            try:
                done.put((True, fn()))
            except BaseException as exc:  # handed back to the caller
                done.put((False, exc))

    def submit(self, fn: Callable[[], Any]) -> queue.SimpleQueue:
        done: queue.SimpleQueue = queue.SimpleQueue()
        self.calls.put((fn, done))
        return done

    def call(self, fn: Callable[[], Any]) -> Any:
        ok, value = self.submit(fn).get(timeout=20)
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        self.calls.put(None)
        self.thread.join(20)


def in_other_thread(fn: Callable[[], Any]) -> Any:
    """Run fn in a new thread (not the owner); return its result or raise what it raised."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # re-raised below, in the test's thread
            out["error"] = exc
        finally:
            close_thread_readers()

    t = threading.Thread(target=run, name="not-the-owner")
    t.start()
    t.join(20)
    if "error" in out:
        raise out["error"]
    return out["value"]


def count_imports(ws: Workspace) -> int:
    return ws.conn.execute("SELECT count(*) FROM imports").fetchone()[0]


def test_a_write_from_another_thread_is_not_lost_when_the_owner_rolls_back(tmp_path):
    """The reproduction of the lost write, against the new design: the main thread cannot join the owner's
    transaction (nor read its uncommitted row); its setting, handed to the owner, survives the owner's rollback."""
    path = tmp_path / "shop.shoplens"
    Workspace.create(path).close()
    owner = OwnerThread()
    inserted, roll_back = threading.Event(), threading.Event()
    try:
        ws = owner.call(lambda: Workspace.open(path))

        def insert_then_roll_back() -> None:
            class Undo(Exception):
                pass

            with pytest.raises(Undo), ws.transaction() as conn:
                conn.execute("INSERT INTO imports(file_name, sha256, kind, columns, mapping, header_row, rows_read,"
                             " rows_skipped, status, imported_at) VALUES ('a.csv', 'x', 'orders', '[]', '{}', 0, 0,"
                             " 0, 'running', '2026-12-07 10:00:00')")
                inserted.set()
                assert roll_back.wait(20)
                raise Undo()

        undone = owner.submit(insert_then_roll_back)
        assert inserted.wait(20)
        # the main thread reads through its own connection: the owner's transaction under way is invisible
        assert count_imports(ws) == 0
        with pytest.raises(NotTheOwner, match="'owner'.*'MainThread'"):
            ws.set_meta("shop_name", "Tea House")  # before: joined the owner's transaction and returned at once
        saved = owner.submit(lambda: ws.set_meta("shop_name", "Tea House"))  # the way a write is made: on the owner
        roll_back.set()
        assert undone.get(timeout=20) == (True, None)
        assert saved.get(timeout=20) == (True, None)
        assert ws.meta("shop_name") == "Tea House"
        assert count_imports(ws) == 0
        ws.close_reader()
        owner.call(ws.close)
    finally:
        roll_back.set()
        owner.stop()
    with Workspace.open(path) as again:
        assert again.meta("shop_name") == "Tea House"
        assert count_imports(again) == 0


def test_no_thread_but_the_owner_can_write(tmp_path):
    """Every way to write, tried from a thread that does not own the workspace, fails and changes nothing."""
    path = tmp_path / "shop.shoplens"
    ws = Workspace.create(path, shop_name="Tea House")
    try:
        audits = ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]

        def transaction() -> None:
            with ws.transaction() as conn:
                conn.execute("DELETE FROM meta")

        attempts = {
            "transaction": transaction,
            "set_meta": lambda: ws.set_meta("shop_name", "Other"),
            "audit": lambda: ws.audit("test", {}),
            "audit in a transaction": lambda: ws.audit("test", {}, in_transaction=True),
            "close": ws.close,
        }
        for attempt in attempts.values():
            with pytest.raises(NotTheOwner, match="'not-the-owner'"):
                in_other_thread(attempt)
        # SQL written straight to the thread's connection: that connection is read-only
        for sql in ("UPDATE meta SET value = 'Other'", "INSERT INTO audit_log(at, user, action, details)"
                    " VALUES ('now', 'u', 'test', '{}')", "CREATE TABLE extra(x)"):
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                in_other_thread(lambda sql=sql: ws.conn.execute(sql))
        assert ws.meta("shop_name") == "Tea House"
        assert ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audits
        assert ws.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    finally:
        ws.close()


def test_every_thread_reads_through_a_connection_of_its_own(tmp_path):
    """No connection is shared: the owner has the write connection, each other thread a reader of its own."""
    ws = Workspace.create(tmp_path / "shop.shoplens")
    try:
        seen = in_other_thread(lambda: (id(ws.conn), ws.conn is ws.conn, ws.meta("currency")))
        assert seen[1:] == (True, "¥")
        assert seen[0] != id(ws.conn)
        reader = in_other_thread(lambda: ws.conn)
        with pytest.raises(sqlite3.ProgrammingError):  # closed by its thread when that was done
            reader.execute("SELECT 1")
        # the owner's committed writes reach the readers at once
        ws.set_meta("currency", "$")
        assert in_other_thread(lambda: ws.meta("currency")) == "$"
    finally:
        ws.close()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        in_other_thread(lambda: ws.meta("currency"))


def test_readers_never_see_a_transaction_under_way(tmp_path):
    """A rebuild half done (rows deleted, new ones not yet written) is invisible to other threads."""
    ws = Workspace.create(tmp_path / "shop.shoplens")
    try:
        ws.set_meta("shop_name", "Tea House")
        with ws.transaction() as conn:
            conn.execute("DELETE FROM meta")
            assert ws.meta("shop_name") is None  # the owner sees its own work
            assert in_other_thread(lambda: ws.meta("shop_name")) == "Tea House"
            conn.execute("INSERT INTO meta(key, value) VALUES ('shop_name', 'New name')")
        assert in_other_thread(lambda: ws.meta("shop_name")) == "New name"
    finally:
        ws.close()


def test_no_connection_is_made_to_be_shared_between_threads():
    """sqlite3's own guard stays on everywhere: a connection used from a second thread raises at once."""
    from pathlib import Path

    import shoplens

    root = Path(shoplens.__file__).parent
    sharing = [str(p.relative_to(root)) for p in root.rglob("*.py") if "check_same_thread" in p.read_text("utf-8")]
    assert sharing == []
