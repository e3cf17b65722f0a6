"""The segmentation wizard end to end (RFM scheme, custom grid, KMeans), cancelling, and refusing too small data."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from shopdata import build_small_workspace
from shoplens.segmentation.runs import list_runs, load_run
from shoplens.ui.common import worker
from shoplens.ui.segments import wizard as wizard_module
from shoplens.ui.segments.wizard import SegmentationWizard

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def ws(small_workspace, monkeypatch):
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)
    return small_workspace


def open_wizard(qtbot, ws, method):
    wizard = SegmentationWizard(ws, method=method)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.loaded is not None, timeout=30_000)
    return wizard


def to_review(qtbot, wizard):
    wizard.next()
    assert wizard.currentPage() is wizard.params_page
    qtbot.waitUntil(wizard.params_page.isComplete, timeout=60_000)
    wizard.next()
    assert wizard.currentPage() is wizard.review_page
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=60_000)


def review_and_save(qtbot, wizard) -> list[int]:
    """From the settings page: Next to the review, Next to the save page, Finish; the saved run's id."""
    wizard.next()
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=60_000)
    wizard.next()
    saved: list[int] = []
    wizard.saved.connect(saved.append)
    wizard.accept()
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    return saved


def segmentation_rows(ws) -> int:
    return ws.conn.execute("SELECT count(*) FROM segmentations").fetchone()[0] + ws.conn.execute(
        "SELECT count(*) FROM segment_members").fetchone()[0]


def test_rfm_grid_end_to_end_with_a_renamed_segment_and_an_edited_action(qtbot, ws):
    wizard = open_wizard(qtbot, ws, "rfm-grid")
    to_review(qtbot, wizard)
    counts = wizard.params_page.rfm.counts
    live = {counts.item(r, 0).text(): int(counts.item(r, 1).text().replace(",", "")) for r in range(counts.rowCount())}
    assert sum(live.values()) == 200
    table = wizard.review_page.table
    assert table.rowCount() == len(wizard.review_page.review.run.segments)
    table.item(0, wizard_module.NAME_EN).setText("Tea champions")
    table.item(0, wizard_module.ACTION).setText("Invite them to the spring tasting.")
    wizard.next()
    wizard.save_page.name.setText("Spring grid")
    saved = []
    wizard.saved.connect(saved.append)
    wizard.accept()
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    run = load_run(ws, saved[0])
    assert list_runs(ws)[0]["name"] == "Spring grid"
    first = run.segments[0]
    assert (first.name_en, first.strategy_en) == ("Tea champions", "Invite them to the spring tasting.")
    assert {s.label: s.size for s in run.segments} == {k: v for k, v in run.labels.value_counts().items()}
    names = {s.name_en: s.size for s in run.segments}
    assert names["Tea champions"] == live["Champions"]


def test_kmeans_with_a_small_k_shows_silhouette_scores_and_saves(qtbot, ws):
    wizard = open_wizard(qtbot, ws, "kmeans")
    wizard.next()
    panel = wizard.params_page.kmeans
    qtbot.waitUntil(lambda: panel.result is not None, timeout=60_000)
    assert panel.scores.rowCount() >= 5  # k = 2.. shown with their scores
    auto_k = panel.result.k
    panel.own_k.setChecked(True)
    panel.k.setValue(3)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.k == 3, timeout=60_000)
    assert panel.counts.rowCount() == 3
    assert sum(int(panel.counts.item(r, 1).text().replace(",", "")) for r in range(3)) == 199
    saved = review_and_save(qtbot, wizard)
    run = load_run(ws, saved[0])
    assert run.method == "kmeans" and run.parameters["k"] == 3 and run.parameters["k_chosen"] == "user"
    assert auto_k in range(2, 11)
    assert all(s.profile.get("medians") for s in run.segments if s.label.startswith("cluster_"))


def test_cancelling_the_build_midway_leaves_the_workspace_unchanged(qtbot, ws, monkeypatch):
    real = wizard_module.build_review

    def cancelled_midway(*args, progress=None, cancelled=None, **kwargs):
        calls = []

        def stop_after_a_few():
            calls.append(1)
            return len(calls) > 2

        return real(*args, progress=progress, cancelled=stop_after_a_few, **kwargs)

    monkeypatch.setattr(wizard_module, "build_review", cancelled_midway)
    before = segmentation_rows(ws)
    wizard = open_wizard(qtbot, ws, "kmeans")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.params_page.kmeans.result is not None, timeout=60_000)
    wizard.next()
    page = wizard.review_page
    qtbot.waitUntil(lambda: page.retry.isVisibleTo(page), timeout=60_000)
    assert not page.isComplete() and page.review is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert segmentation_rows(ws) == before
    wizard.reject()
    assert segmentation_rows(ws) == before


def test_a_custom_grid_with_gaps_and_overlaps_says_which_cells(qtbot, ws):
    wizard = open_wizard(qtbot, ws, "custom")
    wizard.next()
    editor = wizard.params_page.rfm.editor
    assert wizard.params_page.isComplete()  # starts from the R×F grid, which covers every cell once
    editor.set_scores(0, r="4-5")  # Champions now also takes R4 F4-5, which Loyal has
    editor.set_scores(9, f="1")  # Hibernating leaves R1-2 F2 to nobody
    text = editor.problem.text()
    assert "R4 F4" in text and "R4 F5" in text and "Loyal" in text
    assert "R1 F2" in text and "R2 F2" in text
    assert editor.scheme() is None and not wizard.params_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    editor.set_scores(0, r="5")
    editor.set_scores(9, f="1-2")
    assert editor.scheme() is not None and wizard.params_page.isComplete()
    editor.set_scores(3, r="five")
    assert "write the scores" in editor.problem.text() and editor.scheme() is None
    wizard.reject()


def test_kmeans_refuses_clearly_when_there_are_fewer_buyers_than_groups(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)
    ws = build_small_workspace(tmp_path / "tiny.shoplens", customers=5, orders=12)
    try:
        wizard = open_wizard(qtbot, ws, "kmeans")
        wizard.next()
        panel = wizard.params_page.kmeans
        panel.own_k.setChecked(True)
        panel.k.setValue(8)
        qtbot.waitUntil(lambda: bool(panel.error), timeout=60_000)
        assert "fewer than the 8 groups" in panel.status.text()
        assert not wizard.params_page.isComplete()
        panel.k.setValue(4)  # the solver's own check: fewer different customers than groups
        qtbot.waitUntil(lambda: panel.result is not None or "4 groups" in panel.status.text(), timeout=60_000)
        wizard.reject()
    finally:
        ws.close()


def test_an_earlier_as_of_date_recounts_and_is_saved_with_the_run(qtbot, ws):
    import datetime as dt

    from PySide6.QtCore import QDate

    wizard = open_wizard(qtbot, ws, "rfm-cn8")
    default = wizard.loaded.as_of
    wizard.next()
    page = wizard.params_page
    page.rfm.threshold.setCurrentIndex(page.rfm.threshold.findData("median"))
    page.as_of.setDate(QDate(2023, 1, 3))
    qtbot.waitUntil(lambda: wizard.loaded is not None and wizard.loaded.as_of == dt.date(2023, 1, 3), timeout=30_000)
    assert default > dt.date(2024, 12, 1) and "2023-01-03" in page.rfm.status.text()
    counts = page.rfm.counts
    no_purchase = [counts.item(r, 1).text() for r in range(counts.rowCount()) if counts.item(r, 0).text() ==
                   "No imported orders"]
    assert no_purchase and int(no_purchase[0]) > 50  # customers whose first order is later have none yet
    saved = review_and_save(qtbot, wizard)
    run = load_run(ws, saved[0])
    assert run.as_of == dt.date(2023, 1, 3) and run.parameters["threshold"] == "median"


def test_kmeans_can_group_by_predictions_once_the_shop_has_them(qtbot, ws):
    from shoplens.predict.run import predict_customers
    from shoplens.predict.store import save_run as save_predictions

    wizard = open_wizard(qtbot, ws, "kmeans")
    wizard.next()
    panel = wizard.params_page.kmeans
    qtbot.waitUntil(lambda: panel.result is not None, timeout=60_000)
    assert not panel.checks["p_alive"].isEnabled()  # no predictions yet
    wizard.reject()
    save_predictions(ws, predict_customers(ws))
    wizard = open_wizard(qtbot, ws, "kmeans")
    wizard.next()
    panel = wizard.params_page.kmeans
    qtbot.waitUntil(lambda: panel.result is not None, timeout=60_000)
    assert panel.checks["p_alive"].isEnabled()
    panel.checks["p_alive"].setChecked(True)
    panel.own_k.setChecked(True)
    panel.k.setValue(3)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.k == 3
                    and "p_alive" in panel.result.model.get("columns", ()), timeout=60_000)
    saved = review_and_save(qtbot, wizard)
    assert "p_alive" in load_run(ws, saved[0]).parameters["model"]["columns"]
