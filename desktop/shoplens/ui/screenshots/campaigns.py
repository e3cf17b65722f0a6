"""Screenshots of the Campaigns section and the New campaign dialog (registered with the screenshot script).

The demo shop gets an RFM run (if it has none) and three campaigns: one whose window the data already covers, one
still running and one that starts after the data ends, so every state shows.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from .runner import ScreenContext, screen, settle


def prepare_campaigns(ws) -> None:
    """A segmentation run and three campaigns in the demo workspace (once)."""
    from ...campaigns.store import create_campaign, list_campaigns, segment_source
    from ...features.metrics import default_as_of
    from ...segmentation.build import build_run
    from ...segmentation.runs import save_run

    if list_campaigns(ws):
        return
    if ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0] == 0:
        save_run(ws, build_run(ws, "rfm-cn8"))
    labels = [r[0] for r in ws.conn.execute(
        "SELECT label FROM segments WHERE run_id = (SELECT max(id) FROM segmentations) ORDER BY size DESC")]
    end = default_as_of(ws)
    recent = ws.conn.execute(  # the segment that buys most often: a campaign still running shows buyers
        "SELECT m.label FROM segment_members m WHERE m.run_id = (SELECT max(id) FROM segmentations) GROUP BY m.label"
        " HAVING count(*) >= 200 ORDER BY avg(EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = m.customer_id"
        " AND o.order_time >= ?)) DESC LIMIT 1", ((end - dt.timedelta(days=60)).isoformat(),)).fetchone()
    plans = [("Autumn win-back coupon", labels[0], end - dt.timedelta(days=75), 30, 0.2, "WELCOME10"),
             ("New tea tasting invite", recent[0] if recent else labels[0], end - dt.timedelta(days=12), 30, 0.2,
              None),
             ("Mid-autumn gift box", labels[min(2, len(labels) - 1)], end + dt.timedelta(days=20), 21, 0.1, "MOON")]
    for i, (name, label, start, window, share, coupon) in enumerate(plans):
        create_campaign(ws, name, segment_source(ws, label), start=start, window_days=window, holdout_share=share,
                        seed=100 + i, coupon_treatment=coupon)


def _page(ctx: ScreenContext):
    from ..common.worker import on_write_thread

    on_write_thread(prepare_campaigns, ctx.window.workspace)  # the write thread owns the workspace
    page = ctx.window.view.select("campaigns")
    page.refresh()
    settle(until=lambda: not page.busy, timeout=60)
    return page


@screen("campaigns_empty")
def campaigns_empty(ctx: ScreenContext) -> QWidget | None:
    from ...campaigns.store import list_campaigns

    if list_campaigns(ctx.window.workspace):
        return None  # the demo already has campaigns (another screen made them)
    page = ctx.window.view.select("campaigns")
    settle(until=lambda: not page.busy, timeout=60)
    return ctx.window


@screen("campaigns_page")
def campaigns_page(ctx: ScreenContext) -> QWidget:
    page = _page(ctx)
    for row in range(page.table.rowCount()):
        if page.results[row].status == "complete":
            page.table.selectRow(row)
    settle(0.4)
    return ctx.window


@screen("campaigns_running")
def campaigns_running(ctx: ScreenContext) -> QWidget:
    page = _page(ctx)
    for row in range(page.table.rowCount()):
        if page.results[row].status == "running":
            page.table.selectRow(row)
    settle(0.4)
    return ctx.window


@screen("campaign_dialog")
def campaign_dialog(ctx: ScreenContext) -> None:
    from ..campaigns.dialog import CampaignDialog
    from ..common.worker import on_write_thread

    on_write_thread(prepare_campaigns, ctx.window.workspace)  # the write thread owns the workspace
    for name, share in (("campaign_dialog", 10), ("campaign_dialog_big_holdout", 40)):
        dialog = CampaignDialog(ctx.window.workspace, ctx.window)
        dialog.name_edit.setText("Summer iced tea coupon" if ctx.lang == "en" else "夏季冷泡茶优惠券")
        dialog.coupon_edit.setText("ICED5")
        dialog.holdout_spin.setValue(share)
        dialog.resize(640, dialog.sizeHint().height())
        dialog.show()
        settle(until=lambda d=dialog: d.plan is not None and not d._timer.isActive(), timeout=60)
        settle(0.2)
        dialog.resize(640, dialog.sizeHint().height())
        ctx.save(name, dialog)
        dialog.reject()
        dialog.deleteLater()
    return None

