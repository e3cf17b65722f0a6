"""pytest-qt: the audit log viewer (kinds, who and when, filter, both languages) and 'Forget this customer' on the card."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from shoplens.campaigns.selectors import Selector
from shoplens.privacy.audit import audit_entries, group_counts, group_of
from shoplens.reports.export import export_contacts
from shoplens.ui.data.audit_log_view import AuditLogDialog, action_name, describe_details
from shoplens.ui.data.browser import DataBrowser
from shoplens.workspace import Workspace
from shoplens.workspace.workspace import os_user

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def browser(qtbot, app_workspace):
    """The data browser, shut down after the test's events (as tests/test_ui_data_browser.py does)."""
    widget = DataBrowser(app_workspace)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


@pytest.fixture
def audited(small_workspace, tmp_path):
    ws = small_workspace
    ws.audit("import", {"import_id": 1, "file": "会员列表.xlsx", "sheet": "会员", "rows": 200, "orders_added": 0,
                        "customers_added": 200})
    export_contacts(ws, Selector.customer_ids([2, 3, 4]), tmp_path / "list.csv")
    ws.audit("clean", {"steps": 3, "enabled": 2, "merged": 4})
    ws.backup("before-erase")
    from shoplens.privacy.erase import forget_customer

    forget_customer(ws, customer_id=5)
    return ws


def test_core_entries_groups_and_user(audited):
    entries = audit_entries(audited)
    assert [e.action for e in entries][:4] == ["erase", "clean", "export", "import"]
    assert all(e.user == os_user() and e.at for e in entries)
    assert [e.action for e in audit_entries(audited, "erase")] == ["erase"]
    assert {e.action for e in audit_entries(audited, "other")} == {"create"}
    counts = group_counts(audited)
    assert counts["all"] == len(entries) and counts["import"] == 1 and counts["merge"] == 1
    assert group_of("restore") == "backup" and group_of("whatever") == "other"


def test_viewer_lists_and_filters(qtbot, audited):
    dialog = AuditLogDialog(audited)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 5, timeout=10_000)
    model = dialog.model
    whats = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert whats[:4] == ["Customer forgotten", "Cleaning", "Export", "Import"]
    assert model.index(0, 1).data() == os_user()
    assert model.index(0, 0).data()
    details = model.index(0, 3).data()
    assert "1 customer(s)" in details and "1 backup copies" in details
    assert "200 rows, 200 new customers" in model.index(3, 3).data()
    assert "3 rows to list.csv" in model.index(2, 3).data()
    assert dialog.count_label.text() == f"{model.rowCount()} entries"
    dialog.set_group("erase")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.index(0, 2).data() == "Customer forgotten"
    dialog.set_group("export")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 2).data() == "Export", timeout=10_000)
    dialog.close()


def test_viewer_in_chinese(qtbot, audited):
    from shoplens.ui.common.i18n import install_language

    install_language("zh_CN")
    try:
        dialog = AuditLogDialog(audited)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() >= 5, timeout=10_000)
        assert dialog.windowTitle() == "审计日志"
        assert dialog.model.index(0, 2).data() == "已删除客户"
        assert dialog.filter_combo.itemText(0) == "全部"
        assert "份备份" in describe_details(audit_entries(audited, "erase")[0])
        dialog.close()
    finally:
        install_language("en")
    assert action_name("erase") == "Customer forgotten"


def test_forget_from_the_profile_card(qtbot, app_workspace, browser):
    ws = app_workspace
    ws.backup("one")
    name, phone = ws.conn.execute("SELECT name, phone FROM customers WHERE id = 7").fetchone()
    card = browser.open_profile(7)
    qtbot.addWidget(card)
    assert card.forget_button is not None and card.forget_button.isEnabled()
    card.forget_button.click()
    box = card.findChild(QMessageBox, "forgetConfirm")
    assert box is not None and name in box.text() and phone in box.text() and "(1 now)" in box.text()
    forget = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    forget.click()
    qtbot.waitUntil(lambda: ws.conn.execute("SELECT count(*) FROM customers WHERE id = 7").fetchone()[0] == 0,
                    timeout=15_000)
    info = None

    def info_shown():
        nonlocal info
        info = next((w for w in QApplication.topLevelWidgets() + browser.findChildren(QMessageBox)
                     if isinstance(w, QMessageBox) and w.objectName() == "infoBox" and w.isVisible()), None)
        return info is not None

    qtbot.waitUntil(info_shown, timeout=15_000)
    assert "1 backup copies rewritten" in info.text()
    info.close()
    assert ws.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'erase'").fetchone()[0] == 1
    wal = ws.path.with_name(ws.path.name + "-wal")  # the data browser's reader stayed open meanwhile
    for path in [ws.path, wal, *ws.backups()]:
        if path.exists():
            assert phone.encode() not in path.read_bytes(), path.name


def test_cancel_keeps_the_customer_and_read_only_has_no_button(qtbot, app_workspace, browser):
    card = browser.open_profile(8)
    qtbot.addWidget(card)
    card.forget_button.click()
    box = card.findChild(QMessageBox, "forgetConfirm")
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert card.forgetting is None
    assert app_workspace.conn.execute("SELECT count(*) FROM customers WHERE id = 8").fetchone()[0] == 1
    card.close()
    app_workspace.readonly = True
    try:
        card = browser.open_profile(8)
        qtbot.addWidget(card)
        assert card.forget_button is None
        card.close()
    finally:
        app_workspace.readonly = False


def test_file_menu_opens_the_audit_log(qtbot, isolated_settings, small_workspace):
    from shoplens.ui.app.main_window import MainWindow

    path = small_workspace.path
    small_workspace.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.audit_action.isEnabled()
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(path)
    assert window.audit_action.isEnabled()
    window.audit_action.trigger()
    dialog = window.findChild(AuditLogDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=10_000)
    assert dialog.model.index(dialog.model.rowCount() - 1, 2).data() == "Workspace created"
    dialog.close()
    window.close()


def test_profile_card_shows_consent_and_its_ledger(qtbot, tmp_path):
    import csv

    from PySide6.QtWidgets import QGroupBox, QLabel

    from shoplens.pipeline import import_file
    from shoplens.ui.data.profile_card import ProfileCard

    def write(name, sms):
        path = tmp_path / name
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([["会员卡号", "姓名", "手机号", "接受短信"], ["M001", "顾客一", "13800000001", sms]])
        return path

    with Workspace.create(tmp_path / "shop.shoplens") as ws:
        import_file(ws, write("jan.csv", "是"))
        import_file(ws, write("feb.csv", "否"))
        card = ProfileCard(ws.conn, 1)
        qtbot.addWidget(card)
        box = card.findChild(QGroupBox, "consentBox")
        assert box is not None and box.title() == "Marketing consent"
        label = next(w for w in box.findChildren(QLabel) if "since" in w.text())
        assert label.text().startswith("refused since") and "(feb.csv)" in label.text() and "2 changes" in label.text()
        assert "none → accepts (jan.csv)" in label.toolTip() and "accepts → refused (feb.csv)" in label.toolTip()
        card.close()
