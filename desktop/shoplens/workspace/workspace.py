"""The workspace file (`*.shoplens`): one SQLite database per shop."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import itertools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import InputError, WorkspaceError
from ..files import check_regular_file
from . import lock
from .lock import LockInfo, WorkspaceLocked
from .names import SQLITE_MAGIC, SUFFIX, backup_dir, backup_paths
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate

PAGE_SIZE = 16384  # for new workspaces; see create()
DEFAULT_META = {
    "currency": "¥",
    "phone_region": "CN",
    "time_zone": "Asia/Shanghai",
    "language": "",
    "shop_name": "",
    "backups_kept": "10",
}


def now_text() -> str:
    """The current local time as ISO text, seconds precision."""
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def os_user() -> str:
    """The operating-system user name, for the audit log."""
    try:
        return getpass.getuser()
    except Exception:  # no user name on some systems
        return "unknown"


class WorkspaceDamaged(WorkspaceError):
    """The file is a workspace, but SQLite cannot read it or its integrity check fails: restore a backup."""


class NotTheOwner(RuntimeError):
    """A thread other than the workspace's owner tried to write to it or close it (a bug, never bad input)."""


class WorkspaceReadOnly(WorkspaceError):
    """A healthy workspace ShopLens may not write to (a read-only folder or file): it opens read-only."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("This workspace can only be opened read-only: its folder cannot be written to."
                         if reason == READONLY_FOLDER else
                         "This workspace can only be opened read-only: the file itself is read-only.", file=str(path),
                         hint="To change it, copy it to a folder you can write to (such as Documents) and open the copy.")
        self.reason = reason


CREATING_WAIT = 5.0  # seconds to wait for a workspace another process is creating at this moment
READONLY_FOLDER = "its folder cannot be written to"  # the reasons readonly_reason gives (the UI words them itself)
READONLY_FILE = "the file itself is read-only"


def readonly_reason(path: Path) -> str | None:
    """Why ShopLens may not write the workspace at `path` (it writes the file, and -wal, -shm and .lock beside it),
    in words; None when it may."""
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        return READONLY_FOLDER
    if path.exists() and not os.access(path, os.W_OK):
        return READONLY_FILE
    return None


def connect_readonly(path: Path, **kwargs: Any) -> sqlite3.Connection:
    """A read-only connection to a workspace file. SQLite needs to make the -shm file beside a WAL workspace even to
    read it: in a folder that cannot be written to, the file is read as it is on disk (immutable)."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, **kwargs)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        if not isinstance(exc, sqlite3.OperationalError) or readonly_reason(path) is None:
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, **kwargs)


class Workspace:
    """An open workspace: its connections plus the operations every layer needs (meta, audit, backup).

    One thread owns the workspace: the one that opened it (the command line's main thread; in the app, the single
    write thread). Only the owner writes, through the one write connection, which no other thread ever touches;
    `conn` gives every other thread a read-only connection of its own, which sees committed data only (never a
    transaction under way). A connection is never shared between threads (Anki's single database thread).

    A writable workspace holds the `<file>.lock` lock until it is closed; `locked_by` names the other copy of
    ShopLens that holds it when this one was opened read-only because of it.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool = False,
                 locked_by: LockInfo | None = None) -> None:
        self.path = path
        self._writer: sqlite3.Connection | None = conn  # the owner's; on a read-only workspace, read-only too
        self.owner = threading.current_thread()  # `conn` was opened on this thread, which alone may use it
        self._owner_id = threading.get_ident()
        self._serial = next(_serials)  # names this workspace among the calling thread's readers
        self.readonly = readonly
        self.locked_by = locked_by
        self.readonly_reason: str | None = None  # why a read-only workspace could not be opened for writing
        self._locked = False

    # -- connections -----------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        """The calling thread's connection: the write connection on the owner, a read-only one of its own elsewhere."""
        if self.owned_here:
            if self._writer is None:
                raise sqlite3.ProgrammingError("Cannot operate on a closed workspace.")
            return self._writer
        return self._reader()

    @property
    def owned_here(self) -> bool:
        """True on the thread that owns the workspace (the only one that may write to it or close it)."""
        return threading.get_ident() == self._owner_id

    def _reader(self) -> sqlite3.Connection:
        readers = _thread_readers()
        conn = readers.get(self._serial)
        if conn is None:
            if self._writer is None:
                raise sqlite3.ProgrammingError("Cannot operate on a closed workspace.")
            conn = readers[self._serial] = open_reader(self.path)
        return conn

    def close_reader(self) -> None:
        """Close the calling thread's read-only connection to this workspace, if it has one."""
        conn = _thread_readers().pop(self._serial, None)
        if conn is not None:
            conn.close()

    def _check_owner(self, doing: str) -> None:
        if not self.owned_here:
            raise NotTheOwner(
                f"Only the thread that owns the workspace may {doing} (its owner is thread {self.owner.name!r};"
                f" this is thread {threading.current_thread().name!r}). Run the work on the owner instead.")

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], **meta: str) -> Workspace:
        """Create a new, empty workspace file; refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(
                "A file with this name already exists, so a new workspace was not created there.",
                file=str(path),
                hint="Choose another name, or open the existing file.",
            )
        if not path.parent.exists():
            raise WorkspaceError("The folder for the new workspace does not exist.", file=str(path))
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            raise WorkspaceError("Another program created a file with this name at the same moment, so a new"
                                 " workspace was not created there.", file=str(path),
                                 hint="Open that workspace once it is ready, or choose another name.") from None
        except PermissionError:
            raise WorkspaceError("ShopLens is not allowed to create a file in this folder.", file=str(path),
                                 hint="Choose a folder you can write to, such as Documents.") from None
        except OSError as exc:
            raise WorkspaceError("The workspace file could not be created ({reason}).", file=str(path),
                                 reason=exc.strerror or exc) from None
        os.close(fd)
        conn = None
        locked = False
        try:
            lock.acquire(path, os_user())
            locked = True
            conn = _connect(path)
            # 16 KiB pages (SQLite's default is 4 KiB): a million-order import writes and indexes ~20% faster; the
            # size is fixed once the first table exists, so older workspaces keep theirs (backups copy it as is)
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            # application_id and the schema go into the main file first (rollback journal), WAL only after:
            # another process opening the new file at once must see a ShopLens workspace, not a bare header
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            with _tx(conn):
                migrate(conn, 0)
                values = {**DEFAULT_META, **meta, "created_at": now_text(), "app_version": __version__}
                conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", values.items())
            conn.execute("PRAGMA journal_mode=WAL")
            ws = cls(path, conn)
            ws._locked = True
            ws.audit("create", {})
            return ws
        except Exception:
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            if locked:
                lock.release(path)
            for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                with contextlib.suppress(FileNotFoundError):
                    extra.unlink()
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], readonly: bool = False) -> Workspace:
        """Open an existing workspace after checking it; a bad file raises WorkspaceError and is not modified."""
        path = Path(path)
        version = check_file(path)
        if readonly:
            ws = cls(path, open_reader(path), readonly=True)
            ws.readonly_reason = readonly_reason(path)
            return ws
        reason = readonly_reason(path)
        if reason is not None:
            raise WorkspaceReadOnly(path, reason)
        lock.acquire(path, os_user())
        try:
            conn = _connect(path)
            ws = cls(path, conn)
            ws._locked = True
            if version < SCHEMA_VERSION:
                ws.backup(f"before-upgrade-v{version}")
                with ws.transaction():
                    migrate(conn, version)
                ws.audit("upgrade", {"from": version, "to": SCHEMA_VERSION})
            conn.execute("PRAGMA journal_mode=WAL")
        except BaseException:
            with contextlib.suppress(Exception):
                conn.close()  # type: ignore[possibly-undefined]
            lock.release(path)
            raise
        return ws

    @classmethod
    def open_or_view(cls, path: str | os.PathLike[str]) -> Workspace:
        """Open for writing, or read-only (with `locked_by` set) when another copy of ShopLens has it open."""
        try:
            return cls.open(path)
        except WorkspaceLocked as exc:
            ws = cls.open(path, readonly=True)
            ws.locked_by = exc.holder
            return ws
        except WorkspaceReadOnly:
            return cls.open(path, readonly=True)  # with readonly_reason saying why

    def refresh_lock(self) -> bool:
        """Show other computers this copy is still alive (call every few minutes); False when the lock was lost."""
        return lock.refresh(self.path) if self._locked else False

    def close(self) -> None:
        """Close the write connection (checkpointing the WAL back into the file) and give up the lock; on the owner.

        Other threads close their own read-only connections (`close_reader`, `close_thread_readers`); one still open
        goes on reading the file, and no new one opens after the close.
        """
        self._check_owner("close it")
        if self._writer is None:
            return
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._writer.close()
        self._writer = None
        if self._locked:
            self._locked = False
            lock.release(self.path)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self, *, checkpoint: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction, on the owner thread: everything inside commits together or not at all.

        On the owner, a transaction inside another joins it; any other thread gets NotTheOwner, never a share in
        a transaction that another thread may still roll back.

        `checkpoint=False`: its commit does not copy the write-ahead log back into the file (SQLite does that at
        a commit once the log holds 1,000 pages); the next write's commit or the close does. For a big import
        whose analyses follow at once: its data is committed and shown without waiting for the copy (0.65 s of a
        1M-row import), and readers read the new pages from the log meanwhile.
        """
        if self.readonly:
            raise self.readonly_error()
        self._check_owner("write to it")
        if checkpoint or self.conn.in_transaction:
            with _tx(self.conn) as conn:
                yield conn
            return
        self.conn.execute("PRAGMA wal_autocheckpoint=0")
        try:
            with _tx(self.conn) as conn:
                yield conn
        finally:
            self.conn.execute(f"PRAGMA wal_autocheckpoint={_AUTOCHECKPOINT}")

    def readonly_error(self) -> WorkspaceError:
        """The error a write to a read-only workspace raises: says who has it open when that is known."""
        holder = self.locked_by
        if holder is None and self.readonly_reason:
            return WorkspaceError("This workspace is open read-only, so it cannot be changed: its folder cannot be"
                                  " written to." if self.readonly_reason == READONLY_FOLDER else
                                  "This workspace is open read-only, so it cannot be changed: the file itself is"
                                  " read-only.",
                                  file=str(self.path), hint="Copy it to a folder you can write to and open the copy.")
        if holder is None:
            return WorkspaceError("This workspace is open read-only, so it cannot be changed.", file=str(self.path),
                                  hint="Close the other copy, then open the workspace again.")
        return WorkspaceError("This workspace is open read-only, so it cannot be changed. {user} on {host} has had it"
                              " open since {since}.", file=str(self.path),
                              hint="Close the other copy, then open the workspace again.", user=holder.user,
                              host=holder.host, since=holder.opened_at[:16])

    # -- meta, audit -----------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        """A workspace setting (currency, phone_region, time_zone, shop_name, ...)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Change a workspace setting."""
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def audit(self, action: str, details: dict[str, Any], *, in_transaction: bool = False) -> None:
        """Record who did what and when; never pass customer data in `details`."""
        sql = "INSERT INTO audit_log(at, user, action, details) VALUES (?, ?, ?, ?)"
        args = (now_text(), os_user(), action, json.dumps(details, ensure_ascii=False))
        if in_transaction:
            self._check_owner("write to it")
            self.conn.execute(sql, args)
        else:
            with self.transaction():
                self.conn.execute(sql, args)

    # -- backups ---------------------------------------------------------------------------
    @property
    def backup_dir(self) -> Path:
        return backup_dir(self.path)

    def backup(self, reason: str, *, rotate: bool = True) -> Path:
        """Copy the whole workspace aside before a destructive operation; keeps the newest N copies."""
        folder = self.backup_dir
        folder.mkdir(mode=0o700, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        safe_reason = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
        target = folder / f"{self.path.stem}-{stamp}-{safe_reason}{SUFFIX}"
        part = target.with_name(target.name + ".part")  # a copy interrupted half-way never looks like a backup
        fd = os.open(part, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(fd)
        try:
            dest = sqlite3.connect(part)
            try:
                self.conn.backup(dest)  # the SQLite backup API: a consistent copy, WAL included
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            with open(part, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(part, target)
        except BaseException:
            with contextlib.suppress(OSError):
                part.unlink()
            raise
        if rotate and not self.readonly:
            self.rotate_backups()
        return target

    def backups(self) -> list[Path]:
        """Existing backup copies, newest first."""
        if not self.backup_dir.exists():
            return []
        return backup_paths(self.path)

    def rotate_backups(self) -> None:
        """Delete all but the newest `backups_kept` copies."""
        try:
            keep = max(1, int(self.meta("backups_kept", "10") or 10))
        except ValueError:
            keep = 10
        for old in self.backups()[keep:]:
            with contextlib.suppress(OSError):
                old.unlink()
        cutoff = dt.datetime.now().timestamp() - 600
        for part in self.backup_dir.glob(f"*{SUFFIX}.part"):  # left by a copy that was killed half-way
            with contextlib.suppress(OSError):
                if part.stat().st_mtime < cutoff:
                    part.unlink()

    # -- summary ---------------------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        """Counts and date range, as `shoplens info --json` prints them."""
        c = self.conn
        customers = c.execute("SELECT count(*) FROM customers").fetchone()[0]
        orders, revenue_cents, first, last = c.execute(
            "SELECT count(*), coalesce(sum(CASE WHEN status = 'paid' THEN amount_cents END), 0),"
            " min(order_time), max(order_time) FROM orders"
        ).fetchone()
        imports = [
            {
                "id": r[0], "file": r[1], "sheet": r[2], "kind": r[3], "rows_read": r[4],
                "rows_skipped": r[5], "orders_added": r[6], "customers_added": r[7], "imported_at": r[8],
            }
            for r in c.execute(
                "SELECT id, file_name, sheet, kind, rows_read, rows_skipped, orders_added, customers_added,"
                " imported_at FROM imports WHERE status = 'done' ORDER BY id"
            )
        ]
        return {
            "workspace": str(self.path),
            "shop_name": self.meta("shop_name", "") or "",
            "currency": self.meta("currency", "¥"),
            "customers": customers,
            "orders": orders,
            "revenue": round(revenue_cents / 100, 2),
            "first_order": first[:10] if first else None,
            "last_order": last[:10] if last else None,
            "imports": imports,
        }


class _Unfinished(Exception):
    """The file holds no complete workspace yet: `error` says so, unless another process is creating it now."""

    def __init__(self, error: WorkspaceError) -> None:
        super().__init__(str(error))
        self.error = error


def check_file(path: Path) -> int:
    """Check that `path` is a healthy workspace this version can open; return its schema version.

    A file another copy of ShopLens is creating at this moment (empty, or without its tables yet) is waited for
    (CREATING_WAIT seconds), then named as such: it is not "not a workspace"."""
    deadline = time.monotonic() + CREATING_WAIT
    while True:
        try:
            return _check_file(path)
        except _Unfinished as unfinished:
            if not _being_created(path):
                raise unfinished.error from None
            if time.monotonic() > deadline:
                raise WorkspaceError("Another copy of ShopLens is creating this workspace right now.", file=str(path),
                                     hint="Try again in a moment.") from None
            time.sleep(0.05)


def _being_created(path: Path) -> bool:
    """True when another process may be writing the new file now: a live lock, or a file only seconds old."""
    holder = lock.read_lock(path)
    if holder is not None and not lock.is_mine(holder) and not lock.is_stale(path, holder):
        return True
    try:
        return time.time() - path.stat().st_mtime < 2.0
    except OSError:
        return False


def _check_file(path: Path) -> int:
    if not path.exists():
        raise WorkspaceError("The workspace file was not found.", file=str(path))
    if path.is_dir():
        raise WorkspaceError("This is a folder, not a workspace file.", file=str(path))
    try:
        check_regular_file(path)  # a named pipe would hang the read below
    except InputError as exc:
        raise WorkspaceError(exc.message, file=str(path), hint=exc.hint) from None
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except PermissionError:
        raise WorkspaceError("ShopLens is not allowed to read this workspace file.", file=str(path),
                             hint="Ask whoever manages this computer for access to it, or open a copy of it.") from None
    except OSError as exc:
        raise WorkspaceError("The workspace file could not be read ({reason}).", file=str(path),
                             reason=exc.strerror or exc) from None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        error = WorkspaceError(
            "This file is not a ShopLens workspace.", file=str(path),
            hint="To bring a spreadsheet in, open or create a workspace and import the file into it.",
        )
        if len(head) < 100 and SQLITE_MAGIC.startswith(head[:16]):
            raise _Unfinished(error)  # empty or half a header: perhaps being created this moment
        raise error
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != APPLICATION_ID:
        raise WorkspaceError("This is a database file, but not a ShopLens workspace.", file=str(path))
    try:
        conn = connect_readonly(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceDamaged("The workspace file is damaged and cannot be read ({exc}).", file=str(path),
                               hint="Restore it from a backup copy.", exc=exc) from exc
    if [tuple(r) for r in result] != [("ok",)]:
        raise WorkspaceDamaged(
            "The workspace file is damaged (its integrity check failed).", file=str(path),
            hint="Restore it from a backup copy.",
        )
    if version > SCHEMA_VERSION:
        raise WorkspaceError("This workspace was saved by a newer version of ShopLens (format {version}; this copy "
                             "reads up to {schema_version}).", file=str(path), hint="Update ShopLens to open it.",
                             version=version, schema_version=SCHEMA_VERSION)
    if version < 1:
        raise _Unfinished(WorkspaceError("This workspace file is incomplete and cannot be opened.", file=str(path)))
    return version


_serials = itertools.count(1)
_local = threading.local()  # .readers: {workspace serial: the read-only connection this thread opened to it}


def _thread_readers() -> dict[int, sqlite3.Connection]:
    readers = getattr(_local, "readers", None)
    if readers is None:
        readers = _local.readers = {}
    return readers


def close_thread_readers() -> None:
    """Close every read-only connection the calling thread opened, to any workspace (a worker's task has ended)."""
    readers = _thread_readers()
    while readers:
        readers.popitem()[1].close()


def open_reader(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A read-only connection of its own to a workspace file: in WAL mode it never waits for the writer and sees
    only committed transactions; it belongs to the thread that opens it."""
    conn = connect_readonly(Path(path), isolation_level=None)  # immutable in a folder that cannot be written to
    _tune(conn)
    return conn


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    _tune(conn)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


_AUTOCHECKPOINT = 1000  # SQLite's default: pages in the log after which a commit copies them back


def _tune(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA cache_size=-65536")
    conn.execute("PRAGMA temp_store=MEMORY")


@contextlib.contextmanager
def _tx(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    if conn.in_transaction:  # nested use joins the outer transaction
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


