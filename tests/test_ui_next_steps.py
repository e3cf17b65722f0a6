"""Next steps everywhere (issue 17, item 6): a segment page starts a campaign, the Reports page and the print dialog
offer the default segmentation instead of a dead end, and the data browser shows a given list of customers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shoplens.campaigns.selectors import Selector
from shoplens.campaigns.store import members
from shoplens.features.metrics import refresh
from shoplens.segmentation.build import build_run
from shoplens.segmentation.runs import save_run
from shoplens.ui.campaigns.dialog import CampaignDialog
from shoplens.ui.common import worker
from shoplens.ui.common.section_page import CustomerList
from shoplens.ui.data.browser import DataBrowser
from shoplens.ui.reports.page import ReportsPage
from shoplens.ui.reports.report_view import ReportView
from shoplens.ui.segments.browser import SegmentBrowser

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def ws(app_workspace):
    worker.on_write_thread(refresh, app_workspace)
    return app_workspace


def _segment_run(ws) -> int:
    return worker.on_write_thread(lambda: save_run(ws, build_run(ws, "rfm-cn8")))


def test_a_segment_page_starts_a_campaign_for_the_segment_with_a_holdout(qtbot, ws):
    run_id = _segment_run(ws)
    browser = SegmentBrowser(ws)
    qtbot.addWidget(browser)
    browser.show()
    sizes = dict(ws.conn.execute("SELECT label, size FROM segments WHERE run_id = ?", (run_id,)))
    biggest = max(sizes, key=sizes.get)
    browser.select_segment(biggest)
    assert browser.campaign_button.isEnabled()
    qtbot.mouseClick(browser.campaign_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in browser.findChildren(CampaignDialog) if w.isVisible())
    assert dialog.selector() == Selector.segment(biggest, run_id) and dialog.segment_radio.isChecked()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._timer.isActive(), timeout=20_000)
    assert dialog.plan.holdout > 0  # on by default (10%)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("in_store"))  # no consent channel: everyone
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog._timer.isActive(), timeout=20_000)
    dialog.name_edit.setText("Segment coupon")
    qtbot.waitUntil(dialog.create_button.isEnabled, timeout=20_000)
    created = []
    dialog.created.connect(created.append)
    with qtbot.waitSignal(browser.data_changed, timeout=20_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    campaign = created[0]
    assert (campaign.source.kind, campaign.source.key, campaign.source.run_id) == ("segment", biggest, run_id)
    treated, held = members(ws, campaign.id, "treatment"), members(ws, campaign.id, "holdout")
    assert held and len(treated) + len(held) == sizes[biggest]
    browser.shutdown()


def test_the_campaign_dialog_starts_on_a_segment_of_an_older_run(qtbot, ws):
    older = _segment_run(ws)
    worker.on_write_thread(lambda: save_run(ws, build_run(ws, "rfm-grid")))
    label = ws.conn.execute("SELECT label FROM segments WHERE run_id = ? ORDER BY size DESC", (older,)).fetchone()[0]
    dialog = CampaignDialog(ws, audience=Selector.segment(label, older), audience_text="older run segment")
    qtbot.addWidget(dialog)
    assert dialog.selector() == Selector.segment(label, older)
    assert dialog.segment_combo.currentText() == "older run segment"
    dialog.reject()


def test_the_reports_page_offers_and_runs_the_default_segmentation(qtbot, ws):
    page = ReportsPage(ws)
    qtbot.addWidget(page)
    page.show()
    assert page.offer.isVisible() and page.offer.button.isEnabled()
    with qtbot.waitSignal(page.data_changed, timeout=60_000):
        qtbot.mouseClick(page.offer.button, Qt.MouseButton.LeftButton)
    runs = ws.conn.execute("SELECT method, scheme_key FROM segmentations").fetchall()
    assert runs == [("rfm-cn8", "rfm-cn8:mean")]
    assert not page.offer.isVisible()
    page.refresh()  # as the window does after data_changed
    assert not page.offer.isVisible()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    page.shutdown()


def test_the_default_segmentation_can_be_stopped_and_saves_nothing(qtbot, ws, monkeypatch):
    page = ReportsPage(ws)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    page.offer.start()
    page.offer.runner.cancel()
    qtbot.waitUntil(lambda: not page.offer.runner.busy, timeout=60_000)
    assert page.offer.progress.status_label.text() == "Stopped. Nothing was saved."
    assert ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0] == 0
    assert page.offer.button.isEnabled()
    page.shutdown()


def test_the_print_dialog_offers_the_default_segmentation_then_can_build_the_report(qtbot, ws):
    page = ReportsPage(ws)
    qtbot.addWidget(page)
    view = page.open_report()
    assert isinstance(view, ReportView)
    assert view.offer.isVisible() and not view.preview_button.isEnabled() and view.run_combo.count() == 0
    with qtbot.waitSignal(page.data_changed, timeout=60_000):  # the page hears of the new run
        qtbot.mouseClick(view.offer.button, Qt.MouseButton.LeftButton)
    run_id = ws.conn.execute("SELECT id FROM segmentations").fetchone()[0]
    assert view.run_combo.currentData() == run_id and not view.offer.isVisible()
    assert view.preview_button.isEnabled() and view.print_button.isEnabled()
    with qtbot.waitSignal(view.built, timeout=120_000) as built:
        view.with_document(lambda: None)
    assert len(built.args[0].pages) > 3
    view.reject()
    page.shutdown()


def test_the_data_browser_shows_exactly_a_given_list_with_a_removable_filter(qtbot, ws, monkeypatch):
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)  # the first count of everyone is still to run when the list comes
    browser = DataBrowser(ws)
    qtbot.addWidget(browser)
    browser.show()
    tab = browser.customers
    tab.search.setText("zzz")
    tab.model.batch = 50  # as with a big shop: not every customer is loaded at once, so they are counted
    tab.model.refresh()
    wanted = (3, 17, 42, 150)
    browser.show_target(CustomerList(wanted, "Buyers in March"))
    model = tab.model
    qtbot.waitUntil(lambda: model.total == 4, timeout=10_000)
    assert worker.wait_for_all(10_000)  # the count of all customers, started first, must not overwrite it late
    assert model.total == 4 and "of" not in tab.count_label.text()
    assert sorted(model.row_id(r) for r in range(model.rowCount())) == list(wanted)
    assert tab.search.text() == "" and tab.filter_label.isVisible() and "Buyers in March" in tab.filter_label.text()
    assert browser.shown_customer_ids() == list(wanted)  # what "Export these customers" exports
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    total = ws.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    qtbot.waitUntil(lambda: model.total == total, timeout=10_000)
    assert not tab.filter_label.isVisible()
    browser.shutdown()
