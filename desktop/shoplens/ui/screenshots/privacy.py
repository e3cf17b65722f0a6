"""Screenshots of the audit log viewer and of the 'Forget this customer' confirmation on a profile card."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .runner import ScreenContext, screen, settle


@screen("audit_log")
def audit_log(ctx: ScreenContext) -> QWidget:
    from ..data.audit_log_view import open_audit_log

    ws = ctx.window.workspace
    if ws.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'export'").fetchone()[0] == 0:
        import tempfile
        from pathlib import Path

        from ...campaigns.selectors import Selector
        from ...reports.export import export_contacts

        with tempfile.TemporaryDirectory() as tmp:
            ids = [r[0] for r in ws.conn.execute("SELECT id FROM customers ORDER BY id LIMIT 300")]
            export_contacts(ws, Selector.customer_ids(ids, "screenshot"), Path(tmp) / "活动名单.xlsx")
    dialog = open_audit_log(ctx.window)
    dialog.resize(1000, 520)
    settle(until=lambda: dialog.model.rowCount() > 0, timeout=30)
    settle(0.2)
    ctx.extra["audit_dialog"] = dialog
    return dialog


@screen("forget_confirm")
def forget_confirm(ctx: ScreenContext) -> QWidget:
    dialog = ctx.extra.pop("audit_dialog", None)
    if dialog is not None:
        dialog.close()
    browser = ctx.window.view.select("data")
    customer = ctx.window.workspace.conn.execute(
        "SELECT id FROM customers WHERE name IS NOT NULL AND phone IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
    card = browser.open_profile(customer)
    card.resize(900, 680)
    ctx.extra["card"] = card
    card.forget_button.click()
    settle(0.3)
    box = card.findChild(QMessageBox, "forgetConfirm")
    return box


@screen("profile_card_consent")
def profile_card_consent(ctx: ScreenContext) -> QWidget:
    card = ctx.extra.pop("card", None)
    if card is not None:
        card.close()
    browser = ctx.window.view.select("data")
    customer = ctx.window.workspace.conn.execute(
        "SELECT customer_id FROM consent WHERE allowed = 0 ORDER BY customer_id LIMIT 1").fetchone()[0]
    card = browser.open_profile(customer)
    card.resize(900, 760)
    ctx.extra["card"] = card
    settle(0.3)
    return card
