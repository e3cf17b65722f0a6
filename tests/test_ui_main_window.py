"""The main window: opening workspaces, the welcome page, the status bar, sections, drag and drop, the demo."""

from __future__ import annotations

import sys
import time
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from shoplens.ui.app import main_window as mw
from shoplens.ui.app.main_window import MainWindow
from shoplens.workspace import Workspace

pytestmark = pytest.mark.usefixtures("no_leftovers")


def open_and_wait(qtbot, win, path):
    with qtbot.waitSignal(win.summary_shown, timeout=15_000):
        win.open_path(path)


def message_boxes():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def close_boxes():
    texts = []
    for box in message_boxes():
        texts.append(box.text())
        box.close()
    return texts


def test_opening_a_workspace_shows_counts_and_date_range(qtbot, window, tmp_path):
    from shopdata import build_small_workspace

    build_small_workspace(tmp_path / "shop.shoplens").close()
    open_and_wait(qtbot, window, tmp_path / "shop.shoplens")
    text = window.status_counts.text()
    assert "200 customers" in text and "19,200 orders" in text  # paid orders: every 25th of the 20,000 is refunded
    assert "2023-01-01 to 2025-01-" in text
    assert window.view is not None and window.view.current_key == "home"  # a workspace opens on Home
    assert window.windowTitle().startswith("Test shop")
    assert isolated_settings_recent()[0] == str((tmp_path / "shop.shoplens").resolve())


def isolated_settings_recent():
    from shoplens import settings

    return settings.recent_workspaces()


def test_welcome_page_new_and_open_buttons(qtbot, window, tmp_path, monkeypatch):
    assert window.stack.currentWidget() is window.welcome
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000) as opened:
        window.welcome.new_button.click()
    assert Path(opened.args[0].path) == tmp_path / "fresh.shoplens"
    qtbot.waitUntil(lambda: "0 customers" in window.status_counts.text(), timeout=5000)
    window.close_action.trigger()
    assert window.workspace is None and window.stack.currentWidget() is window.welcome
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "fresh.shoplens"), ""))
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):
        window.welcome.open_button.click()
    assert window.welcome.recent_list.count() == 1  # the recent list offers it next time


def test_a_bad_file_shows_the_workspace_error(qtbot, window, tmp_path):
    bad = tmp_path / "notes.shoplens"
    bad.write_text("not a database", encoding="utf-8")
    window.open_path(bad)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10_000)
    texts = close_boxes()
    assert any("not a ShopLens workspace" in t for t in texts)
    assert window.workspace is None and window.stack.currentWidget() is window.welcome


def test_open_the_demo_shop_builds_it_with_progress_then_opens_it(qtbot, window, tmp_path, monkeypatch):
    from shoplens.demo.build import build_demo_workspace

    target = tmp_path / "docs" / "ShopLens Demo.shoplens"
    calls = []

    def small_demo(path, *, progress=None, cancelled=None):
        calls.append(path)
        return build_demo_workspace(path, customers=60, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(mw, "demo_path", lambda: target)
    monkeypatch.setattr(mw, "build_demo", small_demo)
    with qtbot.waitSignal(window.workspace_opened, timeout=120_000):
        window.welcome.demo_button.click()
        assert window.progress_panel is not None and window.progress_panel.isVisible()
    assert target.exists() and calls == [str(target)]
    qtbot.waitUntil(lambda: "customers" in window.status_counts.text(), timeout=10_000)
    window.close_workspace()
    with qtbot.waitSignal(window.workspace_opened, timeout=10_000):  # the second time it is only opened
        window.welcome.demo_button.click()
    assert calls == [str(target)]


def test_cancelling_the_demo_build_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "ShopLens Demo.shoplens"

    def slow_demo(path, *, progress=None, cancelled=None):
        from shoplens.demo.build import build_demo_workspace

        return build_demo_workspace(path, customers=3000, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(mw, "demo_path", lambda: target)
    monkeypatch.setattr(mw, "build_demo", slow_demo)
    window.open_demo()
    panel = window.progress_panel
    with qtbot.waitSignal(panel.runner.task.cancelled, timeout=60_000):
        panel.box.stop_button.click()
    assert not target.exists() and window.workspace is None


def drop(window, files):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def test_dropping_spreadsheets_starts_the_import_wizard(qtbot, window, small_workspace, tmp_path, monkeypatch):
    path = small_workspace.path
    small_workspace.close()
    open_and_wait(qtbot, window, path)
    seen = []

    class FakeWizard(QMessageBox):  # stands in for the wizard: records how it was called
        imported = Signal(list)
        see_what_to_do = Signal()

        def __init__(self, workspace, files, parent=None):
            super().__init__(parent)
            seen.append((workspace, files))

    fake = types.ModuleType("shoplens.ui.importing.wizard")
    fake.ImportWizard = FakeWizard
    monkeypatch.setitem(sys.modules, "shoplens.ui.importing.wizard", fake)
    files = [tmp_path / "orders.xlsx", tmp_path / "members.csv", tmp_path / "notes.docx"]
    drop(window, files)
    assert seen == [(window.workspace, [str(files[0]), str(files[1])])]  # the .docx is not offered
    window.import_wizard.close()


def test_dropping_without_a_workspace_explains_what_to_do(qtbot, window, tmp_path):
    drop(window, [tmp_path / "orders.csv"])
    texts = close_boxes()
    assert any("Open or create a workspace first" in t for t in texts)


def test_window_geometry_is_restored_and_a_workspace_opens_on_home(qtbot, isolated_settings, small_workspace):
    path = small_workspace.path
    small_workspace.close()
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 580)
    open_and_wait(qtbot, first, path)
    first.view.select("cleaning")
    first.close()
    assert isolated_settings.get(isolated_settings.LAST_WORKSPACE) == str(Path(path).resolve())
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_state()
    second.show()
    assert (second.width(), second.height()) == (760, 580)
    open_and_wait(qtbot, second, path)
    assert second.view.current_key == "home"  # not the section left last time: Home says what to do
    second.close()


def test_workspace_stays_readable_after_the_window_closed_it(qtbot, window, small_workspace):
    path = small_workspace.path
    small_workspace.close()
    open_and_wait(qtbot, window, path)
    window.close()
    with Workspace.open(path) as ws:
        assert ws.summary()["orders"] == 20_000


def test_changing_the_currency_in_settings_updates_the_tables(qtbot, window, small_workspace):
    path = small_workspace.path
    small_workspace.close()
    open_and_wait(qtbot, window, path)
    browser = window.view.select("data")  # the window opens on Home; the tables are made when first shown
    model = browser.customers.model
    spend = [c.key for c in model.spec.columns].index("spend")
    assert model.data(model.index(1, spend)).startswith("¥")
    dialog = window.open_settings()
    dialog.currency.setCurrentText("€")
    with qtbot.waitSignal(window.summary_shown, timeout=10_000):
        dialog.accept()
    assert window.workspace.meta("currency") == "€"
    assert model.data(model.index(1, spend)).startswith("€")


def _shop_with_analyses_due(tmp_path):
    """A workspace whose import left its predictions and suggestions due (the app closed before they ran)."""
    from homedata import planted_shop, write_files
    from shoplens.pipeline import import_file

    members, orders = write_files(tmp_path, planted_shop())
    path = tmp_path / "shop.shoplens"
    ws = Workspace.create(path)
    import_file(ws, orders, analyses=False)
    ws.close()
    return path, members


def _suggestions_until_stopped(_ws, _as_of, reporter):
    """Stands in for a big shop's suggestions: still counting until the task is cancelled."""
    from shoplens.errors import Cancelled

    while not reporter.cancelled():
        time.sleep(0.01)
    raise Cancelled()


def _analysed(ws) -> tuple[int, int]:
    return (ws.conn.execute("SELECT count(*) FROM suggestions").fetchone()[0],
            ws.conn.execute("SELECT count(*) FROM prediction_runs").fetchone()[0])


def test_predictions_and_suggestions_follow_an_import_in_the_background(qtbot, window, tmp_path, monkeypatch):
    """The import wizard writes the files only; the window then runs the analyses in the status bar (and again when
    it opens a workspace an import left them due in), and the pages refresh once they are in."""
    from shoplens.pipeline import analyses_due, import_file
    from shoplens.ui.common.worker import on_write_thread

    path, members = _shop_with_analyses_due(tmp_path)
    with qtbot.waitSignal(window.analyses.updated, timeout=60_000):
        open_and_wait(qtbot, window, path)
        assert window.analyses.isVisible()  # "Updating predictions and suggestions…" with a bar and Stop
    assert not analyses_due(window.workspace) and all(_analysed(window.workspace))
    qtbot.waitUntil(lambda: not window.analyses.isVisible(), timeout=5000)

    class FakeWizard(QMessageBox):  # the wizard writing the member list, then telling the window
        imported = Signal(list)
        see_what_to_do = Signal()

        def __init__(self, workspace, files, parent=None):
            super().__init__(parent)
            on_write_thread(import_file, workspace, files[0], analyses=False)

    fake = types.ModuleType("shoplens.ui.importing.wizard")
    fake.ImportWizard = FakeWizard
    monkeypatch.setitem(sys.modules, "shoplens.ui.importing.wizard", fake)
    wizard = window.start_import([str(members)])
    assert analyses_due(window.workspace)
    with qtbot.waitSignal(window.analyses.updated, timeout=60_000):
        wizard.imported.emit([])
    assert not analyses_due(window.workspace) and _analysed(window.workspace)[1] == 2  # refitted for the members
    wizard.close()


def test_stopping_the_analyses_keeps_them_due_for_the_next_open(qtbot, window, tmp_path, monkeypatch):
    from shoplens import derived
    from shoplens.pipeline import analyses_due

    path, _members = _shop_with_analyses_due(tmp_path)
    monkeypatch.setattr(derived, "refresh_suggestions", _suggestions_until_stopped)
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: window.analyses.isVisible(), timeout=10_000)
    with qtbot.waitSignal(window.analyses.said, timeout=20_000) as said:
        window.analyses.box.stop_button.click()
    assert "next" in said.args[0] and not window.analyses.isVisible()
    assert analyses_due(window.workspace)  # the next open runs them again


def test_another_write_does_not_wait_behind_the_analyses(qtbot, window, tmp_path, monkeypatch):
    """A cleaning step or a campaign started while the analyses run goes first; the analyses run again after it."""
    from shoplens import derived
    from shoplens.pipeline import analyses_due
    from shoplens.ui.common import worker

    path, _members = _shop_with_analyses_due(tmp_path)
    events = []
    real = derived.refresh_suggestions

    def suggestions(ws, as_of, reporter):
        events.append("suggestions")
        if events.count("suggestions") == 1:  # the first run is still counting when the other write comes
            return _suggestions_until_stopped(ws, as_of, reporter)
        return real(ws, as_of, reporter)

    def other_write(ws, progress=None, cancelled=None):
        events.append("other write")

    monkeypatch.setattr(derived, "refresh_suggestions", suggestions)
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: events == ["suggestions"], timeout=10_000)
    with qtbot.waitSignal(window.analyses.updated, timeout=30_000):
        worker.run_task(other_write, window.workspace, write=True)
    assert events == ["suggestions", "other write", "suggestions"]
    assert not analyses_due(window.workspace)
