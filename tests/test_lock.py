"""Two copies open at once: the lock file, read-only second opening, stale locks, and the create() race fix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from shoplens.cli import main as cli_main
from shoplens.errors import WorkspaceError
from shoplens.workspace import Workspace, WorkspaceLocked
from shoplens.workspace import lock as lock_module
from shoplens.workspace.lock import lock_path, read_lock


def run_py(code: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout)


def test_create_writes_application_id_before_wal_so_another_process_sees_a_workspace(tmp_path):
    path = tmp_path / "new.shoplens"
    ws = Workspace.create(path, shop_name="Fresh")
    try:  # still open, nothing checkpointed: another process must already recognise the file
        out = run_py(f"""
            from shoplens.workspace import Workspace, check_file
            from pathlib import Path
            print(check_file(Path({str(path)!r})))
            with Workspace.open({str(path)!r}, readonly=True) as ws:
                print(ws.meta("shop_name"))
        """)
        assert out.returncode == 0, out.stderr
        assert out.stdout.split() == [str(ws.conn.execute("PRAGMA user_version").fetchone()[0]), "Fresh"]
    finally:
        ws.close()


def test_lock_file_names_user_host_pid_and_goes_away_on_close(tmp_path):
    path = tmp_path / "s.shoplens"
    ws = Workspace.create(path)
    info = json.loads(lock_path(path).read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid() and info["host"] == lock_module.host_name()
    assert info["user"] and info["opened_at"] and info["app_started"] > 0
    second = Workspace.open(path)  # the same process may open it twice: the lock is counted
    ws.close()
    assert lock_path(path).exists()
    second.close()
    assert not lock_path(path).exists()


def test_second_process_gets_a_read_only_view_and_a_clear_message(tmp_path):
    path = tmp_path / "shared.shoplens"
    with Workspace.create(path, shop_name="Tea") as ws:
        out = run_py(f"""
            from shoplens.workspace import Workspace, WorkspaceLocked
            try:
                Workspace.open({str(path)!r})
            except WorkspaceLocked as exc:
                print("LOCKED", exc.holder.pid)
                print("MSG", exc)
            view = Workspace.open_or_view({str(path)!r})
            print("RO", view.readonly, view.locked_by.pid, view.meta("shop_name"))
            try:
                view.set_meta("shop_name", "changed")
            except Exception as exc:
                print("WRITE", type(exc).__name__, exc)
            view.close()
        """)
        assert out.returncode == 0, out.stderr
        lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
        assert lines["LOCKED"] == str(os.getpid())
        assert "has this workspace open since" in lines["MSG"] and lock_module.host_name() in lines["MSG"]
        assert lines["RO"] == f"True {os.getpid()} Tea"
        assert lines["WRITE"].startswith("WorkspaceError") and "read-only" in lines["WRITE"]
        assert ws.meta("shop_name") == "Tea"
        ws.set_meta("shop_name", "Still mine")  # the first copy keeps writing
    assert lock_path(path).exists() is False


def test_lock_of_a_killed_process_is_taken_over(tmp_path, capsys):
    path = tmp_path / "s.shoplens"
    Workspace.create(path).close()
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from shoplens.workspace import Workspace
        ws = Workspace.open({str(path)!r})
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceLocked):
            Workspace.open(path)
        assert cli_main(["check", str(path)]) == 0
        assert "Open now:" in capsys.readouterr().out  # alive: it does have the workspace open
        child.kill()
        child.wait(10)
    finally:
        child.kill()
        child.stdout.close()
    assert read_lock(path).pid == child.pid  # left behind by the dead process
    assert cli_main(["check", str(path)]) == 0  # `check` says the lock is stale, not "Open now: root on ..."
    out = capsys.readouterr().out
    assert "Open now" not in out and "is stale, as that copy of ShopLens is no longer running" in out
    with Workspace.open(path) as ws:
        assert read_lock(path).pid == os.getpid()
        ws.set_meta("after", "takeover")


def test_reused_pid_with_another_start_time_is_stale(tmp_path):
    path = tmp_path / "s.shoplens"
    Workspace.create(path).close()
    parent = os.getppid()  # alive, but it did not write this lock
    lock_path(path).write_text(json.dumps({"user": "bob", "host": lock_module.host_name(), "pid": parent,
                                           "app_started": 1.0, "opened_at": "2020-01-01 10:00:00"}))
    with Workspace.open(path) as ws:
        assert not ws.readonly and read_lock(path).pid == os.getpid()


def test_another_computers_lock_holds_until_it_goes_stale(tmp_path, monkeypatch):
    path = tmp_path / "s.shoplens"
    Workspace.create(path).close()
    lock_path(path).write_text(json.dumps({"user": "mei", "host": "front-desk-pc", "pid": 4242,
                                           "app_started": 5.0, "opened_at": "2026-11-28 09:30:00"}))
    with pytest.raises(WorkspaceLocked, match="mei on front-desk-pc has this workspace open since 2026-11-28 09:30"):
        Workspace.open(path)
    view = Workspace.open_or_view(path)
    assert view.readonly and view.locked_by.host == "front-desk-pc"
    with pytest.raises(WorkspaceError, match="mei on front-desk-pc"):
        with view.transaction():
            pass
    view.close()
    old = lock_module.STALE_AFTER + 60
    st = lock_path(path).stat()
    os.utime(lock_path(path), (st.st_atime - old, st.st_mtime - old))
    with Workspace.open(path) as ws:
        assert ws.refresh_lock()


def test_half_written_old_lock_is_replaced(tmp_path):
    path = tmp_path / "s.shoplens"
    Workspace.create(path).close()
    lock_path(path).write_text('{"user": "x", "ho')
    st = lock_path(path).stat()
    os.utime(lock_path(path), (st.st_atime - 30, st.st_mtime - 30))
    with Workspace.open(path):
        assert read_lock(path).pid == os.getpid()


def test_readonly_view_refuses_every_kind_of_write(small_workspace):
    path = small_workspace.path
    view = Workspace.open(path, readonly=True)
    try:
        for write in (lambda: view.set_meta("a", "b"), lambda: view.audit("x", {})):
            with pytest.raises(WorkspaceError, match="read-only"):
                write()
    finally:
        view.close()
