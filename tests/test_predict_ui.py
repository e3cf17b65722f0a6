"""The Predict dialog (fit in the write worker, parameters, holdout chart) and the profile card's predicted value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QPushButton, QToolButton, QWidget

from segdata import insert_customers, insert_orders, make_shop
from shoplens.predict.store import customer_prediction, latest_run
from shoplens.predict.words import buy_again_band
from shoplens.ui.data.browser import DataBrowser
from shoplens.ui.predict.dialog import PredictDialog
from shoplens.ui.predict.section import percent
from shoplens.workspace import Workspace

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def shop(tmp_path, hand_to_writer):
    ws = Workspace.create(tmp_path / "shop.shoplens")
    make_shop(ws, customers=700, seed=12)
    return hand_to_writer(ws)


def _wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=60_000)


def test_dialog_fits_saves_and_draws_the_check(qtbot, shop) -> None:
    dialog = PredictDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.counts.text() == "No predictions yet."
    assert dialog.words.text().startswith("No predictions yet.")
    # the statistics wait behind Details; the settings live there too
    assert not dialog.details.isVisibleTo(dialog) and not dialog.params_table.isVisibleTo(dialog)
    dialog.details_toggle.click()
    assert dialog.params_table.isVisibleTo(dialog) and dialog.chart.isVisibleTo(dialog)
    dialog.details_toggle.click()
    assert not dialog.chart.isVisibleTo(dialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData("weeks"))
    dialog.discount.setValue(1.0)
    with qtbot.waitSignal(dialog.predicted, timeout=60_000) as signal:
        dialog.run_button.click()
    _wait(qtbot, dialog)
    summary = signal.args[0]
    run = latest_run(shop.conn)
    assert run is not None and run["unit"] == "weeks" and run["details"]["discount_monthly"] == 0.01
    values = {dialog.params_table.item(r, 0).text(): dialog.params_table.item(r, 1).text()
              for r in range(dialog.params_table.rowCount())}
    assert values["α"] == f"{summary['params']['alpha']:.4g}" and values["γ"] != "—"
    assert dialog.chart.figure is not None and len(dialog.chart.figure.axes) == 2
    assert "the model expected" in dialog.check_text.text()
    used = dialog.until.date().toString("yyyy-MM-dd")  # the greyed-out date shows the calibration end really used
    assert f"Fitted on orders through {used}," in dialog.check_text.text()
    assert "bought more than once" in dialog.counts.text()
    # plain words first: the bands add up to the customers predicted, then purchases, spend and the check's verdict
    words = dialog.words.text()
    bands = summary["buy_again"]
    assert sum(bands.values()) == shop.conn.execute("SELECT count(*) FROM predictions").fetchone()[0]
    assert (f"Likely to buy again in the next 12 months: high for {bands['high']:,} customers, medium for"
            f" {bands['medium']:,}, low for {bands['low']:,}.") in words
    assert "Expected spend in the next 12 months, all customers together: ¥" in words
    assert any(w in words for w in ("The check came close:", "The check came fairly close:", "The check was rough"))
    assert "α" not in words and "BG/NBD" not in words
    # reopening shows the stored run without fitting again
    again = PredictDialog(shop)
    qtbot.addWidget(again)
    assert again.unit.currentData() == "weeks" and again.params_table.item(0, 1).text() == values["r"]
    dialog.close()
    again.close()


def test_dialog_reports_too_little_data(qtbot, tmp_path) -> None:
    ws = Workspace.create(tmp_path / "tiny.shoplens")
    insert_customers(ws, [{"id": i} for i in range(1, 11)])
    insert_orders(ws, [{"customer_id": i, "order_time": f"2024-0{1 + i % 5}-02 10:00:00", "amount_cents": 900}
                       for i in range(1, 11)])
    dialog = PredictDialog(ws)
    qtbot.addWidget(dialog)
    dialog.start()
    _wait(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorBox") is not None, timeout=5000)
    box = dialog.findChild(QMessageBox, "errorBox")
    assert "repeat buyers" in box.text()
    assert latest_run(ws.conn) is None and dialog.run_button.isEnabled()
    box.close()
    dialog.close()
    ws.close()


def test_profile_card_shows_the_prediction(qtbot, shop) -> None:
    browser = DataBrowser(shop)
    qtbot.addWidget(browser)
    try:
        buyer = int(shop.conn.execute("SELECT customer_id FROM orders WHERE status = 'paid' GROUP BY customer_id"
                                      " HAVING count(*) > 3 LIMIT 1").fetchone()[0])
        card = browser.open_profile(buyer)
        box = next(w for w in card.extra_sections if w.objectName() == "predictedValue")
        assert any("Not predicted yet" in label.text() for label in box.findChildren(QLabel))
        assert [b.text() for b in box.findChildren(QPushButton)] == ["Predict…"]  # finds the browser's workspace
        box.findChild(QPushButton, "predictButton").click()
        dialog = card.findChild(PredictDialog)
        with qtbot.waitSignal(dialog.predicted, timeout=60_000):
            dialog.run_button.click()
        _wait(qtbot, dialog)
        dialog.close()
        stored = customer_prediction(shop.conn, buyer)
        # the open card shows the new predictions in place of "not predicted yet"
        box = next(w for w in card.extra_sections if isinstance(w, QGroupBox) and w.objectName() == "predictedValue")
        texts = [label.text() for label in box.findChildren(QLabel)]
        # plain words first: the band and the 12-month spend; the model's figures behind Details
        words = box.findChild(QLabel, "predictionWords").text()
        band = buy_again_band(stored["churn_risk"])
        assert f"Likely to buy again in the next 12 months: {band}" in words and "Expected spend, next 12 months" in words
        details = box.findChild(QWidget, "predictionDetails")
        assert not details.isVisibleTo(box)
        box.findChild(QToolButton, "predictionDetailsToggle").click()
        assert details.isVisibleTo(box)
        assert percent(stored["p_alive"]) in texts and f"{stored['expected_90']:.2f}" in texts
        assert any(t.startswith("From orders through") for t in texts)
        card.close()
        never = int(shop.conn.execute("SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM predictions)"
                                      " LIMIT 1").fetchone()[0])
        card = browser.open_profile(never)
        box = next(w for w in card.extra_sections if w.objectName() == "predictedValue")
        assert any("No prediction" in label.text() for label in box.findChildren(QLabel))
        card.close()
    finally:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed cards go before the reader
        browser.shutdown()


def test_percent_never_rounds_to_certainty() -> None:
    assert [percent(v) for v in (1.0, 0.9971, 0.5, 0.003, 0.0, None)] == ["100%", "> 99%", "50%", "< 1%", "0%", ""]
