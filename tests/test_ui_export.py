"""The export dialog and the report window driven with pytest-qt: counts, export in a worker, stop, print, save."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from segdata import SEGMENT, contact_shop
from shoplens.campaigns.selectors import Selector
from shoplens.ui.common import worker
from shoplens.ui.reports import report_view
from shoplens.ui.reports.export_dialog import ExportDialog
from shoplens.ui.reports.report_view import ReportView

pytestmark = pytest.mark.usefixtures("no_leftovers")


@pytest.fixture
def shop(tmp_path, hand_to_writer):
    ws, run_id, members = contact_shop(tmp_path, customers=300, seed=4)
    return hand_to_writer(ws), run_id, members


def _check(dialog: ExportDialog, keys: set[str]) -> None:
    for i in range(dialog.columns_list.count()):
        item = dialog.columns_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys
                           else Qt.CheckState.Unchecked)


def test_export_dialog_counts_and_exports(qtbot, shop, tmp_path):
    ws, _, members = shop
    dialog = ExportDialog(ws, Selector.segment(SEGMENT))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Important value" in dialog.what_label.text()
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=10_000)
    assert dialog.opted_out_count() == 3 and "3 refused marketing by SMS and will be left out" in \
        dialog.consent_label.text()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("email"))
    assert dialog.opted_out_count() == 4 and "by E-mail" in dialog.consent_label.text()
    dialog.include_check.setChecked(True)
    assert "INCLUDED" in dialog.consent_label.text()
    dialog.include_check.setChecked(False)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("sms"))
    _check(dialog, {"member_no", "name", "phone", "gender"})
    assert dialog.selected_columns() == ["member_no", "name", "phone", "gender"]
    dialog.mask_check.setChecked(True)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".csv"))
    assert dialog.path_edit.text().endswith(".csv")
    out = tmp_path / "list.csv"
    dialog.path_edit.setText(str(out))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
    assert dialog.result_value.rows == len(members) - 3
    assert "Left out 3" in dialog.progress.status_label.text() and not dialog.progress.stop_button.isVisible()
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Member no.", "Name", "Phone", "Gender"] and len(rows) == len(members) - 3 + 1
    assert all("****" in r[2] for r in rows[1:] if r[2])
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_export_dialog_stop_writes_nothing(qtbot, shop, tmp_path, monkeypatch):
    ws, _, _ = shop
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)  # the export starts on the next turn of the event loop
    dialog = ExportDialog(ws, Selector.segment(SEGMENT))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=10_000)
    dialog.path_edit.setText(str(tmp_path / "stopped.xlsx"))
    dialog.start_export()
    assert dialog.progress.stop_button.isVisible() and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.progress.stop_button, Qt.MouseButton.LeftButton)  # Stop before the worker gets going
    qtbot.waitUntil(lambda: "Stopped" in dialog.progress.status_label.text(), timeout=10_000)
    assert not (tmp_path / "stopped.xlsx").exists() and dialog.isVisible()
    assert dialog.export_button.isEnabled() and list(tmp_path.glob("*.part")) == []
    dialog.close()


def test_export_dialog_list_and_bad_selector(qtbot, shop):
    ws, _, members = shop
    dialog = ExportDialog(ws, members[:3])
    qtbot.addWidget(dialog)
    assert "The 3 customer" in dialog.what_label.text()
    qtbot.waitUntil(lambda: dialog.counts is not None, timeout=10_000)
    assert dialog.counts["customers"] == 3
    bad = ExportDialog(ws, Selector.segment("no_such_segment"))
    qtbot.addWidget(bad)
    qtbot.waitUntil(lambda: "no segment" in bad.consent_label.text(), timeout=10_000)
    assert not bad.export_button.isEnabled()
    _check(dialog, set())
    assert not dialog.export_button.isEnabled()


def test_report_view_saves_pdf_and_paints_pages(qtbot, shop, tmp_path, monkeypatch):
    ws, run_id, _ = shop
    view = ReportView(ws)
    qtbot.addWidget(view)
    assert view.run_combo.count() == 1 and view.run_combo.currentData() == run_id
    view.lang_combo.setCurrentIndex(view.lang_combo.findData("zh_CN"))
    out = tmp_path / "report.pdf"
    view.save_pdf(str(out))
    qtbot.waitUntil(lambda: out.exists() and not view.runner.busy, timeout=60_000)
    assert "Saved" in view.progress.status_label.text()
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "重要价值客户" in text and "客户分群报告" in text
    pages = len(view.document.pages)
    # painting on a printer: a PDF printer stands in for paper
    printer = view.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert view.paint_pages(printer, dpi=40) == pages
    reader = PdfReader(str(printed))
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    # the preview paints through the same code, at its own resolution
    calls = []
    real_paint = view.paint_pages
    monkeypatch.setattr(view, "paint_pages", lambda p, dpi=None: calls.append((dpi, real_paint(p, dpi))))
    monkeypatch.setattr(report_view, "PREVIEW_DPI", 20)
    preview = view.make_preview()
    preview.show()
    qtbot.waitUntil(lambda: bool(calls), timeout=10_000)
    assert calls[0] == (40, pages)  # min(2 × PREVIEW_DPI, the printer's resolution)
    preview.close()
    preview.deleteLater()
    # another paper means new pages
    view.paper_combo.setCurrentIndex(view.paper_combo.findData("Letter"))
    built = []
    view.with_document(lambda: built.append(view.document))
    qtbot.waitUntil(lambda: bool(built), timeout=60_000)
    assert built[0].paper == "Letter"


def test_report_view_without_runs(qtbot, tmp_path):
    from shoplens.workspace import Workspace

    ws = Workspace.create(tmp_path / "empty.shoplens")
    view = ReportView(ws)
    qtbot.addWidget(view)
    assert view.run_combo.count() == 0 and not view.preview_button.isEnabled()
    assert view.offer.isVisibleTo(view) and "there is none yet" in view.offer.label.text()  # offered, not a dead end
    view.close()
    ws.close()
