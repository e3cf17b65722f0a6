"""Screenshots of the Predict dialog (after a fit, with its holdout chart) and a profile card's predicted value."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .runner import ScreenContext, screen, settle


def _data_browser(ctx: ScreenContext):
    return ctx.window.view.select("data")


@screen("predict_dialog")
def predict_dialog(ctx: ScreenContext) -> QWidget:
    from ..predict.dialog import PredictDialog

    dialog = PredictDialog(ctx.window.workspace, ctx.window)
    dialog.show()
    dialog.start()
    settle(until=lambda: not dialog.runner.busy, timeout=120)
    settle(0.3)
    ctx.extra["predict_dialog"] = dialog
    return dialog


@screen("predict_dialog_details")
def predict_dialog_details(ctx: ScreenContext) -> QWidget:
    """The same dialog with Details open: settings, parameters and the check chart."""
    dialog = ctx.extra.get("predict_dialog") or predict_dialog(ctx)
    dialog.details_toggle.setChecked(True)
    dialog.resize(1100, 760)
    settle(0.3)
    return dialog


@screen("profile_card_predicted")
def profile_card_predicted(ctx: ScreenContext) -> QWidget:
    from ...predict.run import predict_customers
    from ...predict.store import latest_run, save_run
    from ..common.worker import on_write_thread

    ws = ctx.window.workspace
    if latest_run(ws.conn) is None:
        on_write_thread(lambda: save_run(ws, predict_customers(ws)), timeout_ms=300_000)  # the writer owns it
    dialog = ctx.extra.pop("predict_dialog", None)
    if dialog is not None:
        dialog.close()
    customer = ws.conn.execute(
        "SELECT customer_id FROM predictions WHERE expected_90 > 1 ORDER BY value_12m_cents DESC LIMIT 1 OFFSET 5"
    ).fetchone()[0]
    card = _data_browser(ctx).open_profile(int(customer))
    card.resize(900, 760)
    ctx.extra["card"] = card
    return card
