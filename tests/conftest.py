"""Shared test set-up: Qt offscreen, settings, logs and the data folder isolated from the user's, and a small
generated workspace."""

from __future__ import annotations

import os
import shutil
import tempfile

# Before anything imports Qt: no display needed, and nothing touches the user's own settings or log files.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_DIR = tempfile.mkdtemp(prefix="shoplens-tests-")
os.environ["SHOPLENS_SETTINGS"] = os.path.join(_SESSION_DIR, "settings.ini")
os.environ["SHOPLENS_LOG_DIR"] = os.path.join(_SESSION_DIR, "log")
os.environ["SHOPLENS_DATA_DIR"] = os.path.join(_SESSION_DIR, "data")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from shopdata import build_small_workspace  # noqa: E402


def pytest_sessionstart(session) -> None:
    """The compiled catalogues (.qm) are build outputs, not committed: a fresh clone has none, so build them (and
    any older than their .ts source) before the tests that load them run."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    sources = sorted((root / "resources" / "translations").glob("shoplens_*.ts"))
    if any(not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
           for ts in sources):
        subprocess.run([sys.executable, str(root / "tools" / "build_translations.py"), "--release-only"],
                       check=True, capture_output=True)


def pytest_unconfigure(config) -> None:
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


@pytest.fixture
def small_workspace(tmp_path: Path):
    """A fresh small workspace (200 customers, 20,000 orders), closed after the test."""
    ws = build_small_workspace(tmp_path / "small.shoplens")
    yield ws
    try:
        ws.close()
    except Exception:  # the test may have closed it through the window
        pass


@pytest.fixture
def hand_to_writer(qapp):
    """A function that closes a workspace opened by the test and opens it again on the app's write thread, which then
    owns it as the app owns every workspace (only it writes; the test's thread reads through a connection of its
    own); whatever it handed over is closed on that thread after the test."""
    from shoplens.ui.common import worker
    from shoplens.workspace import Workspace

    handed = []

    def hand(ws):
        path = ws.path
        ws.close()
        handed.append(worker.on_write_thread(Workspace.open, path))
        return handed[-1]

    yield hand
    for ws in handed:
        try:
            worker.close_workspace(ws)
        except Exception:  # the test may have closed it through the window
            pass


@pytest.fixture
def app_workspace(tmp_path: Path, hand_to_writer):
    """The small workspace as the app holds it: owned by the write thread."""
    return hand_to_writer(build_small_workspace(tmp_path / "small.shoplens"))


@pytest.fixture
def isolated_settings(tmp_path: Path):
    """Settings in a file of this test's own (the session file is shared by the rest)."""
    from shoplens import settings

    settings.use_file(tmp_path / "settings.ini")
    yield settings
    settings.use_file(None)


@pytest.fixture
def window(qtbot, isolated_settings):
    """The main window, shown, with settings of the test's own; closed after the test."""
    from shoplens.ui.app.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def no_leftovers(qapp):
    """Fail a test that leaves worker tasks running or top-level windows open (napari's habit)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from shoplens.ui.common import worker

    assert worker.wait_for_all(15_000), "a worker task was still running after the test"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"windows left open: {[type(w).__name__ for w in left]}"


@pytest.fixture(autouse=True)
def _logging_as_the_app_starts():
    """Every test starts with logging as a fresh process has it: no --log-file chosen by an earlier in-process
    command, no logger left disabled and nothing switched off globally (a test of the log must see its records)."""
    import logging

    from shoplens import logs

    logs.use_log_file(None)
    logging.disable(logging.NOTSET)
    root = logging.getLogger()
    level = root.level
    if root.level > logging.INFO:
        root.setLevel(logging.INFO)  # as app.setup_logging leaves it
    for logger in logging.Logger.manager.loggerDict.values():
        if isinstance(logger, logging.Logger) and logger.name.startswith("shoplens"):
            logger.disabled = False
            logger.propagate = True
            logger.setLevel(logging.NOTSET)
    yield
    logs.use_log_file(None)
    root.setLevel(level)
