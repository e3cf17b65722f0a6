"""Backups and recovery: consistent copies, listing with counts, restore (healthy or damaged file), the schedule,
and the `shoplens backups` / `shoplens check` commands."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from shopdata import damage
from shoplens.cli import main as cli_main
from shoplens.errors import WorkspaceError
from shoplens.workspace import Workspace, WorkspaceDamaged
from shoplens.workspace.backups import (
    backup_paths,
    integrity_problems,
    list_backups,
    newest_good_backup,
    restore_backup,
    scheduled_backup,
)


def orders(path) -> int:
    with Workspace.open(path, readonly=True) as ws:
        return ws.conn.execute("SELECT count(*) FROM orders").fetchone()[0]


def test_backup_includes_changes_still_in_the_wal_and_lists_counts(small_workspace):
    ws = small_workspace
    ws.conn.execute("PRAGMA wal_autocheckpoint=0")
    with ws.transaction() as conn:
        conn.execute("DELETE FROM orders WHERE id > 15000")
    copy = ws.backup("manual")
    assert not list(copy.parent.glob("*.part"))
    info = list_backups(ws.path)
    assert [b.path for b in info] == [copy]
    assert info[0].ok and info[0].customers == 200 and info[0].orders == 15_000 and info[0].reason == "manual"
    assert info[0].size == copy.stat().st_size
    assert integrity_problems(copy) == []


def test_restore_puts_the_copy_back_after_saving_the_current_file(small_workspace):
    ws = small_workspace
    path = ws.path
    first = ws.backup("manual")
    with ws.transaction() as conn:
        conn.execute("DELETE FROM orders")
    ws.close()
    safety = restore_backup(path, first.name)
    assert orders(path) == 20_000
    assert safety is not None and "before-restore" in safety.name
    assert describe_orders(safety) == 0  # the file as it was is kept
    with Workspace.open(path) as again:
        actions = [r[0] for r in again.conn.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-1] == "restored"
    assert integrity_problems(path) == []


def describe_orders(copy) -> int:
    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    finally:
        conn.close()


def test_restore_with_one_kept_copy_does_not_lose_the_copy_being_restored(small_workspace):
    ws = small_workspace
    ws.set_meta("backups_kept", "1")
    only = ws.backup("manual")
    path = ws.path
    ws.close()
    restore_backup(path, only.name)
    assert orders(path) == 20_000
    assert len(backup_paths(path)) == 1


def test_open_refuses_a_damaged_workspace_and_the_newest_good_backup_repairs_it(small_workspace):
    ws = small_workspace
    path = ws.path
    good = ws.backup("manual")
    ws.close()
    damage(path)
    assert integrity_problems(path)
    with pytest.raises(WorkspaceDamaged, match="damaged"):
        Workspace.open(path)
    assert newest_good_backup(path).path == good
    assert restore_backup(path, "newest") is None  # too damaged to copy with SQLite: its bytes are kept instead
    assert list(good.parent.glob("*.damaged"))
    assert orders(path) == 20_000 and integrity_problems(path) == []


def test_a_damaged_backup_is_listed_as_damaged_and_refused(small_workspace):
    ws = small_workspace
    older = ws.backup("older")
    newer = ws.backup("newer")
    damage(newer)
    items = list_backups(ws.path)
    assert [(b.path, b.ok) for b in items] == [(newer, False), (older, True)]
    assert items[0].customers is None
    assert newest_good_backup(ws.path).path == older
    path = ws.path
    ws.close()
    with pytest.raises(WorkspaceError, match="damaged"):
        restore_backup(path, newer.name)
    with pytest.raises(WorkspaceError, match="no backup copy called"):
        restore_backup(path, "nothing-here")


def test_restore_refuses_while_another_copy_has_it_open(small_workspace, tmp_path):
    ws = small_workspace
    copy = ws.backup("manual")
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "from shoplens.workspace.backups import restore_backup\n"
                          f"restore_backup({str(ws.path)!r}, {copy.name!r})"], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode != 0 and "WorkspaceLocked" in out.stderr


def test_scheduled_backup_when_the_newest_copy_is_old(small_workspace):
    ws = small_workspace
    first = scheduled_backup(ws)
    assert first is not None and "scheduled" in first.name
    assert scheduled_backup(ws) is None  # a fresh copy exists
    later = dt.datetime.now() + dt.timedelta(days=2)
    second = scheduled_backup(ws, now=later)
    assert second is not None and second != first
    ws.set_meta("backup_every_days", "0")
    assert scheduled_backup(ws, now=later + dt.timedelta(days=30)) is None


def test_scheduled_backup_skips_an_empty_workspace(tmp_path):
    with Workspace.create(tmp_path / "empty.shoplens") as ws:
        assert scheduled_backup(ws) is None


def test_cli_check_ok_and_damaged(small_workspace, capsys):
    ws = small_workspace
    path = ws.path
    good = ws.backup("manual")
    ws.close()
    assert cli_main(["check", str(path)]) == 0
    assert "OK" in capsys.readouterr().out
    damage(path)
    assert cli_main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and good.name in err and "--restore" in err
    assert cli_main(["check", str(path), "--quick"]) == 2


def test_cli_backups_lists_and_restores(small_workspace, capsys):
    ws = small_workspace
    path = ws.path
    copy = ws.backup("manual")
    with ws.transaction() as conn:
        conn.execute("DELETE FROM orders WHERE id > 10")
    ws.close()
    assert cli_main(["backups", str(path)]) == 0
    out = capsys.readouterr().out
    assert copy.name in out and "20,000" in out
    assert cli_main(["backups", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["name"] == copy.name and listed[0]["orders"] == 20_000 and listed[0]["ok"]
    assert cli_main(["backups", str(path), "--restore", copy.name]) == 0
    assert "Restored" in capsys.readouterr().out
    assert orders(path) == 20_000
    assert cli_main(["backups", str(path), "--restore", "missing"]) == 2
    assert "no backup copy" in capsys.readouterr().err


def test_a_half_made_copy_is_never_listed_and_is_cleaned_up_later(small_workspace):
    import os
    import time

    ws = small_workspace
    ws.backup_dir.mkdir()
    part = ws.backup_dir / "small-20260101-000000-000000-manual.shoplens.part"
    part.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert list_backups(ws.path) == []
    ws.backup("manual")
    assert part.exists()  # it may still be being written by someone: only old ones are removed
    old = time.time() - 3600
    os.utime(part, (old, old))
    ws.backup("manual")
    assert not part.exists() and len(list_backups(ws.path)) == 2


def test_cli_check_names_a_file_that_is_no_workspace(tmp_path, capsys):
    notes = tmp_path / "notes.shoplens"
    notes.write_text("hello", encoding="utf-8")
    assert cli_main(["check", str(notes)]) == 2
    assert "not an SQLite database" in capsys.readouterr().err
    assert cli_main(["check", str(tmp_path / "missing.shoplens")]) == 2
    assert "not found" in capsys.readouterr().err
