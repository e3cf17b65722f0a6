"""Who has a workspace open: a `<file>.lock` JSON file beside it (user, host, pid, since when).

One copy of ShopLens writes to a workspace at a time; a second copy (or a second computer on a shared folder)
is told who has it and gets a read-only view. A lock left by a copy that died on this computer is taken over.
A lock from another computer whose holder stopped refreshing it for STALE_AFTER seconds is taken over too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import WorkspaceError

STALE_AFTER = 15 * 60  # seconds without a refresh after which another computer's lock counts as abandoned
_HELD: dict[str, int] = {}  # resolved lock path -> how many Workspace objects of this process hold it


@dataclass(frozen=True)
class LockInfo:
    """The contents of a lock file."""

    user: str
    host: str
    pid: int
    app_started: float  # the holding process's start time (seconds since the epoch), against reused pids
    opened_at: str  # local time as ISO text, seconds precision

    def describe(self) -> str:
        """'alice on shop-pc since 2026-11-29 09:12'."""
        return f"{self.user} on {self.host} since {self.opened_at[:16]}"


class WorkspaceLocked(WorkspaceError):
    """Another copy of ShopLens has the workspace open for writing."""

    def __init__(self, path: Path, holder: LockInfo) -> None:
        super().__init__("{user} on {host} has this workspace open since {since}.", file=str(path),
                         hint="Close it there first, or open it read-only.", user=holder.user, host=holder.host,
                         since=holder.opened_at[:16])
        self.holder = holder


def lock_path(path: Path) -> Path:
    """The lock file of a workspace: `<file>.lock` in the same folder."""
    return path.with_name(path.name + ".lock")


def host_name() -> str:
    """This computer's name as the lock file records it."""
    return socket.gethostname() or "unknown"


def process_started(pid: int | None = None) -> float:
    """When process `pid` (default: this one) started, in seconds since the epoch; 0.0 when unknown."""
    try:
        import psutil

        return round(psutil.Process(pid or os.getpid()).create_time(), 2)
    except Exception:  # no psutil, no such process or no permission: unknown
        return 0.0


def read_lock(path: Path) -> LockInfo | None:
    """The lock of workspace `path`, or None when there is none (or it cannot be read)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), float(data.get("app_started", 0)),
                        str(data.get("opened_at", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_mine(info: LockInfo) -> bool:
    """True when the lock belongs to this process."""
    return info.host == host_name() and info.pid == os.getpid()


def is_stale(path: Path, info: LockInfo) -> bool:
    """True when the holder is gone: a dead (or reused) pid on this computer, or an old lock from another one."""
    if info.host != host_name():
        try:
            age = time.time() - lock_path(path).stat().st_mtime
        except OSError:
            return True
        return age > STALE_AFTER
    if info.pid == os.getpid():
        return False
    if not _pid_alive(info.pid):
        return True
    started = process_started(info.pid)
    return bool(info.app_started and started and abs(started - info.app_started) > 1.0)


def acquire(path: Path, user: str) -> LockInfo:
    """Take the lock of workspace `path` for this process; raises WorkspaceLocked when a live copy holds it."""
    target = lock_path(path)
    key = str(target.resolve())
    for _ in range(20):
        current = read_lock(path)
        if current is not None and not is_mine(current) and not is_stale(path, current):
            raise WorkspaceLocked(path, current)
        if current is None and target.exists() and _age(target) < 2.0:
            time.sleep(0.1)  # being written right now; an older unreadable one was left half-written: replaced
            continue
        mine = LockInfo(user, host_name(), os.getpid(), process_started(),
                        dt.datetime.now().replace(microsecond=0).isoformat(sep=" "))
        if current is not None and is_mine(current):
            mine = current
        else:
            _write(target, mine, exclusive=current is None and not target.exists())
        check = read_lock(path)
        if check is not None and is_mine(check):
            _HELD[key] = _HELD.get(key, 0) + 1
            return check
    holder = read_lock(path)
    if holder is None:
        raise WorkspaceError("The workspace's lock file could not be written.", file=str(target),
                             hint="Check that the folder is writable.")
    raise WorkspaceLocked(path, holder)


def release(path: Path) -> None:
    """Give the lock back (when this process's last Workspace on `path` closes)."""
    target = lock_path(path)
    key = str(target.resolve())
    count = _HELD.get(key, 0) - 1
    if count > 0:
        _HELD[key] = count
        return
    _HELD.pop(key, None)
    info = read_lock(path)
    if info is not None and is_mine(info):
        with contextlib.suppress(OSError):
            target.unlink()


def refresh(path: Path) -> bool:
    """Touch our lock file so other computers see the holder is alive; False when it is no longer ours."""
    info = read_lock(path)
    if info is None or not is_mine(info):
        return False
    with contextlib.suppress(OSError):
        os.utime(lock_path(path))
    return True


def _write(target: Path, info: LockInfo, *, exclusive: bool) -> None:
    data = json.dumps(asdict(info), ensure_ascii=False).encode("utf-8")
    if exclusive:
        try:
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            return  # someone else was faster: the caller reads the file again
        except OSError as exc:
            raise WorkspaceError("The workspace's lock file could not be written.", file=str(target),
                                 hint="Check that the folder is writable.") from exc
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WorkspaceError("The workspace's lock file could not be written.", file=str(target),
                             hint="Check that the folder is writable.") from exc


def _age(target: Path) -> float:
    try:
        return time.time() - target.stat().st_mtime
    except OSError:
        return 1e9


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        import psutil

        if not psutil.pid_exists(pid):
            return False
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except ImportError:
        pass
    except Exception:  # vanished between the two calls
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
