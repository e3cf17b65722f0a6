"""Screens of the segmentation wizard, the segment browser and the dashboard for the screenshot script."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from .runner import ScreenContext, screen, settle


def _close(ctx: ScreenContext, key: str) -> None:
    widget = ctx.extra.pop(key, None)
    if widget is not None:
        widget.close()
        settle(0.1)


def _wizard(ctx: ScreenContext, method: str):
    from ..segments.wizard import SegmentationWizard

    _close(ctx, "segment_wizard")
    wizard = SegmentationWizard(ctx.window.workspace, ctx.window, method=method)
    wizard.resize(1100, 760)
    wizard.show()
    settle(until=lambda: wizard.loaded is not None, timeout=60)
    ctx.extra["segment_wizard"] = wizard
    return wizard


def _page(wizard, page) -> None:
    while wizard.currentPage() is not page:
        wizard.next()
        settle(0.1)


@screen("segments_wizard_method")
def segments_wizard_method(ctx: ScreenContext) -> QWidget:
    return _wizard(ctx, "rfm-cn8")


@screen("segments_wizard_counts")
def segments_wizard_counts(ctx: ScreenContext) -> QWidget:
    wizard = _wizard(ctx, "rfm-cn8")
    _page(wizard, wizard.params_page)
    settle(0.3)
    return wizard


@screen("segments_wizard_custom")
def segments_wizard_custom(ctx: ScreenContext) -> QWidget:
    wizard = _wizard(ctx, "custom")
    _page(wizard, wizard.params_page)
    editor = wizard.params_page.rfm.editor
    editor.set_scores(0, r="4-5")  # Champions overlaps Loyal
    editor.set_scores(9, f="1")  # R1-2 F2 belong to nobody
    settle(0.3)
    return wizard


@screen("segments_wizard_kmeans")
def segments_wizard_kmeans(ctx: ScreenContext) -> QWidget:
    wizard = _wizard(ctx, "kmeans")
    _page(wizard, wizard.params_page)
    panel = wizard.params_page.kmeans
    settle(until=lambda: panel.result is not None or bool(panel.error), timeout=120)
    settle(0.3)
    return wizard


@screen("segments_wizard_review")
def segments_wizard_review(ctx: ScreenContext) -> QWidget:
    wizard = ctx.extra.get("segment_wizard")
    if wizard is None or wizard.method() != "kmeans":
        wizard = segments_wizard_kmeans(ctx)
    settle(until=lambda: wizard.params_page.isComplete(), timeout=120)
    wizard.params_page.kmeans.own_k.setChecked(True)  # four groups show more than the two the score prefers
    wizard.params_page.kmeans.k.setValue(4)
    settle(until=lambda: wizard.params_page.isComplete(), timeout=120)
    _page(wizard, wizard.review_page)
    settle(until=lambda: wizard.review_page.isComplete(), timeout=120)
    settle(0.3)
    return wizard


@screen("segments_wizard_save")
def segments_wizard_save(ctx: ScreenContext) -> QWidget:
    wizard = segments_wizard_review(ctx)
    _page(wizard, wizard.save_page)
    saved: list[int] = []
    wizard.saved.connect(saved.append)
    ctx.save("segments_wizard_save", wizard)
    wizard.accept()  # the KMeans run is kept for the browser and the dashboard
    settle(until=lambda: bool(saved), timeout=60)
    ctx.extra.pop("segment_wizard", None)
    return None


def _runs(ctx: ScreenContext) -> None:
    """A grid run a quarter ago and one now (so movement shows), and China's eight types."""
    from ...features.metrics import default_as_of
    from ...segmentation.build import build_run
    from ...segmentation.runs import list_runs, save_run

    ws = ctx.window.workspace
    if any(r["method"] == "rfm-grid" for r in list_runs(ws)):
        return
    today = default_as_of(ws)
    save_run(ws, build_run(ws, "rfm-grid", as_of=today - dt.timedelta(days=91)),
             "R×F 十类客户（上季度）" if ctx.lang.startswith("zh") else "R×F grid (last quarter)")
    save_run(ws, build_run(ws, "rfm-cn8"), "RFM 八类客户" if ctx.lang.startswith("zh") else None)
    save_run(ws, build_run(ws, "rfm-grid"), "R×F 十类客户" if ctx.lang.startswith("zh") else None)


def _segments_page(ctx: ScreenContext):
    from ..common.worker import on_write_thread

    on_write_thread(_runs, ctx, timeout_ms=300_000)  # the write thread owns the workspace
    window = ctx.window
    page = window.view.select("segments")
    page.refresh()
    page.tabs.setCurrentIndex(0)
    settle(0.3)
    return page


@screen("segments_browser")
def segments_browser(ctx: ScreenContext) -> QWidget:
    page = _segments_page(ctx)
    browser = page.browser
    browser.tabs.setCurrentIndex(0)
    if browser.segments.rowCount() > 1:
        browser.segments.selectRow(1)
    settle(0.5)
    return ctx.window


@screen("segments_without_orders")
def segments_without_orders(ctx: ScreenContext) -> QWidget:
    """The segment of customers without imported orders: its members and the member-history sentence."""
    page = _segments_page(ctx)
    browser = page.browser
    browser.tabs.setCurrentIndex(0)
    for row in range(browser.segments.rowCount()):
        if browser.segments.item(row, 0).text() in ("No imported orders", "无导入订单"):
            browser.segments.selectRow(row)
    settle(0.5)
    return ctx.window


@screen("segments_compare")
def segments_compare(ctx: ScreenContext) -> QWidget:
    browser = _segments_page(ctx).browser
    browser.tabs.setCurrentIndex(1)
    for i in range(browser.compare.combo.count()):
        if "八" in browser.compare.combo.itemText(i) or "eight" in browser.compare.combo.itemText(i):
            browser.compare.combo.setCurrentIndex(i)
    settle(0.5)
    return ctx.window


@screen("segments_movement")
def segments_movement(ctx: ScreenContext) -> QWidget:
    browser = _segments_page(ctx).browser
    browser.tabs.setCurrentIndex(2)
    settle(0.5)
    return ctx.window


@screen("segments_dashboard")
def segments_dashboard(ctx: ScreenContext) -> QWidget:
    page = _segments_page(ctx)
    page.show_dashboard()
    board = page.dashboard
    settle(until=lambda: board.result is not None and not board.runner.busy, timeout=120)
    settle(0.5)
    return ctx.window


@screen("segments_dashboard_charts")
def segments_dashboard_charts(ctx: ScreenContext) -> QWidget:
    """The dashboard scrolled to the cluster and distribution charts."""
    page = _segments_page(ctx)
    page.show_dashboard()
    board = page.dashboard
    settle(until=lambda: board.result is not None and not board.runner.busy, timeout=120)
    board.charts["clusters"].parentWidget().parentWidget().parentWidget().verticalScrollBar().setValue(10_000)
    settle(0.5)
    return ctx.window
