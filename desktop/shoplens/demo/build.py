"""Build the demo workspace: generate the demo spreadsheets and import each through the real importer."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from ..errors import InputError
from ..progress import CancelFn, ProgressFn, Reporter
from .generator import DEFAULT_CUSTOMERS, DEFAULT_SEED, SHOP_NAME, DemoFile, generate_demo_files

_GENERATE_SHARE = 0.08  # share of the progress bar for writing the spreadsheets
_DEFAULTS_SHARE = 0.06  # and for making the defaults at the end
DEMO_HISTORY_DAYS = 30  # the demo's "last import": its data as of this many days before the last order


def build_demo_workspace(path: str | os.PathLike[str], *, progress: ProgressFn | None = None,
                         cancelled: CancelFn | None = None, seed: int = DEFAULT_SEED,
                         customers: int = DEFAULT_CUSTOMERS, keep_files: str | os.PathLike[str] | None = None) -> Path:
    """Create the demo shop's workspace at `path`; a cancel or failure leaves no file behind.

    The workspace is built in a temporary file next to `path` and renamed at the end. With `keep_files`, the
    generated spreadsheets are also copied into that folder, so they can be imported by hand.
    """
    from ..home.defaults import install_defaults
    from ..pipeline import update_analyses
    from ..workspace import Workspace

    target = Path(path)
    if target.exists():
        raise InputError("A file with this name already exists, so the demo shop was not created there.",
                         file=str(target), hint="Choose another name for the demo workspace.")
    if not target.parent.is_dir():
        raise InputError("The folder for the demo workspace does not exist.", file=str(target))
    reporter = Reporter(progress, cancelled)
    building = target.with_name(f".{target.name}.{os.getpid()}.building")
    _remove(building)
    try:
        with tempfile.TemporaryDirectory(prefix="shoplens-demo-") as folder:
            reporter.step(0, 1000, "Writing the demo spreadsheets")
            files = generate_demo_files(folder, seed=seed, customers=customers)
            reporter.check()
            # the defaults (segments, tags, actions, predictions) are made once every file is in, with a snapshot a
            # month back so Home shows what changed; the imports themselves skip them
            ws = Workspace.create(building, shop_name=SHOP_NAME, demo="1", demo_seed=str(seed), defaults="off")
            try:
                _import_all(ws, files, reporter)
                reporter.step(round(1000 * (1 - _DEFAULTS_SHARE)), 1000, "Setting up segments, tags and actions")
                update_analyses(ws, cancelled=reporter.cancelled)  # suggestions once, for all the files
                install_defaults(ws, history_days=DEMO_HISTORY_DAYS, explicit=True,
                                 reporter=Reporter(None, reporter.cancelled))
                ws.set_meta("defaults", "on")
                # the customers the workspace holds (members who never bought included), as every screen counts them
                held = ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
                ws.audit("demo", {"seed": seed, "customers": held, "files": [f.path.name for f in files]})
            finally:
                ws.close()
            if keep_files is not None:
                _copy_files(files, Path(keep_files))
        reporter.check()
        if target.exists():
            raise InputError("A file with this name appeared while the demo shop was being built; it was left"
                             " alone.", file=str(target))
        os.replace(building, target)
    except BaseException:
        _remove(building)
        raise
    reporter.step(1000, 1000, "Demo shop ready")
    return target


def _import_all(ws, files: list[DemoFile], reporter: Reporter) -> None:
    from ..pipeline import import_file

    total_rows = sum(max(f.rows, 1) for f in files)
    done_rows = 0
    shown = [0]  # the bar never moves backwards, even when a sub-step restarts its own count

    for file in files:
        share = 1 - _GENERATE_SHARE - _DEFAULTS_SHARE
        start = _GENERATE_SHARE + share * done_rows / total_rows
        span = share * max(file.rows, 1) / total_rows

        def step(done: int, total: int, message: str, start: float = start, span: float = span,
                 name: str = file.path.name) -> None:
            fraction = min(max(done / total if total else 0.0, 0.0), 1.0)
            shown[0] = max(shown[0], round(1000 * (start + span * fraction)))
            reporter.progress(shown[0], 1000, f"{name}: {message}")

        shown[0] = max(shown[0], round(1000 * start))
        reporter.step(shown[0], 1000, f"Importing {file.path.name}")
        try:
            import_file(ws, file.path, sheet=file.sheet, channel=file.channel, analyses=False, progress=step,
                        cancelled=reporter.cancelled)
        except InputError as exc:  # the demo files are ours: an input error here is a bug in the importer
            raise RuntimeError(f"The importer refused the demo file {file.path.name}: {exc}") from exc
        done_rows += max(file.rows, 1)


def _copy_files(files: list[DemoFile], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for file in files:
        shutil.copyfile(file.path, folder / file.path.name)


def _remove(path: Path) -> None:
    for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                  path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            extra.unlink()
    backups = path.with_name(path.name + ".backups")
    if backups.is_dir():
        shutil.rmtree(backups, ignore_errors=True)
