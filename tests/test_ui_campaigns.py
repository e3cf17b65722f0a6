"""The Campaigns section and the New campaign dialog driven with pytest-qt: live plan and warnings, creating in the
write worker, the list with status and lift, results in words with the chart, and the treatment list export."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from campaigndata import START, add_window_orders, campaign_shop
from shoplens.campaigns.store import create_campaign, members, segment_source
from shoplens.campaigns.texts import verdict_text
from shoplens.ui.campaigns.dialog import CampaignDialog
from shoplens.ui.campaigns.page import CampaignsPage
from shoplens.ui.common.worker import on_write_thread

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def ws(tmp_path, hand_to_writer):
    return hand_to_writer(campaign_shop(tmp_path / "shop.shoplens", customers=800))


def _plan_ready(dialog: CampaignDialog):
    return lambda: dialog.plan is not None and not dialog._timer.isActive()


def test_dialog_shows_size_mde_and_warnings_then_creates(qtbot, ws):
    dialog = CampaignDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start_edit.date() == QDate(2024, 6, 1)  # the day after the last order
    qtbot.waitUntil(_plan_ready(dialog), timeout=10_000)
    # 'sleep' (odd ids) less the 16 who refused SMS (the default channel); 10% held out
    assert dialog.plan.customers == 384 and dialog.plan.holdout == 38
    assert "384 customers: 346 get the message, 38 are held out." in dialog.plan_label.text()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))  # nobody refused e-mail
    qtbot.waitUntil(lambda: _plan_ready(dialog)() and dialog.plan.customers == 400, timeout=10_000)
    assert "400 customers: 360 get the message, 40 are held out." in dialog.plan_label.text()
    assert "Smallest lift this campaign can detect" in dialog.plan_label.text()
    assert "fewer than 100 customers" in dialog.warning_label.text()
    assert not dialog.create_button.isEnabled()  # no name yet
    dialog.holdout_spin.setValue(50)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.holdout == 200, timeout=10_000)
    assert "fewer than 100" not in dialog.warning_label.text()
    dialog.tag_radio.setChecked(True)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.customers == 266, timeout=10_000)
    dialog.segment_radio.setChecked(True)
    dialog.holdout_spin.setValue(25)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.holdout == 100, timeout=10_000)
    dialog.name_edit.setText("June coupon")
    dialog.coupon_edit.setText("JUNE10")
    assert not hasattr(dialog, "seed_spin")  # no random seed asked: it is drawn and recorded
    dialog.window_spin.setValue(21)  # plans again; Create waits for it
    assert not dialog.create_button.isEnabled()
    qtbot.waitUntil(dialog.create_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.created, timeout=10_000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    campaign = created.args[0]
    assert (campaign.name, campaign.window_days, campaign.coupon_treatment) == ("June coupon", 21, "JUNE10")
    assert 1 <= campaign.seed < 2**31  # drawn, saved with the campaign
    assert len(members(ws, campaign.id, "holdout")) == 100 and not dialog.isVisible()


def test_dialog_reports_a_duplicate_name(qtbot, ws):
    on_write_thread(create_campaign, ws, "Taken", segment_source(ws, "sleep"), start=START, seed=1)
    dialog = CampaignDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(_plan_ready(dialog), timeout=10_000)
    dialog.name_edit.setText("taken")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already a campaign" in dialog.progress.status_label.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.create_button.isEnabled()
    dialog.reject()


def test_page_lists_campaigns_and_shows_results(qtbot, ws, tmp_path):
    done = on_write_thread(create_campaign, ws, "Win back", segment_source(ws, "sleep"), start=START,
                           holdout_share=0.3, seed=3, coupon_treatment="BACK5")
    on_write_thread(add_window_orders, ws, done.id, 0.45, 0.1, coupon="BACK5")
    on_write_thread(create_campaign, ws, "Autumn", segment_source(ws, "loyal"), start=dt.date(2024, 9, 1),
                    seed=2)
    page = CampaignsPage(ws)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=60_000)
    assert [page.table.item(r, 0).text() for r in range(2)] == ["Autumn", "Win back"]
    assert page.table.item(0, 1).text() == "Not started" and page.table.item(1, 1).text() == "Complete"
    assert page.table.item(0, 2).text() == "—" and page.table.item(1, 2).text().startswith("+")
    page.table.selectRow(1)
    view = page.view
    assert view.result.campaign.name == "Win back"
    assert view.verdict.text() == verdict_text(view.result)  # the Qt words match the core's
    assert view.verdict.text().startswith("The campaign worked: ") and "more buyers per 100" in view.verdict.text()
    assert view.headline.text().startswith("Customers who got the coupon bought") and "95% CI" in \
        view.headline.text()
    assert "Coupon BACK5: used in" in view.details.text() and "Revenue per customer" in view.details.text()
    assert "seed 3" in view.details.text() and "seed" not in view.about.text()  # the seed is a detail
    assert view.chart.isVisibleTo(page) and view.chart.figure is not None
    page.table.selectRow(0)
    assert "No orders from 2024-09-01 on" in view.headline.text() and not view.chart.isVisibleTo(page)
    assert view.verdict.text() == "Not clear yet: no orders from 2024-09-01 on have been imported yet."
    page.table.selectRow(1)
    dialog = page.export_treatment(view.result.campaign)
    assert "get the message of the campaign Win back" in dialog.what_label.text()
    assert dialog.path_edit.text().endswith(f"Win-back-{dt.date.today().isoformat()}.xlsx")
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=10_000)
    out = tmp_path / "treatment.csv"
    dialog.path_edit.setText(str(out))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".csv"))
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        numbers = {int(r["Member no."][1:]) for r in csv.DictReader(fh)}
    treatment = set(members(ws, done.id, "treatment"))
    assert numbers == {i for i in treatment if i % 50 != 5}  # those who refused SMS are left out
    page.shutdown()


def test_page_without_campaigns_and_new_campaign_selects_it(qtbot, ws):
    page = CampaignsPage(ws)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "No campaign yet" in page.status_label.text(), timeout=10_000)
    assert not page.view.isVisibleTo(page) and page.selected_result() is None
    dialog = page.new_campaign()
    qtbot.waitUntil(_plan_ready(dialog), timeout=10_000)
    dialog.name_edit.setText("First")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.selected_result() is not None, timeout=10_000)
    assert page.selected_result().campaign.name == "First"
    page.shutdown()


def test_delete_asks_first_then_removes(qtbot, ws):
    on_write_thread(create_campaign, ws, "Keep", segment_source(ws, "loyal"), start=START, seed=1)
    on_write_thread(create_campaign, ws, "Mistake", segment_source(ws, "sleep"), start=START, seed=2)
    page = CampaignsPage(ws)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and page.selected_result() is not None, timeout=10_000)
    assert page.selected_result().campaign.name == "Mistake"
    box = page.confirm_delete(page.selected_result().campaign)
    assert "Mistake" in box.text()
    box.reject()
    assert page.table.rowCount() == 2
    box = page.confirm_delete(page.selected_result().campaign)
    box.button(box.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert page.table.item(0, 0).text() == "Keep"
    assert ws.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'campaign_delete'").fetchone()[0] == 1
    page.shutdown()


def test_shutdown_hands_the_running_task_to_the_workspace_view(qtbot, ws):
    from shoplens.ui.app.workspace_view import WorkspaceView

    on_write_thread(create_campaign, ws, "One", segment_source(ws, "loyal"), start=START, seed=1)
    view = WorkspaceView(ws)
    qtbot.addWidget(view)
    page = view.select("campaigns")
    page.refresh()
    task = page.runner.task
    tasks = view.shutdown()
    assert task is not None and task in tasks and all(t.wait(10_000) for t in tasks)
    assert not page.busy
