"""The segmentation wizard's parameters page: as-of date, the scheme's settings and live counts; KMeans k search.

RFM counts are computed on the UI thread from metrics loaded in a worker (assigning 200,000 customers to cells
takes milliseconds). KMeans runs in a worker with a progress bar and Stop: the silhouette score of every k from 2
to 10, the best k, and the groups' sizes and names; the user may pick another k, which is fitted in a worker too.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...errors import InputError
from ...segmentation.kmeans import PREDICTED_FEATURES
from ...tasks.segments import KMEANS_CHOICES, find_groups
from ..common.concurrent import TaskRunner
from ..common.i18n import current_language
from ..common.progress_box import ProgressBox
from .scheme_editor import SchemeEditor

DEBOUNCE_MS = 300


def metric_name(key: str) -> str:
    """A metric's name in the UI language."""
    from PySide6.QtCore import QCoreApplication as Q

    names = {
        "recency_days": Q.translate("SegmentationWizard", "Days since last order"),
        "frequency": Q.translate("SegmentationWizard", "Orders"),
        "monetary": Q.translate("SegmentationWizard", "Total spend"),
        "aov": Q.translate("SegmentationWizard", "Average order value"),
        "tenure_days": Q.translate("SegmentationWizard", "Days as a customer"),
        "typical_interval_days": Q.translate("SegmentationWizard", "Typical days between orders"),
        "orders_90": Q.translate("SegmentationWizard", "Orders in the last 90 days"),
        "spend_90": Q.translate("SegmentationWizard", "Spend in the last 90 days"),
        "discount_share": Q.translate("SegmentationWizard", "Share of orders with a discount"),
        "p_alive": Q.translate("SegmentationWizard", "Predicted: chance still active"),
        "churn_risk": Q.translate("SegmentationWizard", "Predicted: churn risk"),
        "expected_orders_90": Q.translate("SegmentationWizard", "Predicted: orders in the next 90 days"),
        "predicted_value_12m": Q.translate("SegmentationWizard", "Predicted: value over 12 months"),
    }
    return names.get(key, key)


def fill_counts(table: QTableWidget, rows: list[tuple[str, int]], total: int) -> None:
    """Segment name, customers, share."""
    table.setRowCount(len(rows))
    for r, (name, size) in enumerate(rows):
        share = size * 100 / total if total else 0.0
        for c, text in enumerate((name, f"{size:,}", f"{share:.1f}%")):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def counts_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, 3, parent)
    from PySide6.QtCore import QCoreApplication

    headers = [QCoreApplication.translate("SegmentationWizard", "Segment"),
               QCoreApplication.translate("SegmentationWizard", "Customers"),
               QCoreApplication.translate("SegmentationWizard", "Share")]
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setObjectName("liveCounts")
    return table


class KMeansPanel(QWidget):
    """Metrics to cluster on, silhouette scores for k = 2..10, the chosen k and the groups it gives."""

    def __init__(self, page: ParametersPage) -> None:
        super().__init__(page)
        self.page = page
        self.result = None  # the last KMeansResult
        self.auto_result = None  # the last automatic one (its silhouette scores are shown)
        self.error = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Metrics to group customers by"))
        grid = QGridLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for i, key in enumerate(KMEANS_CHOICES + PREDICTED_FEATURES):
            check = QCheckBox(metric_name(key))
            if key in PREDICTED_FEATURES:  # enabled once the shop has predictions (see enable_predicted)
                check.setEnabled(False)
                check.setToolTip(self.tr("Run “Predict customer value…” first to group customers by predictions."))
            check.setChecked(key in ("recency_days", "frequency", "monetary"))
            check.toggled.connect(self.schedule)
            grid.addWidget(check, i // 3, i % 3)
            self.checks[key] = check
        layout.addWidget(box)
        row = QHBoxLayout()
        self.own_k = QCheckBox(self.tr("Choose the number of groups myself:"))
        self.k = QSpinBox()
        self.k.setRange(2, 10)
        self.k.setValue(4)
        self.k.setEnabled(False)
        self.own_k.toggled.connect(self.k.setEnabled)
        self.own_k.toggled.connect(self.schedule)
        self.k.valueChanged.connect(self.schedule)
        row.addWidget(self.own_k)
        row.addWidget(self.k)
        row.addStretch(1)
        self.progress = ProgressBox(self, with_status=False)
        self.progress.setMaximumWidth(300)
        row.addWidget(self.progress)
        self.runner = TaskRunner(self, progress=self.progress)
        layout.addLayout(row)
        tables = QHBoxLayout()
        self.scores = QTableWidget(0, 2)
        self.scores.setObjectName("silhouette")
        self.scores.setHorizontalHeaderLabels([self.tr("Groups (k)"), self.tr("Silhouette score")])
        self.scores.setToolTip(self.tr("How clearly the groups stand apart, from -1 to 1: higher is clearer. The"
                                       " number of groups with the highest score is chosen unless you choose."))
        self.scores.verticalHeader().hide()
        self.scores.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.scores.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.scores.setMaximumWidth(300)
        tables.addWidget(self.scores)
        self.counts = counts_table(self)
        tables.addWidget(self.counts, 1)
        layout.addLayout(tables, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)

    def columns(self) -> list[str]:
        """The metrics ticked."""
        return [k for k, c in self.checks.items() if c.isChecked()]

    def chosen_k(self) -> int | None:
        """The user's k, or None for the best by silhouette."""
        return self.k.value() if self.own_k.isChecked() else None

    def schedule(self, *_args) -> None:
        self.result, self.error = None, ""
        self.page.completeChanged.emit()
        self.timer.start()

    def enable_predicted(self, features) -> None:
        """Predicted metrics can be ticked when the loaded metrics carry them."""
        for key in PREDICTED_FEATURES:
            present = key in features.columns and bool(features[key].notna().any())
            self.checks[key].setEnabled(present)
            if not present:
                self.checks[key].setChecked(False)

    def recompute(self) -> None:
        """Find the groups for the metrics and k shown, in a worker."""
        loaded = self.page.wiz.loaded
        if loaded is None:
            return
        self.enable_predicted(loaded.features)
        if len(self.columns()) < 1:
            self.error = self.tr("Tick at least one metric.")
            self.status.setText(f"<span style='color:#b00020'>{self.error}</span>")
            return
        self.runner.shutdown()
        buyers = int((loaded.features["frequency"] > 0).sum())
        k = self.chosen_k()
        if k is not None and buyers < k:
            self.error = self.tr("There are only %1 customers with purchases, fewer than the %2 groups asked for."
                                 " Ask for fewer groups, or import more orders.").replace(
                "%1", f"{buyers:,}").replace("%2", str(k))
            self.counts.setRowCount(0)
            self.status.setText(f"<span style='color:#b00020'>{self.error}</span>")
            self.page.completeChanged.emit()
            return
        self.status.setText(self.tr("Finding groups…"))
        self.runner.start(find_groups, loaded.features, self.columns(), self.chosen_k(), on_done=self._found,
                          on_error=self._failed, on_cancel=self._stopped)

    def stop(self) -> None:
        """Stop the search (the groups shown stay)."""
        self.runner.cancel()

    def _stopped(self) -> None:
        self.status.setText(self.tr("Stopped. Change a setting to search again."))

    def _failed(self, exc) -> None:
        from ..common.worker import describe_error

        self.result = None
        self.error = describe_error(exc)  # with the hint, in the UI language
        self.counts.setRowCount(0)
        self.status.setText(f"<span style='color:#b00020'>{self.error}</span>")
        self.page.completeChanged.emit()

    def _found(self, result) -> None:
        self.result, self.error = result, ""
        if result.silhouette:
            self.auto_result = result
        self._show_scores(result.k)
        zh = current_language().startswith("zh")
        rows = [(p.name_zh if zh else p.name_en, p.size) for p in result.profiles]
        fill_counts(self.counts, rows, sum(p.size for p in result.profiles))
        how = self.tr("you chose") if self.chosen_k() else self.tr("best silhouette score")
        self.status.setText(self.tr("%1 groups (%2) among %3 customers with purchases.").replace(
            "%1", str(result.k)).replace("%2", how).replace("%3", f"{len(result.labels):,}"))
        self.page.completeChanged.emit()

    def _show_scores(self, k: int) -> None:
        scores = self.auto_result.silhouette if self.auto_result is not None else {}
        self.scores.setRowCount(len(scores))
        for r, (kk, value) in enumerate(sorted(scores.items())):
            for c, text in enumerate((str(kk), f"{value:.3f}")):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if kk == k:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.scores.setItem(r, c, item)


class RfmPanel(QWidget):
    """Mean or median (China's eight types), the grid editor (custom), and the live counts per segment."""

    def __init__(self, page: ParametersPage) -> None:
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.threshold_label = QLabel(self.tr("Compare each customer with the shop's:"))
        self.threshold = QComboBox()
        self.threshold.addItem(self.tr("mean (average)"), "mean")
        self.threshold.addItem(self.tr("median (middle customer)"), "median")
        self.threshold.currentIndexChanged.connect(self.recount)
        row.addWidget(self.threshold_label)
        row.addWidget(self.threshold)
        row.addStretch(1)
        layout.addLayout(row)
        self.editor = SchemeEditor(self)
        self.editor.changed.connect(self.recount)
        layout.addWidget(self.editor, 3)
        self.counts = counts_table(self)
        layout.addWidget(self.counts, 2)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def configure(self, method: str) -> None:
        for w in (self.threshold_label, self.threshold):
            w.setVisible(method == "rfm-cn8")
        self.editor.setVisible(method == "custom")
        self.recount()

    def scheme(self):
        """The scheme to run (None when a custom grid has problems)."""
        from ...segmentation.schemes import get_scheme

        method = self.page.wiz.method()
        if method == "custom":
            return self.editor.scheme()
        return get_scheme(method, self.threshold.currentData())

    def recount(self, *_args) -> None:
        """Count each segment's customers with the settings shown."""
        from ...segmentation.schemes import NO_PURCHASES
        from ...tasks.segments import scheme_counts

        loaded = self.page.wiz.loaded
        scheme = self.scheme()
        if scheme is None:
            self.counts.setRowCount(0)
            self.status.setText(self.tr("Fix the grid above to see the counts."))
        elif loaded is None:
            self.status.setText(self.tr("Loading customer metrics…"))
        else:
            try:
                counts = scheme_counts(scheme, loaded.features)
            except InputError as exc:
                self.status.setText(f"<span style='color:#b00020'>{exc}</span>")
                self.counts.setRowCount(0)
            else:
                zh = current_language().startswith("zh")
                names = [(s.key, s.name_zh if zh else s.name_en) for s in scheme.segments]
                names.append((NO_PURCHASES[0], NO_PURCHASES[2] if zh else NO_PURCHASES[1]))
                rows = [(n, counts.get(k, 0)) for k, n in names if k != NO_PURCHASES[0] or counts.get(k)]
                fill_counts(self.counts, rows, len(loaded.features))
                self.status.setText(self.tr("%1 customers, as of %2.").replace(
                    "%1", f"{len(loaded.features):,}").replace("%2", loaded.as_of.isoformat()))
        self.page.completeChanged.emit()


class ParametersPage(QWizardPage):
    """The as-of date and the method's settings, with live counts."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Settings and live counts"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Metrics as of:")))
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setToolTip(self.tr("Recency and the other metrics are counted up to the day before this date."))
        row.addWidget(self.as_of)
        self.as_of_note = QLabel()
        row.addWidget(self.as_of_note, 1)
        layout.addLayout(row)
        self.stack = QStackedWidget()
        self.rfm = RfmPanel(self)
        self.kmeans = KMeansPanel(self)
        self.stack.addWidget(self.rfm)
        self.stack.addWidget(self.kmeans)
        layout.addWidget(self.stack, 1)
        self.date_timer = QTimer(self)
        self.date_timer.setSingleShot(True)
        self.date_timer.setInterval(600)
        self.date_timer.timeout.connect(lambda: self.wiz.load(self.as_of.date().toPython()))
        self.as_of.dateChanged.connect(self._date_changed)
        self._setting_date = False

    def _date_changed(self, *_args) -> None:
        if not self._setting_date:
            self.date_timer.start()

    def initializePage(self) -> None:  # Qt override
        method = self.wiz.method()
        subtitles = {
            "rfm-cn8": self.tr("Each customer is high or low in recency, frequency and spend against the shop."),
            "rfm-grid": self.tr("Recency and frequency are scored 1 to 5; the 25 cells form ten segments."),
            "custom": self.tr("Give each segment the R and F scores it takes; every cell must belong to exactly one"
                              " segment."),
            "kmeans": self.tr("Customers are grouped by similar metrics; the number of groups is chosen by the"
                              " silhouette score unless you choose it."),
        }
        self.setSubTitle(subtitles[method])
        self.stack.setCurrentWidget(self.kmeans if method == "kmeans" else self.rfm)
        self.metrics_loaded()

    def metrics_loaded(self) -> None:
        """The wizard has (new) metrics: show their date and recount."""
        loaded = self.wiz.loaded
        if loaded is not None:
            self._setting_date = True
            self.as_of.setDate(QDate(loaded.as_of.year, loaded.as_of.month, loaded.as_of.day))
            self._setting_date = False
            self.as_of_note.setText(self.tr("(the day after the last order is %1)").replace(
                "%1", loaded.default_as_of.isoformat()))
        if self.wiz.method() == "kmeans":
            self.kmeans.schedule()
        else:
            self.rfm.configure(self.wiz.method())

    def isComplete(self) -> bool:  # Qt override
        if self.wiz.loaded is None:
            return False
        if self.wiz.method() == "kmeans":
            return self.kmeans.result is not None
        return self.rfm.scheme() is not None

    def cleanupPage(self) -> None:  # Qt override
        self.kmeans.runner.shutdown()
