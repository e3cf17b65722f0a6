"""Atomic file output: write beside the target, fsync, then rename over it; a failure leaves nothing behind."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..scratch import pending


def check_target(path: str | os.PathLike[str], suffixes: tuple[str, ...]) -> Path:
    """The output path as a Path, after checking its folder exists and its suffix is one of `suffixes`."""
    target = Path(path)
    if target.suffix.lower() not in suffixes:
        raise InputError('"{name}" does not end in {suffixes}.', file=str(target),
                         hint="Choose a file name with one of these endings.", name=target.name,
                         suffixes=" or ".join(suffixes))
    if target.is_dir():
        raise InputError("This is a folder, not a file name.", file=str(target))
    if not target.parent.exists():
        raise InputError("The folder for this file does not exist.", file=str(target))
    return target


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `path`, on any error it is removed."""
    target = Path(path)
    remove_stale_parts(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    with pending(tmp):  # a kill leaves it recorded in the app's data folder: the next start deletes it
        try:
            yield tmp
            with open(tmp, "rb+") as fh:
                fh.flush()
                os.fsync(fh.fileno())
            if target.exists():  # keep the mode of the file being replaced; a new file is the user's only (0600)
                with contextlib.suppress(OSError):
                    os.chmod(tmp, target.stat().st_mode & 0o777)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
    _fsync_dir(target.parent)


STALE_PART_SECONDS = 600


def remove_stale_parts(target: Path, older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Delete half-written `.<stem>-*.part` files a killed export left beside `target` (they hold customer data).

    Only files older than `older_than` seconds: a younger one may belong to an export still running elsewhere.
    """
    import time

    removed = []
    now = time.time()
    for part in target.parent.glob(f".{target.stem[:40]}-*.part"):  # a file, or an XLSX scratch folder
        with contextlib.suppress(OSError):
            if now - part.stat().st_mtime > older_than:
                if part.is_dir() and not part.is_symlink():
                    shutil.rmtree(part)
                else:
                    part.unlink()
                removed.append(part)
    return removed


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
