"""The Reports section: the report window and the contact-list export open for a segment, a tag or everyone."""

from __future__ import annotations

import pytest

from shoplens.campaigns.selectors import resolve
from shoplens.segmentation.build import build_run
from shoplens.segmentation.runs import save_run
from shoplens.tags.defaults import install_templates
from shoplens.ui.reports.export_dialog import ExportDialog
from shoplens.ui.reports.page import ExportChoiceDialog, ReportsPage
from shoplens.ui.reports.report_view import ReportView

pytestmark = pytest.mark.usefixtures("no_leftovers")


def close_all(page: ReportsPage) -> None:
    page.shutdown()
    page.close()


def test_a_workspace_without_runs_or_tags_can_still_export_everyone(qtbot, small_workspace):
    dialog = ExportChoiceDialog(small_workspace)
    qtbot.addWidget(dialog)
    assert not dialog.segment_radio.isEnabled() and not dialog.tag_radio.isEnabled()
    assert dialog.all_radio.isChecked()
    ids, _run = resolve(small_workspace, dialog.selector())
    assert len(ids) == small_workspace.conn.execute("SELECT count(*) FROM customers").fetchone()[0]


def test_export_choice_offers_the_segments_of_the_newest_run_and_the_tags(qtbot, small_workspace):
    save_run(small_workspace, build_run(small_workspace, "rfm-cn8"))
    run_id = save_run(small_workspace, build_run(small_workspace, "rfm-grid"))
    install_templates(small_workspace)
    dialog = ExportChoiceDialog(small_workspace)
    qtbot.addWidget(dialog)
    assert dialog.segment_radio.isChecked()
    labels = [dialog.segment_combo.itemData(i).label for i in range(dialog.segment_combo.count())]
    expected = [r[0] for r in small_workspace.conn.execute(
        "SELECT label FROM segments WHERE run_id = ? ORDER BY position", (run_id,))]
    assert labels == expected and {dialog.segment_combo.itemData(i).run_id for i in range(len(labels))} == {run_id}
    sizes = dict(small_workspace.conn.execute("SELECT label, size FROM segments WHERE run_id = ?", (run_id,)))
    dialog.segment_combo.setCurrentIndex(1)
    ids, used = resolve(small_workspace, dialog.selector())
    assert used == run_id and len(ids) == sizes[labels[1]]
    assert dialog.tag_combo.count() > 3
    dialog.tag_combo.setCurrentIndex(0)
    dialog.tag_radio.setChecked(True)
    assert dialog.selector().kind == "tag"


def test_reports_page_opens_the_report_window_and_the_export_for_the_choice(qtbot, small_workspace):
    save_run(small_workspace, build_run(small_workspace, "rfm-cn8"))
    page = ReportsPage(small_workspace)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.dashboard.runner.busy, timeout=60_000)
    assert page.dashboard.cards["customers"].value.text() != ""
    report = page.open_report()
    assert isinstance(report, ReportView) and report.run_combo.count() == 1
    chooser = page.choose_export()
    assert isinstance(chooser, ExportChoiceDialog)
    chooser.accept()
    export = next(d for d in page.windows() if isinstance(d, ExportDialog))
    first = chooser.segment_combo.itemData(0)
    assert export.selector == first
    assert {type(d) for d in page.windows()} == {ReportView, ExportDialog}  # the chooser closed
    close_all(page)
    assert page.windows() == []
