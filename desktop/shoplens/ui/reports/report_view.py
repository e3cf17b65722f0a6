"""The segment report window: choose run, language and paper; print preview, print, save as PDF.

    ReportView(workspace, parent=None)

The pages are built by the core (matplotlib Figures, in a worker). Printing paints each page as an image rendered
at the printer's resolution (at most PRINT_DPI); Save as PDF writes the core's vector PDF instead.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QRectF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...reports.report import build_report, save_report_pdf
from ...workspace.schema import table_exists
from ..common.concurrent import TaskRunner, shutdown_all
from ..common.default_segmentation import DefaultSegmentationOffer
from ..common.i18n import current_language
from ..common.progress_box import ProgressBox
from ..common.worker import describe_error

PRINT_DPI = 300  # enough for text and charts on paper; a 600/1200 dpi printer gets the image scaled
PREVIEW_DPI = 110


def figure_image(fig, dpi: float) -> QImage:
    """A matplotlib Figure rendered to a QImage at `dpi` (Agg; no Qt backend needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    old = fig.dpi
    canvas = FigureCanvasAgg(fig)
    try:
        fig.set_dpi(dpi)
        canvas.draw()
        width, height = canvas.get_width_height(physical=True)
        data = bytes(canvas.buffer_rgba())
    finally:
        fig.set_dpi(old)
    return QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


class ReportView(QDialog):
    """Build the report once per choice of run, language and paper; preview, print or save it."""

    built = Signal(object)  # the ReportDocument
    run_saved = Signal(int)  # the default segmentation was run from here (the other pages refresh)

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.document = None
        self._key: tuple | None = None
        self._then = None  # what to do once the pages are built
        self._preview_printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Segment report"))
        self.setMinimumWidth(460)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with a longer status, never clips
        intro = QLabel(self.tr("A printable report: a cover, the summary, one page per segment with its profile,"
                               " recommended action and top customers (phones masked), and the dashboard's charts."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.run_combo = QComboBox()
        form.addRow(self.tr("Segmentation run:"), self.run_combo)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("简体中文", "zh_CN")
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(current_language())))
        form.addRow(self.tr("Language:"), self.lang_combo)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), "Letter")
        if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.paper_combo.setCurrentIndex(1)  # Letter where the system measures in inches (US)
        form.addRow(self.tr("Paper:"), self.paper_combo)
        layout.addLayout(form)
        self.offer = DefaultSegmentationOffer(self.workspace, self.tr(
            "The report shows the segments of a segmentation run, and there is none yet. Segment the customers now"
            " with the default scheme, then preview, print or save the report."), self)
        self.offer.saved.connect(self._default_saved)
        layout.addWidget(self.offer)
        self.progress = ProgressBox(self)
        layout.addWidget(self.progress)
        self.runner = TaskRunner(self, progress=self.progress)
        self.buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        for button in (self.preview_button, self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.close_button.clicked.connect(self.reject)
        self.runner.busy_changed.connect(self._set_busy)
        self._fill_runs()

    def _fill_runs(self) -> None:
        from ...segmentation.runs import display_name, list_runs

        # a read-only open of a file from before segmentation has no runs
        runs = list_runs(self.workspace) if table_exists(self.workspace.conn, "segmentations") else []
        self.run_combo.clear()
        for run in runs:
            text = self.tr("#%1 %2 (as of %3)").replace("%1", str(run["id"])).replace(
                "%2", display_name(run["name"], current_language())).replace("%3", run["as_of"])
            self.run_combo.addItem(text, run["id"])
        self.offer.setVisible(not runs)  # no dead end: the default segmentation is one click away
        self._set_busy(False)

    def _default_saved(self, run_id: int) -> None:
        self._fill_runs()
        self.run_combo.setCurrentIndex(max(0, self.run_combo.findData(run_id)))
        self.progress.set_status(self.tr("The customers are segmented: preview, print or save the report."))
        self.run_saved.emit(run_id)

    # -- options and building ---------------------------------------------------------------
    def options(self) -> dict:
        """The chosen run, language and paper."""
        return {"run_id": self.run_combo.currentData(), "lang": self.lang_combo.currentData(),
                "paper": self.paper_combo.currentData()}

    def _set_busy(self, busy: bool) -> None:
        has_runs = self.run_combo.count() > 0
        for widget in (self.preview_button, self.print_button, self.pdf_button):
            widget.setEnabled(has_runs and not busy)
        for widget in (self.run_combo, self.lang_combo, self.paper_combo):
            widget.setEnabled(not busy)

    def with_document(self, then) -> None:
        """Call `then()` with the pages for the current options, building them in a worker first if needed."""
        options = self.options()
        key = tuple(sorted(options.items()))
        if self.document is not None and key == self._key:
            then()
            return
        self._then = then
        self._key = key
        self.document = None
        self.runner.start(build_report, self.workspace, status=self.tr("Preparing the report…"), on_done=self._built,
                          on_error=self._failed, on_cancel=self._stopped, **options)

    def _built(self, document) -> None:
        self.document = document
        self.progress.set_status(self.tr("The report has %n page(s).", "", len(document.pages)))
        self.built.emit(document)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _failed(self, exc: BaseException) -> None:
        if self.document is None:
            self._key = None
        self.progress.set_status(describe_error(exc))

    def _stopped(self) -> None:
        if self.document is None:
            self._key = None
        self.progress.show_stopped()

    def reject(self) -> None:
        """Closing stops whatever is still being prepared."""
        shutdown_all(self)
        super().reject()

    # -- printing ---------------------------------------------------------------------------
    def make_printer(self, mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
        """A printer set to the report's paper, full page (the pages carry their own margins)."""
        printer = QPrinter(mode)
        size = QPageSize(QPageSize.PageSizeId.Letter if self.options()["paper"] == "Letter" else
                         QPageSize.PageSizeId.A4)
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, printer.pageLayout().margins()))
        printer.setFullPage(True)
        printer.setDocName(self.document.title if self.document else self.tr("Segment report"))
        return printer

    def paint_pages(self, printer: QPrinter, dpi: float | None = None) -> int:
        """Paint every page onto `printer` (one sheet each, scaled to the paper); returns the pages painted."""
        if self.document is None:
            return 0
        dpi = dpi or min(printer.resolution(), PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            for i, fig in enumerate(self.document.pages):
                if i:
                    printer.newPage()
                painter.drawImage(target, figure_image(fig, dpi))
        finally:
            painter.end()
        return len(self.document.pages)

    def preview(self) -> None:
        """Open Qt's print preview of the report."""
        self.with_document(self._open_preview)

    def make_preview(self) -> QPrintPreviewDialog:
        """The preview dialog (not yet shown), painting at a screen-friendly resolution."""
        printer = self.make_printer()
        dialog = QPrintPreviewDialog(printer, self)
        self._preview_printer = printer  # the dialog does not own it: it must outlive the dialog
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda printer: self.paint_pages(printer, min(PREVIEW_DPI * 2,
                                                                                    printer.resolution())))
        return dialog

    def _open_preview(self) -> None:
        dialog = self.make_preview()
        dialog.resize(900, 1000)
        dialog.exec()
        dialog.deleteLater()

    def print_report(self) -> None:
        """Choose a printer and print."""
        self.with_document(self._print)

    def _print(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            pages = self.paint_pages(printer)
            self.progress.set_status(self.tr("Sent %n page(s) to the printer.", "", pages))

    def choose_pdf(self) -> None:
        """Ask where to save, then write the vector PDF in the worker."""
        folder = os.path.dirname(str(getattr(self.workspace, "path", ""))) or os.path.expanduser("~")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              os.path.join(folder, self.tr("Segment report") + ".pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        """Write the report to `path` as PDF (built first if needed)."""
        self.with_document(lambda: self._save(path))

    def _save(self, path: str) -> None:
        self.runner.start(save_report_pdf, self.workspace, self.document, path, write=True,
                          status=self.tr("Saving the PDF…"), on_done=self._saved, on_error=self._failed,
                          on_cancel=self._stopped)

    def _saved(self, document) -> None:
        self.progress.set_status(self.tr("Saved %1.").replace("%1", str(document.path)))
