"""The segmentation wizard: pick a method → settings with live counts → review the segments → save the run.

Metrics are loaded in a worker when the wizard opens (and again when the as-of date changes); building the run
runs in a worker with a progress window and Cancel; saving runs in the write worker. Nothing is written before
Finish, so cancelling anywhere leaves the workspace as it was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...tasks.segments import build_review, load_metrics, save_review
from ..common.concurrent import TaskRunner, shutdown_all
from ..common.i18n import current_language
from ..common.progress_box import ProgressBox
from .params import ParametersPage

METHODS = ("rfm-cn8", "rfm-grid", "custom", "kmeans")
NAME_EN, NAME_ZH, SIZE, SHARE, REVENUE, RECENCY, FREQUENCY, SPEND, ACTION = range(9)


def _zh() -> bool:
    return current_language().startswith("zh")


class MethodPage(QWizardPage):
    """How to segment: China's eight types, the R×F grid, a grid of the shop's own, or KMeans groups."""

    def __init__(self, wizard: SegmentationWizard, method: str | None) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("How should customers be segmented?"))
        self.setSubTitle(self.tr("Every method puts each customer in exactly one segment. You can run several and"
                                 " compare them later."))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        texts = {
            "rfm-cn8": (self.tr("China's eight customer types (RFM)"),
                        self.tr("Recency, frequency and spend are each high or low against the shop's mean or"
                                " median: Important value, Important win-back, General development, …")),
            "rfm-grid": (self.tr("R×F grid (ten segments)"),
                         self.tr("Recency and frequency scored 1 to 5 and grouped into ten segments: Champions,"
                                 " Loyal, New customers, At risk, Hibernating, …")),
            "custom": (self.tr("Your own grid"),
                       self.tr("Start from the R×F grid and decide which scores belong to which segment.")),
            "kmeans": (self.tr("KMeans groups"),
                       self.tr("Let the computer find groups of similar customers and name them in plain words;"
                               " good for discovering patterns.")),
        }
        self.buttons: dict[str, QRadioButton] = {}
        for key in METHODS:
            title, text = texts[key]
            radio = QRadioButton(title)
            font = radio.font()
            font.setBold(True)
            radio.setFont(font)
            self.group.addButton(radio)
            self.buttons[key] = radio
            note = QLabel(text)
            note.setWordWrap(True)
            note.setContentsMargins(26, 0, 0, 10)
            layout.addWidget(radio)
            layout.addWidget(note)
        layout.addStretch(1)
        self.buttons[method if method in METHODS else "rfm-cn8"].setChecked(True)

    def method(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())


class ReviewPage(QWizardPage):
    """Each segment's size, revenue share and medians against the shop; names and actions can be edited."""

    def __init__(self, wizard: SegmentationWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.review = None
        self.setTitle(self.tr("Review the segments"))
        self.setSubTitle(self.tr("Medians are shown as segment / whole shop. Double-click a name or an action to"
                                 " change it."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name (English)"), self.tr("Name (Chinese)"), self.tr("Customers"), self.tr("Share"),
            self.tr("Revenue share"), self.tr("Days since last order"), self.tr("Orders"), self.tr("Spend"),
            self.tr("Recommended action")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.progress = ProgressBox(self, with_status=False)
        row.addWidget(self.progress, 1)
        self.runner = TaskRunner(self, progress=self.progress)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.clicked.connect(self.build)
        self.retry.hide()
        row.addWidget(self.retry)
        row.addStretch(0)
        layout.addLayout(row)

    def initializePage(self) -> None:  # Qt override
        self.build()

    def build(self) -> None:
        """Build the run in a worker, with a progress bar and Cancel."""
        self.review = None
        self.table.setRowCount(0)
        self.retry.hide()
        self.status.setText(self.tr("Segmenting…"))
        self.completeChanged.emit()
        loaded = self.wiz.loaded
        args = self.wiz.build_arguments()
        self.runner.start(build_review, self.wiz.ws, args.pop("method"), loaded.features, loaded.as_of,
                          on_done=self._built, on_error=self._failed, on_cancel=self._cancelled, **args)

    def cancel(self) -> None:
        """Stop building (nothing has been written)."""
        self.runner.cancel()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Stopped: nothing was saved. Press Back to change the settings, or try again."))
        self.retry.show()

    def _failed(self, exc) -> None:
        from ..common.worker import describe_error

        text = describe_error(exc)
        hint = getattr(exc, "hint", None)
        self.status.setText(f"<span style='color:#b00020'>{text} {hint or ''}</span>")
        self.retry.show()

    def _built(self, review) -> None:
        kmeans = self.wiz.params_page.kmeans
        run = review.run
        if run.method == "kmeans" and kmeans.chosen_k() is None and kmeans.auto_result is not None:
            # the k came from the silhouette search on the previous page: record it as chosen automatically
            run.parameters["k_chosen"] = "auto"
            run.silhouette = dict(kmeans.auto_result.silhouette)
            run.parameters["silhouette"] = {str(k): v for k, v in run.silhouette.items()}
        self.review = review
        if review.statistic == "mean":
            self.setSubTitle(self.tr("Means are shown as segment / whole shop, because these segments are defined"
                                     " against the shop's mean. Double-click a name or an action to change it."))
        else:
            self.setSubTitle(self.tr("Medians are shown as segment / whole shop. Double-click a name or an action to"
                                     " change it."))
        self.fill()
        self.status.setText(self.tr("%1 customers in %2 segments, as of %3.").replace(
            "%1", f"{run.customers:,}").replace("%2", str(len(run.segments))).replace("%3", run.as_of.isoformat()))
        self.completeChanged.emit()

    def fill(self) -> None:
        review = self.review
        run = review.run
        total = max(run.customers, 1)
        revenue = sum(max(s.revenue_cents, 0) for s in run.segments) or 1
        currency = self.wiz.ws.meta("currency", "¥") or "¥"
        shop = review.shop
        self.table.setRowCount(len(run.segments))
        for r, s in enumerate(run.segments):
            med = review.medians.get(s.label, {})
            values = [
                s.name_en, s.name_zh, f"{s.size:,}", f"{s.size * 100 / total:.1f}%",
                f"{max(s.revenue_cents, 0) * 100 / revenue:.1f}%",
                _pair(med.get("recency_days"), shop.get("recency_days"), "{:.0f}"),
                _pair(med.get("frequency"), shop.get("frequency"), "{:.1f}" if review.statistic == "mean" else "{:.0f}"),
                _pair(med.get("monetary"), shop.get("monetary"), currency + "{:,.0f}"),
                s.strategy_zh if _zh() else s.strategy_en,
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c not in (NAME_EN, NAME_ZH, ACTION):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(ACTION, max(self.table.columnWidth(ACTION), 240))
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # once the action column has its stretched width

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def apply_edits(self) -> None:
        """Copy the names and actions as edited into the run that will be saved."""
        for r, s in enumerate(self.review.run.segments):
            en = self.table.item(r, NAME_EN).text().strip()
            zh = self.table.item(r, NAME_ZH).text().strip()
            s.name_en = en or zh or s.name_en
            s.name_zh = zh or en or s.name_zh
            action = self.table.item(r, ACTION).text().strip()
            if _zh():
                s.strategy_zh = action
            else:
                s.strategy_en = action

    def isComplete(self) -> bool:  # Qt override
        return self.review is not None

    def validatePage(self) -> bool:  # Qt override
        self.apply_edits()
        return True

    def cleanupPage(self) -> None:  # Qt override
        self.runner.shutdown()
        self.review = None


def _pair(own: float | None, shop: float | None, fmt: str) -> str:
    def one(v):
        return "–" if v is None or v != v else fmt.format(v)

    return f"{one(own)} / {one(shop)}"


class SavePage(QWizardPage):
    """The run's name and what saving does."""

    def __init__(self, wizard: SegmentationWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Save the segmentation run"))
        self.setSubTitle(self.tr("The run is kept in the workspace with its members. After every import its"
                                 " segments are updated, so you can see how customers move between them."))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Name of the run:")))
        self.name = QLineEdit()
        layout.addWidget(self.name)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:  # Qt override
        run = self.wiz.review_page.review.run
        self.name.setText(self.wiz.default_name(run))
        names = ", ".join((s.name_zh if _zh() else s.name_en) for s in run.segments)
        self.summary.setText(self.tr("%1 customers as of %2 in these segments: %3.").replace(
            "%1", f"{run.customers:,}").replace("%2", run.as_of.isoformat()).replace("%3", names))


class SegmentationWizard(QWizard):
    """Segment the customers and save the run; emits `saved(run_id)`."""

    saved = Signal(int)

    def __init__(self, workspace, parent: QWidget | None = None, *, method: str | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.loaded = None
        self.loader = TaskRunner(self)
        self.saver = TaskRunner(self)
        self.run_id: int | None = None
        self.setWindowTitle(self.tr("Segment customers"))
        self.resize(1000, 700)
        self.method_page = MethodPage(self, method)
        self.params_page = ParametersPage(self)
        self.review_page = ReviewPage(self)
        self.save_page = SavePage(self)
        for page in (self.method_page, self.params_page, self.review_page, self.save_page):
            self.addPage(page)
        self.load()

    def method(self) -> str:
        """'rfm-cn8', 'rfm-grid', 'custom' or 'kmeans'."""
        return self.method_page.method()

    def load(self, as_of: dt.date | None = None) -> None:
        """(Re)load the metrics as of a date in a worker."""
        self.loaded = None
        self.params_page.completeChanged.emit()
        self.loader.start(load_metrics, self.ws, as_of, on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, loaded) -> None:
        self.loaded = loaded
        if self.currentPage() is self.params_page:
            self.params_page.metrics_loaded()
        self.params_page.completeChanged.emit()

    def _load_failed(self, exc) -> None:
        from ..common.worker import describe_error

        QMessageBox.warning(self, self.tr("Segment customers"), describe_error(exc))

    def build_arguments(self) -> dict:
        """The keyword arguments of build_review for the method and settings chosen."""
        method = self.method()
        if method == "kmeans":
            return {"method": "kmeans", "k": self.params_page.kmeans.result.k,
                    "columns": self.params_page.kmeans.columns()}
        if method == "custom":
            return {"method": "custom", "scheme": self.params_page.rfm.editor.scheme()}
        return {"method": method, "threshold": self.params_page.rfm.threshold.currentData()}

    def default_name(self, run) -> str:
        """The run's name in the UI language."""
        if not _zh():
            return run.name
        from ...segmentation.schemes import SCHEME_NAMES

        if run.method == "rfm-cn8":
            how = "均值" if run.parameters.get("threshold") == "mean" else "中位数"
            return f"{SCHEME_NAMES['rfm-cn8'][1]}（{how}）"
        if run.method == "rfm-grid":
            return SCHEME_NAMES["rfm-grid"][1]
        if run.method == "kmeans":
            return f"KMeans 聚类（{run.parameters.get('k')} 组）"
        return run.name

    def accept(self) -> None:
        if self.saver.busy:
            return
        run = self.review_page.review.run
        self.save_page.status.setText(self.tr("Saving…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.saver.start(save_review, self.ws, run, self.save_page.name.text(), write=True, on_done=self._saved,
                         on_error=self._save_failed, on_cancel=self._save_failed)

    def _saved(self, run_id: int) -> None:
        self.run_id = run_id
        self.saved.emit(run_id)
        super().accept()

    def _save_failed(self, exc=None) -> None:
        from ..common.worker import describe_error

        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.save_page.status.setText("")
        if exc is not None:
            QMessageBox.warning(self, self.tr("Segment customers"), describe_error(exc))

    def done(self, result: int) -> None:
        shutdown_all(self)  # the metrics, the review, the KMeans search: their late results are dropped
        super().done(result)
