"""The Restore from backup dialog and the main window's recovery: restore a copy, reopen; a damaged workspace
offers its newest healthy backup copy instead of an error."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from shopdata import build_small_workspace, damage
from shoplens.ui.privacy.backup_dialog import RestoreBackupDialog
from shoplens.workspace import Workspace

pytestmark = pytest.mark.usefixtures("no_leftovers")


def boxes(name: str | None = None) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
            and (name is None or w.objectName() == name)]


def close_boxes() -> list[str]:
    texts = []
    for box in boxes():
        texts.append(box.text() + " " + box.informativeText())
        box.close()
    return texts


def shop_with_backups(tmp_path):
    """A workspace with two backup copies: 'manual' (20,000 orders) then 'before-cleaning' (5,000 orders)."""
    path = tmp_path / "shop.shoplens"
    ws = build_small_workspace(path)
    ws.backup("manual")
    with ws.transaction() as conn:
        conn.execute("DELETE FROM orders WHERE id > 5000")
    ws.backup("before-cleaning")
    with ws.transaction() as conn:
        conn.execute("DELETE FROM orders WHERE id > 100")
    ws.close()
    return path


def orders(path) -> int:
    with Workspace.open(path, readonly=True) as ws:
        return ws.conn.execute("SELECT count(*) FROM orders").fetchone()[0]


def test_dialog_lists_copies_with_counts_and_confirms_before_restoring(qtbot, tmp_path):
    path = shop_with_backups(tmp_path)
    dialog = RestoreBackupDialog(path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["Before cleaning", "Made by hand"]
    assert [table.item(r, 4).text() for r in range(2)] == ["5,000", "20,000"]
    assert table.item(0, 3).text() == "200" and table.item(0, 5).text() == "OK"
    assert "KB" in table.item(0, 2).text() or "MB" in table.item(0, 2).text()
    assert dialog.restore_button.isEnabled() and dialog.selected().reason == "before-cleaning"
    assert not dialog.backup_button.isEnabled()  # no open workspace given
    table.selectRow(1)
    box = dialog.confirm_restore()
    assert "20,000 orders" in box.text()
    with qtbot.waitSignal(dialog.restore_chosen, timeout=5000) as chosen:
        next(b for b in box.buttons() if b.text() == "Restore").click()
    assert chosen.args[0].endswith("-manual.shoplens")
    assert orders(path) == 100  # the dialog only chooses; the window restores


def test_a_damaged_copy_cannot_be_chosen(qtbot, tmp_path):
    path = shop_with_backups(tmp_path)
    newest = sorted((tmp_path / "shop.shoplens.backups").glob("*before-cleaning*"))[0]
    damage(newest)
    dialog = RestoreBackupDialog(path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.table.item(0, 5).text() == "Damaged" and dialog.table.item(0, 4).text() == "—"
    assert dialog.selected().reason == "manual"  # the newest healthy copy is preselected
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled() and dialog.confirm_restore() is None


def test_window_restores_the_chosen_copy_and_reopens(qtbot, window, tmp_path):
    path = shop_with_backups(tmp_path)
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    assert window.restore_action.isEnabled()
    dialog = window.restore_from_backup()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.backup_button.isEnabled()
    dialog.table.selectRow(dialog.table.rowCount() - 1)  # the oldest: 'manual'
    box = dialog.confirm_restore()
    with qtbot.waitSignal(window.summary_shown, timeout=20_000) as shown:
        next(b for b in box.buttons() if b.text() == "Restore").click()
    assert shown.args[0]["orders"] == 19_200  # paid orders: every 25th of the 20,000 is refunded
    assert window.workspace is not None and not window.workspace.readonly
    texts = close_boxes()
    assert any("restored from the backup copy" in t for t in texts)
    assert any("before-restore" in p.name for p in (tmp_path / "shop.shoplens.backups").iterdir())


def test_back_up_now_adds_a_copy(qtbot, window, tmp_path):
    path = shop_with_backups(tmp_path)
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    dialog = window.restore_from_backup()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    before = dialog.table.rowCount()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.backup_now()
    assert dialog.table.rowCount() == before + 1
    assert dialog.table.item(0, 1).text() == "Made by hand" and dialog.table.item(0, 4).text() == "100"
    dialog.close()


def test_damaged_workspace_offers_the_newest_good_backup_instead_of_an_error(qtbot, window, tmp_path):
    path = shop_with_backups(tmp_path)
    damage(path)
    window.open_path(path)
    qtbot.waitUntil(lambda: bool(boxes("damagedBox")), timeout=15_000)
    box = boxes("damagedBox")[0]
    assert "is damaged" in box.text() and "5,000 orders" in box.informativeText()
    assert not boxes("errorBox")
    with qtbot.waitSignal(window.summary_shown, timeout=20_000):
        next(b for b in box.buttons() if "Restore" in b.text()).click()
    assert window.workspace is not None and orders(path) == 5000
    close_boxes()


def test_damaged_workspace_without_backups_shows_the_error(qtbot, window, tmp_path):
    path = tmp_path / "alone.shoplens"
    build_small_workspace(path).close()
    damage(path)
    window.open_path(path)
    qtbot.waitUntil(lambda: bool(boxes()), timeout=15_000)
    assert not boxes("damagedBox")
    texts = close_boxes()
    assert any("damaged" in t for t in texts)
    assert window.workspace is None
