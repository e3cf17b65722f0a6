"""Backup copies of a workspace: listing them, checking a file, restoring one, and the backup made on a schedule.

Copies live in `<file>.backups/` beside the workspace and are made with the SQLite backup API (a consistent
copy even while the WAL holds recent changes). `Workspace.backup` makes one and keeps the newest
`backups_kept` (a workspace setting); here is everything else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, WorkspaceError
from ..files import check_regular_file
from ..progress import CancelFn, ProgressFn, Reporter
from . import lock
from .names import SQLITE_MAGIC, SUFFIX, backup_dir, backup_paths, parse_backup_name
from .schema import APPLICATION_ID
from .workspace import Workspace, connect_readonly, now_text, os_user

DEFAULT_EVERY_DAYS = 1


@dataclass(frozen=True)
class BackupInfo:
    """One backup copy: where, when, why, how big, what it holds, and whether it passed its check."""

    path: Path
    created: dt.datetime
    reason: str
    size: int
    customers: int | None
    orders: int | None
    ok: bool

    @property
    def name(self) -> str:
        return self.path.name

    def as_dict(self) -> dict:
        """JSON-friendly form for `shoplens backups --json`."""
        return {"name": self.name, "created": self.created.isoformat(sep=" ", timespec="seconds"),
                "reason": self.reason, "size": self.size, "customers": self.customers, "orders": self.orders,
                "ok": self.ok}


def list_backups(path: str | os.PathLike[str], *, progress: ProgressFn | None = None,
                 cancelled: CancelFn | None = None) -> list[BackupInfo]:
    """Every backup copy with its counts and a quick check, newest first."""
    reporter = Reporter(progress, cancelled)
    paths = backup_paths(path)
    out = []
    for number, item in enumerate(paths):
        reporter.step(number, len(paths), item.name)
        out.append(describe_backup(item))
    reporter.step(len(paths), len(paths), "")
    return out


def describe_backup(item: Path) -> BackupInfo:
    """Date, reason, size, customer and order counts of one backup file (counts are None when it is damaged)."""
    created, reason = parse_backup_name(item)
    customers = orders = None
    problems = integrity_problems(item, full=False)
    if not problems:
        with contextlib.suppress(sqlite3.Error):
            conn = _connect_ro(item)
            try:
                customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
                orders = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
            finally:
                conn.close()
    return BackupInfo(item, created, reason, item.stat().st_size, customers, orders,
                      ok=not problems and customers is not None)


def integrity_problems(path: str | os.PathLike[str], *, full: bool = True) -> list[str]:
    """What is wrong with a workspace file, in words (empty when it is healthy): header, quick or full check."""
    path = Path(path)
    if not path.exists():
        return ["The file was not found."]
    try:
        check_regular_file(path)
        with open(path, "rb") as fh:
            head = fh.read(100)
    except InputError as exc:
        return [f"The file cannot be checked: {exc.message[0].lower()}{exc.message[1:]}"]
    except PermissionError:
        return ["The file cannot be checked: ShopLens is not allowed to read it."]
    except OSError as exc:
        return [f"The file cannot be checked: it could not be read ({exc.strerror or exc})."]
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return ["The file is not an SQLite database (its first bytes are wrong)."]
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        return ["The file is a database, but not a ShopLens workspace."]
    try:
        conn = _connect_ro(path, immutable=False)
        try:
            rows = conn.execute("PRAGMA integrity_check(20)" if full else "PRAGMA quick_check(20)").fetchall()
            if full and [tuple(r) for r in rows] == [("ok",)]:
                rows += [(f"foreign key problem in {r[0]}",) for r in conn.execute("PRAGMA foreign_key_check")][:20]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"SQLite cannot read the file ({exc})."]
    return [] if [tuple(r) for r in rows] == [("ok",)] else [str(r[0]) for r in rows if r[0] != "ok"]


def newest_good_backup(path: str | os.PathLike[str]) -> BackupInfo | None:
    """The newest backup copy that passes its check, or None."""
    for item in backup_paths(path):
        info = describe_backup(item)
        if info.ok:
            return info
    return None


def find_backup(path: str | os.PathLike[str], name: str) -> Path:
    """The backup copy called `name` (a file name from the list, or 'newest'); InputError-style when unknown."""
    paths = backup_paths(path)
    if name == "newest":
        good = newest_good_backup(path)
        if good is None:
            raise WorkspaceError("There is no healthy backup copy of this workspace.", file=str(path))
        return good.path
    for item in paths:
        if item.name == name or item.name == name + SUFFIX:
            return item
    raise WorkspaceError('There is no backup copy called "{name}".', file=str(path),
                         hint="List them with: shoplens backups WS", name=name)


def restore_backup(path: str | os.PathLike[str], name: str, *, progress: ProgressFn | None = None,
                   cancelled: CancelFn | None = None) -> Path | None:
    """Put backup `name` in place of workspace `path`, after backing up the current file.

    The workspace must not be open anywhere (this takes its lock). Returns the copy made of the current
    file first (None when the current file was too damaged to copy with SQLite: then its bytes are kept
    beside it as `<name>.damaged`). A failure leaves the current file as it was.
    """
    path = Path(path)
    reporter = Reporter(progress, cancelled)
    source = find_backup(path, name)
    reporter.step(0, 4, "Checking the backup copy")
    problems = integrity_problems(source)
    if problems:
        raise WorkspaceError("This backup copy is damaged and cannot be restored: {problems}", file=str(source),
                             hint="Choose an older copy.", problems=problems[0])
    reporter.check()
    lock.acquire(path, os_user())
    staging = path.with_name(f".{path.name}.restoring")
    try:
        reporter.step(1, 4, "Backing up the current file")
        healthy = path.exists() and not integrity_problems(path, full=False)
        safety = None
        if healthy:
            with Workspace.open(path) as ws:
                safety = ws.backup("before-restore", rotate=False)  # rotating now could delete `source`
        elif path.exists():
            _keep_damaged(path)
        reporter.check()
        reporter.step(2, 4, "Restoring")
        # the copy and its audit entry are made aside, then put in place in one step: a crash leaves the
        # workspace as it was or wholly restored, never restored without its audit entry
        _stage(source, staging, {"backup": source.name, "safety_copy": safety.name if safety else None})
        reporter.check()
        if healthy:
            _copy_into_live(staging, path)
        else:
            _replace_file(staging, path)
        reporter.step(3, 4, "Checking the restored workspace")
        with Workspace.open(path) as ws:
            ws.rotate_backups()
    finally:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
        lock.release(path)
    reporter.step(4, 4, "")
    return safety


def scheduled_backup(ws: Workspace, *, now: dt.datetime | None = None) -> Path | None:
    """Back up an opened workspace when its newest copy is older than `backup_every_days` (0 turns it off)."""
    if ws.readonly:
        return None
    try:
        days = float(ws.meta("backup_every_days", str(DEFAULT_EVERY_DAYS)) or DEFAULT_EVERY_DAYS)
    except ValueError:
        days = DEFAULT_EVERY_DAYS
    if days <= 0:
        return None
    if ws.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0:
        return None  # an empty workspace has nothing worth a copy yet
    newest = backup_paths(ws.path)
    now = now or dt.datetime.now()
    if newest and now - parse_backup_name(newest[0])[0] < dt.timedelta(days=days):
        return None
    return ws.backup("scheduled")


def _stage(source: Path, staging: Path, details: dict) -> None:
    """Copy the backup to `staging` (SQLite backup API) and record the restore in its audit log."""
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    fd = os.open(staging, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    src = _connect_ro(source)
    try:
        dest = sqlite3.connect(staging, isolation_level=None)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            dest.execute("INSERT INTO audit_log(at, user, action, details) VALUES (?, ?, 'restored', ?)",
                         (now_text(), os_user(), json.dumps(details, ensure_ascii=False)))
        finally:
            dest.close()
    finally:
        src.close()
    with open(staging, "rb+") as fh:
        os.fsync(fh.fileno())


def _copy_into_live(staging: Path, path: Path) -> None:
    """Restore with the SQLite backup API into the (healthy) workspace: one transaction, WAL-safe."""
    src = _connect_ro(staging)
    try:
        dest = sqlite3.connect(path, isolation_level=None)
        try:
            dest.execute("PRAGMA busy_timeout=5000")
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dest.close()
    finally:
        src.close()


def _replace_file(staging: Path, path: Path) -> None:
    """Restore over a damaged file: its stale WAL removed, then the staged copy renamed over it."""
    for extra in ("-wal", "-shm"):  # a WAL left by the damaged file must never be replayed onto the copy
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + extra).unlink()
    os.replace(staging, path)


def _keep_damaged(path: Path) -> None:
    folder = backup_dir(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for extra in ("", "-wal"):
        item = path.with_name(path.name + extra)
        if item.exists():
            shutil.copy2(item, folder / f"{path.stem}-{stamp}{SUFFIX}{extra}.damaged")


def _connect_ro(path: Path, immutable: bool = True) -> sqlite3.Connection:
    if immutable and not Path(str(path) + "-wal").exists():
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    else:
        conn = connect_readonly(Path(path))  # immutable after all in a folder that cannot be written to
    conn.execute("PRAGMA busy_timeout=5000")
    return conn
