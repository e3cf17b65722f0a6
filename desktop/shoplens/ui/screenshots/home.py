"""Screenshots of Home and the action flow: Home at the top (KPIs with 环比 / 同比, the trend) and scrolled to this
week's actions and the campaigns; an action card's Start campaign and Export list dialogs as they open, pre-filled;
the data browser opened from a KPI card; and the Reports page and the print dialog of a shop without a segmentation,
offering the default one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QWidget

from .runner import SIZE, ScreenContext, screen, settle


def _home(ctx: ScreenContext):
    page = ctx.window.view.select("home")
    page.refresh()  # the campaigns made by earlier screens are listed
    settle(until=lambda: page.screen is not None and not page.busy, timeout=120)
    if page.setup_row.isVisible():  # a demo built before the defaults: "Set them up now", as the owner would
        page.setup_row.button.click()
        settle(until=lambda: not page.busy, timeout=600)
        page.refresh()
        settle(until=lambda: not page.busy, timeout=120)
    settle(until=lambda: not page.chart.renderer.busy and not page.chart._resize_timer.isActive(), timeout=30)
    settle(0.3)
    return page


def _scroll_to(page, widget: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea

    scroll = page.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(max(0, widget.y() - 8))
    settle(0.2)


def _ready_card(page):
    action = next(a for a in page.screen.data.actions if a.count > 0 and a.tag is not None)
    return action, page.action_cards[action.key]


@screen("home")
def home(ctx: ScreenContext) -> QWidget:
    page = _home(ctx)
    _scroll_to(page, page.kpi_cards["revenue"])
    return ctx.window


@screen("home_actions")
def home_actions(ctx: ScreenContext) -> QWidget:
    page = _home(ctx)
    _scroll_to(page, page.changes_title)
    return ctx.window


@screen("home_campaigns")
def home_campaigns(ctx: ScreenContext) -> QWidget:
    from PySide6.QtWidgets import QScrollArea

    page = _home(ctx)
    bar = page.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(0.2)
    return ctx.window


def _card_dialog(ctx: ScreenContext, name: str, button: str, kind: type, ready, width: int) -> None:
    """Press one of a ready action card's buttons and save the dialog it opens, once `ready(dialog)`."""
    page = _home(ctx)
    _action, card = _ready_card(page)
    getattr(card, button).click()
    dialog = next(w for w in page.findChildren(kind) if w.isVisible())
    settle(until=lambda: ready(dialog), timeout=60)
    settle(0.2)
    dialog.resize(width, dialog.sizeHint().height())
    settle(0.2)
    ctx.save(name, dialog)
    dialog.reject()
    dialog.deleteLater()


@screen("home_start_campaign")
def home_start_campaign(ctx: ScreenContext) -> None:
    """Start campaign on a card: the New campaign dialog on the card's tag, named, holdout on, with its plan."""
    from ..campaigns.dialog import CampaignDialog

    _card_dialog(ctx, "home_start_campaign", "campaign_button", CampaignDialog,
                 lambda d: d.plan is not None and not d._timer.isActive(), 660)


@screen("home_export_list")
def home_export_list(ctx: ScreenContext) -> None:
    """Export list on a card: the export dialog on the card's tag, counted."""
    from ..reports.export_dialog import ExportDialog

    _card_dialog(ctx, "home_export_list", "export_button", ExportDialog, lambda d: d.counts is not None, 580)


@screen("home_customers_behind")
def home_customers_behind(ctx: ScreenContext) -> QWidget:
    """A KPI card clicked: the data browser shows exactly its customers, the filter saying who they are."""
    page = _home(ctx)
    page.open_kpi("repeat_rate")
    browser = ctx.window.view.page("data")
    settle(until=lambda: ctx.window.view.current_key == "data" and browser is not None, timeout=30)
    browser = ctx.window.view.page("data")
    settle(until=lambda: browser.customers.model.total >= 0, timeout=30)
    settle(0.2)
    return ctx.window


def _bare_copy(ctx: ScreenContext):
    """A copy of the demo shop without any segmentation run, opened on the write thread (closed by the caller)."""
    from ...segmentation.runs import delete_run
    from ...workspace import Workspace
    from ..common.worker import on_write_thread

    folder = Path(ctx.outdir) / ".bare"
    folder.mkdir(exist_ok=True)
    path = folder / "bare.shoplens"
    shutil.copy(ctx.workspace_path, path)

    def open_bare():
        ws = Workspace.open(path)
        for (run_id,) in ws.conn.execute("SELECT id FROM segmentations").fetchall():
            delete_run(ws, run_id)
        return ws

    return on_write_thread(open_bare, timeout_ms=300_000)


def _close_bare(ctx: ScreenContext, ws) -> None:
    from ..common.worker import close_workspace, wait_for_all

    wait_for_all(60_000)
    close_workspace(ws)
    shutil.rmtree(Path(ctx.outdir) / ".bare", ignore_errors=True)


@screen("reports_default_segmentation")
def reports_default_segmentation(ctx: ScreenContext) -> None:
    """The Reports page and the print dialog of a shop without a segmentation: each offers the default one."""
    from ..reports.page import ReportsPage

    ws = _bare_copy(ctx)
    page = ReportsPage(ws)
    page.resize(SIZE[0] - 170, SIZE[1])
    page.show()
    settle(until=lambda: not page.busy, timeout=120)
    settle(0.3)
    ctx.save("reports_default_segmentation", page)
    view = page.open_report()
    view.resize(560, view.sizeHint().height())
    settle(0.3)
    ctx.save("report_view_default_segmentation", view)
    view.offer.start()  # running: the bar, the status and Stop
    settle(0.05)
    ctx.save("report_view_default_segmentation_running", view)
    settle(until=lambda: not view.offer.runner.busy, timeout=120)
    settle(0.3)
    ctx.save("report_view_default_segmentation_done", view)
    view.reject()
    for task in page.shutdown():
        task.wait(10_000)
    page.close()
    page.deleteLater()
    _close_bare(ctx, ws)
