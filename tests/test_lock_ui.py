"""A second copy of the app opening a workspace another process has open: read-only view, banner, no writes."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from shopdata import build_small_workspace
from shoplens.errors import WorkspaceError
from shoplens.workspace.lock import host_name

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def held(tmp_path):
    """A workspace held open for writing by another process (as a first copy of ShopLens would)."""
    path = tmp_path / "shared.shoplens"
    build_small_workspace(path).close()
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from shoplens.workspace import Workspace
        ws = Workspace.open({str(path)!r})
        print("open", flush=True)
        sys.stdin.readline()
        ws.close()
        print("closed", flush=True)
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    yield path, child
    if child.poll() is None:
        child.kill()
    child.wait(10)
    child.stdin.close()
    child.stdout.close()


def release(child) -> None:
    child.stdin.write("\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "closed"


def test_second_copy_opens_read_only_with_a_banner(qtbot, window, held):
    path, child = held
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    ws = window.workspace
    assert ws.readonly and ws.locked_by.pid == child.pid
    assert window.banner.isVisible()
    text = window.banner.label.text()
    assert text.startswith("Opened read-only:") and f"on {host_name()} has this workspace open since" in text
    assert "(read-only)" in window.windowTitle()
    assert not window.import_action.isEnabled() and window.restore_action.isEnabled()
    with pytest.raises(WorkspaceError, match="read-only"):
        ws.set_meta("shop_name", "x")
    assert not list(path.parent.glob("*.backups"))  # no scheduled copy from a read-only view
    # the other copy closes: "Open for editing" now opens it normally
    release(child)
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.banner.button.click()
    assert not window.workspace.readonly and not window.banner.isVisible()
    assert "(read-only)" not in window.windowTitle() and window.import_action.isEnabled()


def test_open_for_editing_while_still_held_stays_read_only(qtbot, window, held):
    path, _child = held
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.banner.button.click()
    assert window.workspace.readonly and window.banner.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_settings_of_a_read_only_workspace_cannot_be_changed(qtbot, window, held):
    path, _child = held
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    dialog = window.open_settings()
    assert not dialog.currency.isEnabled() and not dialog.backups_kept.isEnabled()
    dialog.close()


def test_every_section_of_a_read_only_view_opens_without_errors(qtbot, window, held):
    from shoplens.ui.app.sections import SECTIONS

    path, _child = held
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    for section in SECTIONS:
        page = window.view.select(section.key)
        qtbot.waitUntil(lambda page=page: not page.busy, timeout=30_000)  # its work ended and was shown
    from shoplens.ui.common import worker

    assert worker.wait_for_all(30_000)
    shown = [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert shown == []


def test_a_workspace_that_cannot_be_written_opens_read_only_and_says_why(qtbot, window, tmp_path, monkeypatch):
    """(Opened for real in a read-only folder by tests/test_hostile_files.py; here the window's side of it.)"""
    from shoplens.workspace import workspace as workspace_module

    path = tmp_path / "shared.shoplens"
    build_small_workspace(path).close()
    monkeypatch.setattr(workspace_module, "readonly_reason", lambda _path: workspace_module.READONLY_FOLDER)
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    assert window.workspace.readonly and window.banner.isVisible()
    assert window.banner.label.text() == ("Opened read-only: the workspace's folder cannot be written to. To change"
                                          " it, copy it to a folder you can write to and open the copy.")
    assert "damaged" not in window.banner.label.text()
