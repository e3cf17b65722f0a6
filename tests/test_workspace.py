"""The workspace file: create, reopen, refuse bad files without touching them, migrations, backups, audit."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from shoplens.errors import WorkspaceError
from shoplens.workspace import SCHEMA_VERSION, Workspace
from shoplens.workspace import schema as schema_module


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_and_reopen_keeps_settings(tmp_path):
    path = tmp_path / "shop.shoplens"
    with Workspace.create(path, shop_name="山茶小铺") as ws:
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        ws.set_meta("currency", "$")
    with Workspace.open(path) as ws:
        assert ws.meta("shop_name") == "山茶小铺"
        assert ws.meta("currency") == "$"
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        actions = [r[0] for r in ws.conn.execute("SELECT action FROM audit_log")]
    assert actions[0] == "create"
    assert (path.stat().st_mode & 0o777) == 0o600


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "shop.shoplens"
    path.write_text("mine")
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(path)
    assert path.read_text() == "mine"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "not a ShopLens workspace"),
        (b"hello world, this is a text file and not a database at all" * 3, "not a ShopLens workspace"),
    ],
)
def test_open_refuses_non_workspace_unchanged(tmp_path, content, message):
    path = tmp_path / "x.shoplens"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(WorkspaceError, match=message):
        Workspace.open(path)
    assert digest(path) == before


def test_open_refuses_other_sqlite_database(tmp_path):
    path = tmp_path / "other.shoplens"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="not a ShopLens workspace"):
        Workspace.open(path)
    assert digest(path) == before


def test_open_refuses_newer_version_unchanged(tmp_path):
    path = tmp_path / "new.shoplens"
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="newer version"):
        Workspace.open(path)
    assert digest(path) == before


def test_open_refuses_corrupt_file_unchanged(tmp_path):
    path = tmp_path / "bad.shoplens"
    with Workspace.create(path) as ws:
        ws.conn.execute("CREATE TABLE filler (x TEXT)")
        ws.conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page):  # scribble over interior pages, keep the header
        data[offset + 10: offset + 400] = b"\xff" * 390
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(WorkspaceError, match="damaged"):
        Workspace.open(path)
    assert digest(path) == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(WorkspaceError, match="not found"):
        Workspace.open(tmp_path / "nope.shoplens")
    with pytest.raises(WorkspaceError, match="folder"):
        Workspace.open(tmp_path)


def test_migration_runs_with_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.shoplens"
    Workspace.create(path).close()
    extra = "CREATE TABLE added_in_next_version (x INTEGER);"
    monkeypatch.setattr(schema_module, "MIGRATIONS", [*schema_module.MIGRATIONS, extra])
    monkeypatch.setattr(schema_module, "SCHEMA_VERSION", len(schema_module.MIGRATIONS))
    import shoplens.workspace.workspace as ws_module

    monkeypatch.setattr(ws_module, "SCHEMA_VERSION", schema_module.SCHEMA_VERSION)
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        ws.conn.execute("SELECT * FROM added_in_next_version").fetchall()
        backups = ws.backups()
        assert len(backups) == 1 and "before-upgrade" in backups[0].name
        assert ws.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'upgrade'").fetchone()[0] == 1


def test_backup_is_a_full_copy_and_rotates(tmp_path):
    path = tmp_path / "shop.shoplens"
    with Workspace.create(path) as ws:
        ws.set_meta("backups_kept", "3")
        for i in range(5):
            ws.set_meta("shop_name", f"v{i}")
            ws.backup(f"step{i}")
        backups = ws.backups()
    assert len(backups) == 3
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT value FROM meta WHERE key = 'shop_name'").fetchone()[0] == "v4"
    copy.close()


def test_failed_transaction_leaves_nothing(tmp_path):
    with Workspace.create(tmp_path / "s.shoplens") as ws:
        with pytest.raises(RuntimeError), ws.transaction() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('half', 'done')")
            raise RuntimeError("boom")
        assert ws.meta("half") is None


def test_readonly_open_cannot_write(tmp_path):
    path = tmp_path / "s.shoplens"
    Workspace.create(path).close()
    with Workspace.open(path, readonly=True) as ws:
        assert ws.summary()["customers"] == 0
        with pytest.raises(sqlite3.OperationalError):
            ws.conn.execute("INSERT INTO meta(key, value) VALUES ('a', 'b')")


def test_a_workspace_file_opens_the_window_whatever_the_case_of_its_extension():
    from shoplens.cli import _wants_gui

    assert _wants_gui(["Shop.SHOPLENS"]) and _wants_gui(["shop.shoplens"]) and _wants_gui([])
    assert not _wants_gui(["info", "shop.shoplens"]) and not _wants_gui(["--help"])


def _blobs(conn, rows: int) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS bulk (b BLOB)")
    conn.executemany("INSERT INTO bulk VALUES (?)", ((bytes(1000),) for _ in range(rows)))


def test_a_big_write_left_unchecked_is_shown_at_once_and_copied_back_by_the_next_commit(tmp_path):
    from shoplens.workspace.workspace import open_reader

    ws = Workspace.create(tmp_path / "shop.shoplens")
    file_size = ws.path.stat().st_size
    with ws.transaction(checkpoint=False) as conn:
        _blobs(conn, 30_000)  # ~2,000 pages of 16 KiB: past the 1,000 after which a commit copies the log back
    assert ws.path.stat().st_size == file_size  # still only in the write-ahead log...
    reader = open_reader(ws.path)
    assert reader.execute("SELECT count(*) FROM bulk").fetchone()[0] == 30_000  # ...yet every reader sees it
    reader.close()
    assert ws.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    ws.set_meta("after", "1")  # the next write's commit copies the log back into the file
    assert ws.path.stat().st_size > file_size + 25_000_000
    ws.close()


def test_a_write_left_unchecked_that_fails_leaves_nothing_and_checkpoints_as_before(tmp_path):
    ws = Workspace.create(tmp_path / "shop.shoplens")
    with pytest.raises(ZeroDivisionError), ws.transaction(checkpoint=False) as conn:
        _blobs(conn, 10)
        1 / 0  # noqa: B018
    assert ws.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert not ws.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'bulk'").fetchone()[0]
    ws.close()
