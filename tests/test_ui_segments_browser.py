"""The segment browser and the Segments section: members, rename, profile card, compare and movement."""

from __future__ import annotations

import pytest

from shoplens.features.metrics import refresh
from shoplens.segmentation.build import build_run
from shoplens.segmentation.runs import compare_runs, load_run, refresh_runs, save_run
from shoplens.ui.common import worker
from shoplens.ui.common.section_page import windows_below
from shoplens.ui.data.profile_card import ProfileCard
from shoplens.ui.segments.browser import SegmentBrowser
from shoplens.ui.segments.page import SegmentsPage

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def ws(small_workspace, monkeypatch):
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)
    refresh(small_workspace)
    return small_workspace


def make_browser(qtbot, ws) -> SegmentBrowser:
    browser = SegmentBrowser(ws)
    qtbot.addWidget(browser)
    browser.show()
    worker.wait_for_all()
    return browser


def test_no_run_yet_says_what_to_do_and_opens_the_wizard(qtbot, ws):
    browser = make_browser(qtbot, ws)
    assert browser.stack.currentIndex() == 0
    assert "Run a segmentation" in browser.empty_button.text()
    wizard = browser.open_wizard()
    assert wizard.isVisible()
    wizard.reject()
    worker.wait_for_all()
    browser.shutdown()


def test_members_rename_and_profile_card(qtbot, ws):
    run_id = save_run(ws, build_run(ws, "rfm-grid"))
    browser = make_browser(qtbot, ws)
    assert browser.stack.currentIndex() == 1 and browser.run_id() == run_id
    run = load_run(ws, run_id)
    assert browser.segments.rowCount() == len(run.segments)
    biggest = max(range(len(run.segments)), key=lambda i: run.segments[i].size)
    browser.segments.selectRow(biggest)
    label = run.segments[biggest].label
    worker.wait_for_all()
    model = browser.members.model
    expected = sorted(int(c) for c in run.labels.index[run.labels == label])
    while model.canFetchMore():
        model.fetchMore()
    assert sorted(model.row_id(r) for r in range(model.rowCount())) == expected
    assert model.total == len(expected)
    spends = [model.raw_value(r, "spend") or 0 for r in range(model.rowCount())]
    assert spends == sorted(spends, reverse=True)  # the most valuable members first
    assert model.display(model.row_id(0), "id") == str(model.row_id(0))  # an identifier has no 1,000s separator
    # rename and change the action: saved in the workspace, shown in the list
    browser.edit_name_en.setText("Sleepy tea drinkers")
    browser.edit_action_zh.setPlainText("发送春茶试饮券")
    browser.save_button.click()
    qtbot.waitUntil(lambda: browser.save_note.text() != "", timeout=10_000)
    worker.wait_for_all()
    seg = load_run(ws, run_id).segment(label)
    assert (seg.name_en, seg.strategy_zh) == ("Sleepy tea drinkers", "发送春茶试饮券")
    assert browser.current_segment()["label"] == label
    assert browser.segments.item(biggest, 0).text() == "Sleepy tea drinkers"
    # double-click a member: the profile card of that customer
    browser.members._activated(model.index(0, 0))
    card = next(w for w in windows_below(browser) if isinstance(w, ProfileCard))
    assert card.customer_id == model.row_id(0)
    browser.shutdown()


def test_compare_two_runs_and_movement_after_new_metrics(qtbot, ws):
    grid = save_run(ws, build_run(ws, "rfm-grid"))
    cn8 = save_run(ws, build_run(ws, "rfm-cn8"))
    with ws.transaction() as conn:  # next month: customers 1..30 buy five times each
        conn.executemany(
            "INSERT INTO orders(order_no, customer_id, import_id, source_row, order_time, amount_cents, status,"
            " dedup_key) VALUES (?, ?, 2, 0, ?, 80000, 'paid', ?)",
            [(f"N{c}-{i}", c, f"2025-01-{10 + i:02d} 12:00:00", f"n{c}-{i}") for c in range(1, 31) for i in range(5)])
    refresh_runs(ws)
    browser = make_browser(qtbot, ws)
    assert browser.run_id() == cn8
    browser.run_combo.setCurrentIndex(browser.run_combo.findData(grid))
    browser.compare.combo.setCurrentIndex(browser.compare.combo.findData(cn8))
    worker.wait_for_all()
    cross = compare_runs(ws, grid, cn8)
    table = browser.compare.table
    assert (table.rowCount(), table.columnCount()) == cross.shape
    total = sum(int(table.item(i, j).text().replace(",", "")) for i in range(table.rowCount())
                for j in range(table.columnCount()) if table.item(i, j).text() != "·")
    assert total == int(cross.to_numpy().sum()) == 200
    assert "Champions" in [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    movement = browser.movement.table
    assert movement.rowCount() > 0
    assert "changed segment" in browser.movement.note.text() and "2025-01-15" in browser.movement.note.text()
    assert "Champions" in {movement.item(i, 1).text() for i in range(movement.rowCount())}
    moved = sum(int(movement.item(i, 2).text().replace(",", "")) for i in range(movement.rowCount()))
    assert f"{moved:,} customers changed" in browser.movement.note.text()
    browser.shutdown()


def test_segments_page_shows_the_dashboard_tab_and_refreshes_it_after_a_run(qtbot, ws):
    page = SegmentsPage(ws)
    qtbot.addWidget(page)
    page.show()
    page.show_dashboard()
    qtbot.waitUntil(lambda: page.dashboard.result is not None, timeout=60_000)
    placeholder = page.dashboard.charts["segments"]
    assert placeholder.figure is None and placeholder.placeholder_button.isVisibleTo(page)
    assert "Run a segmentation" in placeholder.placeholder_text.text()
    changed = []
    page.data_changed.connect(lambda: changed.append(1))
    save_run(ws, build_run(ws, "rfm-cn8"))
    page.browser._run_saved(1)
    assert changed and page.browser.stack.currentIndex() == 1
    page.tabs.setCurrentIndex(0)
    page.show_dashboard()
    qtbot.waitUntil(lambda: page.dashboard.charts["segments"].figure is not None, timeout=60_000)
    page.shutdown()


def test_main_window_segments_section_closes_cleanly_while_the_dashboard_computes(qtbot, tmp_path, isolated_settings,
                                                                                  monkeypatch):
    from shopdata import build_small_workspace
    from shoplens.ui.app.main_window import MainWindow

    monkeypatch.setattr(worker, "SYNCHRONOUS", False)  # real worker threads, as in the app
    ws = build_small_workspace(tmp_path / "shop.shoplens")
    save_run(ws, build_run(ws, "rfm-grid"))
    ws.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.summary_shown, timeout=15_000):
        window.open_path(tmp_path / "shop.shoplens")
    page = window.view.select("segments")
    assert isinstance(page, SegmentsPage) and page.browser.segments.rowCount() == 11
    page.show_dashboard()
    assert page.busy  # the dashboard is being worked out
    window.close()
    assert worker.wait_for_all(30_000)


def test_the_selected_segment_exports_its_members(qtbot, ws):
    from shoplens.campaigns.selectors import resolve
    from shoplens.ui.reports.export_dialog import ExportDialog

    run_id = save_run(ws, build_run(ws, "rfm-cn8"))
    browser = make_browser(qtbot, ws)
    browser.segments.clearSelection()
    assert not browser.export_button.isEnabled()
    browser.segments.selectRow(0)
    label = browser.current_segment()["label"]
    browser.export_button.click()
    dialog = next(w for w in windows_below(browser) if isinstance(w, ExportDialog))
    assert (dialog.selector.kind, dialog.selector.label, dialog.selector.run_id) == ("segment", label, run_id)
    ids, _ = resolve(ws, dialog.selector)
    assert len(ids) == load_run(ws, run_id).segment(label).size
    worker.wait_for_all()
    browser.shutdown()


def test_predict_customer_value_opens_from_the_segments_section(qtbot, ws):
    from shoplens.ui.predict.dialog import PredictDialog

    browser = make_browser(qtbot, ws)
    save_run(ws, build_run(ws, "rfm-cn8"))
    browser.reload()
    browser.predict_button.click()
    dialog = next(w for w in windows_below(browser) if isinstance(w, PredictDialog))
    dialog.close()
    worker.wait_for_all()
    browser.shutdown()


def test_the_segment_without_imported_orders_says_who_is_known_only_from_history(qtbot, ws):
    with ws.transaction() as conn:  # customer 1 never bought; a member list says they did
        conn.execute("UPDATE customers SET agg_order_count = 3, agg_total_spend_cents = 45000 WHERE id = 1")
    run_id = save_run(ws, build_run(ws, "rfm-cn8"))
    browser = make_browser(qtbot, ws)
    run = load_run(ws, run_id)
    labels = [s.label for s in run.segments]
    browser.segments.selectRow(labels.index("no_purchases"))
    worker.wait_for_all()
    assert browser.history_note.isVisibleTo(browser)
    assert browser.history_note.text().startswith("1 of them are known only from a member list's purchase history")
    assert browser.members.count_label.text().startswith("1 customer")  # counts say customers, not rows
    browser.segments.selectRow(labels.index(next(label for label in labels if label != "no_purchases")))
    worker.wait_for_all()
    assert not browser.history_note.isVisibleTo(browser)
    assert "customer" in browser.members.count_label.text() and "row" not in browser.members.count_label.text()
    browser.shutdown()
