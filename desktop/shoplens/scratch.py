"""Half-written files the app must be able to find again: export scratch folders and `.part` files.

An export holds customer data in files that exist only while it runs: the `.part` file beside its target (renamed
over the target at the end) and XLSX's scratch folder (xlsxwriter's row files). A killed export leaves them behind,
so each is recorded in the app's data folder while it lives (`pending/<pid>-<random>.json`: the paths and the owning
process) and the scratch folders live there too (`scratch/`), never in the system's temporary folder. `sweep()`
removes what a process that is no longer running left: at every start of the app or of a command, and by `forget`.

Nothing here imports Qt or pandas; the data folder is platformdirs' user data folder, or $SHOPLENS_DATA_DIR.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

DATA_DIR_ENV = "SHOPLENS_DATA_DIR"


def data_dir() -> Path:
    """The app's own data folder (platformdirs' user data folder, or $SHOPLENS_DATA_DIR)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("ShopLens", "ShopLens"))


def _started(pid: int) -> float:
    """When process `pid` started (seconds since the epoch, 2 decimals); 0.0 when unknown."""
    try:
        import psutil

        return round(psutil.Process(pid).create_time(), 2)
    except Exception:  # no psutil, no such process, no permission: unknown
        return 0.0


def _alive(pid: int, started: float) -> bool:
    """True while the process that wrote a record runs (the same pid started at the same time)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    try:
        import psutil

        if not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            return False
    except ImportError:
        try:
            os.kill(pid, 0)
        except PermissionError:
            return True
        except OSError:
            return False
        return True
    except Exception:  # it ended between the two calls
        return False
    now = _started(pid)
    return not (started and now and abs(now - started) > 1.0)


def _folder(name: str) -> Path | None:
    """`<data folder>/<name>`, created owner-only; None when it cannot be made (read-only home, full disk)."""
    folder = data_dir() / name
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


@contextlib.contextmanager
def pending(*paths: Path) -> Iterator[None]:
    """Record `paths` (files or folders being written) as this process's until the block ends.

    The record is removed when the block ends, however it ends; a process killed inside the block leaves it, and
    the next sweep() deletes the paths. When the data folder cannot be written the block still runs (unrecorded).
    """
    folder = _folder("pending")
    record = None
    if folder is not None:
        pid = os.getpid()
        record = folder / f"{pid}-{uuid.uuid4().hex[:12]}.json"
        data = {"pid": pid, "started": _started(pid), "paths": [os.fspath(Path(p).absolute()) for p in paths]}
        try:
            fd = os.open(record, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
        except OSError:
            record = None
    try:
        yield
    finally:
        if record is not None:
            with contextlib.suppress(OSError):
                record.unlink()


@contextlib.contextmanager
def scratch_folder(prefix: str, beside: Path) -> Iterator[Path]:
    """A new owner-only folder in the app's data folder, removed with everything in it when the block ends and
    recorded so that sweep() removes it after a kill.

    When the data folder cannot be written, the folder is made beside the file `beside` as `.<stem>-<random>.part`
    (what reports.atomic.remove_stale_parts clears at the next export there).
    """
    parent = _folder("scratch")
    if parent is not None:
        folder = parent / f"{prefix}-{os.getpid()}-{uuid.uuid4().hex[:12]}"
    else:
        folder = beside.with_name(f".{beside.stem[:40]}-{uuid.uuid4().hex[:12]}.part")
    folder.mkdir(mode=0o700)
    try:
        with pending(folder):
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


def sweep() -> list[Path]:
    """Delete what exports of processes that are no longer running left behind; returns the paths removed."""
    removed: list[Path] = []
    root = data_dir()
    records = root / "pending"
    live: set[str] = set()
    if records.is_dir():
        for record in sorted(records.glob("*.json")):
            try:
                data = json.loads(record.read_text(encoding="utf-8"))
                pid, started, paths = int(data["pid"]), float(data.get("started", 0)), list(data["paths"])
            except (OSError, ValueError, KeyError, TypeError):
                with contextlib.suppress(OSError):
                    record.unlink()  # half-written by a process killed while writing it
                continue
            if _alive(pid, started):
                live.update(str(p) for p in paths)
                continue
            removed += [Path(p) for p in paths if _remove(Path(p))]
            with contextlib.suppress(OSError):
                record.unlink()
    scratch = root / "scratch"
    if scratch.is_dir():  # a folder whose record was never written (killed in between): its name holds the pid
        for folder in scratch.iterdir():
            if str(folder.absolute()) in live:
                continue
            parts = folder.name.rsplit("-", 2)
            pid = int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else 0
            if not _alive(pid, 0.0) and _remove(folder):
                removed.append(folder)
    return removed


def sweep_at_start() -> None:
    """sweep(), as every start runs it: a data folder that cannot be read stops nothing (the log says so)."""
    import logging

    try:
        removed = sweep()
    except OSError:
        logging.getLogger(__name__).warning("leftovers of killed exports could not be removed", exc_info=True)
        return
    if removed:
        logging.getLogger(__name__).info("removed %d leftovers of exports that were stopped", len(removed))
